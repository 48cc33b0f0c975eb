"""Score every posting against every (blind) resume: per requirement 0-5 with a rationale, the
overall fit 0-100 with the signals that drove it, and the two baselines.

Cost is dominated by embedding, so it is done once per text: all requirements of all postings in
one batch, each resume's chunks once (and kept by the evidence index between runs); the model is
loaded once by the caller. Everything else (keyword look-ups, the mapping, the lexical signals
over a bundled IDF table, the overall combination) is cheap.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from tailor.corpus.dates import years_worked
from tailor.fit.baselines import keyword_share, tfidf_matrix
from tailor.fit.blind import BlindResume
from tailor.fit.calibration import FitModel, overall_fit
from tailor.fit.chunks import Chunk, chunk_units
from tailor.fit.combination import Combination, load_combination
from tailor.fit.features import Evidence, RequirementFeatures
from tailor.fit.inputs import Posting
from tailor.fit.keywords import KeywordIndex
from tailor.fit.lexical import Background, Document, load_background
from tailor.fit.models import TOP_K, DriverOut, PairScore, RequirementScore, ScoreRun
from tailor.fit.rationale import cited_ids, rationale
from tailor.fit.signals import PairSignals, RequirementSignal, pair_signals, requirement_lexical
from tailor.fit.similarity import ChunkSearch
from tailor.schemas.models import Requirement
from tailor.text.credentials import DEGREE_LEVELS, degree_only_levels, names_degree_of
from tailor.text.years_asked import years_asked

FORMULA = ("fit = 100 * sigmoid(bias + sum(w_s * signal_s)) over the pair signals of tailor.fit.signals "
           "(requirements = kind-weighted mean of exact / 5 with w: must-have 1.0, responsibility 0.7, "
           "nice-to-have 0.5; must_have_gaps, lexical, posting_terms, keywords, title, years), each 0-1; "
           "weights in combination.json (0 for a signal not used), monotone; fit 0 without any evidence; "
           "requirement score = round(5 * sigmoid(calibrated z)); "
           "requirement_mean = the kind-weighted mean of the shown scores, 0-100")
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
    years = round(years_worked(resume.work_spans, options.today), 1) if asked is not None else None
    return RequirementFeatures(top=tuple(top[:options.top_k]), keywords=tuple(requirement.keywords),
                               found=found, years_asked=asked, work_years=years,
                               work_dates_known=any(s is not None for s in resume.work_spans),
                               degree_short=degree_short(requirement.text, resume))


def degree_short(requirement: str, resume: BlindResume) -> str:
    """The degree a requirement asks for when that is all it asks and no education entry of the
    resume reaches its level ("Bachelor's degree" against an Associate), else ""."""
    levels = degree_only_levels(requirement)
    if not levels:
        return ""
    education = [u.text for u in resume.units if u.cite_id.startswith("education[")]
    if any(names_degree_of(text, levels) for text in education):
        return ""
    return next(term for term, level in DEGREE_LEVELS if level == min(levels))


def requirement_score(requirement: Requirement, features: RequirementFeatures, model: FitModel,
                      lexical: float = 0.0) -> RequirementScore:
    evidence = model.has_evidence(features)
    score = model.score(features)
    return RequirementScore(
        id=requirement.id, kind=requirement.kind, text=requirement.text, score=score,
        score_exact=round(model.exact(features), 4), rationale=rationale(score, features, evidence),
        evidence_ids=cited_ids(features, evidence), similarity=round(features.similarity, 4),
        lexical=round(lexical, 4),
        keywords_found=list(features.found),
        keywords_missing=[k for k in features.keywords if k not in features.found],
        years_asked=features.years_asked, work_years=features.work_years)


@dataclass
class RunFeatures:
    """Features of every requirement of every posting x resume pair, and the TF-IDF baseline:
    what the scorer maps to scores, and what `bench/fit_calibrate.py` fits the mapping on;
    `documents` are the resumes' term counts for the lexical signals."""
    postings: list[Posting]
    resumes: list[BlindResume]
    pairs: dict[tuple[int, int], list[tuple[Requirement, RequirementFeatures]]]
    tfidf: np.ndarray
    documents: list[Document]


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
    return RunFeatures(postings, resumes, pairs, tfidf, [Document(r.text()) for r in resumes])


def score_all(postings: list[Posting], resumes: list[BlindResume], search: ChunkSearch, model: FitModel,
              options: ScoreOptions, on_progress: OnProgress | None = None) -> ScoreRun:
    """Every posting x every resume. `resumes` are blind views: the scorer never sees a corpus."""
    started = time.perf_counter()
    features = run_features(postings, resumes, search, options, on_progress)
    combination, background = load_combination(), load_background()
    ordered = []
    for i, posting in enumerate(postings):
        for j, resume in enumerate(resumes):
            ordered.append(score_pair(features, i, j, model, combination, background))
    return ScoreRun(calibration={"version": model.version, **model.provenance,
                                 "combination": {"version": combination.version, **combination.provenance}},
                    formula=FORMULA, pairs=ordered, seconds=round(time.perf_counter() - started, 2))


def signals_of(posting: Posting, document: Document, reqs: list[tuple[Requirement, RequirementFeatures]],
               model: FitModel, background: Background, lexical: list[float] | None = None) -> PairSignals:
    """The pair signals of one posting x resume from its requirements' features (and their
    lexical scores, when already computed)."""
    if lexical is None:
        lexical = [requirement_lexical(r.text, document, background) for r, _ in reqs]
    scored = [RequirementSignal(r.kind, model.exact(f), model.score(f), lex, f.keyword_share, f.years_met)
              for (r, f), lex in zip(reqs, lexical)]
    return pair_signals(scored, posting.text, posting.job.title, document, background)


def score_pair(features: RunFeatures, i: int, j: int, model: FitModel, combination: Combination,
               background: Background) -> PairScore:
    """Posting i x resume j: every requirement's 0-5 and rationale, the fit and its drivers."""
    posting, resume, reqs = features.postings[i], features.resumes[j], features.pairs[i, j]
    lexical = [requirement_lexical(r.text, features.documents[j], background) for r, _ in reqs]
    scored = [requirement_score(r, f, model, lex) for (r, f), lex in zip(reqs, lexical)]
    signals = signals_of(posting, features.documents[j], reqs, model, background, lexical)
    evidence = any(r.evidence_ids for r in scored)
    exact = combination.fit(signals) if evidence else 0.0
    drivers = combination.drivers(signals) if evidence else []
    note = ("" if evidence else "no evidence for any requirement: fit 0") if scored else \
        "no requirements found in the posting: fit 0"
    return PairScore(posting=posting.source, title=posting.job.title, company=posting.job.company,
                     resume=resume.source, fit=int(exact + 0.5), fit_exact=round(exact, 2),
                     requirement_mean=round(overall_fit([(r.kind, r.score) for r in scored]), 2),
                     signals={k: round(v, 4) for k, v in signals.as_dict().items()},
                     drivers=[DriverOut(signal=d.signal, value=d.value, effect=d.effect, text=d.describe())
                              for d in drivers],
                     tfidf=round(float(features.tfidf[i, j]), 4),
                     keyword_share=round(keyword_share(posting.job.keywords, resume.text()), 4),
                     requirements=scored, note=note)
