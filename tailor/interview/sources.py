"""Choose what each interview question is about: evidence bullets, gaps, behavioural stories.

Deterministic on purpose: `tailor questions ... --answer TEXT --question N` rebuilds the list to
find question N, so the same posting, corpus and kind must give the same numbered sources.
Every tie is broken explicitly (requirement order, then corpus order), never by dict or store
order. Technical questions follow what the posting weighs most (must-haves, then duties); a
requirement with no evidence above the retrieval threshold becomes a gap question; behavioural
questions come from bullets that show a theme (see `themes`) plus one about motivation.
"""
from __future__ import annotations

import re

from tailor.index.matches import evidence_strength, gap_notes
from tailor.interview.models import Candidate, Source
from tailor.interview.themes import THEMES, theme_score
from tailor.schemas import Corpus, EvidenceBullet, JobPosting, Requirement, RequirementMatch
from tailor.text.credentials import sections_meeting

DEFAULT_COUNT = 8
_PRIORITY = {"must_have": 0, "responsibility": 1, "nice_to_have": 2}
# Angles rotate so eight technical questions do not all ask "what was hardest?". Worded for any
# trade: a dental office manager was asked for "the hardest technical decision" and how they
# "tested" insurance verification.
TECH_ANGLES = (
    "the hardest decision you made and the options you weighed",
    "how you measured and verified the result",
    "how you checked that it worked and what went wrong along the way",
    "what you would change at a much larger scale",
)
# Second person throughout: a small model copies the angle's words into its question
# ("what they learned" came back as "...and what they learned?").
GAP_ANGLE = "what comes closest in your experience and how you would get up to speed"
MOTIVATION_ANGLE = "why this role appeals to you and what you want to work on"
THEME_ANGLES = {
    "teamwork": "how you worked with others and split the work",
    "leadership": "how you guided or grew other people",
    "conflict": "a disagreement or competing priorities and how you resolved it",
    "failure": "what went wrong and what you learned",
    "ownership": "why you took it on yourself and saw it through",
}


