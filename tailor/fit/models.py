"""What `tailor score` reports (and prints with --json): pydantic models, one per level."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from tailor.schemas import FairnessFlag


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RequirementScore(_Out):
    id: str
    kind: str
    text: str
    score: int                      # 0-5, shown
    score_exact: float              # before rounding
    rationale: str                  # one line, citing evidence ids
    evidence_ids: list[str]         # cited, best first
    similarity: float               # best chunk's cosine
    keywords_found: list[str]
    keywords_missing: list[str]
    years_asked: int | None = None
    work_years: float | None = None


class PairScore(_Out):
    posting: str                    # source path (or file.jsonl#row)
    title: str
    company: str
    resume: str
    fit: int                        # 0-100: kind-weighted mean of the requirement scores
    fit_exact: float
    tfidf: float                    # baseline (a): TF-IDF cosine, 0-1
    keyword_share: float            # baseline (b): share of posting keywords in the resume, 0-1
    requirements: list[RequirementScore]
    note: str = ""


class ScoreRun(_Out):
    calibration: dict               # version and provenance of the 0-5 mapping
    formula: str
    pairs: list[PairScore]
    seconds: float
    # Per resume file: content that invites bias. The score never sees it (tailor.fit.blind);
    # a human reader would, so it is reported.
    fairness: dict[str, list[FairnessFlag]] = Field(default_factory=dict)
