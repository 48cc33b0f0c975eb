"""Plan: decide which evidence goes on the page, within the page budget.

Greedy by requirement coverage first (the best unused bullet for each must-have, then each
responsibility and nice-to-have), then by overall evidence strength. Roles keep their employer,
title and dates exactly as in the corpus; the planner only chooses and orders bullets.

The bullet budget is an estimate of what a page holds; how much really fits depends on the
length of the bullets and of everything else on the page. So the plan also offers a reserve
beyond the budget (and beyond the per-role cap), and the exporter, which measures, trims what
does not fit: the page is filled before it is declared full (docs/ARCHITECTURE.md, "A run").
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from tailor.index.matches import evidence_strength, gap_notes
from tailor.schemas import (
    KIND_WEIGHT,
    Corpus,
    EvidenceMatch,
    JobPosting,
    Plan,
    PlannedRole,
    RepairRecord,
    RequirementMatch,
)
from tailor.text import keyword_variants
from tailor.text.normalise import normalise

BULLETS_PER_PAGE = 11
MAX_BULLETS_PER_ROLE_PER_PAGE = 5
RESERVE_PER_PAGE = 6  # offered beyond the estimate, for the exporter to keep if they fit
SKILLS_PER_PAGE = 16
FRAGMENT_WORDS = 2   # a role bullet this short with no number is a fragment, not a bullet
_WORDS = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")
_PUNCTUATION = re.compile(r"(?<!\d)[^\w\s]|[^\w\s](?!\d)")  # "3.5%" keeps its point


def bullet_budget(pages: int) -> int:
    return BULLETS_PER_PAGE * pages


def plan_resume(corpus: Corpus, job: JobPosting, requirement_map: list[RequirementMatch],
                pages: int = 1) -> Plan:
    budget = bullet_budget(pages)
    per_role_cap: float = MAX_BULLETS_PER_ROLE_PER_PAGE * pages
    duplicates = duplicate_evidence(corpus)
    requirement_map = _canonical_matches(requirement_map, duplicates)
    never = set(duplicates) | set(fragment_evidence(corpus))   # evidence, but never a bullet
    strength = evidence_strength(corpus, job, requirement_map)
    owner = {b.id: exp.id for exp in corpus.experiences for b in exp.bullets}  # corpus order
    chosen: list[str] = []
    per_role: dict[str, int] = defaultdict(int)

    def take(evidence_id: str) -> bool:
        role = owner.get(evidence_id)
        if role is None or evidence_id in never or evidence_id in chosen or len(chosen) >= budget:
            return False
        if per_role[role] >= per_role_cap:
            return False
        chosen.append(evidence_id)
        per_role[role] += 1
        return True

    order = sorted(requirement_map, key=lambda rm: -KIND_WEIGHT[_kind(job, rm.requirement_id)])
    for rm in order:  # one bullet for each requirement first: coverage beats depth
        if any(m.evidence_id in chosen for m in rm.matches):
            continue
        for m in rm.matches:
            if take(m.evidence_id):
                break
    _keep_recent_roles_visible(corpus, per_role, take)
    # Rounded, then in corpus order: float noise (BLAS threads differ between processes) must
    # not reorder near-ties, or the same inputs would give different pages in a batch.
    position = {eid: i for i, eid in enumerate(owner)}
    by_strength = sorted(strength, key=lambda e: (-round(strength[e], 4), position.get(e, -1)))
    for eid in by_strength:
        take(eid)
    for exp in corpus.experiences:  # a thin match still deserves a full page of real evidence
        for bullet in exp.bullets:
            take(bullet.id)
    budget = len(chosen) + RESERVE_PER_PAGE * pages  # the reserve: relevance first, no role cap
    per_role_cap = float("inf")
    for eid in [*by_strength, *owner]:
        take(eid)

    roles = []
    for exp in corpus.experiences:
        picked = [b.id for b in exp.bullets if b.id in chosen]
        picked.sort(key=lambda b: -round(strength.get(b, 0.0), 4))
        if picked:
            roles.append(PlannedRole(experience_id=exp.id, bullet_ids=picked))
    summary_ids = sorted((b.id for b in corpus.summary_evidence if b.id not in duplicates),
                         key=lambda b: -strength.get(b, 0.0))[:3]
    return Plan(roles=roles, requirement_map=requirement_map, gaps=gap_notes(job, requirement_map),
                skills=rank_skills(corpus, job)[:SKILLS_PER_PAGE * pages],
                summary_evidence_ids=summary_ids, pages=pages, bullet_budget=bullet_budget(pages))


def duplicate_evidence(corpus: Corpus) -> dict[str, str]:
    """{duplicate id: id of its first copy} for evidence that says the same thing again.

    Corpora pasted together repeat a bullet ("Built X." twice, once more as "Built X!"); on the
    page that reads as padding. Texts equal after `same_text_key` count once per resume: the
    first in corpus order stays. Role bullets are compared with role bullets and summary
    sentences with summary sentences, since a summary may restate a bullet on purpose.
    """
    duplicates: dict[str, str] = {}
    groups = [corpus.summary_evidence, [b for exp in corpus.experiences for b in exp.bullets]]
    for bullets in groups:
        first: dict[str, str] = {}
        for bullet in bullets:
            key = same_text_key(bullet.text)
            if key in first:
                duplicates[bullet.id] = first[key]
            else:
                first[key] = bullet.id
    return duplicates


def fragment_evidence(corpus: Corpus) -> list[str]:
    """Role bullets of one or two words and no number ("Excel", "freight claims"): a skill or a
    note pasted among the bullets, which on the page reads as a broken bullet. They stay evidence
    (retrieval, the critic and skills may use them) but are never printed as bullets."""
    return [b.id for exp in corpus.experiences for b in exp.bullets
            if len(_WORDS.findall(b.text)) <= FRAGMENT_WORDS and not _DIGIT.search(b.text)]


def duplicate_records(corpus: Corpus) -> list[RepairRecord]:
    """Evidence the planner never selects because an earlier bullet says the same thing, or
    because it is a fragment, as records for the report: listed with the trimmed and dropped
    items, so nothing leaves the resume without a reason."""
    evidence = corpus.evidence()
    fragments = [RepairRecord(round=0, item_id=eid, before=evidence[eid].text, after="", outcome="fragment",
                              reasons=[f"{FRAGMENT_WORDS} words or fewer: not printed as a bullet (list it "
                                       "under skills, or write what you did with it)"])
                 for eid in fragment_evidence(corpus)]
    return [RepairRecord(round=0, item_id=dup, before=evidence[dup].text, after="",
                         outcome="duplicate", reasons=[f"duplicate of {first}"])
            for dup, first in duplicate_evidence(corpus).items()] + fragments


def same_text_key(text: str) -> str:
    """Text up to case, whitespace and punctuation; a point or comma inside a number stays, so
    "cut costs 5.5%" and "cut costs 55%" remain different claims."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_PUNCTUATION.sub(" ", text).split())


