"""JSON Resume in and out: validation against the official schema, corpus mapping, export.

JSON Resume is what most people already have, and what resume themes and job sites read, so
Tailor reads it as a corpus and writes every tailored resume back as one (`resume.json`).
Two versions are in the wild: the official schema (v1.2.1, copied unmodified in
`tailor/schemas/jsonresume.schema.json`) has `work[].location` as a string; the newer one at
jsonresume.org makes it an object. Both are accepted: object locations are turned into the
string "City, Region, CC" before validating, which is also how Tailor stores every location.
"""
from __future__ import annotations

import copy
import functools
import json
import re
from collections import Counter
from importlib import resources
from typing import Any

from jsonschema import Draft7Validator

from tailor.corpus.dates import end_before_start, impossible_dates, one_sided_dates, ongoing_ends
from tailor.corpus.evidence import (
    LoadedCorpus,
    RawBullet,
    experience_id,
    finish,
    json_path,
    make_bullets,
    summary_evidence,
)
from tailor.corpus.keys import Shape, check_keys, shape_of
from tailor.errors import ValidationFailed
from tailor.schemas.models import (
    Basics,
    Certificate,
    Corpus,
    Education,
    Experience,
    Profile,
    SkillGroup,
    TailoredResume,
    TailoredRole,
    TailoredSkill,
)

SCHEMA_URL = ("https://raw.githubusercontent.com/jsonresume/resume-schema/"
              "b25e3f4bbafd349c2c5bbaa62602c03c228762db/schema.json")  # the copy we validate against
HINT = "fix the fields listed; the format is described at https://jsonresume.org/schema"

# JSON Resume section -> Experience.kind, in the order experiences are listed in the Corpus.
ROLE_SECTIONS = {"work": "work", "volunteer": "volunteer", "projects": "project"}
# Sections mapped into the Corpus; every other list-valued section is carried unchanged.
TAILORED_SECTIONS = {"basics", "education", "skills", "certificates", *ROLE_SECTIONS}
# Describe the file rather than the person: to_json_resume writes fresh ones.
REGENERATED_KEYS = {"$schema", "meta"}

# JSON Resume key -> model field, per object kind. Keys not listed here are reported as unused.
_BASICS = {"name": "name", "label": "label", "email": "email", "phone": "phone", "url": "url",
           "summary": "summary"}
_DATES = {"startDate": "start_date", "endDate": "end_date"}
_ROLES = {
    "work": {"name": "organization", "position": "title", "url": "url", "summary": "summary", **_DATES},
    "volunteer": {"organization": "organization", "position": "title", "url": "url",
                  "summary": "summary", **_DATES},
    "projects": {"name": "organization", "description": "summary", "url": "url", **_DATES},
}
_EDUCATION = {"institution": "institution", "area": "area", "studyType": "study_type",
              "score": "score", "courses": "courses", **_DATES}
# The keys that head a role on the resume, per section.
_ROLE_HEADINGS = {"work": ("name", "position"), "volunteer": ("organization", "position"),
                  "projects": ("name", "roles")}
# What the exporter heads a role with when it has no organization and no title. A placeholder
# the reader sees is better than no heading, which would put the role's bullets under the role
# above; it invents no employer, and the person spots it and fixes the file.
UNTITLED_ROLE = "Untitled role"
UNTITLED_WARNING = ('{path}: has neither {fields}: its bullets would print under the previous '
                    f'role, so the resume heads them "{UNTITLED_ROLE}"; add one in {{file}}')
_PROFILE = {key: key for key in ("network", "username", "url")}
_SKILL = {key: key for key in ("name", "level", "keywords")}
_CERTIFICATE = {key: key for key in ("name", "issuer", "date", "url")}


# --------------------------------------------------------------------------- validation

@functools.cache
def _schema() -> dict:
    text = resources.files("tailor.schemas").joinpath("jsonresume.schema.json").read_text("utf-8")
    return json.loads(text)


@functools.cache
def _validator() -> Draft7Validator:
    # No format checker: the official suite accepts "$schema": "foo-bar-baz" (format "uri"),
    # i.e. `format` is an annotation there, as draft-07 allows.
    return Draft7Validator(_schema())


