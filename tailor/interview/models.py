"""The documents `tailor questions` produces (also its `--json` output).

A `Source` is required on every question and follow-up: the schema itself makes an unsourced
question impossible to build, and `generate.check_grounded` checks each one names real evidence
or a real requirement.
"""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from tailor.schemas.models import Strict

QuestionKind = Literal["technical", "hr"]
Category = Literal["evidence", "gap", "motivation", "teamwork", "leadership", "conflict",
                   "ownership", "failure"]
Origin = Literal["model", "template"]
Aspect = Literal["ownership", "outcome", "numbers", "specifics"]


class Source(Strict):
    """What a question is about: one evidence bullet, or one requirement of the posting."""
    kind: Literal["bullet", "requirement"]
    id: str = Field(min_length=1)
    text: str = Field(min_length=1)


class Candidate(Strict):
    """A chosen source before wording: what to ask about and from which angle."""
    kind: QuestionKind
    category: Category
    source: Source
    angle: str
    requirement_id: str = ""     # the requirement a bullet was chosen for (technical questions)


class Question(Strict):
    number: int = Field(ge=1)
    kind: QuestionKind
    category: Category
    text: str
    origin: Origin
    source: Source
    requirement_id: str = ""
    draft: str = ""                                      # the model's refused wording, if any
    rejected: list[str] = Field(default_factory=list)   # why it was refused


class QuestionSet(Strict):
    job_title: str
    company: str = ""
    kind: Literal["technical", "hr", "both"]
    model: str = "none"
    questions: list[Question] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class VagueAspect(Strict):
    aspect: Aspect
    reason: str
    cues: list[str] = Field(default_factory=list)   # the words that gave it away, if any


class FollowUp(Strict):
    """A follow-up to question `question.number`, asking for what the answer left vague."""
    question: Question
    answer: str
    missing: list[VagueAspect] = Field(default_factory=list)
    needed: bool
    text: str
    origin: Origin
    source: Source
    draft: str = ""
    rejected: list[str] = Field(default_factory=list)
    model: str = "none"
    notes: list[str] = Field(default_factory=list)
