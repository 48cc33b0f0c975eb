"""Report: the requirements table and the run's metrics (named as in the playbook).

ATS keyword hit rate is measured on the text pdfminer extracts from the rendered PDF, because
that is what an applicant-tracking system will see, not on the JSON Tailor meant to render.
"""
from __future__ import annotations

import textstat

from tailor.agents.critic import impact_score, truth_score
from tailor.agents.planner import duplicate_evidence
from tailor.schemas import (
    ClaimRecord,
    Corpus,
    Critique,
    GapNote,
    JobPosting,
    Metrics,
    Plan,
    RequirementRow,
    TailoredItem,
    TailoredResume,
)
from tailor.text.keywords import keyword_hits

TRIMMED = "left out to fit the page budget, --pages allows more"
FAILED_TRUTH = "dropped: the text written from it failed the truth check"
NOT_PICKED = "not picked within the bullet budget"


def requirement_rows(job: JobPosting, plan: Plan, resume: TailoredResume) -> list[RequirementRow]:
    """A requirement is covered when a shipped item cites evidence retrieved for it."""
    cited: dict[str, list[str]] = {}
    for item in resume.items():
        for sid in item.source_ids:
            cited.setdefault(sid, []).append(item.id)
    matches = {rm.requirement_id: [m.evidence_id for m in rm.matches] for rm in plan.requirement_map}
    rows = []
    for req in job.requirements:
        evidence = matches.get(req.id, [])
        covered_by = sorted({item for e in evidence for item in cited.get(e, [])})
        rows.append(RequirementRow(requirement_id=req.id, text=req.text, kind=req.kind,
                                   evidence_ids=evidence, covered_by=covered_by,
                                   status="covered" if covered_by else "gap"))
    return rows


def left_out_relevant(rows: list[RequirementRow], resume: TailoredResume,
                      corpus: Corpus) -> list[str]:
    """Role bullets retrieved for some requirement that are not on the page (a duplicate of a
    bullet is not counted): what a fuller page could still have shown."""
    shipped = {s for item in resume.items() for s in item.source_ids}
    relevant = {e for row in rows for e in row.evidence_ids}
    skipped = set(duplicate_evidence(corpus))
    return [b.id for exp in corpus.experiences for b in exp.bullets
            if b.id in relevant and b.id not in shipped and b.id not in skipped]


def claim_records(critiques: list[Critique]) -> list[ClaimRecord]:
    """Every text, in every critic round, in which the claim check found a change."""
    return [ClaimRecord(item_id=v.item_id, round=c.round, text=v.text, changes=v.claim_changes,
                        passed=not any(ch.raised for ch in v.claim_changes))
            for c in critiques for v in c.verdicts if v.claim_changes]


def left_out_reasons(trimmed: list[TailoredItem], failed: list[TailoredItem]) -> dict[str, str]:
    """Why evidence behind an item that did not ship is missing: {evidence id: reason}."""
    reasons = {sid: FAILED_TRUTH for item in failed for sid in item.source_ids}
    reasons.update({sid: TRIMMED for item in trimmed for sid in item.source_ids})
    return reasons


def gap_notes(rows: list[RequirementRow], plan_gaps: list[GapNote],
              left_out: dict[str, str]) -> list[GapNote]:
    """A note for every requirement with status gap, in posting order.

    The planner notes requirements with no evidence at all. A requirement can also end a gap
    with evidence: its bullet was trimmed to fit the page, failed the truth check, or was never
    picked. The note names that evidence and why, so the user knows a larger --pages (or
    another run) could cover it rather than believing the corpus lacks it.
    """
    planned = {g.requirement_id: g for g in plan_gaps}
    notes = []
    for row in rows:
        if row.status != "gap":
            continue
        if not row.evidence_ids:
            notes.append(planned.get(row.requirement_id) or GapNote(
                requirement_id=row.requirement_id,
                note=f"No evidence in the corpus for this {_label(row)}: {row.text}"))
            continue
        by_reason: dict[str, list[str]] = {}
        for eid in row.evidence_ids:
            by_reason.setdefault(left_out.get(eid, NOT_PICKED), []).append(eid)
        why = "; ".join(f"{', '.join(ids)}: {reason}" for reason, ids in by_reason.items())
        notes.append(GapNote(requirement_id=row.requirement_id,
                             note=f"Evidence for this {_label(row)} exists but is not on the page "
                                  f"({why}): {row.text}"))
    return notes


def _label(row: RequirementRow) -> str:
    return row.kind.replace("_", "-")


def compute_metrics(job: JobPosting, rows: list[RequirementRow], resume: TailoredResume,
                    critique: Critique, pdf_text: str, page_fill: float | None = None) -> Metrics:
    items = resume.items()
    musts = [r for r in rows if r.kind == "must_have"]
    found, missing = keyword_hits(job.keywords, pdf_text)
    prose = ". ".join(i.text.rstrip(".") for i in items) + "."
    return Metrics(
        coverage_at_req=_share(rows),
        must_have_coverage=_share(musts),
        truth_score=truth_score(critique),
        impact_score=impact_score(items),
        readability_flesch=round(textstat.flesch_reading_ease(prose), 2) if items else 0.0,
        readability_grade=round(textstat.flesch_kincaid_grade(prose), 2) if items else 0.0,
        ats_keyword_hit_rate=round(len(found) / len(job.keywords), 4) if job.keywords else None,
        keywords_found=found, keywords_missing=missing, page_fill=page_fill)


def _share(rows: list[RequirementRow]) -> float | None:
    """None for no rows: a posting with no requirements is not a 100% match."""
    return round(sum(r.status == "covered" for r in rows) / len(rows), 4) if rows else None
