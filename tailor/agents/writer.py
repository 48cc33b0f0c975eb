"""Write: summary, skills and bullets from the plan, each citing the evidence it rests on.

The model (when there is one) is asked for one short field at a time, never for a JSON document:
code assembles the structure, so a small model cannot break it. All fields of a resume go to the
model in one batched `complete` call. With no model (`extractive`), bullets are the person's own
words verbatim: the deterministic baseline and the fallback for anything that fails the critic.
The summary is the person's own summary sentences in resume voice (`tailor.text.voice`: no
first person, headline first, trimmed but never added to), since people write theirs as prose.
"""
from __future__ import annotations

import re

from tailor.llm.base import LanguageModel, Message
from tailor.llm.prompts import (
    BULLET_ASK,
    EXAMPLES,
    MAX_NEW_TOKENS,
    REPAIR_ASK,
    SUMMARY_ASK,
    SUMMARY_SYSTEM,
    SYSTEM,
    clean_line,
)
from tailor.schemas import (
    Corpus,
    Critique,
    JobPosting,
    Plan,
    RepairRecord,
    TailoredItem,
    TailoredResume,
    TailoredRole,
    TailoredSkill,
)
from tailor.text.terms import mentions
from tailor.text.voice import summary_sentences, to_resume_voice

# Sentences in the summary, out of the planner's (up to three) candidates: a candidate that
# cannot be put in resume voice leaves its place to the next one.
SUMMARY_SENTENCES = 2
# Evidence shorter than this ("React", "EPA 608 certified") is a skill or a label, not a
# sentence: there is nothing to rewrite, and a small model asked to garbles it ("React" ->
# "Reacted about"). Such items ship as the person wrote them and the model is not asked.
MIN_REWRITE_WORDS = 4
def draft_resume(plan: Plan, corpus: Corpus, job: JobPosting,
                 model: LanguageModel) -> TailoredResume:
    """First draft: every planned bullet (rewritten by the model unless it is extractive)."""
    resume = _skeleton(plan, corpus, job)
    items = [item for item in resume.items() if rewritable(item, corpus)]
    if not model.rewrites or not items:
        return resume
    chats = [chat_for(item, corpus, job, resume) for item in items]
    texts = model.complete(chats, max_new_tokens=MAX_NEW_TOKENS,
                           evidence=[_allowed_text(i, corpus, resume) for i in items])
    return _apply(resume, {item.id: clean_line(t) for item, t in zip(items, texts)}, "model",
                  corpus)


def repair_resume(resume: TailoredResume, critique: Critique, corpus: Corpus, job: JobPosting,
                  model: LanguageModel, round_no: int,
                  fallback: bool) -> tuple[TailoredResume, list[RepairRecord]]:
    """Rewrite the failing items with the critic's fix instruction, or, on the last round (or
    with the extractive model), put the person's own words back. Failing skills are dropped."""
    failing = {v.item_id: v for v in critique.failing()}
    records: list[RepairRecord] = []
    bad_skills = {v.item_id for v in failing.values() if v.kind == "skill"}
    if bad_skills:
        records += [RepairRecord(round=round_no, item_id=s, before=s, after="", outcome="dropped",
                                 reasons=failing[s].reasons) for s in sorted(bad_skills)]
        resume = resume.model_copy(update={
            "skills": [s for s in resume.skills if s.name not in bad_skills]})
    items = [i for i in resume.items() if i.id in failing]
    if not items:
        return resume, records
    stuck: set[str] = set()
    if fallback or not model.rewrites:
        texts = {i.id: source_text(i, corpus) for i in items}
        resume = _apply(resume, texts, "source", corpus)
        outcome = "replaced_by_source"
    else:
        chats = [chat_for(i, corpus, job, resume, failing[i.id].fix_instruction) for i in items]
        out = model.complete(chats, max_new_tokens=MAX_NEW_TOKENS,
                             evidence=[_allowed_text(i, corpus, resume) for i in items])
        texts = {i.id: clean_line(t) for i, t in zip(items, out)}
        # Greedy decoding that repeats a rejected draft will repeat it next round too.
        stuck = {i.id for i in items if texts[i.id] in ("", i.text)}
        texts.update({i.id: source_text(i, corpus) for i in items if i.id in stuck})
        resume = _apply(resume, {k: v for k, v in texts.items() if k not in stuck}, "repaired",
                        corpus)
        resume = _apply(resume, {k: v for k, v in texts.items() if k in stuck}, "source", corpus)
        outcome = "retry"
    # A summary with no sentence in resume voice has no own words to fall back to: it goes,
    # rather than keep the failing text (which may be in the first person).
    gone = {i.id for i in items if i.id == "summary" and not texts[i.id]
            and (outcome == "replaced_by_source" or i.id in stuck)}
    if gone:
        resume = resume.model_copy(update={"summary": None})
    records += [RepairRecord(round=round_no, item_id=i.id, before=i.text, after=texts[i.id],
                             outcome="dropped" if i.id in gone else
                             "replaced_by_source" if i.id in stuck else outcome,
                             reasons=failing[i.id].reasons) for i in items]
    return resume, records


def rewritable(item: TailoredItem, corpus: Corpus) -> bool:
    """Is the item's evidence a sentence the model may rewrite (see `MIN_REWRITE_WORDS`)?"""
    return len(source_text(item, corpus).split()) >= MIN_REWRITE_WORDS


