"""bench/import_corpus_pdf_mappings2.py, the JSON Resume -> package input mappings behind round 24's
PDF-package layouts (rotation_2026_12_08). The packages themselves are not needed: these are the
inputs they are given, in the form each one's documentation asks (cvgen: every model field present,
one description paragraph an entry, the blurb as HTML; cv-parser: a job's points as its projects;
cvforge: a non-empty role; cv-cli: blocks of a title and items, named in `sections`), and nothing a
schema has no place for."""
from tests.bench_scripts import bench_script
from tests.importer.test_docx_package_inputs import RESUME


def load():
    return bench_script("import_corpus_pdf_mappings2")


def test_cvgen_fills_every_model_field_and_escapes_the_blurb():
    data = load().cvgen_input(RESUME)
    assert data["personalia"] == {"phone": "+1 512 555 0100", "address": "Austin, TX", "nationality": "",
                                  "email": "ana@example.com"}
    assert data["experience"] == [{"title": "Engineer @ Acme", "industry": "", "dates": "Feb 2020 - Present",
                                   "description": "Payments team. Cut costs by 10%"}]
    assert data["education"] == [{"diploma": "BS in Physics", "institution": "State U", "dates": "Sep 2015 - May 2019",
                                  "description": "Courses: Optics, Mechanics GPA: 3.8"}]
    assert data["skills"] == [{"category": "Languages", "keywords": ["Go", "Rust"]}]  # no empty group
    assert data["projects"] == []
    assert data["activities"] == [{"title": "Driver", "organization": "Food Bank", "dates": "Jan 2018 - Jun 2019",
                                   "description": ""}]
    resume = {**RESUME, "basics": {**RESUME["basics"], "summary": "Go & <Rust>"}}
    assert load().cvgen_input(resume)["blurb"] == "Go &amp; &lt;Rust&gt;"  # its template prints it as HTML


def test_cv_parser_puts_a_jobs_points_in_its_projects():
    data = load().cv_parser_input(RESUME)
    info = data["personal_info"]
    assert (info["first_name"], info["last_name"], info["title"]) == ("Ana", "Díaz", "")
    assert info["headline"] == "Builds services." and info["webpage"] == "https://ana.example.com"
    assert data["professional_experience"] == [{"work": {
        "date": "Feb 2020 - Present", "job_title": "Engineer", "place": "Acme",
        "projects": [{"project": {"title": "", "description": "Payments team."}},
                     {"project": {"title": "", "description": "Cut costs by 10%"}}]}}]
    assert data["core_formation"] == [{"course": {"title": "BS, Physics", "date": "Sep 2015 - May 2019",
                                                  "institution": "State U"}}]
    assert data["complementary_formation"] == [{"course": {"title": "CKA", "date": "Mar 2022",
                                                           "institution": "CNCF"}}]
    assert data["languages"] == [{"name": "Spanish", "level": "Native"}, {"name": "English", "level": ""}]
    assert "hobbies" not in data and "references" not in data  # the source has none: no empty section


def test_cvforge_needs_a_role_and_leaves_empty_fields_out():
    data = load().cvforge_input(RESUME)
    assert data["role"] == "Engineer"  # no label: the first job's position
    assert "linkedin" not in data and data["github"] == "https://github.com/anad"
    assert data["experience"] == [{"company": "Acme", "role": "Engineer", "date": "Feb 2020 - Present",
                                   "location": "Austin, TX", "description": ["Payments team.", "Cut costs by 10%"]}]
    assert data["education"] == [{"school": "State U", "degree": "BS in Physics", "date": "Sep 2015 - May 2019",
                                  "gpa": "3.8", "description": ["Courses: Optics, Mechanics"]}]
    assert data["skills"] == [{"Category": "Languages", "Items": ["Go", "Rust"]}]
    assert data["certifications"] == [{"name": "CKA", "issuer": "CNCF", "date": "Mar 2022"}]
    assert data["languages"] == [{"name": "Spanish", "level": "Native"}, {"name": "English"}]
    assert "projects" not in data and "awards" not in data and "volunteer" not in data
    labelled = {**RESUME, "basics": {**RESUME["basics"], "label": "Staff Engineer"}}
    assert load().cvforge_input(labelled)["role"] == "Staff Engineer"


def test_cv_cli_names_the_blocks_it_fills():
    data = load().cv_cli_input(RESUME)
    assert data["sections"] == ["objective", "education", "experience", "skills"]  # no projects: not listed
    assert data["objective"] == {"title": "Objective", "text": "Builds services."}
    assert data["experience"] == {"title": "Experience", "items": [
        {"title": "Engineer", "dates": "Feb 2020 -- Present", "company": "Acme", "location": "Austin, TX",
         "items": ["Payments team.", "Cut costs by 10%"]}]}
    assert data["education"]["items"] == [{"school": "State U", "location": "", "degree": "BS in Physics",
                                           "date": "Sep 2015 -- May 2019"}]
    assert data["skills"] == {"title": "Technical Skills", "items": [{"title": "Languages", "items": ["Go", "Rust"]}]}
    assert data["github"] == "github.com/anad" and "linkedin" not in data