@functools.cache
def _shape() -> Shape:
    """The keys JSON Resume knows, everywhere; work[].location may be an object like basics'
    (the newer schema at jsonresume.org)."""
    shape = shape_of(_schema())
    shape["work"]["location"] = shape["basics"]["location"]
    return shape


@functools.cache
def _location_validator() -> Draft7Validator:
    """Object locations in work[] are checked against the schema's own basics.location."""
    return Draft7Validator(_schema()["properties"]["basics"]["properties"]["location"])


def location_text(value: Any) -> str:
    """A location as Tailor stores it: "City, Region, CC" from an object, a string as is."""
    if isinstance(value, str):
        return " ".join(value.split())
    if not isinstance(value, dict):
        return ""
    country = value.get("countryCode") or value.get("country")
    parts = [value.get("city"), value.get("region"), country]
    if not any(isinstance(p, str) and p.strip() for p in parts):
        parts = str(value.get("address") or "").splitlines()  # only a street address given
    return ", ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())


def _normalise_locations(data: Any) -> tuple[Any, list[tuple[str, str]]]:
    """A copy of `data` with object `work[].location`s as strings, and their problems."""
    work = data.get("work") if isinstance(data, dict) else None
    if not isinstance(work, list):
        return data, []
    problems, items = [], []
    for i, item in enumerate(work):
        if isinstance(item, dict) and isinstance(item.get("location"), dict):
            prefix = ("work", i, "location")
            problems += [(json_path(prefix + tuple(e.absolute_path)), e.message)
                         for e in _location_validator().iter_errors(item["location"])]
            item = {**item, "location": location_text(item["location"])}
        items.append(item)
    return {**data, "work": items}, problems


def _message(error) -> str:
    if error.validator == "pattern" and error.schema == _schema()["definitions"]["iso8601"]:
        return f"{error.instance!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"
    return error.message


def _sort_key(path: str) -> list:
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.\[\]]+", path)]


def validate_json_resume(data: dict, file: str, *, extra: list[tuple[str, str]] = ()) -> None:
    """Raise ValidationFailed listing every problem (`work[2].startDate: ...`) and the `extra`
    ones (misspelled keys), or return."""
    normalised, problems = _normalise_locations(data)
    problems += [(json_path(e.absolute_path), _message(e)) for e in _validator().iter_errors(normalised)]
    problems += impossible_dates(normalised)  # the schema's date pattern lets "2018-13" through
    problems += extra
    if problems:
        raise ValidationFailed(file, sorted(problems, key=lambda p: _sort_key(p[0])), hint=HINT)


# --------------------------------------------------------------------------- JSON Resume -> Corpus

_EMPTY = ("", [], {}, None)


def _build(model: type, item: dict, mapping: dict[str, str], where: str, seen: Counter,
           handled: tuple[str, ...] = (), **fields: Any):
    """`model` from the keys of `item` named in `mapping` (plus `fields`), counting in `seen` the
    non-empty keys Tailor has no place for, so the user hears what was left out.

    The schema makes every key optional; a required text field of the model that is missing
    (an education without "institution") is empty rather than an error.
    """
    for key, value in item.items():
        if key not in mapping and key not in handled and value not in _EMPTY:
            seen[f"{where}.{key}"] += 1
    values = {field: item[key] for key, field in mapping.items() if key in item} | fields
    missing = {name: "" for name, info in model.model_fields.items()
               if info.is_required() and name not in values and info.annotation is str}
    return model(**missing, **values)


def _experience(section: str, i: int, item: dict, seen: Counter, warnings: list[str],
                file: str) -> Experience:
    kind = ROLE_SECTIONS[section]
    raw = [RawBullet(f"{section}[{i}].highlights[{j}]", text)
           for j, text in enumerate(item.get("highlights", []))]
    extra = {"title": ", ".join(item.get("roles", []))} if section == "projects" else {}
    experience = _build(Experience, item, _ROLES[section], f"{section}[]", seen,
                        handled=("location", "highlights", "roles"), **extra,
                        id=experience_id(kind, i), kind=kind,
                        location=location_text(item.get("location")),
                        bullets=make_bullets(kind, i, raw, warnings))
    if not experience.organization.strip() and not experience.title.strip():
        first, second = _ROLE_HEADINGS[section]
        warnings.append(UNTITLED_WARNING.format(path=f"{section}[{i}]",
                                                fields=f'"{first}" nor "{second}"', file=file))
    return experience


