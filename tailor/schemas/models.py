"""Pydantic models: the single source of truth for every document Tailor reads or writes.

JSON Schema files next to this module are generated from these classes (`python -m
tailor.schemas.export`); a test fails when they are stale. Every model forbids extra keys so a
typo in a corpus or a model's output is an error, not silently ignored data.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- corpus (input)

class EvidenceBullet(Strict):
    """One verifiable statement from the person's own corpus.

    `id` is stable: derived from the section, the position and the text, so re-loading the same
    corpus gives the same ids and an edited bullet gets a new one.
    """
    id: str
    text: str
    tags: list[str] = Field(default_factory=list)
    metrics: list[str] = Field(default_factory=list)


class Experience(Strict):
    """A role (work, volunteer or project) with its evidence bullets, kept exactly as in the corpus."""
    id: str
    kind: Literal["work", "volunteer", "project"] = "work"
    organization: str
    title: str = ""
    location: str = ""
    start_date: str = ""
    end_date: str = ""
    url: str = ""
    summary: str = ""
    bullets: list[EvidenceBullet] = Field(default_factory=list)


class Education(Strict):
    institution: str
    area: str = ""
    study_type: str = ""
    start_date: str = ""
    end_date: str = ""
    score: str = ""
    courses: list[str] = Field(default_factory=list)


class Profile(Strict):
    network: str = ""
    username: str = ""
    url: str = ""


class Basics(Strict):
    name: str
    label: str = ""
    email: str = ""
    phone: str = ""
    url: str = ""
    location: str = ""
    summary: str = ""
    profiles: list[Profile] = Field(default_factory=list)


class SkillGroup(Strict):
    name: str
    level: str = ""
    keywords: list[str] = Field(default_factory=list)


class Language(Strict):
    """A language the person speaks, as JSON Resume writes it ("Spanish", "Conversational")."""
    language: str
    fluency: str = ""


class Certificate(Strict):
    name: str
    issuer: str = ""
    date: str = ""
    url: str = ""


class Corpus(Strict):
    """A person's whole experience corpus: usually far more bullets than fit on a page.

    `summary_evidence` holds the sentences of the person's own summary as citable evidence.
    `carried_sections` keeps JSON Resume sections Tailor does not tailor (awards, publications,
    languages, interests, references...) so they are never lost: they are copied to resume.json.
    """
    basics: Basics
    summary_evidence: list[EvidenceBullet] = Field(default_factory=list)
    experiences: list[Experience] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    skills: list[SkillGroup] = Field(default_factory=list)
    certificates: list[Certificate] = Field(default_factory=list)
    carried_sections: dict[str, list] = Field(default_factory=dict)
    content_hash: str = ""

    def languages(self) -> list[Language]:
        """The carried `languages` section as printed on the page: a posting may ask for one
        ("Bilingual English/Spanish preferred"), so they are shown and can meet a requirement."""
        return [Language(language=item["language"].strip(), fluency=str(item.get("fluency") or "").strip())
                for item in self.carried_sections.get("languages", [])
                if isinstance(item, dict) and isinstance(item.get("language"), str) and item["language"].strip()]

    def evidence(self) -> dict[str, EvidenceBullet]:
        """All citable evidence by id (summary sentences and role bullets)."""
        items = {b.id: b for b in self.summary_evidence}
        for exp in self.experiences:
            items.update({b.id: b for b in exp.bullets})
        return items

    def experience_of(self, evidence_id: str) -> Experience | None:
        for exp in self.experiences:
            if any(b.id == evidence_id for b in exp.bullets):
                return exp
        return None


# --------------------------------------------------------------------------- job (input)

RequirementKind = Literal["must_have", "nice_to_have", "responsibility"]
# How much a requirement of each kind counts, wherever requirements are weighed (evidence
# strength in the plan, the overall fit score): one table so the two never disagree.
KIND_WEIGHT = {"must_have": 1.0, "responsibility": 0.7, "nice_to_have": 0.5}


class Requirement(Strict):
    id: str
    text: str
    kind: RequirementKind
    keywords: list[str] = Field(default_factory=list)


class KeywordSource(Strict):
    """Where in the posting a keyword came from: the requirements that name it (in any of its
    variant spellings) and whether the job title does, so a reader can see why it is asked for."""
    keyword: str
    requirement_ids: list[str] = Field(default_factory=list)
    in_title: bool = False


class JobPosting(Strict):
    title: str
    company: str = ""
    location: str = ""
    source: str = ""
    requirements: list[Requirement] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    keyword_sources: list[KeywordSource] = Field(default_factory=list)
    content_hash: str = ""


# --------------------------------------------------------------------------- plan

class EvidenceMatch(Strict):
    evidence_id: str
    score: float


class RequirementMatch(Strict):
    requirement_id: str
    matches: list[EvidenceMatch] = Field(default_factory=list)


class PlannedRole(Strict):
    experience_id: str
    bullet_ids: list[str]


class GapNote(Strict):
    requirement_id: str
    note: str


class Plan(Strict):
    roles: list[PlannedRole] = Field(default_factory=list)
    requirement_map: list[RequirementMatch] = Field(default_factory=list)
    gaps: list[GapNote] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    summary_evidence_ids: list[str] = Field(default_factory=list)
    pages: int = 1
    bullet_budget: int = 0


# --------------------------------------------------------------------------- tailored resume

Origin = Literal["model", "repaired", "source"]


class TailoredItem(Strict):
    """A written piece of text (bullet or summary) and the evidence it rests on."""
    id: str
    text: str
    source_ids: list[str] = Field(min_length=1)
    requirement_ids: list[str] = Field(default_factory=list)
    origin: Origin = "model"


class TailoredSkill(Strict):
    name: str
    source_ids: list[str] = Field(default_factory=list)


class TailoredRole(Strict):
    experience_id: str
    kind: Literal["work", "volunteer", "project"] = "work"
    organization: str
    title: str = ""
    location: str = ""
    start_date: str = ""
    end_date: str = ""
    url: str = ""
    bullets: list[TailoredItem] = Field(default_factory=list)


class TailoredResume(Strict):
    basics: Basics
    summary: TailoredItem | None = None
    skills: list[TailoredSkill] = Field(default_factory=list)
    roles: list[TailoredRole] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    certificates: list[Certificate] = Field(default_factory=list)
    languages: list[Language] = Field(default_factory=list)

    def items(self) -> list[TailoredItem]:
        """Every written item the critic must verify, summary first."""
        found = [self.summary] if self.summary else []
        return found + [b for role in self.roles for b in role.bullets]


# --------------------------------------------------------------------------- critique

ClaimKind = Literal["ownership", "completion", "skill_level", "scope", "attribution",
                    "role_title", "frequency", "superlative", "puffery", "polarity"]


class ClaimChange(Strict):
    """One change of claim strength from the evidence to a written item (the critic's claim
    check). `evidence`/`draft`: the cue words on each side ("" where a side has none).
    `raised` changes fail the item; lowered ones are recorded so a reader sees them."""
    kind: ClaimKind
    evidence: str = ""
    draft: str = ""
    raised: bool


class ItemVerdict(Strict):
    item_id: str
    kind: Literal["bullet", "summary", "skill"]
    text: str = ""        # what was judged (a skill: its name)
    passed: bool
    checks: dict[str, bool] = Field(default_factory=dict)
    reasons: list[str] = Field(default_factory=list)
    unsupported_terms: list[str] = Field(default_factory=list)
    claim_changes: list[ClaimChange] = Field(default_factory=list)
    fix_instruction: str = ""
    similarity: float | None = None


class Critique(Strict):
    round: int
    verdicts: list[ItemVerdict] = Field(default_factory=list)

    def failing(self) -> list[ItemVerdict]:
        return [v for v in self.verdicts if not v.passed]


# --------------------------------------------------------------------------- report

class RequirementRow(Strict):
    requirement_id: str
    text: str
    kind: RequirementKind
    evidence_ids: list[str] = Field(default_factory=list)
    covered_by: list[str] = Field(default_factory=list)
    status: Literal["covered", "gap"]


class Metrics(Strict):
    """A share is null when there is nothing to share out (no requirements, no must-haves, no
    keywords): "100% of nothing" would read as a perfect match."""
    coverage_at_req: float | None
    must_have_coverage: float | None
    truth_score: float
    impact_score: float
    readability_flesch: float
    readability_grade: float
    ats_keyword_hit_rate: float | None
    keywords_found: list[str] = Field(default_factory=list)
    keywords_missing: list[str] = Field(default_factory=list)
    # Share of the last page's height the content uses (the page plan fills it before it
    # trims); null where no PDF was laid out.
    page_fill: float | None = None


class RepairRecord(Strict):
    round: int
    item_id: str
    before: str
    after: str
    # duplicate: a corpus bullet with the same words as an earlier one, never selected;
    # fragment: a role bullet of one or two words ("Excel"), never printed as a bullet
    outcome: Literal["retry", "replaced_by_source", "dropped", "trimmed_to_fit", "duplicate", "fragment"]
    reasons: list[str] = Field(default_factory=list)


class ModelFingerprint(Strict):
    backend: Literal["local", "openai", "extractive", "fake"]
    model_id: str
    adapter: str = ""
    adapter_sha256: str = ""
    prompt_sha256: str = ""


class GenerationStats(Strict):
    calls: int = 0
    prompts: int = 0
    new_tokens: int = 0
    seconds: float = 0.0


class FairnessFlag(Strict):
    """Content that invites bias (tailor.corpus.fairness): reported, never changed by Tailor.
    `where`: "resume" (it ships in this resume) or "input" (in your corpus; left out here)."""
    where: Literal["resume", "input"]
    field: str
    kind: Literal["age", "marital_status", "photo", "nationality", "gender", "religion"]
    text: str
    advice: str


class ClaimRecord(Strict):
    """The claim changes the critic found in one text of an item, in one round: what
    report.json lists so a reader sees every claim that was raised (and sent back) or lowered."""
    item_id: str
    round: int
    text: str
    changes: list[ClaimChange]
    passed: bool          # no change raised a claim


class Report(Strict):
    job_title: str
    company: str = ""
    job_source: str = ""
    corpus_hash: str
    requirements: list[RequirementRow]
    gaps: list[GapNote] = Field(default_factory=list)
    metrics: Metrics
    keyword_sources: list[KeywordSource] = Field(default_factory=list)
    repairs: list[RepairRecord] = Field(default_factory=list)
    claims: list[ClaimRecord] = Field(default_factory=list)
    repair_rounds: int = 0
    timings: dict[str, float] = Field(default_factory=dict)
    generation: GenerationStats = Field(default_factory=GenerationStats)
    model: ModelFingerprint
    input_warnings: list[str] = Field(default_factory=list)
    fairness: list[FairnessFlag] = Field(default_factory=list)
    generated_at: str = ""
