"""The opening of a pasted posting: which line names the role, which the company, which the place
(see docs/ARCHITECTURE.md, text layer; posting.py `_split_header` uses it).

The first line is the title in most postings, but not in what people paste from careers pages
and job boards: a salary line comes first ("$21.50 - $26.00 per hour"), or the company's name with
the role under it (a job board's copy), or the company's blurb with the role further down. The
title names a role ("Accounts Payable Specialist", "Bookkeeper"), which a salary, a company name
or a place never does; so when the first line names none, the role is looked for among the lines
before the posting's first section. The title line often carries the company and the place
("Payroll Specialist - Greenway Logistics - Columbus, OH"), and so does the line under it
("Mount Carmel Medical Center - Columbus, OH", "First Scioto Bank | Columbus, OH"): those parts
are read as such instead of staying in the title or becoming a requirement. "In person" or
"On-site" says how the job is worked, not where.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tailor.text.posting_chrome import chrome_part
from tailor.text.posting_layout import (
    BULLET,
    EXPLICIT_TITLE,
    OPENING_HEADING,
    clean_title,
    heading_of,
    looks_like_title,
    meta_line,
)
from tailor.text.role_nouns import names_a_role

_SALARY = re.compile(r"^(?:(?:salary|pay|compensation|wage|rate)\b|[$£€]\s?\d|\d[\d,.]*\s*(?:k|usd|eur|gbp)\b)",
                     re.I)
_PLACE = re.compile(r"^[A-Z][A-Za-z.'’ -]{1,40},\s*(?:[A-Z]{2}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})"
                    r"(?:\s+\d{5}(?:-\d{4})?)?(?:\s*\((?:remote|hybrid|on-?site)\))?$")
_ARRANGEMENT = re.compile(r"^(?:in[- ]person|on[- ]?site|onsite|in[- ]office|remote|hybrid|"
                          r"(?:full|part)[- ]?time|contract|temporary|permanent|per diem|"
                          r"(?:entry|mid-senior|mid|senior|associate) level|internship)$", re.I)
_NOT_A_PLACE = re.compile(r"^(?:in[- ]person|on[- ]?site|onsite|in[- ]office|at (?:the )?office)\.?$", re.I)
_PARTS = re.compile(r"\s+[-–—|·•]\s+")
_ABOUT_NAME = re.compile(r"^About\s+(?!us\b|the\b|our\b|this\b|you\b|me\b|the\s+)(?P<name>[A-Z][\w&.’'-]*"
                         r"(?:\s+(?:&|of|and|[A-Z][\w&.’'-]*)){0,5})\s*:?$")
_WANTED = re.compile(r"^(?P<title>[A-Z][\w/&-]*(?:\s+[A-Z][\w/&-]*){0,4})\s+(?:wanted|needed)\b")
_OPENING_LINES = 12
# "<Company> is a nonprofit health system", "<Company>, Inc. was founded in 1978": about the employer.
_DESCRIBES = (r"(?:,\s*(?:Inc|LLC|Ltd)\.?)?,?\s+(?:(?:is|are)\s+(?:a|an|the|one\s+of)\b|"
              r"(?:was|has\s+been)\s+(?:founded|established|serving)\b)")


@dataclass(frozen=True)
class Opening:
    title: str = ""
    index: int = -1          # the last header line: the body starts after it
    line: int = -1           # the title's own line
    company: str = ""
    location: str = ""


def work_location(value: str) -> str:
    """A "Location:" value, or "" when it names how the job is worked, not where ("In person")."""
    return "" if _NOT_A_PLACE.match(value.strip()) else value


def read_opening(lines: list[str], company_hint: str = "") -> Opening:
    """The role, company and place the opening lines give; `Opening()` when they name no role.

    The first line stays the title when it names a role, or when no line of the opening does
    (the caller's own rules then apply). `company_hint` is the company the text names elsewhere,
    so "Riverside Health Partners - Accounts Payable Clerk II" gives the role without it.
    """
    opening = _opening_lines(lines)
    if not opening:
        return Opening()
    company = ""
    for number, (i, line) in enumerate(opening):
        text = clean_title(line)
        if found := _ABOUT_NAME.match(text):
            company = company or found["name"]
            continue
        if not _candidate(text):
            continue
        if names_a_role(text) or EXPLICIT_TITLE.match(line):
            hint = company or company_hint or _described(text, "\n".join(lines))
            title, from_title, place = split_title(text, hint)
            company = from_title or company
            end, more_company, more_place = _line_under(lines, i)
            return Opening(title, end, i, company or more_company, place or more_place)
        if number == 0 and not re.search(r"\d", text):
            company = text               # a name alone on the first line, the role under it
        elif number == 0:
            company = ""
    return Opening()


def without_company_blurb(body: str, company: str) -> str:
    """The body without the paragraphs before its first section whose subject is the hiring
    company ("Riverside Health Partners is a nonprofit health system with 3 hospitals"): they
    describe the employer, and ask nothing of the candidate."""
    if not company:
        return body
    blurb = re.compile(r"^\s*" + re.escape(company) + _DESCRIBES, re.I)
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if BULLET.match(line):
            break
        heading = heading_of(line, "neutral")
        if heading and heading.section in ("must", "nice", "resp"):
            break
        if blurb.match(line):
            lines[i] = ""
    return "\n".join(lines)


def _described(title: str, text: str) -> str:
    """The part of a title line "Company - Role" that the posting describes as a company
    ("Lakeview Community Clinics is a nonprofit network..."), else ""."""
    for part in _PARTS.split(title):
        if _a_name(part) and re.search(r"(?:^|\n)\s*" + re.escape(part) + _DESCRIBES, text):
            return part
    return ""


def title_in_wanted(lines: list[str]) -> str:
    """"Bookkeeper wanted - PT 25 hrs/wk": a classified ad names the role before "wanted"."""
    first = next((line.strip() for line in lines if line.strip()), "")
    found = _WANTED.match(first)
    return found["title"] if found and names_a_role(found["title"]) else ""


def split_title(title: str, company_hint: str = "") -> tuple[str, str, str]:
    """(role, company, place) of a title line "Role - Company - City, ST": the place is a part
    that reads as one, the company a part that is `company_hint` or, beside a place, a name that
    names no role. A title whose parts are all the role's ("Registered Nurse - ICU - Night
    Shift") is kept whole."""
    parts = _PARTS.split(title)
    if len(parts) < 2:
        return title, "", ""
    places = [p for p in parts if _PLACE.match(p)]
    role, company = [], ""
    for part in parts:
        if part in places:
            continue
        if not company and not names_a_role(part) and (
                (company_hint and part.lower() == company_hint.lower()) or (places and _a_name(part))):
            company = part
        else:
            role.append(part)
    if not role or not any(names_a_role(p) for p in role) or len(role) == len(parts):
        return title, "", ""
    return " - ".join(role), company, places[0] if places else ""


def _opening_lines(lines: list[str]) -> list[tuple[int, str]]:
    """(index, line) of the non-empty lines before the first bulleted item or section heading
    that opens requirements or duties, at most a dozen."""
    found: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if BULLET.match(line) or len(found) >= _OPENING_LINES:
            break
        heading = heading_of(line, "neutral")
        if heading and heading.section in ("must", "nice", "resp") and not names_a_role(line):
            break
        found.append((i, line))
    return found


def _candidate(text: str) -> bool:
    """Could this opening line be a title? Not a header field, salary, heading, place or
    sentence."""
    if not looks_like_title(text) or meta_line(text) or _SALARY.match(text) or OPENING_HEADING.match(text):
        return False
    if _PLACE.match(text) or text.endswith("?") or ". " in text or "!" in text:
        return False
    return len(text.split()) <= 12


def _line_under(lines: list[str], i: int) -> tuple[int, str, str]:
    """(last header line, company, place) from the line under the title when it is a header
    line ("Tres Rios Foods - Columbus, OH 43207", "Worthington, OH · 2 weeks ago"), else (i,
    "", "")."""
    j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
    if j is None or j - i > 2:
        return i, "", ""
    line = lines[j].strip()
    heading = heading_of(line, "neutral")
    if BULLET.match(line) or meta_line(line) or len(line.split()) > 12 or (heading and heading.section):
        return i, "", ""
    parts = [p.strip() for p in _PARTS.split(line) if p.strip()]
    places = [p for p in parts if _PLACE.match(p)]
    rest = [p for p in parts if p not in places and not chrome_part(p) and not _ARRANGEMENT.match(p)]
    if not places or len(rest) > 1 or (rest and not _a_name(rest[0])):
        return i, "", ""
    return j, rest[0] if rest else "", places[0]


def _a_name(text: str) -> bool:
    """A proper name: a few capitalised words, no digits, naming no role."""
    words = text.split()
    return (0 < len(words) <= 7 and not re.search(r"\d", text) and not names_a_role(text)
            and all(w[0].isupper() or w in ("&", "of", "and", "the") for w in words))
