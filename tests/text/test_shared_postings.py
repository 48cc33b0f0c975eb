"""On the 25 shared real postings: keywords a person and an ATS recognise (no function word at
an edge, no phrase across a sentence), and no company description among the requirements
(judged against the hand labels of bench/data/postings/)."""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from tailor.text.posting import read_posting
from tests.bench_scripts import bench_script

ROOT = Path(__file__).resolve().parents[2]
JOBS = sorted((ROOT / "tests/testdata/jobs").glob("[0-9]*.txt"))
LABELS = ROOT / "bench/data/postings/labels/shared"
# Not the project's own word list: a plain English one, so the test does not share its blind spots.
EDGE_WORDS = frozenset("""a an the and or nor but of to in on for with by at from as into onto via per
than then like such including include includes is are was were be been being will would can could
should must may might this that these those our your their its his her my we you they it not no
all any both each every other about over under within without across through using use""".split())
# A full stop after these is not the end of a sentence ("Sr. Coordinator", "U.S. Navy").
ABBREVIATIONS = re.compile(r"\b(?:Sr|Jr|Mr|Mrs|Ms|Dr|St|vs|etc|Inc|Co|No|e\.g|i\.e|U\.S|a\.m|p\.m)\.$", re.I)


@functools.cache
def _bench():
    """bench/ingest_eval.py, whose matching decides which labelled statement a requirement is."""
    return bench_script("ingest_eval")


def crosses_a_sentence(keyword: str) -> bool:
    for match in re.finditer(r"[.;:!?](?=\s)", keyword):
        if match.group() != "." or not ABBREVIATIONS.search(keyword[: match.end()]):
            return True
    return False


@pytest.mark.parametrize("job", JOBS, ids=lambda p: p.stem[:20])
def test_keywords_are_whole_phrases(job):
    for keyword in read_posting(job).keywords:
        words = keyword.lower().split()
        assert words[0] not in EDGE_WORDS and words[-1] not in EDGE_WORDS, keyword
        assert not crosses_a_sentence(keyword), keyword


def test_the_sentence_check_can_tell_an_abbreviation_from_a_sentence_end():
    assert not crosses_a_sentence("Acquisition Sr. Coordinator")
    assert crosses_a_sentence("edge features. Qualifications")
    assert crosses_a_sentence("like access; Viva")


@pytest.mark.parametrize("job", JOBS, ids=lambda p: p.stem[:20])
def test_no_company_description_is_a_requirement(job):
    bench = _bench()
    labels = [json.loads(line) for line in (LABELS / f"{job.stem}.jsonl").read_text("utf-8").splitlines()]
    company = [bench.tokens(s["text"]) for s in labels if s["why"] == "company"]
    statements = [bench.tokens(s["text"]) for s in labels]
    for requirement in read_posting(job).requirements:
        found = bench.tokens(requirement.text)
        best = max(statements, key=lambda s: bench.overlap(found, s))
        assert not (best in company and bench.overlap(found, best) >= bench.MATCH), requirement.text


def test_the_test_postings_meet_the_issues_targets_in_each_set():
    """Issue 14's bar on the held-out test postings (bench/ingest_eval.py --split test: the even
    shared postings and USAJOBS 161-190, never tuned on): precision and recall >= 0.90 and
    not-a-requirement made a requirement in <= 5% of such statements, in each set and pooled. It
    fails when ingest regresses below the bar anywhere."""
    rates = _bench().evaluate("test", misses=[])
    for name in ("shared", "usajobs", "all"):
        row = rates[name]
        assert row["precision"] >= 0.90 and row["recall"] >= 0.90, (name, row)
        assert row["false_requirements"] <= 0.05, (name, row)
