"""Score every posting against every (blind) resume: per requirement 0-5 with a rationale, the
overall fit 0-100, and the two baselines.

Cost is dominated by embedding, so it is done once per text: all requirements of all postings in
one batch, each resume's chunks once (and kept by the evidence index between runs); the model is
loaded once by the caller. Everything else (keyword look-ups, the mapping) is cheap.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from tailor.fit.baselines import keyword_share, tfidf_matrix
from tailor.fit.blind import BlindResume
from tailor.fit.calibration import FitModel, overall_fit
from tailor.fit.chunks import Chunk, chunk_units
from tailor.fit.features import Evidence, RequirementFeatures
from tailor.fit.inputs import Posting
from tailor.fit.keywords import KeywordIndex
from tailor.fit.models import PairScore, RequirementScore, ScoreRun
from tailor.fit.rationale import cited_ids, rationale
from tailor.fit.similarity import ChunkSearch
from tailor.fit.years import work_years, years_asked
from tailor.schemas.models import Requirement

TOP_K = 3
FORMULA = ("fit = 100 * sum(w_kind * score) / (5 * sum(w_kind)); w: must-have 1.0, "
           "responsibility 0.7, nice-to-have 0.5; score = round(5 * sigmoid(calibrated z))")
OnProgress = Callable[[str, int, int], None]    # (what, done, total)


@dataclass(frozen=True)
class ScoreOptions:
    today: dt.date
    top_k: int = TOP_K


def requirement_features(requirement: Requirement, hits: list[tuple[str, float]],
                         chunks: dict[str, Chunk], keywords: KeywordIndex,
                         resume: BlindResume, options: ScoreOptions) -> RequirementFeatures:
    """Features of one requirement: its best chunks (one per cited unit), keyword hits, years."""
    top: list[Evidence] = []
    for chunk_id, similarity in hits:
        chunk = chunks[chunk_id]
        if all(e.cite_id != chunk.cite_id for e in top):
            top.append(Evidence(chunk.cite_id, chunk.text, similarity))
    found = {kw: where for kw in requirement.keywords if (where := keywords.where(kw))}
    asked = years_asked(requirement.text)
    years = round(work_years(resume.work_spans, options.today), 1) if asked is not None else None
    return RequirementFeatures(top=tuple(top[:options.top_k]), keywords=tuple(requirement.keywords),
                               found=found, years_asked=asked, work_years=years,
                               work_dates_known=any(s is not None for s in resume.work_spans))


def requirement_score(requirement: Requirement, features: RequirementFeatures, model: FitModel) -> RequirementScore:
    evidence = model.has_evidence(features)
    score = model.score(features)
    return RequirementScore(
        id=requirement.id, kind=requirement.kind, text=requirement.text, score=score,
        score_exact=round(model.exact(features), 4), rationale=rationale(score, features, evidence),
        evidence_ids=cited_ids(features, evidence), similarity=round(features.similarity, 4),
        keywords_found=list(features.found),
        keywords_missing=[k for k in features.keywords if k not in features.found],
        years_asked=features.years_asked, work_years=features.work_years)


@dataclass
class RunFeatures:
    """Features of every requirement of every posting x resume pair, and the TF-IDF baseline:
    what the scorer maps to scores, and what `bench/fit_calibrate.py` fits the mapping on."""
    postings: list[Posting]
    resumes: list[BlindResume]
    pairs: dict[tuple[int, int], list[tuple[Requirement, RequirementFeatures]]]
    tfidf: np.ndarray


def run_features(postings: list[Posting], resumes: list[BlindResume], search: ChunkSearch,
                 options: ScoreOptions, on_progress: OnProgress | None = None) -> RunFeatures:
    """Embed all requirements in one batch, each resume's chunks once, then gather features."""
    progress = on_progress or (lambda what, done, total: None)
    requirements = [r for p in postings for r in p.job.requirements]
    progress("embedding requirements", 0, len(resumes))
    search.prefetch([r.text for r in requirements])
    tfidf = tfidf_matrix([p.text for p in postings], [r.text() for r in resumes])
    pairs: dict[tuple[int, int], list[tuple[Requirement, RequirementFeatures]]] = {}
    for j, resume in enumerate(resumes):
        progress(f"scoring {resume.source}", j, len(resumes))
        chunks = chunk_units(resume.units)
        by_id = {c.id: c for c in chunks}
        hits = search.top_chunks(chunks, requirements, top_k=options.top_k * 3)
        keywords = KeywordIndex(resume)
        offset = 0
        for i, posting in enumerate(postings):
            reqs = posting.job.requirements
            pairs[i, j] = [(r, requirement_features(r, h, by_id, keywords, resume, options))
                           for r, h in zip(reqs, hits[offset:offset + len(reqs)])]
            offset += len(reqs)
    progress("done", len(resumes), len(resumes))
    return RunFeatures(postings, resumes, pairs, tfidf)


def score_all(postings: list[Posting], resumes: list[BlindResume], search: ChunkSearch, model: FitModel,
              options: ScoreOptions, on_progress: OnProgress | None = None) -> ScoreRun:
    """Every posting x every resume. `resumes` are blind views: the scorer never sees a corpus."""
    started = time.perf_counter()
    features = run_features(postings, resumes, search, options, on_progress)
    ordered = []
    for i, posting in enumerate(postings):
        for j, resume in enumerate(resumes):
            scored = [requirement_score(r, f, model) for r, f in features.pairs[i, j]]
            ordered.append(_pair(posting, resume, scored, features.tfidf[i, j]))
    return ScoreRun(calibration={"version": model.version, **model.provenance}, formula=FORMULA,
                    pairs=ordered, seconds=round(time.perf_counter() - started, 2))


def _pair(posting: Posting, resume: BlindResume, scored: list[RequirementScore], tfidf: float) -> PairScore:
    exact = overall_fit([(r.kind, r.score) for r in scored])
    note = "" if scored else "no requirements found in the posting: fit 0"
    return PairScore(posting=posting.source, title=posting.job.title, company=posting.job.company,
                     resume=resume.source, fit=int(exact + 0.5), fit_exact=round(exact, 2),
                     tfidf=round(float(tfidf), 4),
                     keyword_share=round(keyword_share(posting.job.keywords, resume.text()), 4),
                     requirements=scored, note=note)
