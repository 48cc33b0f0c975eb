"""The native corpus format, `experiences.json`: what a person writes by hand.

It differs from JSON Resume where Tailor needs more than a resume holds: one flat list of
experiences (work, volunteer and project roles together) with as many bullets as the person
likes, each optionally carrying `tags` (topics, technologies) and `metrics` (the numbers it
claims, quoted exactly as in its text) that the verifier can check claims against.

A bullet is either a plain string or `{"text", "tags", "metrics"}`: plain strings keep the file
quick to write, objects are there when a bullet deserves metadata. Both load as `NativeBullet`.
Dates use JSON Resume's own pattern (YYYY-MM-DD, YYYY-MM or YYYY) so any native corpus can be
exported as a valid JSON Resume; an empty or missing `end_date` means "current".

Field names follow `tailor.schemas.models` (snake_case), so a corpus reads the same in both.
"""
from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, model_validator

from tailor.schemas.models import Basics, SkillGroup, Strict

#: The date pattern of the official JSON Resume schema (definitions.iso8601), or empty.
DATE_PATTERN = re.compile(r"^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})?$")


def _check_date(value: str) -> str:
    if not DATE_PATTERN.match(value):
        raise ValueError(f"{value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY (or leave it out)")
    return value


Date = Annotated[str, AfterValidator(_check_date)]


def _bullet_from_string(value: Any) -> Any:
    """A plain string is shorthand for `{"text": value}`."""
    return {"text": value} if isinstance(value, str) else value


class NativeBullet(Strict):
    """One statement of evidence. `metrics` should quote numbers exactly as they appear in `text`."""
    text: str
    tags: list[str] = Field(default_factory=list)
    metrics: list[str] = Field(default_factory=list)


#: A bullet as written: a string or an object; always a NativeBullet once loaded. Converting the
#: string before validation (instead of a `str | NativeBullet` union) keeps error paths short:
#: `experiences[2].bullets[4].text`, not one error per union branch.
Bullet = Annotated[
    NativeBullet,
    BeforeValidator(_bullet_from_string, json_schema_input_type=str | NativeBullet),
]


class _Dated(Strict):
    start_date: Date = ""
    end_date: Date = ""

    @model_validator(mode="after")
    def _end_not_before_start(self):
        # ISO dates of mixed precision still compare correctly as text on their common prefix.
        common = min(len(self.start_date), len(self.end_date))
        if common and self.end_date[:common] < self.start_date[:common]:
            raise ValueError(f"end_date {self.end_date} is before start_date {self.start_date}")
        return self


class NativeExperience(_Dated):
    """A role: a job (`work`), a volunteer role or a project. `organization` names the project
    for `kind: project`; `title` is the person's role in it."""
    organization: str = Field(min_length=1)
    title: str = ""
    kind: Literal["work", "volunteer", "project"] = "work"
    location: str = ""
    url: str = ""
    summary: str = ""
    bullets: list[Bullet] = Field(default_factory=list)


class NativeEducation(_Dated):
    institution: str = Field(min_length=1)
    area: str = ""
    study_type: str = ""
    score: str = ""
    courses: list[str] = Field(default_factory=list)


class NativeCertificate(Strict):
    name: str = Field(min_length=1)
    issuer: str = ""
    date: Date = ""
    url: str = ""


class NativeCorpus(Strict):
    """The whole `experiences.json` file. Only `basics` and `experiences` are required."""
    basics: Basics
    experiences: list[NativeExperience]
    education: list[NativeEducation] = Field(default_factory=list)
    skills: list[SkillGroup] = Field(default_factory=list)
    certificates: list[NativeCertificate] = Field(default_factory=list)