def _date_warnings(section: str, items: list, file: str) -> list[str]:
    """An end date before its start date, which the schema allows: the resume would print
    "Mar 2020 – Jan 2019" as written, so the person hears about it (native files reject it)."""
    return [f"{section}[{i}].endDate: {item['endDate']!r} is before startDate "
            f"{item['startDate']!r}, and the resume prints both as written; fix them in {file}"
            for i, item in enumerate(items)
            if end_before_start(item.get("startDate", ""), item.get("endDate", ""))]


def _basics(raw: dict, seen: Counter) -> Basics:
    profiles = [_build(Profile, p, _PROFILE, "basics.profiles[]", seen) for p in raw.get("profiles", [])]
    # A missing name is empty here and reported by `finish` with its field path.
    return _build(Basics, raw, _BASICS, "basics", seen, handled=("location", "profiles"),
                  location=location_text(raw.get("location")), profiles=profiles)


def _carried(data: dict, warnings: list[str]) -> dict[str, list]:
    carried = {}
    for key, value in data.items():
        if key in TAILORED_SECTIONS or key in REGENERATED_KEYS:
            continue
        if isinstance(value, list):
            carried[key] = copy.deepcopy(value)
            if key not in _shape():
                warnings.append(f"{key}: not a JSON Resume section; copied to resume.json as "
                                "written, not printed on the resume")
        else:
            warnings.append(f"{key}: not carried to resume.json (only list sections are)")
    return carried


def read_json_resume(data: dict, file: str) -> LoadedCorpus:
    """Validate a JSON Resume and map it to a Corpus, with warnings for what was left out.

    work, volunteer and projects become experiences (highlights -> bullets with stable ids);
    the basics summary becomes citable sentences; other list sections (awards, publications,
    languages, interests, references, custom ones) are carried unchanged to resume.json.
    """
    keys = check_keys(data, _shape(), extras_allowed=True)
    data, warnings = ongoing_ends(data, "endDate")
    validate_json_resume(data, file, extra=keys.errors)
    warnings += one_sided_dates(data, "startDate", "endDate", file)
    warnings += _unknown_key_warnings(keys.unknown)
    for section in (*ROLE_SECTIONS, "education"):
        warnings += _date_warnings(section, data.get(section, []), file)
    seen: Counter = Counter()
    basics = _basics(data.get("basics", {}), seen)
    corpus = Corpus(
        basics=basics,
        summary_evidence=summary_evidence(basics.summary),
        experiences=[_experience(section, i, item, seen, warnings, file)
                     for section in ROLE_SECTIONS for i, item in enumerate(data.get(section, []))],
        education=[_build(Education, e, _EDUCATION, "education[]", seen) for e in data.get("education", [])],
        skills=[_build(SkillGroup, s, _SKILL, "skills[]", seen) for s in data.get("skills", [])],
        certificates=[_build(Certificate, c, _CERTIFICATE, "certificates[]", seen)
                      for c in data.get("certificates", [])],
        carried_sections=_carried(data, warnings),
    )
    warnings += [f"{where}: not used by Tailor, left out ({_entries(n)})"
                 for where, n in seen.items() if where not in keys.unknown]
    return LoadedCorpus(finish(corpus, file), warnings)


def _entries(n: int) -> str:
    return f"{n} {'entry' if n == 1 else 'entries'}"


def _unknown_key_warnings(unknown: dict[str, int]) -> list[str]:
    """Keys JSON Resume does not know (it allows them): what Tailor does with each. Unknown
    top-level keys are `_carried`'s to report; `meta` describes the file and is rewritten."""
    warnings = []
    for where, n in unknown.items():
        section = where.split("[")[0].split(".")[0]
        if section == where or section in REGENERATED_KEYS:
            continue
        fate = ("copied to resume.json as written" if section not in TAILORED_SECTIONS
                else "left out of the resume")
        warnings.append(f"{where}: not a JSON Resume field; {fate} ({_entries(n)})")
    return warnings


