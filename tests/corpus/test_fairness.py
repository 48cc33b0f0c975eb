"""The fairness lint: flags what invites bias, and stays quiet on ordinary resume wording."""
import datetime as dt
import json
from pathlib import Path

import pytest

from tailor.corpus.fairness import lint_document, lint_resume, lint_text, merge
from tailor.schemas import Basics, Education, TailoredItem, TailoredResume, TailoredRole

TODAY = dt.date(2026, 12, 1)
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text, kind", [
    ("Married mother of two, based in Austin", "marital_status"),
    ("Marital status: single", "marital_status"),
    ("Father of 3 and weekend coach", "marital_status"),
    ("Date of birth: 12.04.1968", "age"),
    ("Born 1961 in Ohio", "age"),
    ("Age: 54", "age"),
    ("A 45-year-old engineer", None),  # hyphenated form is not matched: narrow on purpose
    ("45 years old, eager to learn", "age"),
    ("German national living in Lisbon", "nationality"),
    ("Nationality: Indian", "nationality"),
    ("Photo attached below", "photo"),
    ("Gender: female", "gender"),
    ("Religion: Catholic", "religion"),
])
def test_protected_wording_is_flagged(text, kind):
    kinds = {f.kind for f in lint_text(text, "summary", "resume")}
    assert kinds == ({kind} if kind else set())


@pytest.mark.parametrize("text", [
    "Built a single source of truth for 40 services",
    "Cut build times 45% across 3 years of releases",
    "Ran the national sales kickoff for 300 people",
    "Led age-verification checks at the door and served 200 guests a night",
    "Processed photo ID checks for new hires",
])
def test_ordinary_wording_is_not_flagged(text):
    assert lint_text(text, "bullet", "resume") == []


@pytest.mark.parametrize("text, flagged", [
    ("Married the billing and shipping data into one report", False),
    ("married an ERP export with the warehouse feed", False),
    ("Happily married, two children", True),
    ("Married father of two", True),
    ("Status: married", True),
])
def test_married_as_a_verb_is_not_status(text, flagged):
    flags = lint_text(text, "bullet", "resume")
    assert [f.kind for f in flags] == (["marital_status"] if flagged else [])


def test_input_document_fields():
    data = json.loads((ROOT / "tests/testdata/resumes/senior-engineer.resume.json").read_text())
    assert not [f for f in lint_document(data, TODAY) if f.kind != "age"]
    data["basics"].update(image="https://example.com/me.jpg", maritalStatus="married",
                          nationality="Brazilian", dateOfBirth="1970-02-01")
    data["education"][0]["endDate"] = "1992-06-01"
    flags = lint_document(data, TODAY)
    by_field = {f.field: f.kind for f in flags}
    assert by_field["basics.image"] == "photo"
    assert by_field["basics.maritalStatus"] == "marital_status"
    assert by_field["basics.nationality"] == "nationality"
    assert by_field["basics.dateOfBirth"] == "age"
    assert by_field["education[0].endDate"] == "age"
    assert all(f.where == "input" and f.advice for f in flags)


def test_recent_graduation_is_not_flagged():
    data = {"basics": {"name": "A"}, "education": [{"institution": "U", "endDate": "2019-05"}]}
    assert lint_document(data, TODAY) == []


def test_empty_protected_fields_are_not_flagged():
    assert lint_document({"basics": {"name": "A", "image": "", "maritalStatus": None}}, TODAY) == []


def _resume(summary: str, bullet: str, graduated: str) -> TailoredResume:
    return TailoredResume(
        basics=Basics(name="A. Person"),
        summary=TailoredItem(id="s1", text=summary, source_ids=["s-0"]),
        roles=[TailoredRole(experience_id="w0", organization="Acme",
                            bullets=[TailoredItem(id="b1", text=bullet, source_ids=["e-1"])])],
        education=[Education(institution="State University", end_date=graduated)])


def test_shipped_resume_lint_and_merge():
    resume = _resume("Engineer and married father of two", "Shipped 3 releases", "1990-05")
    flags = lint_resume(resume, TODAY)
    assert {(f.field, f.kind) for f in flags} == {("summary (s1)", "marital_status"),
                                                  ("education[0].end_date", "age")}
    assert all(f.where == "resume" for f in flags)
    inputs = lint_document({"basics": {"image": "me.png", "summary": "married father of two"}}, TODAY)
    merged = merge(flags, inputs)
    # the photo did not ship but is reported; the summary wording is reported once, as shipped
    assert [f.kind for f in merged if f.where == "input"] == ["photo"]
    assert len(merged) == 3


def test_clean_resume_has_no_flags():
    assert lint_resume(_resume("Backend engineer", "Shipped 3 releases", "2018-05"), TODAY) == []
