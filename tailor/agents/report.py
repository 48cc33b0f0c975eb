"""Report: the requirements table and the run's metrics (named as in the playbook).

ATS keyword hit rate is measured on the text pdfminer extracts from the rendered PDF, because
that is what an applicant-tracking system will see, not on the JSON Tailor meant to render.
"""
from __future__ import annotations

import re
import unicodedata

import textstat

from tailor.agents.critic import impact_score, truth_score
from tailor.schemas import (Critique, JobPosting, Metrics, Plan, RequirementRow, TailoredResume)


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


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).lower()


def keyword_hits(keywords: list[str], text: str) -> tuple[list[str], list[str]]:
    """Split keywords into found / missing by whole-word match in `text`."""
    hay = normalise(text)
    found, missing = [], []
    for kw in keywords:
        pattern = rf"(?<!\w){re.escape(normalise(kw))}(?!\w)"
        (found if re.search(pattern, hay) else missing).append(kw)
    return found, missing


def compute_metrics(job: JobPosting, rows: list[RequirementRow], resume: TailoredResume,
                    critique: Critique, pdf_text: str) -> Metrics:
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
        ats_keyword_hit_rate=round(len(found) / len(job.keywords), 4) if job.keywords else 1.0,
        keywords_found=found, keywords_missing=missing)


def _share(rows: list[RequirementRow]) -> float:
    return round(sum(r.status == "covered" for r in rows) / len(rows), 4) if rows else 1.0