def corpus_from_json_resume(data: dict, file: str) -> Corpus:
    """The Corpus of a JSON Resume. Use `read_json_resume` to also get the load warnings."""
    return read_json_resume(data, file).corpus


# --------------------------------------------------------------------------- TailoredResume -> JSON Resume

def _compact(obj: dict) -> dict:
    """Leave out empty values: JSON Resume themes render keys that are present."""
    return {k: v for k, v in obj.items() if v not in _EMPTY}


def location_object(text: str) -> dict:
    """ "City, Region, CC" back into basics.location's object (a trailing 2-letter part of three
    or more is the country code; "Austin, TX" is city and region)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return {}
    rest = parts[1:]
    country = rest.pop() if len(rest) >= 2 and re.fullmatch(r"[A-Z]{2}", rest[-1]) else ""
    return _compact({"city": parts[0], "region": ", ".join(rest), "countryCode": country})


def _basics_out(resume: TailoredResume) -> dict:
    b = resume.basics
    return _compact({
        "name": b.name, "label": b.label, "email": b.email, "phone": b.phone, "url": b.url,
        "summary": resume.summary.text if resume.summary else "",
        "location": location_object(b.location),
        "profiles": [_compact(p.model_dump()) for p in b.profiles],
    })


def _role_out(role: TailoredRole) -> dict:
    dates = {"startDate": role.start_date, "endDate": role.end_date, "url": role.url}
    highlights = [b.text for b in role.bullets]
    if role.kind == "project":
        return _compact({"name": role.organization, "roles": [role.title] if role.title else [],
                         **dates, "highlights": highlights})
    org_key = "name" if role.kind == "work" else "organization"
    return _compact({org_key: role.organization, "position": role.title, "location": role.location,
                     **dates, "highlights": highlights})


def _skills_out(skills: list[TailoredSkill], groups: list[SkillGroup]) -> list[dict]:
    """The tailored skills under the corpus group each came from (first group listing it), in the
    order the writer ranked them; skills no group lists go last, under "Other" (or "Skills" when
    no skill matched a group)."""
    home: dict[str, int] = {}
    for index, group in enumerate(groups):
        for keyword in group.keywords:
            home.setdefault(keyword.casefold(), index)
    grouped: dict[int, list[str]] = {}
    unmatched: list[str] = []
    done: set[str] = set()
    for skill in skills:
        key = skill.name.casefold()
        if key in done or not skill.name.strip():
            continue
        done.add(key)
        if key in home:
            grouped.setdefault(home[key], []).append(skill.name)
        else:
            unmatched.append(skill.name)
    out = [_compact({"name": groups[i].name or "Skills", "level": groups[i].level, "keywords": kws})
           for i, kws in grouped.items()]
    if unmatched:
        out.append({"name": "Other" if out else "Skills", "keywords": unmatched})
    return out


def to_json_resume(resume: TailoredResume, corpus: Corpus) -> dict:
    """The tailored resume as a JSON Resume that validates against the official schema.

    Highlights are the tailored bullets' text; the summary is the tailored one; sections Tailor
    does not tailor come from `corpus.carried_sections`; `meta` says Tailor generated the file.
    Source ids are not in here (the schema has no place for them): tailored.json keeps them.
    """
    out: dict[str, Any] = {"$schema": SCHEMA_URL, "basics": _basics_out(resume)}
    for section, kind in ROLE_SECTIONS.items():
        roles = [_role_out(r) for r in resume.roles if r.kind == kind]
        if roles:
            out[section] = roles
    out["education"] = [_compact({
        "institution": e.institution, "area": e.area, "studyType": e.study_type,
        "startDate": e.start_date, "endDate": e.end_date, "score": e.score, "courses": e.courses,
    }) for e in resume.education]
    out["skills"] = _skills_out(resume.skills, corpus.skills)
    out["certificates"] = [_compact(c.model_dump()) for c in resume.certificates]
    out = _compact(out)
    for key, section in corpus.carried_sections.items():
        out.setdefault(key, copy.deepcopy(section))  # tailored content wins over a clashing key
    out["meta"] = {
        "generator": "Tailor",
        "note": "Generated by Tailor from the person's own corpus; tailored.json maps every "
                "highlight to the evidence it rests on.",
        "corpusHash": corpus.content_hash,
    }
    return out
