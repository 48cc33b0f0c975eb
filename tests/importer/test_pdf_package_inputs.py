"""bench/import_corpus_pdf_packages.py, the JSON Resume -> cv-claw / cv-creator-ats mappings behind two
PDF layouts of the import corpus. The packages themselves are not needed: these are the inputs they are
given, in the form each one's schema asks (cv-claw: sections of four kinds; cv-creator-ats: at most five
points a job, skills as one list), and nothing a schema has no place for."""
from tests.bench_scripts import bench_script
from tests.importer.test_docx_package_inputs import RESUME


def load():
    return bench_script("import_corpus_pdf_packages")


def test_cv_claw_gets_sections_of_its_four_kinds():
    data = load().cv_claw_input(RESUME)
    assert data["template"] == "classic"
    assert data["header"] == {"name": "Ana Díaz", "contact": {"location": "Austin, TX", "email": "ana@example.com",
                                                              "phone": "+1 512 555 0100"},
                              "links": [{"label": "ana.example.com", "href": "https://ana.example.com"},
                                        {"label": "github.com/anad", "href": "https://github.com/anad"}]}
    sections = {s["name"]: s for s in data["sections"]}
    assert list(sections) == ["Summary", "Experience", "Volunteer", "Education", "Skills", "Certifications",
                              "Languages"]
    assert sections["Experience"] == {"name": "Experience", "kind": "timeline", "data": {"items": [
        {"title": "Engineer", "org": "Acme", "location": "Austin, TX", "dates": "Feb 2020 – Present",
         "bullets": ["Payments team.", "Cut costs by 10%"]}]}}
    assert sections["Volunteer"]["data"]["items"] == [{"title": "Driver", "org": "Food Bank",
                                                       "dates": "Jan 2018 – Jun 2019"}]
    assert sections["Skills"]["data"]["items"] == [{"label": "Languages:", "value": "Go, Rust"}]  # no empty group
    assert sections["Certifications"]["data"]["items"] == [{"text": "CKA — CNCF — Mar 2022"}]


def test_cv_creator_ats_keeps_five_points_a_job_and_one_skill_list():
    resume = {**RESUME, "work": [{**RESUME["work"][0], "highlights": [f"Point {i}" for i in range(6)]}]}
    data = load().cv_creator_ats_input(resume)
    assert data["experience"][0]["bullets"] == ["Payments team.", "Point 0", "Point 1", "Point 2", "Point 3"]
    assert data["experience"][0]["start_date"] == "Feb 2020" and data["experience"][0]["end_date"] == "Present"
    assert data["contact"] == {"name": "Ana Díaz", "email": "ana@example.com", "phone": "+1 512 555 0100",
                               "city": "Austin, TX", "linkedin": None, "portfolio": "https://ana.example.com"}
    assert data["skills"] == ["Go", "Rust"]
    assert data["education"] == [{"institution": "State U", "degree": "BS", "field": "Physics",
                                  "end_date": "May 2019", "gpa": "3.8"}]
    assert data["languages"] == [{"language": "Spanish", "level": "Native"}, {"language": "English", "level": ""}]
    assert "volunteer" not in data
