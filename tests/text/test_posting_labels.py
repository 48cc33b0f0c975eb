"""The hand labels of bench/data/postings/ (first and second labels) stay well-formed: each
statement is a piece of its posting's line, every non-empty line is covered, and both splits
hold both sets."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "bench/data/postings/labels"
POSTINGS = {"shared": ROOT / "tests/testdata/jobs", "usajobs": ROOT / "bench/data/postings/usajobs"}
KINDS = {"must_have", "nice_to_have", "responsibility", "not_requirement"}
WHYS = {"title", "meta", "heading", "company", "benefits", "salary", "schedule", "eeo", "legal", "apply",
        "other"}
FILES = sorted(LABELS.glob("*/*.jsonl"))
SECOND = sorted((LABELS.parent / "labels2").glob("*/*.jsonl"))   # a second labeller's, same format


def test_every_posting_is_labelled():
    for name, folder in POSTINGS.items():
        postings = {p.stem for p in folder.glob("*.txt") if re.match(r"\d", p.name)}
        assert postings == {p.stem for p in (LABELS / name).glob("*.jsonl")}, name


@pytest.mark.parametrize("label_file", FILES + SECOND, ids=lambda p: f"{p.parents[1].name}-{p.stem}")
def test_statements_cover_their_lines(label_file):
    lines = (POSTINGS[label_file.parent.name] / f"{label_file.stem}.txt").read_text("utf-8").splitlines()
    rows = [json.loads(line) for line in label_file.read_text("utf-8").splitlines() if line.strip()]
    covered: dict[int, str] = {}
    for row in rows:
        assert row["label"] in KINDS and (row["why"] in WHYS) == (row["label"] == "not_requirement"), row
        assert row["text"] and row["text"] in lines[row["line"] - 1], row
        covered[row["line"]] = covered.get(row["line"], "") + row["text"]
    assert [r["line"] for r in rows] == sorted(r["line"] for r in rows)
    for number, line in enumerate(lines, 1):
        left = re.sub(r"[\W_]", "", line)
        assert not left or re.sub(r"[\W_]", "", covered.get(number, "")) == left, (number, line)


def test_both_splits_hold_both_sets():
    """Shared: even numbers are test. USAJOBS: 161-190 are the fresh test set (31-60, the old
    test set, and the dev postings 01-30, 61-160 and 191-220 are not)."""
    def is_test(path: Path) -> bool:
        number = int(re.match(r"\d+", path.stem).group())
        return 161 <= number <= 190 if path.parent.name == "usajobs" else number % 2 == 0
    test = [p for p in FILES if is_test(p)]
    assert {p.parent.name for p in test} == {p.parent.name for p in FILES if not is_test(p)} == set(POSTINGS)
    assert sum(p.parent.name == "usajobs" for p in test) == 30