def chat_for(item: TailoredItem, corpus: Corpus, job: JobPosting, resume: TailoredResume,
             problem: str = "") -> list[Message]:
    """The chat the model gets for one item (with `problem`: the repair ask). Public because
    training builds its preference prompts with it, so they cannot drift from inference."""
    evidence = source_text(item, corpus)
    if item.id == "summary":
        facts = "\n".join(f"- {line}" for line in [resume.basics.label, evidence] if line)
        return [{"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": SUMMARY_ASK.format(title=job.title, facts=facts)}]
    ask = BULLET_ASK.format(evidence=evidence, keywords=", ".join(
        supported_keywords(item, job, evidence)) or "none")
    if problem:
        ask = REPAIR_ASK.format(base=ask, draft=item.text, problem=problem)
    chat: list[Message] = [{"role": "system", "content": SYSTEM}]
    for question, answer in EXAMPLES:
        chat += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return chat + [{"role": "user", "content": ask}]


def supported_keywords(item: TailoredItem, job: JobPosting, evidence: str) -> list[str]:
    """Keywords of the item's requirements (then of the posting) that its evidence contains:
    the only part of the job a rewrite may bring forward."""
    by_id = {r.id: r for r in job.requirements}
    wanted = [k for r in item.requirement_ids if r in by_id for k in by_id[r].keywords]
    found = [k for k in dict.fromkeys(wanted + job.keywords) if mentions(evidence, k)]
    return found[:4]


def source_text(item: TailoredItem, corpus: Corpus) -> str:
    """The person's own words for an item: its cited evidence, verbatim; for the summary, its
    cited sentences in resume voice, in the order cited (which is the order they are read).

    This is what the summary falls back to and what the model gets as its facts, so neither the
    fallback nor a model copying its facts can bring back the first person the critic rejects.
    Empty when no cited sentence can be put in resume voice.
    """
    evidence = corpus.evidence()
    texts = [evidence[s].text for s in item.source_ids if s in evidence]
    if item.id == "summary":
        texts = [voiced for t in texts if (voiced := to_resume_voice(t))]
    return " ".join(texts)


# --------------------------------------------------------------------------- internals

def _skeleton(plan: Plan, corpus: Corpus, job: JobPosting) -> TailoredResume:
    """The extractive resume: planned evidence verbatim, in planned order."""
    evidence = corpus.evidence()
    reqs_of: dict[str, list[str]] = {}
    for rm in plan.requirement_map:
        for m in rm.matches:
            reqs_of.setdefault(m.evidence_id, []).append(rm.requirement_id)
    experiences = {e.id: e for e in corpus.experiences}
    roles = []
    for planned in plan.roles:
        exp = experiences[planned.experience_id]
        bullets = [TailoredItem(id=f"b-{eid}", text=evidence[eid].text, source_ids=[eid],
                                requirement_ids=reqs_of.get(eid, []), origin="source")
                   for eid in planned.bullet_ids]
        roles.append(TailoredRole(experience_id=exp.id, kind=exp.kind,
                                  organization=exp.organization, title=exp.title,
                                  location=exp.location, start_date=exp.start_date,
                                  end_date=exp.end_date, url=exp.url, bullets=bullets))
    skill_sources = _skill_sources(corpus)
    skills = [TailoredSkill(name=s, source_ids=skill_sources.get(s, [])) for s in plan.skills]
    return TailoredResume(basics=corpus.basics, summary=_summary(plan, corpus), skills=skills,
                          roles=roles, education=corpus.education,
                          certificates=corpus.certificates, languages=corpus.languages())


def _summary(plan: Plan, corpus: Corpus) -> TailoredItem | None:
    """The extractive summary: the planner's summary sentences (most relevant first) in resume
    voice, headline first (`voice.summary_sentences`). It cites only the sentences it uses, in
    the order they are read; None when none can be put in resume voice."""
    evidence = corpus.evidence()
    ids = [i for i in plan.summary_evidence_ids if i in evidence]
    chosen = summary_sentences([evidence[i].text for i in ids], corpus.basics.label,
                               SUMMARY_SENTENCES)
    if not chosen:
        return None
    return TailoredItem(id="summary", text=" ".join(text for _, text in chosen),
                        source_ids=[ids[k] for k, _ in chosen], origin="source")


def _skill_sources(corpus: Corpus) -> dict[str, list[str]]:
    """Evidence bullets that mention each skill, so a skill can be traced to where it was used."""
    out: dict[str, list[str]] = {}
    for eid, bullet in corpus.evidence().items():
        low = bullet.text.lower()
        for group in corpus.skills:
            for name in group.keywords or [group.name]:
                if re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", low):
                    out.setdefault(name, []).append(eid)
    return out


def _allowed_text(item: TailoredItem, corpus: Corpus, resume: TailoredResume) -> str:
    """What the item may draw names and numbers from: its evidence and its role's header."""
    parts = [source_text(item, corpus)]
    for role in resume.roles:
        if any(b.id == item.id for b in role.bullets):
            parts += [role.organization, role.title, role.location]
    if item.id == "summary":
        parts.append(resume.basics.label)
    return "\n".join(p for p in parts if p)


def _apply(resume: TailoredResume, texts: dict[str, str], origin: str,
           corpus: Corpus) -> TailoredResume:
    """A copy of the resume with new texts for the given item ids. An empty answer keeps the
    item as it was; an answer that repeats the evidence verbatim counts as the person's own
    words (origin "source"), so the critic does not send their own phrasing back for repair."""
    def update(item: TailoredItem) -> TailoredItem:
        text = texts.get(item.id)
        if not text:
            return item
        own_words = text == source_text(item, corpus)
        return item.model_copy(update={"text": text, "origin": "source" if own_words else origin})

    roles = [r.model_copy(update={"bullets": [update(b) for b in r.bullets]}) for r in resume.roles]
    summary = update(resume.summary) if resume.summary else None
    return resume.model_copy(update={"roles": roles, "summary": summary})

