"""Field-by-field comparison of a JSON Resume with what an importer read back from its PDF.

The score has to be honest in both directions:

* Only fields a template renders are counted (a PDF cannot give back what it never showed);
  everything else in the source is listed in `FieldReport.not_rendered`, so a reader sees what
  the number leaves out (awards, work summaries, skill group names...).
* Fields are compared as the template shows them: whitespace-normalised text, dates at the
  precision of `Mon YYYY` (`YYYY-MM`; no end date reads `Present`), locations as
  "City, Region, CC". Something the importer invents counts against it: an extra bullet, entry,
  profile or keyword, or a value where the source has none, is a wrong field.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from tailor.corpus.jsonresume import location_text
from tailor.render.html import clean_text

GROUPS = ("basics", "work", "volunteer", "projects", "education", "skills", "certificates")
# File metadata, not resume content: neither rendered nor worth listing.
_FILE_KEYS = {"$schema", "meta"}

_BASICS_TEXT = ("name", "label", "email", "phone", "url")
# JSON Resume key of the organisation / title of each role section (projects: name, roles).
ROLE_KEYS = {"work": ("name", "position"), "volunteer": ("organization", "position"),
              "projects": ("name", "roles")}
_ROLE_RENDERED = {"location", "startDate", "endDate", "url", "highlights"}
_EDUCATION_TEXT = ("institution", "area", "studyType", "score")
_EDUCATION_RENDERED = {*_EDUCATION_TEXT, "startDate", "endDate", "courses"}
_CERTIFICATE_RENDERED = {"name", "issuer", "date", "url"}
_LOCATION_SHOWN = {"city", "region", "countryCode", "country"}

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-\d{1,2})?)?$")
_OPEN_END = {"present", "current", "now", "ongoing"}


@dataclass(frozen=True)
class FieldResult:
    """One rendered field. `expected` None: the source has nothing here, the import invented
    it; `got` None: the import lost it."""
    group: str
    path: str
    expected: str | None
    got: str | None

    @property
    def exact(self) -> bool:
        return self.expected is not None and self.expected == self.got


@dataclass
class FieldReport:
    fields: list[FieldResult] = field(default_factory=list)
    not_rendered: dict[str, int] = field(default_factory=dict)  # source path -> non-empty values

    def accuracy(self, group: str | None = None) -> float | None:
        """Share of exact fields (in `group`, or overall); None when there is nothing to count."""
        chosen = [f for f in self.fields if group is None or f.group == group]
        return sum(f.exact for f in chosen) / len(chosen) if chosen else None

    def counts(self) -> dict[str, tuple[int, int]]:
        """group -> (exact, counted), for the groups that have fields."""
        out: dict[str, tuple[int, int]] = {}
        for f in self.fields:
            exact, total = out.get(f.group, (0, 0))
            out[f.group] = (exact + f.exact, total + 1)
        return {g: out[g] for g in GROUPS if g in out}

    def wrong(self) -> list[FieldResult]:
        return [f for f in self.fields if not f.exact]

    def is_exact(self, path: str) -> bool:
        """Whether field `path` (e.g. `basics.email`) came back exact; a field the source does not
        render counts as exact (nothing to get wrong)."""
        return all(f.exact for f in self.fields if f.path == path)

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy(),
                "groups": {g: {"exact": e, "fields": n, "accuracy": e / n} for g, (e, n) in self.counts().items()},
                "wrong": [{**asdict(f), "exact": False} for f in self.wrong()],
                "not_rendered": self.not_rendered}


# --------------------------------------------------------------------------- normalising

def text(value: Any) -> str:
    """A value as the template shows it: invisible characters dropped, whitespace single."""
    return " ".join(clean_text(value).split()) if isinstance(value, str) else ""


def month(value: Any, *, end: bool = False) -> str:
    """A date at the precision `Mon YYYY` shows: `YYYY-MM` (or `YYYY`); an end date that is
    missing or "present" is `Present`; anything else stays as written."""
    value = text(value)
    if value.lower() in _OPEN_END or (end and not value):
        return "Present"
    match = _DATE.match(value)
    if not match:
        return value
    year, mon = match.groups()
    return f"{year}-{int(mon):02d}" if mon else year


def _role_title(section: str, entry: dict) -> str:
    if section == "projects":
        roles = entry.get("roles")
        return ", ".join(text(r) for r in roles if text(r)) if isinstance(roles, list) else ""
    return text(entry.get("position"))


def _dates(entry: dict) -> dict[str, str]:
    """startDate/endDate as shown: no dates at all shows nothing (not "Present")."""
    start, end = month(entry.get("startDate")), text(entry.get("endDate"))
    if not start and not end:
        return {"startDate": "", "endDate": ""}
    return {"startDate": start, "endDate": month(end, end=True)}


def url(value: Any) -> str:
    """A web address as layouts print it: without "https://", "www." or a trailing slash."""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", text(value), flags=re.I).rstrip("/")


def _profile_text(profile: dict) -> str:
    """What the contact line shows for a profile: its URL, else "network: username"."""
    return url(profile.get("url")) or ": ".join(
        p for p in (text(profile.get("network")), text(profile.get("username"))) if p)


def _list(data: dict, key: str) -> list:
    value = data.get(key) if isinstance(data, dict) else None
    return [v if isinstance(v, dict) else {} for v in value] if isinstance(value, list) else []


def strings(values: Any) -> list[str]:
    return [t for t in (text(v) for v in values) if t] if isinstance(values, list) else []


# --------------------------------------------------------------------------- comparing

class _Collector:
    def __init__(self) -> None:
        self.fields: list[FieldResult] = []

    def scalar(self, group: str, path: str, expected: str, got: str) -> None:
        """A field both sides may hold; empty on both sides is not rendered, so not counted."""
        if expected or got:
            self.fields.append(FieldResult(group, path, expected or None, got or None))

    def sequence(self, group: str, path: str, expected: list[str], got: list[str]) -> None:
        """Matched by position: a missing or an extra item is a wrong field."""
        for i in range(max(len(expected), len(got))):
            self.fields.append(FieldResult(group, f"{path}[{i}]", _at(expected, i), _at(got, i)))

    def bag(self, group: str, path: str, expected: Iterable[str], got: Iterable[str]) -> None:
        """Matched as a set: each expected value found or not, each extra value wrong."""
        expected, got = list(dict.fromkeys(expected)), list(dict.fromkeys(got))
        found = set(got)
        for value in expected:
            self.fields.append(FieldResult(group, f"{path}[{value!r}]", value, value if value in found else None))
        for value in got:
            if value not in set(expected):
                self.fields.append(FieldResult(group, f"{path}[{value!r}]", None, value))


def _at(values: list[str], i: int) -> str | None:
    return values[i] if i < len(values) else None


def _basics(out: _Collector, source: dict, imported: dict) -> None:
    for key in _BASICS_TEXT:
        read = url if key == "url" else text
        out.scalar("basics", f"basics.{key}", read(source.get(key)), read(imported.get(key)))
    out.scalar("basics", "basics.location", location_text(source.get("location")),
               location_text(imported.get("location")))
    out.scalar("basics", "basics.summary", text(source.get("summary")), text(imported.get("summary")))
    out.bag("basics", "basics.profiles", [t for t in map(_profile_text, _list(source, "profiles")) if t],
            [t for t in map(_profile_text, _list(imported, "profiles")) if t])


def _roles(out: _Collector, section: str, source: list[dict], imported: list[dict]) -> None:
    org_key, _ = ROLE_KEYS[section]
    for i in range(max(len(source), len(imported))):
        path = f"{section}[{i}]"
        if i >= len(source):  # an entry the source does not have: one wrong field
            out.fields.append(FieldResult(section, path, None, text(imported[i].get(org_key)) or "(entry)"))
            continue
        src, got = source[i], imported[i] if i < len(imported) else {}
        out.scalar(section, f"{path}.{org_key}", text(src.get(org_key)), text(got.get(org_key)))
        title = "roles" if section == "projects" else "position"
        out.scalar(section, f"{path}.{title}", _role_title(section, src), _role_title(section, got))
        out.scalar(section, f"{path}.location", location_text(src.get("location")),
                   location_text(got.get("location")))
        src_dates, got_dates = _dates(src), _dates(got)
        for key in ("startDate", "endDate"):
            out.scalar(section, f"{path}.{key}", src_dates[key], got_dates[key])
        out.scalar(section, f"{path}.url", url(src.get("url")), url(got.get("url")))
        out.sequence(section, f"{path}.highlights", strings(src.get("highlights")),
                     strings(got.get("highlights")))


def _education(out: _Collector, source: list[dict], imported: list[dict]) -> None:
    for i in range(max(len(source), len(imported))):
        path = f"education[{i}]"
        if i >= len(source):
            out.fields.append(FieldResult("education", path, None,
                                          text(imported[i].get("institution")) or "(entry)"))
            continue
        src, got = source[i], imported[i] if i < len(imported) else {}
        for key in _EDUCATION_TEXT:
            out.scalar("education", f"{path}.{key}", text(src.get(key)), text(got.get(key)))
        src_dates, got_dates = _dates(src), _dates(got)
        for key in ("startDate", "endDate"):
            out.scalar("education", f"{path}.{key}", src_dates[key], got_dates[key])
        out.sequence("education", f"{path}.courses", strings(src.get("courses")), strings(got.get("courses")))


def _certificates(out: _Collector, source: list[dict], imported: list[dict]) -> None:
    for i in range(max(len(source), len(imported))):
        path = f"certificates[{i}]"
        if i >= len(source):
            out.fields.append(FieldResult("certificates", path, None,
                                          text(imported[i].get("name")) or "(entry)"))
            continue
        src, got = source[i], imported[i] if i < len(imported) else {}
        for key in ("name", "issuer", "url"):
            read = url if key == "url" else text
            out.scalar("certificates", f"{path}.{key}", read(src.get(key)), read(got.get(key)))
        out.scalar("certificates", f"{path}.date", month(src.get("date")), month(got.get("date")))


def _keywords(data: dict) -> list[str]:
    return [k for group in _list(data, "skills") for k in strings(group.get("keywords"))]


# --------------------------------------------------------------------------- not rendered

def _not_rendered(source: dict) -> dict[str, int]:
    """Non-empty source values no template shows, as `section[].key` -> how many."""
    seen: Counter = Counter()

    def unused(prefix: str, item: dict, shown: set[str]) -> None:
        for key, value in item.items():
            if key not in shown and value not in ("", [], {}, None):
                seen[f"{prefix}.{key}"] += 1

    basics = source.get("basics") if isinstance(source.get("basics"), dict) else {}
    unused("basics", basics, {*_BASICS_TEXT, "location", "summary", "profiles"})
    location = basics.get("location")
    if isinstance(location, dict) and any(text(location.get(k)) for k in _LOCATION_SHOWN):
        unused("basics.location", location, _LOCATION_SHOWN)  # address, postalCode: not shown
    for profile in _list(basics, "profiles"):
        if text(profile.get("url")):
            unused("basics.profiles[]", profile, {"url"})
    for section, (org_key, title_key) in ROLE_KEYS.items():
        for item in _list(source, section):
            unused(f"{section}[]", item, {org_key, title_key, *_ROLE_RENDERED})
    for item in _list(source, "education"):
        unused("education[]", item, _EDUCATION_RENDERED)
    for item in _list(source, "skills"):
        unused("skills[]", item, {"keywords"})
    for item in _list(source, "certificates"):
        unused("certificates[]", item, _CERTIFICATE_RENDERED)
    for key, value in source.items():
        if key not in GROUPS and key not in _FILE_KEYS and value not in ("", [], {}, None):
            seen[key] += len(value) if isinstance(value, list) else 1
    return dict(sorted(seen.items()))


def compare(source: dict, imported: dict) -> FieldReport:
    """Every field of `source` (a JSON Resume) that the templates render, against `imported`
    (what an importer read back from the PDF). Entries match by their order in each section."""
    out = _Collector()
    src_basics = source.get("basics") if isinstance(source.get("basics"), dict) else {}
    got_basics = imported.get("basics") if isinstance(imported.get("basics"), dict) else {}
    _basics(out, src_basics, got_basics)
    for section in ROLE_KEYS:
        _roles(out, section, _list(source, section), _list(imported, section))
    _education(out, _list(source, "education"), _list(imported, "education"))
    out.bag("skills", "skills.keywords", _keywords(source), _keywords(imported))
    _certificates(out, _list(source, "certificates"), _list(imported, "certificates"))
    return FieldReport(out.fields, _not_rendered(source))
