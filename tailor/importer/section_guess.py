"""Sections under a heading Tailor cannot name ("Where I've worked", "Schooling"): read as
education or work when their entries read as such, else left for the user.

A wrong guess would put text in a wrong field, which is worse than reporting the lines as
unparsed, so the rules are strict. `entries.py` groups the entries; see docs/ARCHITECTURE.md,
"Resume import".
"""
from __future__ import annotations

from tailor.importer import fields
from tailor.importer.education import DEGREE, INSTITUTION
from tailor.importer.entries import group_entries
from tailor.importer.lines import Line
from tailor.importer.roles import is_role


def guess_section(lines: list[Line]) -> str | None:
    """"education" or "work" when the lines under a heading we do not know ("Where I've worked",
    "Schooling") read as such entries, else None (the lines are then reported as unparsed).

    Every entry must name a degree (or every one a school) to be education; every entry must
    have dates, and one a bullet or a role word, to be work. Anything less stays unparsed:
    a wrong guess would put text in a wrong field, which is worse than asking the user.
    """
    raw = group_entries(lines)
    if not raw or not all(entry.header for entry in raw):
        return None
    pieces = [[q for line in entry.header for p in fields.split_parts(line.text) for q in p.split(", ")]
              for entry in raw]
    if all(any(DEGREE.match(p) for p in entry) for entry in pieces):
        return "education"
    if all(entry.has_dates() for entry in raw) and any(
            entry.bullets or any(is_role(p) for p in ps) for entry, ps in zip(raw, pieces)):
        return "work"
    if all(any(INSTITUTION.search(p) for p in entry) for entry in pieces):
        return "education"
    return None