def _canonical_matches(requirement_map: list[RequirementMatch],
                       duplicates: dict[str, str]) -> list[RequirementMatch]:
    """Point every match at the first copy of its text (keeping the best score), so that a
    requirement matched only by a duplicate is still covered by the copy that ships."""
    out = []
    for rm in requirement_map:
        best: dict[str, float] = {}
        for m in rm.matches:
            eid = duplicates.get(m.evidence_id, m.evidence_id)
            best[eid] = max(best.get(eid, m.score), m.score)
        matches = [EvidenceMatch(evidence_id=e, score=s) for e, s in best.items()]
        out.append(rm.model_copy(update={"matches": matches}))
    return out


def _kind(job: JobPosting, requirement_id: str) -> str:
    return next(r.kind for r in job.requirements if r.id == requirement_id)


def _keep_recent_roles_visible(corpus, per_role, take) -> None:
    """A work history with holes reads as a gap: give the work roles that got no bullet their
    first bullet, while the budget allows (most recent first, as ordered in the corpus)."""
    for exp in corpus.experiences:
        if exp.kind == "work" and per_role[exp.id] == 0:
            for bullet in exp.bullets:  # the first one, or the first that is not a duplicate
                if take(bullet.id):
                    break


def rank_skills(corpus: Corpus, job: JobPosting) -> list[str]:
    """Corpus skills, those the posting asks for first (by name or a variant: "REST APIs" for
    "RESTful API", `keyword_variants`); never a skill the corpus lacks."""
    wanted = normalise(" ".join([job.title, *job.keywords, *(r.text for r in job.requirements)]))
    skills: list[str] = []
    for group in corpus.skills:
        for name in group.keywords or [group.name]:
            if name and name not in skills:
                skills.append(name)
    asked = [s for s in skills if keyword_variants.pattern(s).search(wanted)]
    return asked + [s for s in skills if s not in asked]
