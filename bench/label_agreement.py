"""How far two careful labellers of the same postings agree, counted the way the ingest bench
counts Tailor (bench/ingest_eval.py), so the two can be read side by side.

    .venv/bin/python bench/label_agreement.py [--second bench/data/postings/labels2]

For every posting labelled twice (first labels in bench/data/postings/labels/, second in
`--second`), the second labeller's requirement statements are scored as if a system had found
them, against the first labeller's labels: precision, recall, share of the first labeller's
not-requirement statements the second called requirements, and kind agreement on matched pairs.
Cohen's kappa is over the first labeller's statements: requirement or not, as each labeller saw it
(the second labeller's verdict is that of their statement overlapping it most). Reading this needs
no system output, so it may be run on test postings: it measures the labels, not Tailor.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from ingest_eval import LABELS, REQUIREMENT_LABELS, Counts, overlap, score_posting, split_of, tokens  # noqa: E402


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def kappa(pairs: list[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two yes/no verdicts over the same items."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    p_a, p_b = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    expected = p_a * p_b + (1 - p_a) * (1 - p_b)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def verdict_pairs(first: list[dict], second: list[dict]) -> list[tuple[bool, bool]]:
    """Per first-label statement: (first says requirement, second says requirement)."""
    second_tokens = [(tokens(r["text"]), r["label"] in REQUIREMENT_LABELS) for r in second]
    pairs = []
    for row in first:
        mine = tokens(row["text"])
        _, theirs = max(((overlap(mine, t), is_req) for t, is_req in second_tokens), default=(0.0, False))
        pairs.append((row["label"] in REQUIREMENT_LABELS, theirs))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--second", type=Path, default=ROOT / "bench/data/postings/labels2")
    args = parser.parse_args()
    totals: dict[str, Counts] = {}
    pairs: dict[str, list[tuple[bool, bool]]] = {}
    postings: Counter = Counter()
    for second_file in sorted(args.second.glob("*/*.jsonl")):
        name, stem = second_file.parent.name, second_file.stem
        first = read_rows(LABELS / name / f"{stem}.jsonl")
        second = read_rows(second_file)
        found = [(r["label"], r["text"]) for r in second if r["label"] in REQUIREMENT_LABELS]
        key = f"{name} {split_of(name, stem)}"
        totals.setdefault(key, Counts()).add(score_posting(found, stem, first, []))
        pairs.setdefault(key, []).extend(verdict_pairs(first, second))
        postings[key] += 1
    print("| postings labelled twice | postings | precision | recall | false requirements | kind agreement | "
          "kappa (requirement or not) |\n|---|---|---|---|---|---|---|")
    for key, counts in totals.items():
        row = counts.row()
        print(f"| {key} | {postings[key]} | {row['precision']} | {row['recall']} | {row['false_requirements']} | "
              f"{row['kind_accuracy']} | {kappa(pairs[key]):.3f} |")


if __name__ == "__main__":
    main()
