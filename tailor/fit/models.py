"""What `tailor score` reports (and prints with --json): pydantic models, one per level."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from tailor.schemas import FairnessFlag

TOP_K = 3   # evidence chunks kept per requirement (here, not in the scorer, so the CLI's option
            # default does not import the scorer's scikit-learn at start)


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
    lexical: float = 0.0            # BM25 (0-1) of the resume for its words (tailor.fit.lexical)
    keywords_found: list[str]
    keywords_missing: list[str]
    years_asked: int | None = None
    work_years: float | None = None


class DriverOut(_Out):
    """One signal's part in the overall fit (tailor.fit.combination.Driver)."""
    signal: str                     # a name of tailor.fit.signals.PairSignals
    value: float                    # the signal, 0-1
    effect: float                   # weight * (value - dev mean), logits: + raised, - lowered the fit
    text: str                       # "job title in the resume 0.67 (+0.41)"


class PairScore(_Out):
    posting: str                    # source path (or file.jsonl#row)
    title: str
    company: str
    resume: str
    fit: int                        # 0-100: the learned combination of the signals (tailor.fit.combination)
    fit_exact: float
    requirement_mean: float         # 0-100: kind-weighted mean of the shown requirement scores
    signals: dict[str, float]       # the pair signals the fit combines, each 0-1
    drivers: list[DriverOut]        # the signals that moved the fit most, largest effect first
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
    # Inputs left out and why (a duplicate posting, a README, a .pdf in a folder of postings)
    skipped: list[str] = Field(default_factory=list)
