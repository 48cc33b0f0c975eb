"""Loader warnings and errors for impossible dates, untitled roles and emoji, in both formats."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tailor.corpus.dates import date_problem, end_before_start, impossible_dates
from tailor.corpus.jsonresume import UNTITLED_ROLE, validate_json_resume
from tailor.corpus.loader import load_corpus_with_warnings, strip_pictographs
from tailor.errors import ValidationFailed


def write(tmp_path: Path, data: dict, name: str = "corpus.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def resume(*work: dict, **sections) -> dict:
    return {"basics": {"name": "Sam Lee", "email": "sam@example.com"}, "work": list(work), **sections}


def job(**fields) -> dict:
    return {"name": "Acme", "position": "Engineer", "startDate": "2020-03",
            "highlights": ["Built services."], **fields}


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize(("value", "problem"), [
    ("2018-13", "month 13 is not between 1 and 12"),
    ("2018-00", "month 0 is not between 1 and 12"),
    ("2021-02-29", "day 29 is not in February 2021 (it has 28 days)"),
    ("2021-04-31", "day 31 is not in April 2021 (it has 30 days)"),
    ("2020-02-29", ""), ("2018-12", ""), ("2018", ""), ("", ""),
    ("Summer 2019", ""),  # not date-shaped: the schema's pattern reports it
])
def test_date_problem(value, problem):
    assert date_problem(value) == problem


@pytest.mark.parametrize(("start", "end", "before"), [
    ("2020-03", "2019-01", True), ("2020-03-15", "2020-03-01", True),
    ("2020-03", "2020", False), ("2020-03", "2020-03", False), ("2020-03", "", False),
    ("2020-03", "Present", False), ("", "2019", False),
])
def test_end_before_start(start, end, before):
    assert end_before_start(start, end) is before


def test_impossible_dates_names_every_path():
    doc = resume(job(endDate="2021-02-30"), education=[{"institution": "MIT", "startDate": "2012-13"}])
    assert impossible_dates(doc) == [
        ("work[0].endDate", "'2021-02-30' is not a date: day 30 is not in February 2021 (it has 28 days)"),
        ("education[0].startDate", "'2012-13' is not a date: month 13 is not between 1 and 12"),
    ]


def test_json_resume_month_13_is_an_error_naming_file_path_and_value(tmp_path):
    """Like "Summer 2019" (which the schema rejects), "2018-13" names no date: an error, not a
    warning, so the resume can never print it."""
    path = write(tmp_path, resume(job(), job(startDate="2018-13")), "messy.json")
    with pytest.raises(ValidationFailed) as caught:
        load_corpus_with_warnings(path)
    assert caught.value.problems == [
        ("work[1].startDate", "'2018-13' is not a date: month 13 is not between 1 and 12")]
    assert str(path) in str(caught.value)


def test_native_impossible_date_is_an_error_listed_with_schema_problems(tmp_path):
    doc = {"basics": {"name": "Ada"}, "experiences": [
        {"organization": "Acme", "start_date": "2019-02-30", "bullets": ["Did things."]},
        {"organization": "", "bullets": ["Did more."]}]}
    with pytest.raises(ValidationFailed) as caught:
        load_corpus_with_warnings(write(tmp_path, doc))
    assert [path for path, _ in caught.value.problems] == [
        "experiences[1].organization", "experiences[0].start_date"]


def test_validate_json_resume_rejects_impossible_dates():
    with pytest.raises(ValidationFailed, match=r"work\[0\]\.endDate"):
        validate_json_resume(resume(job(endDate="2019-13")), "resume.json")


def test_json_resume_end_before_start_is_a_warning_naming_file_path_and_values(tmp_path):
    path = write(tmp_path, resume(job(endDate="2019-01")), "messy.json")
    _, warnings = load_corpus_with_warnings(path)
    assert warnings == [f"work[0].endDate: '2019-01' is before startDate '2020-03', and the "
                        f"resume prints both as written; fix them in {path}"]


def test_json_resume_education_end_before_start_warns(tmp_path):
    doc = resume(job(), education=[{"institution": "MIT", "startDate": "2016", "endDate": "2012"}])
    _, warnings = load_corpus_with_warnings(write(tmp_path, doc))
    assert [w.split(":")[0] for w in warnings] == ["education[0].endDate"]


# --------------------------------------------------------------------------- untitled roles

def test_json_resume_role_without_name_or_position_warns(tmp_path):
    only_highlights = {"startDate": "2016-01", "highlights": ["Designed schemas."]}
    doc = resume(job(), only_highlights, projects=[{"highlights": ["Wrote a CLI."]}],
                 volunteer=[{"position": "Mentor", "highlights": ["Taught."]}])
    path = write(tmp_path, doc)
    corpus, warnings = load_corpus_with_warnings(path)
    assert [b.text for b in corpus.experiences[1].bullets] == ["Designed schemas."]  # still loaded
    assert warnings == [
        f'work[1]: has neither "name" nor "position": its bullets would print under the previous '
        f'role, so the resume heads them "{UNTITLED_ROLE}"; add one in {path}',
        f'projects[0]: has neither "name" nor "roles": its bullets would print under the previous '
        f'role, so the resume heads them "{UNTITLED_ROLE}"; add one in {path}',
    ]


def test_native_role_with_blank_organization_and_no_title_warns(tmp_path):
    doc = {"basics": {"name": "Ada"}, "experiences": [
        {"organization": "Acme", "bullets": ["Did things."]},
        {"organization": "  ", "bullets": ["Did more."]}]}
    path = write(tmp_path, doc)
    _, warnings = load_corpus_with_warnings(path)
    assert warnings == [f'experiences[1]: has neither "organization" nor "title": its bullets '
                        f'would print under the previous role, so the resume heads them '
                        f'"{UNTITLED_ROLE}"; add one in {path}']


# --------------------------------------------------------------------------- emoji

def test_emoji_in_rendered_fields_are_announced_with_their_path(tmp_path):
    doc = resume(job(highlights=["Built services 🚀.", "Plain."]),
                 skills=[{"name": "Cloud", "keywords": ["GCP ☁️"]}],
                 interests=[{"name": "Climbing 🧗"}])  # carried to resume.json, never rendered
    doc["basics"]["name"] = "Sam Lee 🚀"
    path = write(tmp_path, doc)
    corpus, warnings = load_corpus_with_warnings(path)
    assert corpus.basics.name == "Sam Lee 🚀"  # the corpus keeps the person's words
    assert [w.split(":")[0] for w in warnings] == [
        "basics.name", "work[0].highlights[0]", "skills[0].keywords[0]"]
    assert warnings[0] == (f"basics.name: 🚀 left out of the resume (emoji and pictographs are "
                           f"not text an ATS can read); remove them from {path} to silence this")
    assert "☁" in warnings[2]


def test_strip_pictographs_keeps_scripts_and_their_joiners():
    text = "क्‍ष مهندس 構築"  # ZWJ inside Devanagari shapes a conjunct: it stays
    assert strip_pictographs(text) == text
