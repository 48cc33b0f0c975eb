"""The round trip's own parts, without an importer: the whole-resume render and the comparison.

The comparison is checked against the source itself (must be 100%) and against copies damaged
the ways an importer fails (a changed bullet, a lost entry, a wrong date, invented content), so
the number the bench prints can be trusted before any importer exists.
"""
import copy
import json
from pathlib import Path

import pytest

from tailor.importer.field_compare import month
from tailor.importer.roundtrip import compare, full_resume, render_resume_pdf
from tailor.render.check import missing_in_pdf
from tailor.render.pdf import pdf_text

RESUMES = Path(__file__).resolve().parents[1] / "testdata" / "resumes"
NAMES = sorted(p.name for p in RESUMES.glob("*.json"))


def load(name: str = "complete-resume.json") -> dict:
    return json.loads((RESUMES / name).read_text("utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_roundtrip_source_against_itself_is_exact(name):
    source = load(name)
    report = compare(source, copy.deepcopy(source))
    assert report.accuracy() == 1.0 and report.wrong() == []
    assert len(report.fields) > 50


def test_roundtrip_full_resume_holds_everything_rendered():
    source = load()
    resume = full_resume(source)
    bullets = sum(len(e.get("highlights", [])) for s in ("work", "volunteer", "projects") for e in source[s])
    assert sum(len(r.bullets) for r in resume.roles) == bullets
    assert all(b.origin == "source" and b.source_ids == [b.id] for r in resume.roles for b in r.bullets)
    assert resume.summary.source_ids[0].startswith("s0.") and "Passionate" in resume.summary.text
    keywords = {k for group in source["skills"] for k in group["keywords"]}
    assert {s.name for s in resume.skills} == keywords
    assert [r.kind for r in resume.roles].count("project") == len(source["projects"])
    assert len(resume.education) == 2 and len(resume.certificates) == 2


def test_roundtrip_changed_bullet_is_one_wrong_field():
    source = load()
    damaged = copy.deepcopy(source)
    damaged["work"][1]["highlights"][2] = "Implemented an authentication system"
    wrong = compare(source, damaged).wrong()
    assert [(f.path, f.got) for f in wrong] == [("work[1].highlights[2]", "Implemented an authentication system")]


def test_roundtrip_whitespace_and_date_precision_do_not_count():
    source = load()
    imported = copy.deepcopy(source)
    imported["work"][0]["highlights"][0] = "  Architected and implemented new\nmicroservices platform using " \
                                           "Node.js and Kubernetes "
    imported["work"][0]["startDate"] = "2021-03"  # the PDF shows "Mar 2021": the day is not there
    imported["work"][1]["endDate"] = "2021-02-01"
    imported["work"][0].pop("endDate", None)  # no end date: "Present" either way
    assert compare(source, imported).accuracy() == 1.0
    assert month("2021-03-01") == "2021-03" and month("", end=True) == "Present" and month("2019") == "2019"


def test_roundtrip_missing_entry_loses_all_its_fields():
    source = load()
    damaged = copy.deepcopy(source)
    del damaged["volunteer"][1]
    report = compare(source, damaged)
    lost = [f for f in report.wrong() if f.path.startswith("volunteer[1]")]
    assert lost and all(f.got is None for f in lost) and len(lost) == len(report.wrong())
    # organization, position, start, end, url and both highlights
    assert len(lost) == 7
    exact, total = report.counts()["volunteer"]
    assert total - exact == 7 and report.accuracy("volunteer") == exact / total


def test_roundtrip_wrong_date_and_extra_content_count_against():
    source = load()
    damaged = copy.deepcopy(source)
    damaged["education"][0]["endDate"] = "2018-06-15"  # May 2018 in the source
    damaged["work"][2]["highlights"].append("Invented bullet")
    damaged["projects"].append({"name": "Invented project"})
    damaged["skills"][0]["keywords"].append("COBOL")
    damaged["basics"]["label"] = ""
    wrong = {f.path: (f.expected, f.got) for f in compare(source, damaged).wrong()}
    assert wrong == {
        "education[0].endDate": ("2018-05", "2018-06"),
        "work[2].highlights[4]": (None, "Invented bullet"),
        "projects[2]": (None, "Invented project"),
        "skills.keywords['COBOL']": (None, "COBOL"),
        "basics.label": ("Full Stack Software Engineer", None),
    }


def test_roundtrip_skills_compare_as_a_flat_set():
    source = load()
    imported = copy.deepcopy(source)
    keywords = [k for group in source["skills"] for k in group["keywords"]]
    imported["skills"] = [{"name": "Skills", "keywords": list(reversed(keywords))}]  # one line, any order
    report = compare(source, imported)
    assert report.accuracy("skills") == 1.0
    imported["skills"][0]["keywords"].remove(keywords[0])
    assert [f.path for f in compare(source, imported).wrong()] == [f"skills.keywords[{keywords[0]!r}]"]


def test_roundtrip_location_compares_as_rendered_text():
    source = load()
    imported = copy.deepcopy(source)
    imported["basics"]["location"] = "San Francisco, California, US"  # a string, as read off the page
    assert compare(source, imported).is_exact("basics.location")
    imported["basics"]["location"] = {"city": "San Francisco", "countryCode": "US"}
    assert not compare(source, imported).is_exact("basics.location")


def test_roundtrip_lists_what_the_template_does_not_render():
    report = compare(load(), load())
    assert report.not_rendered["awards"] == 2 and report.not_rendered["publications"] == 2
    assert report.not_rendered["work[].summary"] == 3
    assert report.not_rendered["skills[].name"] == 3 and report.not_rendered["skills[].level"] == 3
    assert "basics.image" in report.not_rendered and "meta" not in report.not_rendered
    assert not any(f.path.startswith(("awards", "publications")) for f in report.fields)


@pytest.mark.parametrize("template", ["classic", "sidebar"])
def test_roundtrip_whole_resume_pdf_passes_the_self_check(template):
    source = load()
    text = pdf_text(render_resume_pdf(source, template))
    assert missing_in_pdf(full_resume(source), text) == []
    assert "Volunteer" in text.splitlines() and "Mentored 10+ first-time contributors" in text


def test_only_what_the_page_shows_counts_and_dates_at_the_precision_shown():
    from tailor.importer.field_shown import shown_on_page

    source = {"basics": {"name": "Zoë Łukasiewicz", "email": "zoe@example.org", "label": "Head of Languages"},
              "work": [{"name": "Kraków High", "position": "Teacher", "startDate": "2019-03",
                        "highlights": ["Raised pass rates by 12%"]},
                       {"name": "Gdańsk School", "position": "Aide", "startDate": "2015-09", "endDate": "2019-02"}]}
    imported = copy.deepcopy(source)
    imported["work"][0]["startDate"] = "2019-01"          # wrong month, right year
    imported["work"][1]["startDate"] = "2015-01"          # wrong month where the page shows one
    imported["work"][0]["highlights"].append("An invented bullet")
    page = ("ZOË ŁUKASIEWICZ\nzoe@example.org\nKraków High — Teacher   2019 – Present\n"
            "• Raised pass rates by 12 %\nGdańsk School, Aide, Sep. 2015 – 02/2019")
    report = shown_on_page(compare(source, imported), page)
    wrong = {f.path: (f.expected, f.got) for f in report.wrong()}
    assert wrong == {"work[1].startDate": ("2015-09", "2015-01"),
                     "work[0].highlights[1]": (None, "An invented bullet")}   # inventions always count
    assert report.is_exact("work[0].startDate")           # the page shows 2019 only: year precision
    assert "basics.label (not on the page)" in report.not_rendered
    assert report.is_exact("basics.name") and report.is_exact("work[1].endDate")
    # the same import judged without the page: the month the page never showed is a miss
    assert not compare(source, imported).is_exact("work[0].startDate")


def test_an_entry_whose_name_the_page_does_not_show_is_not_counted():
    from tailor.importer.field_shown import shown_on_page

    source = {"basics": {"name": "Daniel Reyes"},
              "work": [{"name": "Salt & Cedar", "position": "General Manager", "startDate": "2018-03"}],
              "skills": [{"name": "BI", "keywords": ["Tableau"]}],
              "certificates": [{"name": "Tableau Desktop Specialist", "issuer": "Tableau", "date": "2018"}]}
    imported = {"basics": {"name": "Daniel Reyes"}, "work": source["work"], "skills": source["skills"]}
    page = "Daniel Reyes\nSalt & Cedar, General Manager, 2018 - Present\nSkills: Tableau"
    report = shown_on_page(compare(source, imported), page)
    # the year and the issuer are on the page, but as a job's year and a skill: no certificate is
    assert not any(f.path.startswith("certificates") for f in report.fields)
    assert report.not_rendered["certificates[].issuer (not on the page)"] == 1
    assert report.is_exact("work[0].startDate")
    # an entry the source does not have still counts against the import
    imported["certificates"] = [{"name": "Tableau Desktop Specialist"}, {"name": "Made up"}]
    assert [f.path for f in shown_on_page(compare(source, imported), page).wrong()] == ["certificates[1]"]


def test_a_short_value_counts_only_as_a_word_of_its_own():
    from tailor.importer.field_shown import shown_on_page

    source = {"basics": {"name": "Maya Okonkwo"},
              "skills": [{"name": "Languages", "keywords": ["C++", "R", "Go", "SQL"]}]}
    imported = {"basics": {"name": "Maya Okonkwo"}, "skills": [{"name": "Languages", "keywords": ["SQL"]}]}
    page = "Maya Okonkwo\nLanguages\nSQL reporting for a growing clinic chain"
    report = shown_on_page(compare(source, imported), page)
    # "c", "r" and "go" are inside other words ("clinic", "reporting", "growing"): not shown
    assert [f.path for f in report.fields if f.path.startswith("skills")] == ["skills.keywords['SQL']"]
    assert report.not_rendered["skills.keywords[] (not on the page)"] == 3
    page += "\nAlso: C++, R and Go."
    assert len([f for f in shown_on_page(compare(source, imported), page).fields if f.path.startswith("skills")]) == 4


def test_page_text_reads_pdf_and_docx_tables(tmp_path):
    from docx import Document

    from tailor.importer.page_text import page_text

    document = Document()
    document.add_paragraph("Ana Souza")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Nurse, São Paulo Clinic", "Jan 2020 – Present"
    document.save(tmp_path / "r.docx")
    assert "Ana Souza" in page_text(tmp_path / "r.docx") and "Jan 2020" in page_text(tmp_path / "r.docx")
    (tmp_path / "r.pdf").write_bytes(render_resume_pdf(load()))
    assert load()["basics"]["email"] in page_text(tmp_path / "r.pdf")
