"""bench/import_corpus_pdf_mappings.py, the JSON Resume -> package input mappings behind the PDF-package
layouts of the import corpus. The packages themselves are not needed: these are the inputs they are
given, in the form each one's schema asks (cv-claw: sections of four kinds; cv-creator-ats: at most five
points a job, skills as one list; luxresume: littleyaml's subset; cv-renderer: tagged bullets), and
nothing a schema has no place for."""
import yaml

from tests.bench_scripts import bench_script
from tests.importer.test_docx_package_inputs import RESUME


def load():
    return bench_script("import_corpus_pdf_mappings")


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


def test_luxresume_writes_littleyamls_subset_without_empty_values():
    text = load().luxresume_input(RESUME)
    assert '"' not in text and "'" not in text  # littleyaml keeps quotes as part of a value
    assert "linkedin" not in text  # no LinkedIn profile: the key is left out, littleyaml cannot read ""
    data = yaml.safe_load(text)  # plain YAML reads it the same way
    assert data["github"] == "anad" and data["location"] == "Austin, TX"
    assert data["skills"] == {"Languages": ["Go", "Rust"]}  # an empty group is left out
    assert data["experience"] == [{"title": "Engineer", "company": "Acme", "location": "Austin, TX",
                                   "start": "Feb 2020", "highlights": ["Payments team.", "Cut costs by 10%"]}]
    assert data["education"] == [{"qualification": "BS in Physics", "institution": "State U",
                                  "start": "Sep 2015", "end": "May 2019"}]


def test_luxresume_skill_group_names_become_keys():
    key = load()._yaml_key
    assert key("Data & Infrastructure") == "Data_Infrastructure"
    assert key("3D tools") == "_3D_tools"  # a key may not start with a digit


def test_cv_renderer_tags_every_bullet_and_needs_one_per_job():
    resume = {**RESUME, "work": [*RESUME["work"], {"name": "Quiet", "position": "Clerk", "summary": "Filing."},
                                 {"name": "Empty", "position": "Temp"}]}
    data = load().cv_renderer_input(resume)
    assert [j["company"] for j in data["experience"]] == ["Acme", "Quiet"]  # a job with no point is left out
    acme, quiet = data["experience"]
    assert acme["description"] == "Payments team." and acme["end"] == "present"
    assert acme["bullets"] == [{"text": "Cut costs by 10%", "tags": ["always"]}]
    assert quiet["description"] == "" and quiet["bullets"] == [{"text": "Filing.", "tags": ["always"]}]
    assert data["meta"]["links"] == {"linkedin": "", "github": "github.com/anad", "portfolio": "ana.example.com"}
    assert data["education"][0]["degree"] == "BS, Physics" and data["education"][0]["start"] == "2015-09"
    assert data["additional"]["languages"] == ["Spanish (Native)", "English"]
    assert data["additional"]["certifications"] == ["CKA — CNCF — Mar 2022"]


def test_resume_cli_generator_gets_what_its_prompts_collect():
    data = load().resume_cli_generator_input(RESUME)
    assert data["experience"] == [{"role": "Engineer", "company": "Acme", "duration": "Feb 2020 - Present",
                                   "location": "Austin, TX", "description": "Payments team.",
                                   "achievements": ["Cut costs by 10%"]}]
    assert data["skills"] == [{"category": "Languages", "skills": "Go, Rust"}]
    assert data["education"][0]["cgpa"] == "3.8" and data["education"][0]["duration"] == "Sep 2015 - May 2019"
    assert data["github"] == "https://github.com/anad" and data["linkedin"] == ""


def test_yaml_to_resume_writes_its_boilerplates_blocks():
    data = yaml.safe_load(load().yaml_to_resume_input(RESUME))["resume"]
    assert data["name"] == "Ana Díaz"
    blocks = {next(iter(b)): next(iter(b.values())) for b in data["content"]}
    assert list(blocks) == ["header", "summary", "skills", "experience", "education"]
    assert blocks["header"] == [{"location": "Austin, TX"}, {"email": "ana@example.com"},
                                {"phone": "+1 512 555 0100"}, {"github": "https://github.com/anad"},
                                {"website": "https://ana.example.com"}]
    assert blocks["skills"] == ["Go", "Rust"]
    assert blocks["experience"] == [{"company": "Acme", "job_title": "Engineer", "date_range": "Feb 2020 - Present",
                                     "location": "Austin, TX", "description": ["Payments team.", "Cut costs by 10%"]}]
    assert blocks["education"] == [{"degree": "BS", "institution": "State U", "date": "May 2019",
                                    "field_of_study": "Physics"}]
