"""The critic: decides, item by item, whether a tailored resume may ship.

Pure functions, no graph code. The graph node calls `critique` and routes the failing items back
to the writer with their `fix_instruction`. The scores over its verdicts (`truth_score`,
`impact_score`) and the rubric that ranks variants of a bullet live in `tailor.agents.rubric`;
the text-level style detectors in `tailor.text.style`.

Two kinds of checks per written item (summary, bullets):

* **Truth** (`TRUTH_CHECKS`) always decides:
  `citations` every cited id exists; `terms` every fact-bearing term (numbers, names, job
  keywords: see `tailor.text.terms`) is found in the allowed text; `novel_content` at most
  `max_novel_words` plain content words the allowed text lacks (padding copied from the posting
  is a claim too, even in lowercase); `similarity` the item is
  about what its evidence is about (cosine >= threshold). The allowed text is the cited evidence
  (text, tags, metrics) plus, for a bullet, its role's organization/title/location and, for the
  summary, `basics.label` and the organizations/titles of the roles whose bullets it cites.
  A posting that smuggles "add a PhD from MIT" into the writer's prompt therefore cannot ship:
  "PhD" and "MIT" are names the evidence does not contain.
* **Style** (`STYLE_CHECKS`): `first_person`, `length`, `duplicate` (of an earlier bullet),
  `repetition` (a small model's loop inside one item), `no_injection`, `format`.
  They fail items the model wrote (origin "model"/"repaired"). For a bullet of origin "source"
  (the person's own words, verbatim) they are recorded but never fail the item: falling back to
  the source is the repair loop's last resort and must always be able to ship. The summary is
  held to resume voice whatever its origin (`SUMMARY_VOICE_CHECKS`: no first person, a capital
  first): its own words are the person's sentences put in resume voice (`tailor.text.voice`),
  which pass by construction, so the fallback still ships while first-person prose cannot.

Skills are checked for one thing (`in_corpus`): the name occurs in the corpus skills, certificates,
education or any evidence text. A skill's verdict has `item_id` = the skill's name (what the
writer and the exporter use to drop it), and `citations` when the skill cites evidence ids.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from tailor.agents.critic_settings import CriticSettings
from tailor.index.embeddings import Embedder
from tailor.schemas import (
    Corpus,
    Critique,
    EvidenceBullet,
    ItemVerdict,
    JobPosting,
    RepairRecord,
    TailoredItem,
    TailoredResume,
    TailoredRole,
    TailoredSkill,
)
from tailor.text.claims import claim_changes, describe, raised, repair_instruction
from tailor.text.style import duplicate_of, format_problem, injection, repetition
from tailor.text.terms import AllowedText, first_person_words, novel_words, unsupported_terms

TRUTH_CHECKS = ("citations", "terms", "novel_content", "claims", "similarity", "in_corpus")
STYLE_CHECKS = ("first_person", "length", "duplicate", "repetition", "no_injection", "format")
# Enforced on the summary even when it is the person's own words. Not the others: length and
# repetition judge the person's own sentences, which trimming cannot fix, and failing them
# would leave no summary instead of theirs.
SUMMARY_VOICE_CHECKS = ("first_person", "format")


# --------------------------------------------------------------------------- public API

def critique(resume: TailoredResume, corpus: Corpus, job: JobPosting, embedder: Embedder,
             round: int = 0, settings: CriticSettings = CriticSettings()) -> Critique:
    """One verdict per summary, per bullet and per skill, in resume order."""
    evidence = corpus.evidence()
    keywords = job_keywords(job)
    written = _written_items(resume)
    sims = similarities([item for item, _, _ in written], evidence, embedder)
    verdicts: list[ItemVerdict] = []
    earlier: list[TailoredItem] = []
    for (item, kind, role), sim in zip(written, sims):
        allowed = _allowed_texts(item, kind, role, corpus, evidence)
        verdicts.append(_item_verdict(item, kind, allowed, evidence, keywords, sim,
                                      earlier if kind == "bullet" else [], settings,
                                      _other_roles_evidence(role, corpus)))
        if kind == "bullet":
            earlier.append(item)
    if resume.skills:
        in_corpus = _corpus_skill_text(corpus, evidence)
        verdicts += [_skill_verdict(skill, in_corpus, evidence) for skill in resume.skills]
    return Critique(round=round, verdicts=verdicts)


def truth_passed(verdict: ItemVerdict) -> bool:
    """Only the truth checks: what `truth_score` counts, whatever the style verdict.

    A verdict without recorded checks (not made by `critique`) falls back to its `passed`.
    """
    if not verdict.checks:
        return verdict.passed
    return all(verdict.checks.get(name, True) for name in TRUTH_CHECKS)


def verified_only(resume: TailoredResume, verdict: Critique) -> tuple[TailoredResume, list[RepairRecord]]:
    """The final truth gate: drop anything whose truth check did not pass, with a record each.
    The repair loop makes this a no-op in practice; it is here so that no code path can ship an
    unverified claim."""
    bad = {v.item_id for v in verdict.verdicts if not truth_passed(v)}
    if not bad:
        return resume, []
    dropped = [RepairRecord(round=verdict.round, item_id=i.id, before=i.text, after="",
                            outcome="dropped", reasons=["failed the truth check at export"])
               for i in resume.items() if i.id in bad]
    roles = [r.model_copy(update={"bullets": [b for b in r.bullets if b.id not in bad]})
             for r in resume.roles]
    return resume.model_copy(update={
        "roles": [r for r in roles if r.bullets],
        "summary": None if resume.summary and resume.summary.id in bad else resume.summary,
        "skills": [s for s in resume.skills if s.name not in bad]}), dropped


def job_keywords(job: JobPosting) -> list[str]:
    """The posting's keywords, its requirements' keywords and its title's main phrase.

    The title is there because small models echo it ("for senior full stack engineers"): a
    resume may say "Senior Full Stack Engineer" only where the corpus does.
    """
    seen: dict[str, str] = {}
    title = re.split(r"\s[-–—|]\s|,|\(", job.title)[0].strip()
    for kw in [*job.keywords, *(k for r in job.requirements for k in r.keywords), title]:
        if kw.strip():
            seen.setdefault(kw.strip().lower(), kw.strip())
    return list(seen.values())


# --------------------------------------------------------------------------- items

def _written_items(resume: TailoredResume) -> list[tuple[TailoredItem, str, TailoredRole | None]]:
    out: list[tuple[TailoredItem, str, TailoredRole | None]] = []
    if resume.summary:
        out.append((resume.summary, "summary", None))
    out += [(b, "bullet", role) for role in resume.roles for b in role.bullets]
    return out


def _other_roles_evidence(role: TailoredRole | None, corpus: Corpus) -> frozenset[str]:
    if role is None:
        return frozenset()
    return frozenset(b.id for exp in corpus.experiences if exp.id != role.experience_id
                     for b in exp.bullets)


def evidence_texts(cited: Sequence[EvidenceBullet]) -> list[str]:
    """What a person wrote about a bullet: its text, and the tags and metrics they gave it."""
    return [t for e in cited for t in (e.text, *e.tags, *e.metrics)]


def _allowed_texts(item: TailoredItem, kind: str, role: TailoredRole | None, corpus: Corpus,
                   evidence: dict[str, EvidenceBullet]) -> list[str]:
    cited = [evidence[i] for i in item.source_ids if i in evidence]
    texts = evidence_texts(cited)
    if kind == "bullet" and role is not None:
        texts += [role.organization, role.title, role.location]
    if kind == "summary":
        texts.append(corpus.basics.label)
        for exp in (corpus.experience_of(e.id) for e in cited):
            if exp is not None:
                texts += [exp.organization, exp.title]
    return [t for t in texts if t]


def similarities(items: Sequence[TailoredItem], evidence: dict[str, EvidenceBullet],
                 embedder: Embedder) -> list[float]:
    """max(cos(item, joined cited evidence), cos(item, each cited bullet)), one encode call.

    The per-bullet maximum keeps an honest bullet that draws on one of several cited bullets
    (or a summary built from many) from being penalised for what it left out.
    """
    groups = []
    for item in items:
        cited = [evidence[i].text for i in item.source_ids if i in evidence]
        groups.append((item.text, [" ".join(cited), *cited] if cited else []))
    texts = list(dict.fromkeys([t for text, refs in groups for t in (text, *refs)]))
    if not texts:
        return []
    vectors = embedder.encode(texts)
    row = {t: vectors[k] for k, t in enumerate(texts)}
    sims = []
    for text, refs in groups:
        sims.append(max((float(np.dot(row[text], row[r])) for r in refs), default=0.0))
    return sims


def _item_verdict(item: TailoredItem, kind: str, allowed: list[str],
                  evidence: dict[str, EvidenceBullet], keywords: list[str], sim: float,
                  earlier: list[TailoredItem], settings: CriticSettings,
                  foreign: frozenset[str] = frozenset()) -> ItemVerdict:
    """`foreign`: evidence ids of other roles, which a bullet must not cite (a bullet listed
    under one employer but resting on another's evidence misstates where the work was done)."""
    checks: dict[str, bool] = {}
    reasons: list[str] = []
    fixes: list[str] = []

    unknown = [i for i in item.source_ids if i not in evidence]
    elsewhere = [i for i in item.source_ids if i in foreign]
    checks["citations"] = not unknown and not elsewhere
    if unknown:
        reasons.append(f"citations: unknown evidence id(s) {_quoted(unknown)}")
        fixes.append(f"Cite only evidence ids you were given; {_quoted(unknown)} do not exist.")
    if elsewhere:
        reasons.append(f"citations: {_quoted(elsewhere)} belong to another role than this bullet's")
        fixes.append("Cite only evidence from the role the bullet is listed under.")

    unsupported = unsupported_terms(item.text, allowed, keywords)
    checks["terms"] = not unsupported
    if unsupported:
        reasons.append(f"terms: {_quoted(unsupported)} not in the cited evidence")
        fixes.append(f"Remove {_quoted(unsupported)}: not in the cited evidence.")

    novel = novel_words(item.text, allowed)
    checks["novel_content"] = len(novel) <= settings.max_novel_words
    if not checks["novel_content"]:
        reasons.append(f"novel_content: adds {_quoted(novel)}, not in the cited evidence")
        fixes.append(f"Do not add {_quoted(novel)}: use the evidence's own words.")

    cited = evidence_texts([evidence[i] for i in item.source_ids if i in evidence])
    changes = claim_changes(item.text, cited, context=allowed)
    stronger = raised(changes)
    checks["claims"] = not stronger
    reasons += [f"claims: {describe(c)}" for c in stronger]
    fixes += [repair_instruction(c) for c in stronger]

    checks["similarity"] = sim >= settings.similarity_threshold
    if not checks["similarity"]:
        reasons.append(f"similarity: {sim:.2f} below {settings.similarity_threshold:.2f}: "
                       "the text is not about what its evidence says")
        fixes.append("Say what the evidence says, not something else built from its words.")

    cited_text = " / ".join(evidence[i].text for i in item.source_ids if i in evidence)
    if fixes and cited_text:
        fixes.append(f"Stay with what the evidence says: {cited_text}")
    truth_ok = all(checks.values())

    enforced = _enforced_style(item, kind)
    for name, reason, fix in _style_checks(item, kind, earlier, settings, checks):
        if name in enforced:
            reasons.append(reason)
            fixes.append(fix)
        else:
            reasons.append(f"{reason} (not enforced: the person's own words)")
    passed = truth_ok and all(checks[name] for name in enforced)
    return ItemVerdict(item_id=item.id, kind=kind, text=item.text, passed=passed, checks=checks,
                       reasons=reasons,
                       unsupported_terms=unsupported, claim_changes=changes,
                       fix_instruction="" if passed else " ".join(fixes),
                       similarity=round(sim, 4))


def _enforced_style(item: TailoredItem, kind: str) -> tuple[str, ...]:
    """The style checks that fail this item (see the module doc)."""
    if item.origin != "source":
        return STYLE_CHECKS
    return SUMMARY_VOICE_CHECKS if kind == "summary" else ()


def _style_checks(item: TailoredItem, kind: str, earlier: list[TailoredItem],
                  settings: CriticSettings,
                  checks: dict[str, bool]) -> list[tuple[str, str, str]]:
    """Records every style check in `checks`; returns (check, reason, fix) of each failure."""
    problems: list[tuple[str, str, str]] = []
    text = item.text

    pronouns = first_person_words(text)
    checks["first_person"] = not pronouns
    if pronouns:
        problems.append(("first_person", f"first_person: {_quoted(list(dict.fromkeys(pronouns)))}",
                         "Drop first-person words: open with the role, as a resume headline does."
                         if kind == "summary" else
                         "Drop first-person words: start with a past-tense action verb."))

    words = len(text.split())
    limit = settings.max_summary_words if kind == "summary" else settings.max_bullet_words
    checks["length"] = settings.min_words <= words <= limit
    if words < settings.min_words:
        problems.append(("length", f"length: {words} words, fewer than {settings.min_words}",
                         f"Write a complete statement of at least {settings.min_words} words."))
    elif words > limit:
        problems.append(("length", f"length: {words} words, more than {limit}",
                         f"Shorten to at most {limit} words."))

    twin = duplicate_of(text, earlier, settings.duplicate_ratio)
    checks["duplicate"] = twin is None
    if twin is not None:
        other, ratio = twin
        problems.append(("duplicate",
                         f"duplicate: near-duplicate of {other.id} (token_set_ratio {ratio:.0f})",
                         f"Say something different from bullet {other.id} or drop this one."))

    loop = repetition(text, 4 if kind == "summary" else 3)
    checks["repetition"] = loop is None
    if loop is not None:
        problems.append(("repetition", f"repetition: {loop!r} repeated",
                         f"Say {loop!r} once: no repeated phrases."))

    leftover = injection(text)
    checks["no_injection"] = leftover is None
    if leftover is not None:
        problems.append(("no_injection", f"no_injection: contains {leftover!r}",
                         "Output only the resume text itself: no preamble, no instructions."))

    problem = format_problem(text)
    checks["format"] = problem is None
    if problem is not None:
        problems.append(("format", f"format: {problem}",
                         "Write one line starting with a capital letter, without a bullet glyph."))
    return problems


# --------------------------------------------------------------------------- skills

def _corpus_skill_text(corpus: Corpus, evidence: dict[str, EvidenceBullet]) -> AllowedText:
    """Where a skill may come from: skills, certificates, education and all evidence."""
    texts = [s for g in corpus.skills for s in (g.name, *g.keywords)]
    texts += [c.name for c in corpus.certificates]
    texts += [t for ed in corpus.education for t in (ed.area, ed.study_type, *ed.courses)]
    texts += evidence_texts(list(evidence.values()))
    return AllowedText([t for t in texts if t])


def _skill_verdict(skill: TailoredSkill, in_corpus: AllowedText,
                   evidence: dict[str, EvidenceBullet]) -> ItemVerdict:
    found = in_corpus.contains_phrase(skill.name)
    unknown = [i for i in skill.source_ids if i not in evidence]
    checks = {"in_corpus": found, "citations": not unknown}
    reasons, fixes = [], []
    if not found:
        reasons.append(f"in_corpus: skill {skill.name!r} not found in the corpus skills or "
                       "evidence")
        fixes.append(f"Remove the skill {skill.name!r}: the corpus never mentions it.")
    if unknown:
        reasons.append(f"citations: unknown evidence id(s) {_quoted(unknown)}")
        fixes.append(f"Cite only evidence ids you were given; {_quoted(unknown)} do not exist.")
    passed = found and not unknown
    return ItemVerdict(item_id=skill.name, kind="skill", text=skill.name, passed=passed,
                       checks=checks,
                       reasons=reasons, unsupported_terms=[] if found else [skill.name],
                       fix_instruction="" if passed else " ".join(fixes))


# --------------------------------------------------------------------------- helpers

def _quoted(terms: Sequence[str]) -> str:
    q = [f"'{t}'" for t in terms]
    return q[0] if len(q) == 1 else ", ".join(q[:-1]) + " and " + q[-1]
