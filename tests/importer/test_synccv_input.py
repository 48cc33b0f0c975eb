"""bench/import_corpus_synccv.py, the JSON Resume -> ResumeDocument mapping behind the synccv-* layouts
of the import corpus: one mapping for every template, a job's summary and points as the description
lines its templates split into bullets, an open end as "Present" (the templates print an empty end as
"Present" too), and the sections its schema has no place for as custom sections. sync-cv-formatter
itself is not needed."""
from tests.bench_scripts import bench_script

RESUME = {
    "basics": {"name": "Ana Díaz", "email": "ana@example.com", "phone": "+1 512 555 0100",
               "url": "https://ana.example.com", "location": {"city": "Austin", "region": "TX"},
               "profiles": [{"network": "GitHub", "url": "https://github.com/anad"}]},
    "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-02", "summary": "Payments team.",
              "highlights": ["Cut  costs by 10%", "Led a migration"]}],
    "volunteer": [{"organization": "Food Bank", "position": "Driver", "startDate": "2018-01"}],
    "education": [{"institution": "State U", "studyType": "BS", "area": "Physics", "endDate": "2019-05",
                   "courses": ["Optics"]}],
    "skills": [{"name": "Languages", "keywords": ["Go", "Rust"]}],
    "certificates": [{"name": "CKA", "issuer": "CNCF", "date": "2022-03"}],
    "languages": [{"language": "Spanish", "fluency": "Native"}],
}


def test_one_mapping_writes_the_schema_fields_and_description_lines():
    doc = bench_script("import_corpus_synccv").document(RESUME)
    assert doc["basics"] == {"full_name": "Ana Díaz", "email": "ana@example.com", "phone": "+1 512 555 0100",
                             "location": "Austin, TX", "summary": None,
                             "social_links": {"website": "https://ana.example.com", "github": "https://github.com/anad"}}
    job = doc["sections"]["experience"][0]
    assert job["description"] == "Payments team.\nCut costs by 10%\nLed a migration"
    assert (job["start_date"], job["end_date"]) == ("2020-02", "Present")
    school = doc["sections"]["education"][0]
    assert (school["degree"], school["field_of_study"], school["description"]) == ("BS", "Physics", "Courses: Optics")
    assert doc["sections"]["skills"] == {"categorized": {"Languages": ["Go", "Rust"]}}
    custom = {c["id"]: c["items"] for c in doc["sections"]["custom"]}
    assert custom["certifications"] == [{"title": "CKA", "subtitle": "CNCF", "start_date": "2022-03"}]
    assert custom["volunteer"] == [{"title": "Driver", "subtitle": "Food Bank", "start_date": "2018-01",
                                    "end_date": "Present"}]
    assert custom["languages"] == [{"title": "Spanish", "subtitle": "Native"}]
    assert "interests" not in custom and "publications" not in custom  # empty sections are left out
