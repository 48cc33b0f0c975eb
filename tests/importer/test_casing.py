"""`casing.py`: text a layout set in capitals comes back in the person's case, from the document's
own spelling, the skill lexicon and the field's convention; a resume that is not shouting is
left as the person wrote it."""
from __future__ import annotations

from tailor.importer.casing import restore_case

# bullets in ordinary case: the document's own spelling of the words
BULLETS = ["Built a Looker Studio dashboard and wrote models in dbt for the AI team.",
           "Cut overtime by 18% with a scheduling model; trained the team on pandas and the REST API."]


def _shouted() -> dict:
    return {"basics": {"label": "DATA ANALYST", "url": "DANIELREYES.EXAMPLE.COM",
                       "profiles": [{"network": "LINKEDIN", "username": "DREYES-DATA"}]},
            "work": [{"name": "SALT & CEDAR RESTAURANT GROUP", "position": "SHIFT SUPERVISOR (2ND SHIFT)"},
                     {"name": "ALLEN INSTITUTE FOR AI", "position": "RESEARCH INTERN"},
                     {"name": "ST. LUKE'S HEALTH – THE VINTAGE HOSPITAL", "position": "RN"},
                     {"name": "MID-SOUTH DISTRIBUTION", "position": "O'NEILL'S DEPUTY"}],
            "education": [{"institution": "UNIVERSITY OF TEXAS AT AUSTIN", "studyType": "BACHELOR OF SCIENCE",
                           "area": "ESCUELA DE COCINA Y TURISMO"}],
            "skills": [{"name": "DATA", "level": "INTERMEDIATE",
                        "keywords": ["PYTHON", "LOOKER STUDIO", "TEAM TRAINING", "REST APIS", "FORKLIFT", "SQL",
                                     "POSTGRESQL"]}]}


def test_a_shouting_layout_is_written_back_in_the_persons_case():
    resume = restore_case(_shouted(), BULLETS)
    work = resume["work"]
    assert [w["name"] for w in work] == ["Salt & Cedar Restaurant Group", "Allen Institute for AI",
                                         "St. Luke's Health – The Vintage Hospital", "Mid-South Distribution"]
    assert [w["position"] for w in work] == ["Shift Supervisor (2nd Shift)", "Research Intern", "RN",
                                             "O'Neill's Deputy"]
    school = resume["education"][0]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "University of Texas at Austin", "Bachelor of Science", "Escuela de Cocina y Turismo")
    assert resume["basics"]["label"] == "Data Analyst"
    assert resume["basics"]["url"] == "danielreyes.example.com"
    assert resume["basics"]["profiles"][0]["username"] == "dreyes-data"


def test_skills_take_the_documents_then_the_lexicons_spelling_in_sentence_case():
    """(A word the lexicon spells in lower case, "forklift", is capitalised at a skill's start; a
    brand it spells so, "dbt", is no English word: `test_brands_acronyms_and_degrees_...`.)"""
    group = restore_case(_shouted(), BULLETS)["skills"][0]
    keywords = group["keywords"]
    assert (group["name"], group["level"]) == ("Data", "Intermediate")
    assert keywords == ["Python", "Looker Studio", "Team training", "REST APIs", "Forklift", "SQL",
                        "PostgreSQL"]


def test_a_resume_that_does_not_shout_keeps_its_capitals():
    resume = {"work": [{"name": "IBM", "position": "Software Engineer"}, {"name": "NASA", "position": "Intern"}],
              "skills": [{"keywords": ["SQL", "AWS", "PFMEA"]}]}
    assert restore_case(resume, BULLETS) == {
        "work": [{"name": "IBM", "position": "Software Engineer"}, {"name": "NASA", "position": "Intern"}],
        "skills": [{"keywords": ["SQL", "AWS", "PFMEA"]}]}


def test_an_acronym_among_ordinary_skills_stays_even_when_the_page_shouts_elsewhere():
    resume = {"work": [{"name": "ACME", "position": "SHIFT SUPERVISOR"}],
              "skills": [{"keywords": ["Kaizen", "Python", "PFMEA", "Team training"]}]}
    restore_case(resume, BULLETS + ["Supervised the night shift."])
    assert resume["work"][0]["position"] == "Shift Supervisor"
    assert resume["skills"][0]["keywords"] == ["Kaizen", "Python", "PFMEA", "Team training"]


