"""The critic: decides, item by item, whether a tailored resume may ship.

Pure functions, no graph code. The graph node calls `critique` and routes the failing items back
to the writer with their `fix_instruction`; the exporter reports `truth_score`/`impact_score`;
training ranks variants of a bullet with `rubric_score` to build preference pairs.

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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from tailor.index.embeddings import Embedder
from tailor.schemas import (
    Corpus,
    Critique,
    EvidenceBullet,
    ItemVerdict,
    JobPosting,
    TailoredItem,
    TailoredResume,
    TailoredRole,
    TailoredSkill,
)
from tailor.text.claims import claim_changes, describe, raised, repair_instruction
from tailor.text.terms import (
    AllowedText,
    first_person_words,
    has_quantity,
    mentions,
    novel_words,
    plain,
    unsupported_terms,
)

TRUTH_CHECKS = ("citations", "terms", "novel_content", "claims", "similarity", "in_corpus")
STYLE_CHECKS = ("first_person", "length", "duplicate", "repetition", "no_injection", "format")
# Enforced on the summary even when it is the person's own words. Not the others: length and
# repetition judge the person's own sentences, which trimming cannot fix, and failing them
# would leave no summary instead of theirs.
SUMMARY_VOICE_CHECKS = ("first_person", "format")


@dataclass(frozen=True)
class CriticSettings:
    """Thresholds of the critic.

    `similarity_threshold` 0.5 was calibrated with all-MiniLM-L6-v2 on hand-written pairs
    (tests/agents/test_critic.py::test_minilm_threshold): faithful paraphrases of a bullet scored
    0.73-0.97, unrelated claims citing the same evidence 0.05-0.32. A paraphrase that swaps in an
    acronym ("POS" for "point-of-sale") scored 0.51, and recombinations of the evidence's own words
    ("Drove 25 routes" for "Scheduled 25 drivers") 0.58-0.78: cosine cannot separate those, so the
    threshold only guards against topic drift; the term check does the fine work.
    """
    similarity_threshold: float = 0.5
    min_words: int = 5
    max_bullet_words: int = 40
    max_summary_words: int = 80
    duplicate_ratio: int = 90
    max_novel_words: int = 3


# Leftovers of a chat model or of an injected posting. Start-anchored patterns are answer
# preambles and prompt echoes; the others are suspicious anywhere in a resume line.
_INJECTION_START = re.compile(
    r"^\s*(?:sure\b|certainly\b|of course\b|okay\b|here(?:'s|’s| is| are)\b|rewrite\b|rewritten\b"
    r"|(?:rewritten |new |tailored )?(?:bullet|summary|output|answer|response|result|assistant)"
    r"\s*:)", re.I)
_INJECTION_ANYWHERE = re.compile(
    r"(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier)"
    r"|previous instructions|system prompt|as an ai\b|language model|ready to help"
    r"|\bi (?:cannot|can't|can not)\b|<\|\w+\|>|```|\b(?:evidence|instructions?)\s*:", re.I)
_BULLET_GLYPH = re.compile(r"^\s*(?:[-*•\u2022>]|\d+[.)])\s")


# --------------------------------------------------------------------------- public API

def critique(resume: TailoredResume, corpus: Corpus, job: JobPosting, embedder: Embedder,
             round: int = 0, settings: CriticSettings = CriticSettings()) -> Critique:
    """One verdict per summary, per bullet and per skill, in resume order."""
    evidence = corpus.evidence()
    keywords = job_keywords(job)
    written = _written_items(resume)
    sims = _similarities([item for item, _, _ in written], evidence, embedder)
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
    sim = _similarities([item], evidence, embedder)[0]
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
    clean = [not first_person_words(item.text), _repetition(item.text, 3) is None,
             _injection(item.text) is None, _format_problem(item.text) is None]
    clarity = (length + sum(clean)) / (1 + len(clean))
    score = (RUBRIC_WEIGHTS["coverage"] * coverage + RUBRIC_WEIGHTS["impact"] * impact(item.text)
             + RUBRIC_WEIGHTS["clarity"] * clarity)
    return round(float(score), 4)


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


def _evidence_texts(cited: Sequence[EvidenceBullet]) -> list[str]:
    """What a person wrote about a bullet: its text, and the tags and metrics they gave it."""
    return [t for e in cited for t in (e.text, *e.tags, *e.metrics)]


def _allowed_texts(item: TailoredItem, kind: str, role: TailoredRole | None, corpus: Corpus,
                   evidence: dict[str, EvidenceBullet]) -> list[str]:
    cited = [evidence[i] for i in item.source_ids if i in evidence]
    texts = _evidence_texts(cited)
    if kind == "bullet" and role is not None:
        texts += [role.organization, role.title, role.location]
    if kind == "summary":
        texts.append(corpus.basics.label)
        for exp in (corpus.experience_of(e.id) for e in cited):
            if exp is not None:
                texts += [exp.organization, exp.title]
    return [t for t in texts if t]


def _similarities(items: Sequence[TailoredItem], evidence: dict[str, EvidenceBullet],
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

    cited = _evidence_texts([evidence[i] for i in item.source_ids if i in evidence])
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

    twin = _duplicate_of(text, earlier, settings.duplicate_ratio)
    checks["duplicate"] = twin is None
    if twin is not None:
        other, ratio = twin
        problems.append(("duplicate",
                         f"duplicate: near-duplicate of {other.id} (token_set_ratio {ratio:.0f})",
                         f"Say something different from bullet {other.id} or drop this one."))

    loop = _repetition(text, 4 if kind == "summary" else 3)
    checks["repetition"] = loop is None
    if loop is not None:
        problems.append(("repetition", f"repetition: {loop!r} repeated",
                         f"Say {loop!r} once: no repeated phrases."))

    leftover = _injection(text)
    checks["no_injection"] = leftover is None
    if leftover is not None:
        problems.append(("no_injection", f"no_injection: contains {leftover!r}",
                         "Output only the resume text itself: no preamble, no instructions."))

    problem = _format_problem(text)
    checks["format"] = problem is None
    if problem is not None:
        problems.append(("format", f"format: {problem}",
                         "Write one line starting with a capital letter, without a bullet glyph."))
    return problems


def _duplicate_of(text: str, earlier: list[TailoredItem],
                  threshold: int) -> tuple[TailoredItem, float] | None:
    for other in earlier:
        ratio = fuzz.token_set_ratio(text, other.text, processor=default_process)
        if ratio >= threshold:
            return other, ratio
    return None


def _repetition(text: str, max_word_count: int) -> str | None:
    """A phrase of 4 words said twice, or a word of 4+ letters said `max_word_count` times.

    Small models loop ("Full-stack Full-stack ...", the same clause twice); neither the
    length limit (a loop cut at 80 tokens can fit) nor the term check (every word is evidence)
    catches that.
    """
    words = [plain(w) for w in re.findall(r"[\w.+#/&'’-]+", text) if plain(w)]
    seen: set[tuple[str, ...]] = set()
    for k in range(len(words) - 3):
        gram = tuple(words[k:k + 4])
        if gram in seen:
            return " ".join(gram)
        seen.add(gram)
    counts: dict[str, int] = {}
    for w in words:
        if len(w) >= 4 and w.isalpha():
            counts[w] = counts.get(w, 0) + 1
            if counts[w] >= max_word_count:
                return w
    return None


def _injection(text: str) -> str | None:
    m = _INJECTION_START.search(text) or _INJECTION_ANYWHERE.search(text)
    return m.group().strip() if m else None


def _format_problem(text: str) -> str | None:
    """Light formatting only: one line, no glyph, no wrapping quotes, capital (or digit) first."""
    stripped = text.strip()
    if not stripped:
        return "empty"
    if "\n" in stripped:
        return "more than one line"
    if _BULLET_GLYPH.match(stripped):
        return "starts with a bullet glyph or list number"
    if stripped[0] in "\"'“‘":
        return "wrapped in quotes"
    if not (stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "$€£"):
        return "does not start with a capital letter"
    return None


# --------------------------------------------------------------------------- skills

def _corpus_skill_text(corpus: Corpus, evidence: dict[str, EvidenceBullet]) -> AllowedText:
    """Where a skill may come from: skills, certificates, education and all evidence."""
    texts = [s for g in corpus.skills for s in (g.name, *g.keywords)]
    texts += [c.name for c in corpus.certificates]
    texts += [t for ed in corpus.education for t in (ed.area, ed.study_type, *ed.courses)]
    texts += _evidence_texts(list(evidence.values()))
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
