"""The pair-level signals the overall fit combines: what one resume shows for one posting as a
handful of named numbers, each 0-1 and each readable on its own.

* `requirements`: the kind-weighted mean of the requirements' exact 0-5 scores, / 5 (the fit of
  old: evidence similarity and skill terms, per requirement);
* `must_have_gaps`: the share of must-haves (of all requirements when a posting marks none)
  scored 0 or 1, i.e. with no real evidence: a penalty, so the fit can only fall with it;
* `lexical`: the kind-weighted mean over requirements of BM25 of the whole blind resume for
  the requirement's words (`tailor.fit.lexical`, 0-1): how much of each requirement's wording
  the resume uses, rare words weighing most;
* `posting_terms`: BM25 of the whole blind resume for the whole posting's words (0-1);
* `keywords`: the kind-weighted mean, over requirements that name skill terms, of the share of
  those terms the resume names (`RequirementFeatures.keyword_share`, the "keywords" of a
  rationale); 0 when no requirement names one;
* `title`: the IDF-weighted share of the posting title's words found in the resume;
* `years`: the share of "N+ years" requirements the work dates meet (0.5 when none asks or no
  dates are readable: neither for nor against).

Everything is computed from the blind view (`tailor.fit.blind`) and the posting, so a protected
detail cannot move a signal, and from the requirements' scores, which are already computed.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from tailor.fit.calibration import MAX_SCORE, kind_mean
from tailor.fit.lexical import Background, Document, bm25, coverage, terms

NO_EVIDENCE_MAX = 1       # a must-have scored at most this has no real evidence


@dataclass(frozen=True)
class RequirementSignal:
    """What the pair signals need of one scored requirement."""
    kind: str
    exact: float          # 0-5, before rounding
    score: int            # 0-5, shown
    lexical: float        # BM25 of the resume for the requirement's words, 0-1
    keyword_share: float | None = None    # share of its skill terms found; None: it names none
    years_met: bool | None = None


@dataclass(frozen=True)
class PairSignals:
    requirements: float
    must_have_gaps: float
    lexical: float
    posting_terms: float
    keywords: float
    title: float
    years: float

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


def requirement_lexical(text: str, resume: Document, background: Background) -> float:
    """BM25 (0-1) of the resume for one requirement's words; 0 for a requirement without terms."""
    value = bm25(terms(text), resume, background)
    return 0.0 if value is None else value


def pair_signals(requirements: list[RequirementSignal], posting_text: str, title: str,
                 resume: Document, background: Background) -> PairSignals:
    """The signals of one pair; all 0 (but `years`, 0.5) for a posting without requirements."""
    musts = [r for r in requirements if r.kind == "must_have"] or requirements
    gaps = sum(r.score <= NO_EVIDENCE_MAX for r in musts) / len(musts) if musts else 0.0
    years = [r.years_met for r in requirements if r.years_met is not None]
    return PairSignals(
        requirements=kind_mean([(r.kind, r.exact / MAX_SCORE) for r in requirements]),
        must_have_gaps=gaps,
        lexical=kind_mean([(r.kind, r.lexical) for r in requirements]),
        posting_terms=(bm25(terms(posting_text), resume, background) or 0.0) if requirements else 0.0,
        keywords=kind_mean([(r.kind, r.keyword_share) for r in requirements if r.keyword_share is not None]),
        title=(coverage(terms(title), resume, background) or 0.0) if requirements else 0.0,
        years=sum(years) / len(years) if years else 0.5)
