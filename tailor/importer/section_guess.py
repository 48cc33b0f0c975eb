"""Sections under a heading Tailor cannot name ("Where I've worked", "Journey", "Toolbox", an
emoji alone): read by their content when it says plainly what they hold, else left for the user.

A wrong guess would put text in a wrong field, which is worse than reporting the lines as
unparsed, so the rules are strict, and the look-alikes are ruled out first: dated entries whose
roles are a project's ("Author, Maintainer", "Contributor") or that link a code repository are
projects, not jobs; dated entries with single dates and no points are certificates only when
one names a certificate, never jobs; a list of a few short words (hobbies) is not skills; a
paragraph is the summary only right under the header. `entries.py` groups the entries; see
docs/ARCHITECTURE.md, "Resume import".
"""
from __future__ import annotations

import re

from tailor.importer import fields
from tailor.importer.dates import SINGLE, parse_dates, trailing_dates
from tailor.importer.education import DEGREE, INSTITUTION
from tailor.importer.entries import RawEntry, group_entries
from tailor.importer.lines import Line
from tailor.importer.networks import NETWORK_NAMES
from tailor.importer.roles import is_role

# The roles people take in a project of their own or someone else's: not job titles.
_PROJECT_ROLE = re.compile(r"^(?:(?:co-?)?author|(?:co-?)?creator|maintainer|core maintainer|contributor|"
                           r"open[- ]source contributor)$", re.I)
# A repository's address names its owner and itself ("github.com/jo/raft-lab"); a profile's only its owner.
_REPOSITORY = re.compile(r"(?:^|//|\.)(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)/[\w.-]+/[\w.-]+", re.I)
_VOLUNTEER = re.compile(r"\bvolunteer(?:ing|ed)?\b", re.I)
_CERTIFICATE = re.compile(r"\b(?:certified|certificate|certification|licen[cs]e[d]?|accredited|accreditation)\b",
                          re.I)
_LIST_ITEMS = 6  # a skills list names at least this many things: a hobby list names fewer
_ITEM_WORDS = 4
_PROSE_WORDS = 15  # a summary says this much at least, in sentences
_NAME_WORDS = 10  # a school's name is no longer than this: a longer piece is a sentence that names one


def guess_section(lines: list[Line], first: bool = False) -> str | None:
    """The section the lines under a heading we do not know read as, else None (the lines are
    then reported as unparsed). `first`: the section comes right after the header, where a
    paragraph is the person's summary.

    Education: every entry names a degree (or every one a school). Jobs: every entry has dates,
    one a point or a role word, none a project's role or a repository link (else projects, when
    every entry has dates or points and half of them such a cue); volunteering when an entry
    says so. Certificates: every entry one line or two with a single date, no points, and one
    names a certificate. Skills: every line a list, at least six short items in all, none a
    contact detail. Summary: sentences, first after the header.
    """
    if is_paragraph(lines):
        return "summary" if first else None  # "... I completed a bootcamp ...": no school entry
    if _skill_list(lines):
        return "skills"
    raw = group_entries(lines)
    if not raw or not all(entry.header for entry in raw):
        return None
    pieces = [[q for line in entry.header for p in fields.split_parts(line.text) for q in p.split(", ")]
              for entry in raw]
    if all(any(_names_degree(p, entry) for p in entry) for entry in pieces):
        return "education"
    if _certificates(raw, pieces):
        return "certificates"
    dated = all(entry.has_dates() for entry in raw)
    project = [any(_PROJECT_ROLE.match(p.strip()) or _REPOSITORY.search(p) for p in ps) for ps in pieces]
    if any(project):
        told = all(entry.has_dates() or entry.bullets for entry in raw)  # a row of links tells nothing
        return "projects" if told and 2 * sum(project) >= len(project) else None
    if dated and any(entry.bullets or any(is_role(p) for p in ps) for entry, ps in zip(raw, pieces)):
        if not any(_ranged(entry) for entry in raw):
            return None  # single dates only: awards', certificates' ("Tax Intern, Summer 2019" among jobs is one)
        return "volunteer" if any(_VOLUNTEER.search(line.text) for e in raw for line in e.header) else "work"
    if all(any(INSTITUTION.search(p) and len(p.split()) <= _NAME_WORDS for p in entry) for entry in pieces):
        return "education"
    return None


def _names_degree(piece: str, pieces: list[str]) -> bool:
    """A piece names a degree; a bare code of two or three capitals ("MS", "BA") only where no
    piece names a role: in "Forklift Operator - FedEx. Olive Branch, MS" it is a state's code."""
    if not DEGREE.match(piece):
        return False
    return not re.fullmatch(r"[A-Z]{2,3}", piece.strip()) or not any(is_role(p) for p in pieces)


def _ranged(entry: RawEntry) -> bool:
    """The entry's dates are a span (two ends, or an open end), as a job's are."""
    for line in entry.header:
        for part in fields.split_parts(line.text):
            found = parse_dates(part) or (trailing_dates(part) or (None, None))[1]
            if found and (found.ongoing or found.end != found.start):
                return True
    return False


def _certificates(raw: list[RawEntry], pieces: list[list[str]]) -> bool:
    return _single_dated(raw) and any(_CERTIFICATE.search(p) for ps in pieces for p in ps)


def _single_dated(raw: list[RawEntry]) -> bool:
    return all(not entry.bullets and len(entry.header) <= 2 and entry.has_dates() and not _ranged(entry)
               for entry in raw)


def certificate_shaped(lines: list[Line]) -> bool:
    """Entries of a line or two with a single date and no points, as certificates (and awards)
    are set: among certificates, one more of them, whether or not it says "certificate"."""
    raw = group_entries(lines)
    return bool(raw) and all(entry.header for entry in raw) and _single_dated(raw)


def _skill_list(lines: list[Line]) -> bool:
    """Every line a list of short terms ("Python, Go, SQL", "Docker · Kubernetes") with no dates
    and no sentence, six terms at least in all: a few hobbies ("Chess, Baking") do not qualify,
    nor does a contact row ("jo@example.org | 555 0142 | github.com/jo") or a row of profiles."""
    if not lines:
        return False
    items = []
    for line in lines:
        text = line.text.split(":", 1)[1] if re.match(r"^[\w &/+-]{1,30}:\s", line.text) else line.text
        found = fields.split_list(text)
        if len(found) < 2 and not (line.is_bullet and len(lines) >= _LIST_ITEMS) or SINGLE.search(text) \
                or text.rstrip().endswith((".", "!", "?")):
            return False
        items += found
    return len(items) >= _LIST_ITEMS and not _profile_row(items) and all(
        len(item.split()) <= _ITEM_WORDS and not fields.is_contact_detail(item) and not fields.is_location(item)
        for item in items)


def _profile_row(items: list[str]) -> bool:
    """"GitHub, lvasquez, Mastodon, lena": a network's name followed by a handle in lower case is
    a profile, not a skill ("GitHub, GitLab, Jenkins" are tools)."""
    return any(name.casefold() in NETWORK_NAMES and handle == handle.lower() and any(c.isalpha() for c in handle)
               for name, handle in zip(items, items[1:]))


def is_paragraph(lines: list[Line]) -> bool:
    """Sentences, no entries: no points, no dates, no addresses, and the text ends a sentence."""
    text = " ".join(line.text.strip() for line in lines)
    return (bool(lines) and not any(line.is_bullet for line in lines) and len(text.split()) >= _PROSE_WORDS
            and text.endswith((".", "!")) and not SINGLE.search(text)
            and not any(fields.is_email(w) or fields.is_url(w) for w in text.split()))