def test_an_acronym_in_brackets_keeps_its_capitals_and_addresses_and_shouted_runs_are_no_evidence():
    resume = {"certificates": [{"name": "PROGRESSIVE CARE CERTIFIED NURSE (PCCN)"},
                               {"name": "REGISTERED NURSE LICENSE (COMPACT)"}],
              "projects": [{"name": "OPEN SOURCE UI LIBRARY"}],
              "work": [{"position": "REGISTERED NURSE II (CHARGE NURSE, NIGHTS)"}]}
    texts = ["Open source work at github.com/jo/ui-library and jo@ui.example.com",
             "REGISTERED NURSE II (CHARGE NURSE, NIGHTS) · Memorial Hermann",
             "Managed the registered nurse schedule for the certified care team at night."]
    restored = restore_case(resume, texts)
    assert restored["certificates"][0]["name"] == "Progressive Care Certified Nurse (PCCN)"
    assert restored["certificates"][1]["name"] == "Registered Nurse License (Compact)"  # a word: the field's case
    assert restored["projects"][0]["name"] == "Open Source UI Library"                  # "ui-library" is an address
    assert restored["work"][0]["position"] == "Registered Nurse II (Charge Nurse, Nights)"


def test_brands_acronyms_and_degrees_come_back_as_the_document_or_a_convention_spells_them():
    """"dbt" (the lexicon's lower-case brand, no English word), "Next.js" (a library's ".js"),
    "REST APIs" (a lexicon entry in the plural), "PFMEA" (the document writes "PFMEAs"), "GCSE"
    (capitals at a sentence's start are still capitals), "P&L management" (a course title in
    title case says nothing of how "management" is spelled), "MSc" (a degree's own case)."""
    texts = ["Wrote PFMEAs and control plans for the new line.", "GCSE grade 4+ rate rose to 74%.",
             "Operations Management", "Ran P&L for a restaurant and built dashboards in Looker Studio."]
    resume = {"education": [{"studyType": "CIVILINGENJÖR (MSC)"}],
              "skills": [{"keywords": ["DBT", "FORKLIFT", "NEXT.JS", "REST APIS", "PFMEA", "GCSE", "P&L MANAGEMENT",
                                       "LOOKER STUDIO"]}]}
    out = restore_case(resume, texts)
    assert out["skills"][0]["keywords"] == ["dbt", "Forklift", "Next.js", "REST APIs", "PFMEA", "GCSE",
                                            "P&L management", "Looker Studio"]
    assert out["education"][0]["studyType"] == "Civilingenjör (MSc)"


def test_a_project_named_by_its_repositorys_slug_is_written_as_its_address():
    resume = {"projects": [{"name": "RAFT-LAB", "url": "https://github.com/jo/raft-lab"},
                           {"name": "DORMSWAP", "url": "https://dormswap.example.com"},
                           {"name": "LOOKER STUDIO DASHBOARD"}]}
    out = restore_case(resume, ["Built a Looker Studio dashboard."])
    assert [p["name"] for p in out["projects"]] == ["raft-lab", "Dormswap", "Looker Studio Dashboard"]


def test_a_shouted_label_printed_again_in_the_persons_case_is_written_so():
    """A banner in capitals, then a profile card with the title as the person typed it."""
    resume = {"basics": {"name": "Daniel Reyes", "label": "Junior Data Analyst (Former Restaurant Manager)"}}
    texts = ["JUNIOR DATA ANALYST (FORMER RESTAURANT MANAGER)", "JOB:",
             "Junior Data Analyst (former Restaurant Manager)"]
    assert restore_case(resume, texts)["basics"]["label"] == "Junior Data Analyst (former Restaurant Manager)"
    # no copy in capitals: the header's own form stands
    plain = {"basics": {"name": "Jo Doe", "label": "Software Engineer"}}
    assert restore_case(plain, ["Software Engineer", "software engineer"])["basics"]["label"] == "Software Engineer"


def test_a_compound_that_is_one_english_word_takes_one_capital_in_a_title():
    texts = ["Moved the cardiac step-down unit to the new wing of the hospital."]
    resume = {"work": [{"name": "THE CO-OPERATIVE ACADEMY", "position": "NURSE, CARDIAC STEP-DOWN UNIT"},
                       {"name": "MID-SOUTH DISTRIBUTION", "position": "NON-PROFIT LEAD"}]}
    work = restore_case(resume, texts)["work"]
    # "cooperative" and "nonprofit" are words spelled with a hyphen; "stepdown" and "midsouth" are not
    assert [(w["name"], w["position"]) for w in work] == [
        ("The Co-operative Academy", "Nurse, Cardiac Step-Down Unit"), ("Mid-South Distribution", "Non-profit Lead")]


def test_a_word_that_opens_a_place_name_is_no_acronym():
    resume = {"work": [{"name": "MERCADO DE SAN MIGUEL", "position": "SAN ADMINISTRATOR"},
                       {"name": "SÃO PAULO TRADING", "position": "CHIEF OF LOS"},
                       {"name": "ACME STORAGE GROUP", "position": "STORE LEAD"}]}
    work = restore_case(resume, ["Ran the storage team of the hospital with care."])["work"]
    # before a name ("Miguel", "Paulo") it opens the place; before an English word it is an acronym
    assert [(w["name"], w["position"]) for w in work] == [
        ("Mercado de San Miguel", "SAN Administrator"), ("São Paulo Trading", "Chief of LOS"),
        ("Acme Storage Group", "Store Lead")]
