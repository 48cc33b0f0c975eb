"""Reading what retrieval found: how strongly each bullet answers the posting, and which
requirements found no evidence at all. The planner picks bullets by the first and writes gap
notes from the second; interview questions are chosen from both.
"""
from __future__ import annotations

import re
from collections import defaultdict

from tailor.schemas import KIND_WEIGHT, Corpus, GapNote, JobPosting, RequirementMatch

_NUMBER = re.compile(r"\d")


def evidence_strength(corpus: Corpus, job: JobPosting,
                      requirement_map: list[RequirementMatch]) -> dict[str, float]:
    """Weighted sum of a bullet's similarity to every requirement, plus a small bonus for a
    quantified result (recruiters and the ImpactScore both prefer them)."""
    kinds = {r.id: r.kind for r in job.requirements}
    strength: dict[str, float] = defaultdict(float)
    for rm in requirement_map:
        for m in rm.matches:
            strength[m.evidence_id] += KIND_WEIGHT[kinds[rm.requirement_id]] * m.score
    for eid, bullet in corpus.evidence().items():
        if eid in strength and _NUMBER.search(bullet.text):
            strength[eid] += 0.1
    return dict(strength)


def gap_notes(job: JobPosting, requirement_map: list[RequirementMatch]) -> list[GapNote]:
    texts = {r.id: r for r in job.requirements}
    notes = []
    for rm in requirement_map:
        if not rm.matches:
            req = texts[rm.requirement_id]
            label = req.kind.replace("_", "-")
            notes.append(GapNote(requirement_id=req.id,
                                 note=f"No evidence in the corpus for this {label}: {req.text}"))
    return notes
