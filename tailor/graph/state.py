"""The one state type of the tailoring graph.

Values are plain JSON-able dicts (pydantic `model_dump`s), so every checkpoint in the run's
SQLite trace can be read back by any tool (pandas, sqlite3, `tailor trace`) without Tailor's
classes. Nodes validate what they read into the pydantic models of `tailor.schemas`.
"""
from __future__ import annotations

import operator
from typing import Annotated, TypedDict


def add_timings(old: dict[str, float], new: dict[str, float]) -> dict[str, float]:
    """Sum per-node seconds: write and critique run once per repair round."""
    return _sum_by_key(old, new)


def add_generation(old: dict[str, float], new: dict[str, float]) -> dict[str, float]:
    """Sum the writer's GenerationStats over its rounds. Each write node records only what its
    own call generated: the model's own stats keep counting across every run of a Session."""
    return _sum_by_key(old, new)


def _sum_by_key(old: dict[str, float], new: dict[str, float]) -> dict[str, float]:
    merged = dict(old or {})
    for name, value in (new or {}).items():
        merged[name] = round(merged.get(name, 0) + value, 4)
    return merged


class TailorState(TypedDict, total=False):
    job: dict            # JobPosting
    corpus: dict         # Corpus
    input_warnings: list[str]  # what loading the corpus left out, so it is never lost silently
    input_fairness: list[dict]  # FairnessFlag: bias-inviting content of the corpus file
    requirement_map: list[dict]  # RequirementMatch per requirement
    plan: dict           # Plan
    draft: dict          # TailoredResume, rewritten in place by each repair round
    critique: dict       # the latest Critique
    critiques: Annotated[list[dict], operator.add]  # every round's Critique, for traces
    repair_round: int
    fallback_done: bool
    repairs: Annotated[list[dict], operator.add]    # RepairRecord
    timings: Annotated[dict[str, float], add_timings]
    generation: Annotated[dict[str, float], add_generation]  # GenerationStats of this run only
    report: dict         # Report
