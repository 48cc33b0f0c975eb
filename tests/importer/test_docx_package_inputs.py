"""bench/import_corpus_docx_packages.py, the JSON Resume -> package-input mappings behind the Word
layouts of the import corpus that PyPI packages write (resumecraft, json-resume, ats-resume, honest-cv,
ats-resume-generator, resume-tailor-mcp). The packages themselves are
not needed: these are the inputs they are given. What matters is that each mapping writes every field
its package's contract has room for, in the form that contract asks (json-resume: months as YYYY-MM,
no empty bullet list; resumecraft: a duration string, skills as one line per group; honest-cv: a
profile folder whose every reference resolves), and nothing it has no field for."""
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


def test_ats_resume_gets_its_example_fields():
    data = load().ats_resume_input(RESUME)
    assert data["basics"] == {"name": "Ana Díaz", "email": "ana@example.com", "phone": "+1 512 555 0100",
                              "location": "Austin, TX", "github": "https://github.com/anad",
                              "website": "https://ana.example.com"}
    assert data["summary"] == "Builds services."
    assert data["experience"] == [{"title": "Engineer", "company": "Acme", "location": "Austin, TX",
                                   "start": "Feb 2020", "end": "Present",
                                   "bullets": ["Payments team.", "Cut costs by 10%"]}]
    assert data["education"] == [{"degree": "BS", "field": "Physics", "institution": "State U",
                                  "start": "Sep 2015", "end": "May 2019",
                                  "details": ["3.8", "Courses: Optics, Mechanics"]}]
    assert data["skills"][0] == {"category": "Languages", "items": ["Go", "Rust"]}
    assert data["certifications"] == [{"name": "CKA", "issuer": "CNCF", "year": "2022"}]
    assert "volunteer" not in data and "languages" not in data  # no such sections in ats-resume


def test_honest_cv_profile_folder_resolves_every_reference():
    data = load().honest_cv_input(RESUME)
    assert set(data) == {"profile.yaml", "bullets.yaml", "skills.yaml", "variants.yaml"}
    profile = data["profile.yaml"]
    assert profile["contact"] == {"name": "Ana Díaz", "email": "ana@example.com", "phone": "+1 512 555 0100",
                                  "location": "Austin, TX",
                                  "links": ["https://ana.example.com", "https://github.com/anad"]}
    assert profile["roles"] == [{"id": "r0", "title": "Engineer", "company": "Acme", "location": "Austin, TX",
                                 "start": "Feb 2020", "end": None, "context": "Payments team."}]
    assert data["bullets.yaml"] == {"bullets": [{"id": "r0b0", "role": "r0", "text": "Cut costs by 10%"}]}
    assert profile["education"] == [{"institution": "State U", "degree": "BS, Physics", "start": "Sep 2015",
                                     "end": "May 2019"}]
    assert profile["certifications"] == ["CKA · CNCF · 2022"]
    assert profile["languages"] == "Spanish (Native), English"
    variant = data["variants.yaml"]["variants"]["main"]
    assert variant["roles"] == {"r0": ["r0b0"]} and variant["summary"] == "Builds services."
    assert variant["skills"] == [{"label": "Languages", "skills": ["Go", "Rust"]}]  # an empty group is left out
    assert data["skills.yaml"] == {"skills": [{"name": "Go", "level": "P"}, {"name": "Rust", "level": "P"}]}


def test_ats_resume_generator_gets_its_resume_data_fields():
    data = load().ats_resume_generator_input(RESUME)
    assert data["contact"] == {"name": "Ana Díaz", "email": "ana@example.com", "phone": "+1 512 555 0100",
                               "location": "Austin, TX", "github": "https://github.com/anad",
                               "website": "https://ana.example.com"}
    assert data["experience"] == [{"company": "Acme", "title": "Engineer", "location": "Austin, TX",
                                   "start_date": "Feb 2020", "end_date": "Present",
                                   "bullets": ["Payments team.", "Cut costs by 10%"]}]
    assert data["education"] == [{"institution": "State U", "degree": "BS", "field_of_study": "Physics",
                                  "graduation_date": "May 2019", "gpa": "3.8", "honors": ["Optics", "Mechanics"]}]
    assert data["skills"] == [{"category": "Languages", "skills": ["Go", "Rust"]}]  # no empty group
    assert data["languages"] == ["Spanish (Native)", "English"]
    assert "volunteer" not in data


def test_resume_tailor_mcp_gets_the_keys_its_store_documents():
    data = load().resume_tailor_mcp_input(RESUME)
    assert data["contact"] == {"name": "Ana Díaz", "email": "ana@example.com", "phone": "+1 512 555 0100",
                               "location": "Austin, TX",
                               "links": {"website": "https://ana.example.com", "github": "https://github.com/anad"}}
    assert data["experience"][0] == {"title": "Engineer", "company": "Acme", "location": "Austin, TX",
                                     "start": "Feb 2020", "end": "Present",
                                     "bullets": ["Payments team.", "Cut costs by 10%"]}
    assert data["education"] == [{"degree": "BS, Physics", "school": "State U", "start": "Sep 2015",
                                  "end": "May 2019", "details": "3.8; Courses: Optics, Mechanics"}]
    assert data["skills"] == [{"category": "Languages", "items": ["Go", "Rust"]}]
    assert not {"certifications", "certificates", "languages", "volunteer"} & set(data)
