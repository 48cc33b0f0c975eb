"""Generate a writer's output for dataset rows and score it with the project's own critic.

Shared by preference mining (`tailor train dpo`: rank sampled variants) and evaluation
(`tailor train eval`: compare systems on the held-out split), so both judge a bullet exactly as
the tailoring pipeline does: the same prompt (`dataset.chat_messages`), the same evidence
constraint at decoding time, the same `clean_line`, the same critic.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from pydantic import ValidationError

from tailor.agents.critic import critique, truth_passed
from tailor.agents.rubric import impact, rubric_score
from tailor.errors import ValidationFailed
from tailor.index.embeddings import CachingEmbedder, cosine
from tailor.llm.prompts import MAX_NEW_TOKENS, clean_line
from tailor.schemas.export import validate_document
from tailor.text.terms import mentions, numbers
from tailor.training.dataset import Row, chat_messages, cited_text, to_tailored

# A requirement counts as covered by a bullet the way the pipeline's retriever counts evidence
# for it (`tailor run --threshold` default): cosine of requirement and bullet at least this.
COVERAGE_THRESHOLD = 0.35


@dataclass(frozen=True)
class OutputScore:
    """How the critic judges one output for one row."""

    text: str
    truth: bool                 # every truth check of the critic passes
    rubric: float               # rubric.rubric_score: 0 if untrue, else coverage/impact/clarity
    keyword_hit: float | None   # share of the keywords the cited evidence holds that the text has
    covered: int                # relevant requirements the text covers (truthfully)
    relevant: int               # requirements the row's cited evidence is labelled relevant to
    impact: bool                # a quantified result
    valid_json: bool            # the assembled resume validates against tailored-resume.schema.json
    verbatim: bool              # the text is the cited evidence unchanged (no rewrite at all)
    numbers_kept: float | None = None  # share of the evidence's numbers the text still states
    meaning_change: bool = False  # the claim check found a claim raised (ownership, scope...)


def allowed_text(row: Row) -> str:
    """What the decoder may draw names and numbers from (writer._allowed_text for a row)."""
    return "\n".join([cited_text(row), row.role.organization, row.role.title])


def generate(model, rows: Sequence[Row]) -> list[str]:
    """The model's greedy first draft for each row, cleaned like the writer cleans it; with no
    model (extractive), the cited evidence verbatim."""
    if not model.rewrites:
        return [cited_text(r) for r in rows]
    raw = model.complete([chat_messages(r, with_answer=False) for r in rows],
                         max_new_tokens=MAX_NEW_TOKENS, evidence=[allowed_text(r) for r in rows])
    return [clean_line(t) for t in raw]


def sample_variants(model, rows: Sequence[Row], n: int, seed: int) -> list[list[str]]:
    """`n` sampled drafts per row plus the greedy one, cleaned, duplicates removed."""
    chats = [chat_messages(r, with_answer=False) for r in rows]
    evidence = [allowed_text(r) for r in rows]
    sampled = model.sample(chats, n, seed=seed, max_new_tokens=MAX_NEW_TOKENS, evidence=evidence)
    greedy = generate(model, rows)
    return [list(dict.fromkeys(t for t in [g, *(clean_line(s) for s in samples)] if t))
            for g, samples in zip(greedy, sampled)]


def score_output(row: Row, text: str, embedder: CachingEmbedder,
                 relevant: Sequence[str] = ()) -> OutputScore:
    """Critic verdict, rubric and task metrics of `text` as the output for `row`.

    `relevant`: the requirement sentences the row's cited evidence is labelled relevant to
    (data/retrieval_labels.json); a truthful text covers one when their cosine reaches
    `COVERAGE_THRESHOLD`.
    """
    evidence = cited_text(row)
    try:
        resume, corpus, job = to_tailored(row, text)
        validate_document("tailored-resume", resume.model_dump(mode="json"), "tailored.json")
        valid = True
    except (ValidationError, ValidationFailed):  # the draft cannot make a valid resume
        return OutputScore(text, False, 0.0, _keyword_hit(row, text, evidence), 0,
                           len(relevant), False, False, text == evidence,
                           _numbers_kept(text, evidence))
    item = resume.items()[0]
    verdict = next(v for v in critique(resume, corpus, job, embedder).verdicts
                   if v.item_id == item.id)
    truth = truth_passed(verdict)
    covered = 0
    if truth and relevant:
        sims = cosine(embedder.encode([text]), embedder.encode(list(relevant)))[0]
        covered = int(np.sum(sims >= COVERAGE_THRESHOLD))
    return OutputScore(text=text, truth=truth, meaning_change=not verdict.checks["claims"],
                       rubric=rubric_score(item, corpus, job, embedder),
                       keyword_hit=_keyword_hit(row, text, evidence), covered=covered,
                       relevant=len(relevant), impact=impact(text), valid_json=valid,
                       verbatim=text == evidence, numbers_kept=_numbers_kept(text, evidence))


def _keyword_hit(row: Row, text: str, evidence: str) -> float | None:
    reachable = [k for k in row.keywords if mentions(evidence, k)]
    if not reachable:
        return None
    return sum(mentions(text, k) for k in reachable) / len(reachable)


def _numbers_kept(text: str, evidence: str) -> float | None:
    """Silent content loss shows as numbers of the evidence missing from the rewrite (a
    combined bullet that keeps one of its two results still passes every truth check)."""
    wanted = {t.value for t in numbers(evidence) if t.value is not None}
    if not wanted:
        return None
    have = {t.value for t in numbers(text) if t.value is not None}
    return len(wanted & have) / len(wanted)