def select_sources(corpus: Corpus, job: JobPosting, requirement_map: list[RequirementMatch],
                   kind: str = "both", count: int = DEFAULT_COUNT) -> list[Candidate]:
    """The sources of `count` questions (fewer when the corpus runs out), in asking order:
    motivation first, then technical, then behavioural."""
    if kind not in ("technical", "hr", "both"):
        raise ValueError(f"unknown question kind {kind!r}")
    n_tech = {"technical": count, "hr": 0, "both": (count + 1) // 2}[kind]
    used: set[str] = set()
    technical = technical_sources(corpus, job, requirement_map, n_tech, used)
    n_hr = count - len(technical) if kind != "technical" else 0
    motivation, behavioural = hr_sources(corpus, job, requirement_map, n_hr, used)
    if kind == "both" and len(technical) + len(motivation) + len(behavioural) < count:
        # few behavioural stories: fill up with more technical questions
        technical += technical_sources(corpus, job, requirement_map,
                                       count - len(technical) - len(motivation) - len(behavioural),
                                       used, skip=len(technical))
    return motivation + technical + behavioural


def ordered_requirements(job: JobPosting) -> list[Requirement]:
    """Must-haves first, then responsibilities, then nice-to-haves; posting order within each."""
    return sorted(job.requirements, key=lambda r: (_PRIORITY[r.kind], job.requirements.index(r)))


def technical_sources(corpus: Corpus, job: JobPosting, requirement_map: list[RequirementMatch],
                      n: int, used: set[str], skip: int = 0) -> list[Candidate]:
    """Up to `n` technical sources: the best unused bullet per requirement, and (about a third)
    requirements with no evidence at all. `skip` continues an earlier call's angle rotation."""
    if n <= 0:
        return []
    evidence = _role_evidence(corpus)
    matches = {rm.requirement_id: rm.matches for rm in requirement_map}
    gap_ids = {g.requirement_id for g in gap_notes(job, requirement_map)
               if not _credential_held(corpus, job, g.requirement_id)}
    on_evidence: list[Candidate] = []
    gaps: list[Candidate] = []
    for req in ordered_requirements(job):
        if req.id in gap_ids:
            if f"req:{req.id}" not in used:
                gaps.append(Candidate(kind="technical", category="gap", angle=GAP_ANGLE,
                                      source=requirement_source(req)))
            continue
        best = next((m.evidence_id for m in matches.get(req.id, [])
                     if m.evidence_id in evidence and m.evidence_id not in used
                     and m.evidence_id not in {c.source.id for c in on_evidence}), None)
        if best is not None:
            on_evidence.append(Candidate(
                kind="technical", category="evidence", requirement_id=req.id,
                angle=TECH_ANGLES[(skip + len(on_evidence)) % len(TECH_ANGLES)],
                source=Source(kind="bullet", id=best, text=evidence[best].text)))
    n_gap = min(len(gaps), max(1, n // 3)) if gaps else 0
    n_evidence = min(len(on_evidence), n - n_gap)
    n_gap = min(len(gaps), n - n_evidence)
    chosen = on_evidence[:n_evidence] + gaps[:n_gap]
    used.update(_key(c) for c in chosen)
    return chosen


def hr_sources(corpus: Corpus, job: JobPosting, requirement_map: list[RequirementMatch],
               n: int, used: set[str]) -> tuple[list[Candidate], list[Candidate]]:
    """(motivation, behavioural): one motivation question about the requirement the person is
    best placed for, then bullets per theme, best-showing and most job-relevant first; a
    second round takes each theme's runner-up when there is room."""
    if n <= 0:
        return [], []
    motivation = []
    anchor = _motivation_requirement(job, requirement_map)
    if anchor is not None:
        motivation.append(Candidate(kind="hr", category="motivation", angle=MOTIVATION_ANGLE,
                                    source=requirement_source(anchor)))
    evidence = _role_evidence(corpus)
    order = {eid: i for i, eid in enumerate(evidence)}
    strength = evidence_strength(corpus, job, requirement_map)
    behavioural: list[Candidate] = []
    for _round in range(2):
        for theme in THEMES:
            if len(motivation) + len(behavioural) >= n:
                break
            scored = [(theme_score(b, theme), eid) for eid, b in evidence.items()
                      if eid not in used]
            scored = [(s, eid) for s, eid in scored if s > 0]
            if not scored:
                continue
            _, best = min(scored, key=lambda se: (-se[0], -strength.get(se[1], 0.0), order[se[1]]))
            used.add(best)
            behavioural.append(Candidate(kind="hr", category=theme, angle=THEME_ANGLES[theme],
                                         source=Source(kind="bullet", id=best,
                                                       text=evidence[best].text)))
    return motivation[:n], behavioural[:max(0, n - len(motivation))]


def requirement_source(req: Requirement) -> Source:
    return Source(kind="requirement", id=req.id, text=req.text)


def _role_evidence(corpus: Corpus) -> dict[str, EvidenceBullet]:
    """Bullets of roles and projects: summary sentences ("engineer with 9 years of ...") say
    who the person is, not what they did, so they make poor "tell me about" questions."""
    summary = {b.id for b in corpus.summary_evidence}
    return {eid: b for eid, b in corpus.evidence().items() if eid not in summary}


def _motivation_requirement(job: JobPosting,
                            requirement_map: list[RequirementMatch]) -> Requirement | None:
    """The duty the person's evidence matches best: "why this role" lands better on work they
    can already do, and a duty ("Design and run ...") says more about the job than a bare skill
    ("Terraform."). Continuation sentences ("This includes ...") and fragments are passed over
    while a whole duty is available."""
    best = {rm.requirement_id: max((m.score for m in rm.matches), default=0.0)
            for rm in requirement_map}
    ranked = ordered_requirements(job)
    if not ranked:
        return None

    def fit(req: Requirement) -> tuple:
        whole = len(req.text.split()) >= 5 and not re.match(r"(?i)(this|these|it|that)\b", req.text)
        return (whole, req.kind == "responsibility", best.get(req.id, 0.0), -ranked.index(req))
    return max(ranked, key=fit)


def _key(candidate: Candidate) -> str:
    source = candidate.source
    return source.id if source.kind == "bullet" else f"req:{source.id}"


def _credential_held(corpus: Corpus, job: JobPosting, requirement_id: str) -> bool:
    """A degree, certificate or language requirement that the person's education, certificates or
    languages meet is no gap to ask about, though no bullet was retrieved for it (as in the run's
    report)."""
    req = next(r for r in job.requirements if r.id == requirement_id)
    return bool(sections_meeting(req, corpus.education, corpus.certificates, corpus.languages()))
