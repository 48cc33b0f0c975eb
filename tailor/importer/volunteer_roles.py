"""Volunteering printed under a "Projects" heading: some layouts (and some people) list unpaid
roles at organisations as projects ("Central Texas Food Bank, Data Volunteer", dates, points).
When the section's entries name volunteer roles, it is read as volunteering, whose fields
(organisation, position) the entries fill; a projects section of software or programmes, whose
entries name no volunteer role, stays projects (docs/ARCHITECTURE.md, "Resume import", step 2).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tailor.importer import fields
from tailor.importer.lines import Line
from tailor.importer.list_items import line_dates

if TYPE_CHECKING:
    from tailor.importer.sections import Section

_VOLUNTEER = re.compile(r"\bvolunteer(?:ing)?\b", re.I)


def volunteering_apart(sections: list[Section]) -> list[Section]:
    """`sections` with a projects section whose entries name volunteer roles keyed as volunteering."""
    return [replace(section, key="volunteer") if section.key == "projects" and _names_volunteers(section.lines)
            else section for section in sections]


def _names_volunteers(lines: list[Line]) -> bool:
    """At least half of the section's dated entries (counted by their date lines) name a volunteer
    role in a part after the organisation's ("Boat People SOS Houston, Volunteer Health
    Educator"): a role, not a project's name that happens to hold the word."""
    dated = sum(1 for line in lines if not line.is_bullet and line_dates(line))
    roles = sum(1 for line in lines if not line.is_bullet and _volunteer_role(line.text))
    return dated > 0 and 2 * roles >= dated


def _volunteer_role(text: str) -> bool:
    pieces = [piece.strip() for part in fields.split_parts(text) for piece in part.split(",")]
    return len(text.split()) <= 16 and not text.rstrip().endswith(".") \
        and any(_VOLUNTEER.search(piece) and len(piece.split()) <= 5 for piece in pieces[1:])
