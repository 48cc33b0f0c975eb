"""Integrity of the hand-labelled fit set: bench/data/fit_labels.jsonl, fit_split.json, fit_resumes/."""

import json
from collections import Counter
from pathlib import Path

import pytest

from tailor.corpus.loader import load_corpus

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench" / "data"
LABELS = DATA / "fit_labels.jsonl"
SPLIT = DATA / "fit_split.json"
PERSONS = sorted((DATA / "fit_resumes").glob("*.json"))
POSTINGS = sorted(p.name for p in (ROOT / "tests" / "testdata" / "jobs").glob("*.txt"))
OTHER_RESUMES = [
    "tests/testdata/resumes/complete-resume.json",
    "tests/testdata/resumes/senior-engineer.resume.json",
    "tests/testdata/resumes/new-grad.resume.json",
    "tests/testdata/resumes/career-changer.resume.json",
    "tailor/corpus/examples/experiences.json",
]
RESUMES = sorted([str(p.relative_to(ROOT)) for p in PERSONS] + OTHER_RESUMES)


def _rows() -> list[dict]:
    rows = []
    for n, line in enumerate(LABELS.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"line {n} is blank"
        row = json.loads(line)
        assert isinstance(row, dict), f"line {n} is not an object"
        rows.append(row)
    return rows


def test_sizes():
    assert len(POSTINGS) == 25
    assert len(PERSONS) == 38
    assert len(RESUMES) == 43


def test_every_line_parses_with_the_expected_fields():
    for row in _rows():
        assert set(row) == {"posting", "resume", "label", "why"}, row
        assert isinstance(row["why"], str) and row["why"].strip(), row


def test_every_posting_and_resume_file_exists():
    for row in _rows():
        assert (ROOT / "tests" / "testdata" / "jobs" / row["posting"]).is_file(), row["posting"]
        assert (ROOT / row["resume"]).is_file(), row["resume"]


def test_each_pair_exactly_once_and_all_pairs_present():
    counts = Counter((row["posting"], row["resume"]) for row in _rows())
    assert [pair for pair, n in counts.items() if n > 1] == []
    assert set(counts) == {(p, r) for p in POSTINGS for r in RESUMES}
    assert sum(counts.values()) == 25 * 43


def test_labels_are_0_to_3():
    for row in _rows():
        assert type(row["label"]) is int and 0 <= row["label"] <= 3, row


def test_split_covers_all_postings_without_overlap():
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    assert set(split) == {"dev", "test"}
    dev, test = split["dev"], split["test"]
    assert len(dev) == len(set(dev)) and len(test) == len(set(test))
    assert not set(dev) & set(test)
    assert sorted(dev + test) == POSTINGS
    # near-duplicate postings stay on one side
    assert {"11-supervisor-ii-account.txt", "12-supervisor-ii-account.txt"} <= set(test)
    assert {"21-fleet-dispatcher-tunnel-hill-weekend-days.txt", "24-fleet-dispatcher-weekday-nights.txt"} <= set(dev)


@pytest.mark.parametrize("path", PERSONS, ids=lambda p: p.stem)
def test_person_corpus_loads(path):
    corpus = load_corpus(path)
    assert corpus.basics.name == f"Candidate {path.stem}"
    assert len(corpus.experiences) == 1 and corpus.experiences[0].bullets


def test_other_resumes_load():
    for rel in OTHER_RESUMES:
        assert load_corpus(ROOT / rel).experiences
