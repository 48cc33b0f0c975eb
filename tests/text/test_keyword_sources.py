"""Every keyword says where in the posting it came from (issue 14, item 4)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tailor.schemas.models import Requirement
from tailor.text.keyword_sources import keyword_sources
from tailor.text.posting import parse_posting, read_posting

JOBS = sorted(p for p in (Path(__file__).resolve().parents[1] / "testdata" / "jobs").iterdir()
              if p.suffix in (".txt", ".md", ".json"))


def test_sources_name_the_requirements_and_the_title():
    reqs = [Requirement(id="r1", text="3+ years of Python and SQL", kind="must_have", keywords=["Python", "SQL"]),
            Requirement(id="r2", text="Build ETL pipelines in Python", kind="responsibility"),
            Requirement(id="r3", text="Airflow is a plus", kind="nice_to_have")]
    by_keyword = {s.keyword: s for s in keyword_sources(["Python", "Airflow", "Data Engineer"], reqs,
                                                        "Senior Data Engineer")}
    assert by_keyword["Python"].requirement_ids == ["r1", "r2"]
    assert not by_keyword["Python"].in_title
    assert by_keyword["Airflow"].requirement_ids == ["r3"]
    assert by_keyword["Data Engineer"].in_title and by_keyword["Data Engineer"].requirement_ids == []


def test_a_requirement_skill_term_counts_even_when_spelled_differently_in_its_text():
    reqs = [Requirement(id="r1", text="Bachelors degree in accounting", kind="must_have",
                        keywords=["Bachelor's degree"])]
    assert keyword_sources(["Bachelor's degree"], reqs, "Accountant")[0].requirement_ids == ["r1"]


def test_parsed_posting_carries_one_source_per_keyword_in_order():
    job = parse_posting("Data Analyst\n\nRequirements:\n- 2+ years of SQL\n- Tableau dashboards\n")
    assert [s.keyword for s in job.keyword_sources] == job.keywords
    assert all(s.requirement_ids for s in job.keyword_sources if s.keyword in ("SQL", "Tableau"))


@pytest.mark.parametrize("path", JOBS, ids=lambda p: p.stem)
def test_every_keyword_of_a_real_posting_has_a_source(path: Path):
    job = read_posting(path)
    assert len(job.keyword_sources) == len(job.keywords)
    ids = {r.id for r in job.requirements}
    for source in job.keyword_sources:
        assert source.requirement_ids or source.in_title, source.keyword
        assert set(source.requirement_ids) <= ids
