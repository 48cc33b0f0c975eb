"""Fairness lint: resume content that invites bias (age, marital status, photo, nationality...).

Recruiters are told not to weigh these, and ATS vendors strip some of them, but a resume that
volunteers them still invites bias. The lint never changes or fails an item (the person decides
what to disclose); it names the field and the words so the report can say "consider removing".

Two views are linted:
* the **input** document (JSON Resume or experiences.json, as parsed JSON): protected fields such
  as `basics.image`, `maritalStatus`, `dateOfBirth`, `nationality`, which Tailor leaves out of
  the tailored resume anyway, and protected wording anywhere in its text;
* the **tailored resume** that ships: its summary, bullets, label and education dates.

Patterns are deliberately narrow ("married", "date of birth", "German national"): a lint that
fires on "single source of truth" teaches people to ignore it.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from tailor.corpus.dates import parse_date
from tailor.schemas import FairnessFlag, TailoredResume

# How long after graduating a year mostly tells a reader the person's age, not their training.
GRADUATION_YEARS_REVEAL_AGE = 15

_ADVICE = {
    "age": "reveals or estimates your age; leave it out unless the posting requires it",
    "marital_status": "marital or family status is not a qualification; leave it out",
    "photo": "a photo invites bias and many ATS drop it; leave it out",
    "nationality": "nationality/citizenship invites bias; state work authorization only if the "
                   "posting asks for it",
    "gender": "gender is not a qualification; leave it out",
    "religion": "religion is not a qualification; leave it out",
}

# Field names (lower case, separators removed) that hold a protected attribute.
_PROTECTED_KEYS = {
    "maritalstatus": "marital_status", "familystatus": "marital_status", "spouse": "marital_status",
    "children": "marital_status", "dateofbirth": "age", "birthdate": "age", "birthday": "age",
    "dob": "age", "age": "age", "yearofbirth": "age", "nationality": "nationality",
    "citizenship": "nationality", "placeofbirth": "nationality", "image": "photo", "photo": "photo",
    "picture": "photo", "headshot": "photo", "gender": "gender", "sex": "gender",
    "religion": "religion",
}

_TEXT_PATTERNS: list[tuple[str, re.Pattern]] = [(kind, re.compile(pattern, re.I)) for kind, pattern in [
    ("age", r"\b(?:date of birth|d\.o\.b\.?|birth ?date|born (?:on |in )?(?:\d{1,2} )?"
            r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? )?(?:\d{1,2}, )?(?:19|20)\d\d"
            r"|age[ds]?:? ?\d{2}\b|\d{2} ?(?:years?|yrs?)[ -]old)"),
    # "married" followed by an article is the verb ("married the billing and shipping data").
    ("marital_status", r"\b(?:marital status|married(?!\s+(?:the|a|an|our|their|its|this|these|those)\b)"
                       r"|divorced|widow(?:ed|er)?|spouse"
                       r"|(?:mother|father|parent) of (?:\w+ )?(?:children|kids|sons?|daughters?|one|two|"
                       r"three|four|\d))\b"),
    ("photo", r"\b(?:photo(?:graph)? (?:attached|enclosed|included)|see (?:attached )?photo)\b"),
    ("nationality", r"\b(?:nationality|citizenship|place of birth|citizen of \w+"
                    r"|(?-i:[A-Z][a-z]+) (?:citizen|national)\b)"),
    ("gender", r"\b(?:gender|sex)\s*:"),
    ("religion", r"\breligio(?:n|us affiliation)\s*:"),
]]


def lint_text(text: str, field: str, where: str) -> list[FairnessFlag]:
    """Flags for protected wording in one text field: one per kind, quoting every match."""
    flags = []
    for kind, pattern in _TEXT_PATTERNS:
        found = list(dict.fromkeys(m.group(0) for m in pattern.finditer(text or "")))
        if found:
            flags.append(FairnessFlag(where=where, field=field, kind=kind, text=", ".join(found),
                                      advice=_ADVICE[kind]))
    return flags


def lint_document(data: Any, today: dt.date) -> list[FairnessFlag]:
    """Flags for a parsed input document: protected fields, protected wording, and graduation
    years old enough to tell a reader the person's age."""
    flags: list[FairnessFlag] = []
    for path, key, value in _walk(data, ""):
        kind = _PROTECTED_KEYS.get(re.sub(r"[^a-z]", "", key.lower()))
        if kind and value not in (None, "", [], {}):
            shown = value if isinstance(value, str) else key
            flags.append(FairnessFlag(where="input", field=path, kind=kind, text=str(shown)[:80],
                                      advice=_ADVICE[kind]))
        elif isinstance(value, str):
            if _is_graduation_date(path) and _old_year(value, today):
                flags.append(_graduation_flag("input", path, value))
            else:
                flags += lint_text(value, path, "input")
    return _unique(flags)


def lint_resume(resume: TailoredResume, today: dt.date) -> list[FairnessFlag]:
    """Flags for what ships: the tailored summary, bullets, label and education dates."""
    flags = lint_text(resume.basics.label, "basics.label", "resume")
    if resume.summary:
        flags += lint_text(resume.summary.text, f"summary ({resume.summary.id})", "resume")
    for role in resume.roles:
        for bullet in role.bullets:
            flags += lint_text(bullet.text, f"bullet {bullet.id}", "resume")
    for i, edu in enumerate(resume.education):
        if _old_year(edu.end_date, today):
            flags.append(_graduation_flag("resume", f"education[{i}].end_date", edu.end_date))
    return _unique(flags)


def merge(resume_flags: list[FairnessFlag], input_flags: list[FairnessFlag]) -> list[FairnessFlag]:
    """What ships first; then what the input holds that did not ship (e.g. a photo Tailor left
    out), so the person can remove it from the resumes they send elsewhere."""
    shipped = {(f.kind, f.text.lower()) for f in resume_flags}
    return resume_flags + [f for f in input_flags if (f.kind, f.text.lower()) not in shipped]


def _walk(value: Any, path: str) -> Iterator[tuple[str, str, Any]]:
    if isinstance(value, dict):
        for key, child in value.items():
            child_path = f"{path}.{key}" if path else str(key)
            yield child_path, str(key), child
            if not (isinstance(child, str) or re.sub(r"[^a-z]", "", str(key).lower()) in _PROTECTED_KEYS):
                yield from _walk(child, child_path)
    elif isinstance(value, list):
        for i, child in enumerate(value):
            child_path = f"{path}[{i}]"
            if isinstance(child, str):
                yield child_path, "", child
            else:
                yield from _walk(child, child_path)


def _is_graduation_date(path: str) -> bool:
    return bool(re.fullmatch(r"education\[\d+\]\.(?:endDate|end_date)", path))


def _old_year(value: str, today: dt.date) -> bool:
    date = parse_date(value or "", end=False)  # end=False: the year as written, even for "1990-12"
    return date is not None and today.year - date.year > GRADUATION_YEARS_REVEAL_AGE


def _graduation_flag(where: str, field: str, value: str) -> FairnessFlag:
    return FairnessFlag(where=where, field=field, kind="age", text=value,
                        advice=f"a graduation year over {GRADUATION_YEARS_REVEAL_AGE} years ago lets a "
                               "reader estimate your age; consider leaving the year out")


def _unique(flags: list[FairnessFlag]) -> list[FairnessFlag]:
    seen, out = set(), []
    for flag in flags:
        key = (flag.field, flag.kind, flag.text.lower())
        if key not in seen:
            seen.add(key)
            out.append(flag)
    return out
