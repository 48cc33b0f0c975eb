"""JSON Resume: the official schema fixtures, the sample resumes, mapping and round trips."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tailor.corpus.jsonresume import (
    corpus_from_json_resume,
    location_object,
    location_text,
    read_json_resume,
    to_json_resume,
    validate_json_resume,
)
from tailor.corpus.loader import load_corpus, load_corpus_with_warnings
from tailor.errors import ValidationFailed
from tailor.importer.roundtrip import full_resume_of
from tailor.schemas.models import TailoredItem, TailoredResume, TailoredRole, TailoredSkill

TESTDATA = Path(__file__).parents[1] / "testdata"
FIXTURES = TESTDATA / "jsonresume" / "schema-tests"
RESUMES = sorted((TESTDATA / "resumes").glob("*.json")) + [TESTDATA / "jsonresume" / "sample.resume.json"]
EXAMPLE = Path(__file__).parents[2] / "tailor" / "corpus" / "examples" / "experiences.json"


def _fixture_cases() -> list:
    """Every case of the official suite: `...Valid`, `...Valid2` must pass, `...Invalid` must fail."""
    cases = []
    for file in sorted(FIXTURES.glob("*.json")):
        if file.name == "dates.json":
            continue  # its values are bare dates, tested below
        for key, doc in json.loads(file.read_text("utf-8")).items():
            if re.search(r"invalid\d*$", key, re.IGNORECASE):
                expected = False
            elif re.search(r"valid\d*$", key, re.IGNORECASE):
                expected = True
            else:
                raise AssertionError(f"{file.name}: cannot tell whether {key!r} is valid")
            cases.append(pytest.param(doc, expected, id=f"{file.stem}:{key}"))
    return cases


FIXTURE_CASES = _fixture_cases()


def test_all_fixture_files_are_used():
    assert len(list(FIXTURES.glob("*.json"))) == 15
    assert len(FIXTURE_CASES) > 150


@pytest.mark.parametrize("doc,valid", FIXTURE_CASES)
def test_official_fixture(doc, valid):
    if valid:
        validate_json_resume(doc, "fixture.json")
        return
    with pytest.raises(ValidationFailed) as err:
        validate_json_resume(doc, "fixture.json")
    section = next(iter(doc))
    assert err.value.problems and all(path.startswith(section) for path, _ in err.value.problems)


@pytest.mark.parametrize("key", ["yearMonthDay", "yearMonth", "year", "invalid"])
def test_official_date_fixtures(key):
    value = json.loads((FIXTURES / "dates.json").read_text("utf-8"))[key]
    doc = {"work": [{"startDate": value}]}
    if key != "invalid":
        validate_json_resume(doc, "dates.json")
        return
    with pytest.raises(ValidationFailed) as err:
        validate_json_resume(doc, "dates.json")
    assert err.value.problems == [("work[0].startDate",
                                   "'2013-12-021' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")]


def test_every_problem_is_listed_with_its_path():
    doc = {"basics": {"name": 7, "profiles": [{"url": None}]},
           "work": [{"name": "A"}, {"name": "B"}, {"name": "C", "startDate": "May 2020", "highlights": ["ok", 3]}],
           "skills": None}
    with pytest.raises(ValidationFailed) as err:
        validate_json_resume(doc, "me.json")
    paths = [path for path, _ in err.value.problems]
    assert paths == ["basics.name", "basics.profiles[0].url", "skills", "work[2].highlights[1]",
                     "work[2].startDate"]
    assert "me.json" in str(err.value) and "work[2].startDate" in str(err.value)


def test_work_location_may_be_a_string_or_an_object():
    doc = {"basics": {"name": "N", "location": {"city": "Lagos", "countryCode": "NG"}},
           "work": [{"name": "A", "location": "Palo Alto, CA"},
                    {"name": "B", "location": {"city": "Berlin", "region": "Berlin", "countryCode": "DE",
                                               "address": "Street 1", "postalCode": "10115"}},
                    {"name": "C", "location": {"country": "Canada", "city": "Toronto"}}]}
    validate_json_resume(doc, "x.json")
    corpus = corpus_from_json_resume(doc, "x.json")
    assert [e.location for e in corpus.experiences] == ["Palo Alto, CA", "Berlin, Berlin, DE", "Toronto, Canada"]
    assert corpus.basics.location == "Lagos, NG"
    assert doc["work"][1]["location"]["city"] == "Berlin"  # the caller's data is not modified


def test_object_location_fields_are_validated():
    doc = {"work": [{"location": {"city": None, "region": "X"}}]}
    with pytest.raises(ValidationFailed) as err:
        validate_json_resume(doc, "x.json")
    assert [p for p, _ in err.value.problems] == ["work[0].location.city"]


def test_location_conversions():
    assert location_text({"address": "1 Main St"}) == "1 Main St"
    assert location_text(None) == ""
    assert location_object("San Francisco, California, US") == {
        "city": "San Francisco", "region": "California", "countryCode": "US"}
    assert location_object("Austin, TX") == {"city": "Austin", "region": "TX"}
    assert location_object("") == {}


# --------------------------------------------------------------------------- sample resumes

@pytest.mark.parametrize("path", RESUMES, ids=lambda p: p.name)
def test_sample_resume_loads(path):
    data = json.loads(path.read_text("utf-8"))
    corpus, warnings = load_corpus_with_warnings(path)
    sections = {"work": "work", "volunteer": "volunteer", "projects": "project"}
    expected = [(kind, item.get("highlights", [])) for key, kind in sections.items() for item in data.get(key, [])]
    assert [(e.kind, [b.text for b in e.bullets]) for e in corpus.experiences] == expected
    assert corpus.basics.name == data["basics"]["name"]
    assert " ".join(s.text for s in corpus.summary_evidence) == " ".join(data["basics"]["summary"].split())
    for key in ("awards", "publications", "languages", "interests", "references"):
        assert corpus.carried_sections.get(key, []) == data.get(key, [])
    assert "meta" not in corpus.carried_sections and "$schema" not in corpus.carried_sections
    assert [(x.language, x.fluency) for x in corpus.languages()] == [
        (item["language"], item.get("fluency", "")) for item in data.get("languages", []) if item.get("language")]
    assert len(corpus.education) == len(data.get("education", []))
    assert [s.keywords for s in corpus.skills] == [s.get("keywords", []) for s in data.get("skills", [])]
    assert len(corpus.certificates) == len(data.get("certificates", []))
    assert re.fullmatch(r"[0-9a-f]{64}", corpus.content_hash)
    assert all(re.match(r"^[\w$.\[\]]+: \S", w) for w in warnings)  # "<field path>: <what>"


@pytest.mark.parametrize("path", RESUMES + [EXAMPLE], ids=lambda p: p.name)
def test_round_trip_to_a_valid_json_resume(path):
    corpus = load_corpus(path)
    out = to_json_resume(full_resume_of(corpus), corpus)
    validate_json_resume(out, "resume.json")
    json.dumps(out)  # plain JSON types only
    assert out["meta"]["generator"] == "Tailor" and out["meta"]["corpusHash"] == corpus.content_hash
    for key, section in corpus.carried_sections.items():
        assert out[key] == section
    assert all(isinstance(w.get("location", ""), str) for w in out.get("work", []))
    assert sorted(k for g in out.get("skills", []) for k in g["keywords"]) == sorted(
        k for g in corpus.skills for k in g.keywords)
    again = corpus_from_json_resume(out, "resume.json")
    def ids(c):
        return [(e.id, e.organization, e.title, [(b.id, b.text) for b in e.bullets]) for e in c.experiences]
    assert sorted(ids(again)) == sorted(ids(corpus))  # same evidence ids after a round trip
    assert again.summary_evidence == corpus.summary_evidence
    assert again.basics.email == corpus.basics.email and again.basics.profiles == corpus.basics.profiles


def test_export_uses_the_tailored_content_only():
    corpus = load_corpus(TESTDATA / "resumes" / "complete-resume.json")
    first = corpus.experiences[0]
    resume = TailoredResume(
        basics=corpus.basics,
        summary=TailoredItem(id="s", text="Engineer who ships.", source_ids=[corpus.summary_evidence[0].id]),
        skills=[TailoredSkill(name="Kubernetes"), TailoredSkill(name="React"), TailoredSkill(name="kubernetes"),
                TailoredSkill(name="Juggling"), TailoredSkill(name="Node.js")],
        roles=[TailoredRole(experience_id=first.id, organization=first.organization, title=first.title,
                            start_date=first.start_date,
                            bullets=[TailoredItem(id="b1", text="Rewritten bullet.",
                                                  source_ids=[first.bullets[0].id])])],
    )
    out = to_json_resume(resume, corpus)
    validate_json_resume(out, "resume.json")
    assert out["basics"]["summary"] == "Engineer who ships."
    assert out["basics"]["location"] == {"city": "San Francisco", "region": "California", "countryCode": "US"}
    assert out["work"] == [{"name": "TechCorp Inc", "position": "Senior Software Engineer",
                            "startDate": "2021-03-01", "highlights": ["Rewritten bullet."]}]
    assert "volunteer" not in out and "projects" not in out and "education" not in out
    assert out["skills"] == [
        {"name": "DevOps", "level": "Intermediate", "keywords": ["Kubernetes"]},
        {"name": "Frontend", "level": "Expert", "keywords": ["React"]},
        {"name": "Backend", "level": "Advanced", "keywords": ["Node.js"]},
        {"name": "Other", "keywords": ["Juggling"]},
    ]


def test_skills_without_a_corpus_group_form_one_group():
    corpus = load_corpus(TESTDATA / "resumes" / "complete-resume.json").model_copy(update={"skills": []})
    resume = TailoredResume(basics=corpus.basics, skills=[TailoredSkill(name="Go"), TailoredSkill(name="SQL")])
    assert to_json_resume(resume, corpus)["skills"] == [{"name": "Skills", "keywords": ["Go", "SQL"]}]


# --------------------------------------------------------------------------- mapping details

def test_projects_and_volunteer_map_to_experiences():
    corpus = load_corpus(TESTDATA / "resumes" / "complete-resume.json")
    kinds = [(e.id, e.kind) for e in corpus.experiences]
    assert kinds == [("w0", "work"), ("w1", "work"), ("w2", "work"), ("v0", "volunteer"),
                     ("v1", "volunteer"), ("p0", "project"), ("p1", "project")]
    project = corpus.experiences[5]
    assert project.organization == "Open Source UI Library"
    assert project.title == "Creator, Maintainer"
    assert project.summary.startswith("Created and maintain")
    assert project.bullets[0].id.startswith("p0.0-")
    assert corpus.experiences[3].organization == "Code for America"


def test_fields_tailor_does_not_use_are_reported():
    corpus, warnings = read_json_resume(json.loads((TESTDATA / "resumes" / "senior-engineer.resume.json")
                                                   .read_text("utf-8")), "senior.json")
    assert "work[].description: not used by Tailor, left out (3 entries)" in warnings
    assert not any(w.startswith("basics.image") for w in warnings)  # it is empty there


def test_non_list_sections_are_reported_not_silently_dropped():
    doc = {"basics": {"name": "N"}, "work": [], "custom": {"a": 1}, "extras": [{"a": 1}], "meta": {"version": "v1"}}
    corpus, warnings = read_json_resume(doc, "x.json")
    assert corpus.carried_sections == {"extras": [{"a": 1}]}
    assert warnings == ["custom: not carried to resume.json (only list sections are)",
                        "extras: not a JSON Resume section; copied to resume.json as written, "
                        "not printed on the resume"]


def test_empty_highlights_are_dropped_with_a_warning():
    doc = {"basics": {"name": "N"}, "work": [{"name": "A", "highlights": ["One.", "  ", "Three."]}]}
    corpus, warnings = read_json_resume(doc, "x.json")
    assert [b.id.split("-")[0] for b in corpus.experiences[0].bullets] == ["w0.0", "w0.2"]
    assert warnings == ["work[0].highlights[1]: empty bullet dropped"]


def test_a_name_is_required():
    with pytest.raises(ValidationFailed) as err:
        corpus_from_json_resume({"basics": {"label": "x"}, "work": []}, "x.json")
    assert err.value.problems[0][0] == "basics.name"


def test_languages_are_read_from_the_carried_section_and_odd_items_are_skipped():
    from tailor.schemas.models import Basics, Corpus

    corpus = Corpus(basics=Basics(name="Ana"), carried_sections={"languages": [
        {"language": " Spanish ", "fluency": "Native"}, {"language": "Welsh"}, {"fluency": "Basic"},
        "French", {"language": ""}, {"language": "Polish", "fluency": None}]})
    assert [(x.language, x.fluency) for x in corpus.languages()] == [
        ("Spanish", "Native"), ("Welsh", ""), ("Polish", "")]
