"""An activity feed: a resume printed as a timeline of events, each a date line over what
happened ("August 2024" / "Joined Acme" / the role / what it was / its points).

A profile-page layout (a social network's profile, a portfolio styled as one) has no "Work" or
"Education" sections: one timeline holds every kind of entry, and the event line says which
kind it is and names the organisation ("Joined X", "Started at X", "Volunteered at X", "Finished
1 degree at X", "Graduated from X", "Started 1 project", "Earned 1 award"). Read as sections, its
event lines become headings and its entries one run of unknown text. Here an event line right
under a line that is a date alone opens an entry of the kind its verb names; two such events
make a feed. The date is when the event happened: a job's or project's start, a degree's end,
an award's date (a feed prints no end for a job, so none is written). What follows the event
line up to the next event is the entry: its first line the title (the role, the project's
name, the degree), lines indented under it (or marked) its points, the others its description.
Lines after the last entry that open a known section go back to the page. See
docs/ARCHITECTURE.md, "Resume import".
"""
from __future__ import annotations

import re

from tailor.importer.dates import SINGLE, parse_dates
from tailor.importer.education import split_degree
from tailor.importer.lines import Line, strip_bullet
from tailor.importer.result import Unparsed
from tailor.importer.sections import section_key

_ORG = r"(?:\s+(?:at|with|for|from|in)\s+(?P<org>.+?))?"
_COUNT = r"(?:\d+|an?|one|two|three|four|five)\s+"
# (event line, the section its entry belongs to); the whole line, the organisation after its preposition
_EVENTS = (
    (re.compile(r"^(?:joined|started\s+(?:at|with|working\s+at)|began\s+(?:at|working\s+at)|moved\s+to"
                r"|worked\s+at)\s+(?P<org>.+)$", re.I), "work"),
    (re.compile(rf"^volunteered{_ORG}$", re.I), "volunteer"),
    (re.compile(rf"^(?:finished|completed|earned|received|obtained)\s+{_COUNT}(?:degrees?|diplomas?){_ORG}$"
                rf"|^(?:graduated|studied)(?:\s+(?:at|from)\s+(?P<school>.+))?$", re.I), "education"),
    (re.compile(rf"^(?:started|launched|created|built|contributed\s+to)\s+{_COUNT}projects?{_ORG}$", re.I), "projects"),
    (re.compile(rf"^(?:earned|received|won)\s+{_COUNT}(?:awards?|honou?rs?|prizes?){_ORG}$", re.I), "awards"),
    (re.compile(rf"^(?:earned|received|obtained|completed)\s+{_COUNT}(?:certificates?|certifications?|licen[cs]es?)"
                rf"{_ORG}$", re.I), "certificates"),
    (re.compile(rf"^(?:published|wrote)\s+{_COUNT}(?:publications?|papers?|articles?|books?){_ORG}$", re.I),
     "publications"),
)
_FEED_EVENTS = 2  # one dated event line could be a job's own first line; two make a timeline
_INDENT = 0.5  # a point stands at least this many of its type's sizes right of its entry's title


def event(text: str) -> tuple[str, str] | None:
    """(section, organisation) an event line names ("Joined Acme" -> ("work", "Acme")), else None."""
    text = " ".join(text.split()).rstrip(".")
    for pattern, section in _EVENTS:
        if match := pattern.match(text):
            org = match.groupdict().get("org") or match.groupdict().get("school") or ""
            return section, org.strip()
    return None


def _date_alone(line: Line) -> bool:
    text = line.text.strip()
    return bool(SINGLE.fullmatch(text)) and parse_dates(text) is not None


def _events(lines: list[Line]) -> list[int]:
    """Indices of the date lines that stand over an event line."""
    return [i for i in range(len(lines) - 1) if _date_alone(lines[i]) and event(lines[i + 1].text)]


def split_feed(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """(the page without its activity feed, the feed's lines); no feed: (lines, [])."""
    starts = _events(lines)
    if len(starts) < _FEED_EVENTS:
        return lines, []
    end = len(lines)
    for index in range(starts[-1] + 3, len(lines)):  # past the last event's date, event and title lines
        if section_key(lines[index]) not in (None, "unknown") and lines[index].heading:
            end = index
            break
    return lines[:starts[0]] + lines[end:], lines[starts[0]:end]


def read_feed(feed: list[Line], resume: dict) -> list[Unparsed]:
    """Add each event of `feed` (from `split_feed`) to its section of `resume`; what found no
    field, as unparsed lines."""
    starts = _events(feed)
    unparsed: list[Unparsed] = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(feed)
        section, org = event(feed[start + 1].text) or ("", "")
        date = parse_dates(feed[start].text.strip())
        when = date.start if date else ""
        body = feed[start + 2:end]
        entries = _entries(section, org, when, body)
        resume.setdefault(section, []).extend(entries)
        if not entries:
            unparsed.append(Unparsed(section, feed[start + 1].text, "an event of the timeline with nothing under it"))
    return unparsed


def _split_body(body: list[Line]) -> tuple[Line | None, list[str], list[str]]:
    """(title line, description sentences, points) of an event's lines."""
    if not body:
        return None, [], []
    title, prose, points = body[0], [], []
    for line in body[1:]:
        text = strip_bullet(line).text.strip()
        if not text:
            continue
        indented = bool(line.x and title.x) and line.x >= title.x + _INDENT * max(line.size, 1)
        if line.is_bullet or indented or points and not (line.x and title.x):
            points.append(text)
        else:
            prose.append(text)
    return title, prose, points


def _entries(section: str, org: str, when: str, body: list[Line]) -> list[dict]:
    title, prose, points = _split_body(body)
    name = strip_bullet(title).text.strip() if title is not None else ""
    link = title.link if title is not None and title.link.lower().startswith("http") else ""
    summary = " ".join(prose)
    if section in ("work", "volunteer"):
        entry = {"name" if section == "work" else "organization": org, "position": name, "url": link,
                 "startDate": when, "summary": summary, "highlights": points}
        return [{key: value for key, value in entry.items() if value}]
    if section == "projects":
        entry = {"name": name or org, "url": link, "startDate": when, "description": summary, "highlights": points}
        return [{key: value for key, value in entry.items() if value}]
    names = [name, *prose, *points] if name else []
    if section == "education":
        return [_degree(text, org, when, link if index == 0 else "") for index, text in enumerate(names)] \
            or [{"institution": org, "endDate": when}]
    key, by, day = {"awards": ("title", "awarder", "date"), "certificates": ("name", "issuer", "date"),
                    "publications": ("name", "publisher", "releaseDate")}[section]
    return [{k: v for k, v in {key: text, by: org, day: when}.items() if v} for text in names]


def _degree(text: str, school: str, when: str, link: str) -> dict:
    """An education entry from a degree line: "Degree · Field" (a separator between them) or
    "Bachelor of Science in Computer Science" (`education.split_degree`)."""
    parts = [part.strip() for part in re.split(r"\s+[·•|]\s+", text) if part.strip()]
    study, area = (parts[0], " · ".join(parts[1:])) if len(parts) > 1 else split_degree(text)
    entry = {"institution": school, "url": link, "area": area, "studyType": study, "endDate": when}
    return {key: value for key, value in entry.items() if value}
