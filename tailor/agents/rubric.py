"""Scores over the critic's work, to measure rather than to decide: the share of written items
that are true (`truth_score`) or quantified (`impact_score`), and the rubric that ranks variants
of one bullet (`rubric_score`).

The report prints the first two; training ranks a bullet's variants with the rubric to build
preference pairs. The rubric applies the critic's own truth checks first and gives an untrue
variant 0, so no variant can win by claiming more than its evidence.
"""
from __future__ import annotations

from collections.abc import Iterable

from tailor.agents.critic import evidence_texts as _evidence_texts  # `evidence_texts` is also a local name here
from tailor.agents.critic import job_keywords, similarities, truth_passed
from tailor.agents.critic_settings import CriticSettings
from tailor.index.embeddings import Embedder
from tailor.schemas import Corpus, Critique, JobPosting, TailoredItem
from tailor.text.claims import claim_changes, raised
from tailor.text.style import format_problem, injection, repetition
from tailor.text.terms import first_person_words, has_quantity, mentions, novel_words, unsupported_terms


def truth_score(critique: Critique) -> float:
    """Share of written items (summary, bullets, skills) whose truth checks pass; 1.0 if none."""
    if not critique.verdicts:
        return 1.0
    return sum(truth_passed(v) for v in critique.verdicts) / len(critique.verdicts)


def impact(text: str) -> bool:
    """Does the text carry a quantified result (a number other than a bare year)?"""
    return has_quantity(text)


def impact_score(items: Iterable[TailoredItem | str]) -> float:
    """Share of items with a quantified result (pass the bullets); 0.0 for none."""
    texts = [i if isinstance(i, str) else i.text for i in items]
    return sum(impact(t) for t in texts) / len(texts) if texts else 0.0


# Weights of the rubric: keyword coverage matters most to the reader (and the ATS), a
# quantified result next, then plain clarity. Variants are compared on the same evidence, so
# what matters is the order these produce, not their absolute values.
RUBRIC_WEIGHTS = {"coverage": 0.5, "impact": 0.3, "clarity": 0.2}
IDEAL_BULLET_WORDS = 25


def rubric_score(item: TailoredItem, corpus: Corpus, job: JobPosting, embedder: Embedder,
                 settings: CriticSettings = CriticSettings()) -> float:
    """Score one written item in [0, 1] to rank variants (the source of DPO preference pairs).

    0 when its truth checks fail (citations, terms, novel content, similarity: the role context
    is taken from the corpus experiences of the cited bullets). Otherwise a weighted sum (`RUBRIC_WEIGHTS`) of
    * coverage: share of the job keywords present in the cited evidence that the item mentions
      (1.0 when the evidence holds none: there was nothing to cover);
    * impact: 1 if the item has a quantified result;
    * clarity: mean of length (1 up to `IDEAL_BULLET_WORDS`, falling to 0.5 at the maximum, 0
      outside the limits), no first person, no repetition, no injection leftovers, clean format.
    """
    evidence = corpus.evidence()
    keywords = job_keywords(job)
    cited = [evidence[i] for i in item.source_ids if i in evidence]
    if len(cited) != len(item.source_ids):
        return 0.0
    evidence_texts = _evidence_texts(cited)
    allowed = evidence_texts + [corpus.basics.label] + [
        f for exp in (corpus.experience_of(e.id) for e in cited) if exp
        for f in (exp.organization, exp.title, exp.location)]
    sim = similarities([item], evidence, embedder)[0]
    if (unsupported_terms(item.text, allowed, keywords)
            or len(novel_words(item.text, allowed)) > settings.max_novel_words
            or raised(claim_changes(item.text, evidence_texts, context=allowed))
            or sim < settings.similarity_threshold):
        return 0.0
    reachable = [k for k in keywords if any(mentions(t, k) for t in evidence_texts)]
    coverage = sum(mentions(item.text, k) for k in reachable) / len(reachable) if reachable else 1.0
    words = len(item.text.split())
    if words < settings.min_words or words > settings.max_bullet_words:
        length = 0.0
    elif words <= IDEAL_BULLET_WORDS:
        length = 1.0
    else:
        span = settings.max_bullet_words - IDEAL_BULLET_WORDS
        length = 1.0 - 0.5 * (words - IDEAL_BULLET_WORDS) / span
    clean = [not first_person_words(item.text), repetition(item.text, 3) is None,
             injection(item.text) is None, format_problem(item.text) is None]
    clarity = (length + sum(clean)) / (1 + len(clean))
    score = (RUBRIC_WEIGHTS["coverage"] * coverage + RUBRIC_WEIGHTS["impact"] * impact(item.text)
             + RUBRIC_WEIGHTS["clarity"] * clarity)
    return round(float(score), 4)
