"""The retrieval embedder's data: the hand-made relevance labels, checked against the dataset, and
what is built from them: the training pairs and the held-out evaluation set.

The held-out numbers are only honest if the two never mix, so the split rule lives in one place:
training pairs come from the train split only, queries and candidates from the held-out split only
(see the module doc of `tailor.training.embed`).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tailor.errors import UserInputError
from tailor.training.dataset import DATA_DIR, Row

LABELS = DATA_DIR / "retrieval_labels.json"


def load_labels(path: Path | str = LABELS) -> dict[str, list[int]]:
    """evidence id -> requirement indices (0-based into its occupation's requirements)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserInputError(f"cannot read the labels: {exc.strerror}", file=str(path)) from exc
    except json.JSONDecodeError as exc:
        raise UserInputError(f"not valid JSON: {exc.msg} (line {exc.lineno})",
                             file=str(path)) from exc
    if not isinstance(data, dict) or not all(
            isinstance(v, list) and all(isinstance(i, int) and not isinstance(i, bool) for i in v)
            for v in data.values()):
        raise UserInputError("labels must map each evidence id to a list of requirement indices",
                             file=str(path), hint='e.g. {"book-01-e1": [0], "book-01-e6": []}')
    return data


def _requirements(rows: Sequence[Row]) -> dict[str, list[str]]:
    """occupation -> its requirement sentences (the same in every row of the occupation)."""
    return {row.occupation: list(row.requirements) for row in rows}


def _evidence(rows: Sequence[Row]) -> list[tuple[Row, str, str]]:
    """Each evidence bullet once, in file order, with a row it came from: (row, id, text)."""
    seen: dict[str, tuple[Row, str, str]] = {}
    for row in rows:
        for e in row.evidence:
            seen.setdefault(e.id, (row, e.id, e.text))
    return list(seen.values())


def label_problems(rows: Sequence[Row], labels: dict[str, list[int]],
                   unknown_ok: bool = False) -> list[str]:
    """Every evidence id needs a label; every index must point at one of its requirements; a
    label for an id the rows do not have is a typo, unless `unknown_ok` (a subset of rows)."""
    reqs = _requirements(rows)
    problems = []
    ids = set()
    for row, eid, _ in _evidence(rows):
        ids.add(eid)
        if eid not in labels:
            problems.append(f"{eid}: no label")
            continue
        n = len(reqs[row.occupation])
        bad = [i for i in labels[eid] if not 0 <= i < n]
        if bad:
            problems.append(f"{eid}: index {bad} out of range for {n} requirements")
        if len(set(labels[eid])) != len(labels[eid]):
            problems.append(f"{eid}: repeated index")
    if not unknown_ok:
        problems += [f"{eid}: not an evidence id of the dataset"
                     for eid in sorted(set(labels) - ids)]
    return problems


def training_pairs(rows: Sequence[Row], labels: dict[str, list[int]]) -> list[tuple[str, str]]:
    """(requirement, evidence) positives from the train split only, each pair once."""
    train = [r for r in rows if r.split == "train"]
    reqs = _requirements(train)
    pairs = [(reqs[row.occupation][i], text) for row, eid, text in _evidence(train)
             for i in labels.get(eid, [])]
    return list(dict.fromkeys(pairs))


@dataclass
class EvalSet:
    """Queries (id, text), the candidate pool (id, text), and the relevant pool ids per query."""

    queries: list[tuple[str, str]]
    pool: list[tuple[str, str]]
    relevant: dict[str, set[str]]


def heldout_eval_set(rows: Sequence[Row], labels: dict[str, list[int]]) -> EvalSet:
    """Queries: every requirement of every held-out occupation; pool: every held-out bullet."""
    held = [r for r in rows if r.split == "heldout"]
    evidence = _evidence(held)
    queries, relevant = [], {}
    for occ, reqs in _requirements(held).items():
        for i, text in enumerate(reqs):
            qid = f"{occ}#{i}"
            queries.append((qid, text))
            relevant[qid] = {eid for row, eid, _ in evidence
                             if row.occupation == occ and i in labels.get(eid, [])}
    return EvalSet(queries, [(eid, text) for _, eid, text in evidence], relevant)
