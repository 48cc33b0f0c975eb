"""`application.json`, the hand-off of a batch application folder to an external submitter
(written by `tailor.batch.application`; docs/ARCHITECTURE.md, "Data contracts"). Kept apart from the run's
own documents in `models`: only the batch layer and its readers use it."""
from __future__ import annotations

from pydantic import ConfigDict, Field

from tailor.schemas.models import Profile, Strict


class ScreeningAnswer(Strict):
    """One screening question: an answer from the corpus with its `source`, or "unknown"."""
    field: str
    question: str
    answer: str | float | list[str]
    source: str | None
    ask_applicant: bool
    protected: bool
    note: str | None


class ApplicationPosting(Strict):
    source: str
    hash: str
    title: str
    company: str = ""
    location: str = ""


class Applicant(Strict):
    name: str
    email: str
    phone: str
    location: str
    website: str
    profiles: list[Profile] = Field(default_factory=list)
    corpus_hash: str


class ApplicationDocument(Strict):
    """`application.json` of a batch application folder, for an external submitter
    (built by tailor.batch.application)."""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    schema_id: str = Field(alias="schema")
    posting: ApplicationPosting
    resume: dict[str, str]
    applicant: Applicant
    screening: list[ScreeningAnswer]
    generated_at: str

