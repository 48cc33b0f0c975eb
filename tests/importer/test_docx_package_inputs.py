"""bench/import_corpus_docx_packages.py, the JSON Resume -> resumecraft / json-resume mappings behind
the resumecraft-docx and jsonresumedocx-docx layouts of the import corpus. The packages themselves are
not needed: these are the inputs they are given. What matters is that each mapping writes every field
its package's contract has room for, in the form that contract asks (json-resume: months as YYYY-MM,
no empty bullet list; resumecraft: a duration string, skills as one line per group), and nothing it
has no field for."""
from tests.bench_scripts import bench_script

RESUME = {
    "basics": {"name": "Ana Díaz", "email": "ana@example.com", "phone": "+1 512 555 0100",
               "url": "https://ana.example.com", "summary": "Builds services.",
               "location": {"city": "Austin", "region": "TX", "countryCode": "US"},
               "profiles": [{"network": "GitHub", "username": "anad", "url": "https://github.com/anad"}]},
    "work": [{"name": "Acme", "position": "Engineer", "location": "Austin, TX", "startDate": "2020-02-14",
              "summary": "Payments team.", "highlights": ["Cut costs by 10%"]}],
    "volunteer": [{"organization": "Food Bank", "position": "Driver", "startDate": "2018-01", "endDate": "2019-06"}],
    "education": [{"institution": "State U", "studyType": "BS", "area": "Physics", "startDate": "2015-09",
                   "endDate": "2019-05", "score": "3.8", "courses": ["Optics", "Mechanics"]}],
    "skills": [{"name": "Languages", "keywords": ["Go", "Rust"]}, {"name": "Tools", "keywords": []}],
    "certificates": [{"name": "CKA", "issuer": "CNCF", "date": "2022-03"}],
    "languages": [{"language": "Spanish", "fluency": "Native"}, {"language": "English"}],
}


def load():
    return bench_script("import_corpus_docx_packages")


def test_resumecraft_gets_its_documented_fields_with_spoken_spans():
    data = load().resumecraft_input(RESUME)
    assert data["contact"] == {"location": "Austin, TX", "email": "ana@example.com", "phone": "+1 512 555 0100",
                               "links": [{"label": "Website", "url": "https://ana.example.com"},
                                         {"label": "GitHub", "url": "https://github.com/anad"}]}
    assert data["experience"] == [{"company": "Acme", "location": "Austin, TX", "title": "Engineer",
                                   "duration": "Feb 2020 - Present",
                                   "bullets": ["Payments team.", "Cut costs by 10%"]}]
    assert data["education"] == [{"institution": "State U", "degree": "BS in Physics",
                                  "duration": "Sep 2015 - May 2019"}]
    assert data["skills"][0] == {"category": "Languages", "items": "Go, Rust"}
    assert data["certifications"] == [{"name": "CKA", "issuer": "CNCF", "date": "Mar 2022"}]
    assert data["languages"] == "Spanish - Native  |  English"
    assert "volunteer" not in data and "volunteering" not in data  # resumecraft has no such section


def test_json_resume_gets_months_and_never_an_empty_bullet_list():
    data = load().json_resume_input(RESUME)
    assert data["paper_size"] == "Letter"
    assert [c["label"] for c in data["basics"]["contacts"]] == [
        "ana@example.com", "+1 512 555 0100", "Austin, TX", "ana.example.com", "github.com/anad"]
    sections = {s["title"]: s["entries"] for s in data["sections"]}
    assert list(sections) == ["Summary", "Experience", "Volunteering", "Education", "Skills", "Certifications",
                              "Languages"]
    assert sections["Experience"] == [{"title": "Acme", "position": "Engineer", "location": "Austin, TX",
                                       "start_date": "2020-02", "end_date": "Present",
                                       "bullets": ["Payments team.", "Cut costs by 10%"]}]
    assert sections["Volunteering"] == [{"title": "Food Bank", "position": "Driver", "start_date": "2018-01",
                                         "end_date": "2019-06"}]
    assert sections["Education"][0]["position"] == "BS, Physics"
    assert sections["Education"][0]["bullets"] == ["3.8", "Courses: Optics, Mechanics"]
    assert sections["Skills"] == [{"title": "Languages", "bullets": ["Go, Rust"]}, {"title": "Tools"}]
    assert sections["Certifications"] == [{"title": "CKA", "position": "CNCF", "end_date": "2022-03"}]
    assert sections["Languages"] == [{"bullets": ["Spanish (Native)", "English"]}]
