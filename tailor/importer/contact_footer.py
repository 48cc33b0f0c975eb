"""A footer that only repeats the person's name and contact details: furniture, not content.

Themes close the page with a footer line of the name and contact details the header already
gave ("Daniel Reyes — daniel@example.com — (512) 555-0188"). Printed once, at the document's
end, it is no running footer (`page_furniture.py` finds those by their repeats), and read as
the last section's text it became a course or a skill. The document's last line is such a
footer when it splits at its separators into two or more parts, each the name on the first
line (in any case) or a contact detail printed earlier, one of them a contact detail
(docs/ARCHITECTURE.md, "Resume import", step 2).
"""
from __future__ import annotations

import re

from tailor.importer.fields import is_contact_detail
from tailor.importer.lines import Line
from tailor.importer.result import Unparsed

SECTION = "page footer"  # listed as furniture (`page_furniture.FURNITURE_SECTIONS`)
REASON = "a footer repeating the name and contact details of the header"
_SEPARATOR = re.compile(r"\s+[—–|•·]\s+|\s*\|\s*")


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def contact_footer(lines: list[Line]) -> tuple[list[Line], list[Unparsed]]:
    """`lines` without a last line that repeats the name and contact details, and that line as furniture."""
    if len(lines) < 3:
        return lines, []
    last = lines[-1]
    parts = [p.strip() for p in _SEPARATOR.split(last.text.strip()) if p.strip()]
    earlier = _fold(" ".join(line.text for line in lines[:-1]))
    name = _fold(lines[0].text)
    details = [p for p in parts if is_contact_detail(p) and _fold(p) in earlier]
    if len(parts) < 2 or not details or any(_fold(p) != name and p not in details for p in parts):
        return lines, []
    return lines[:-1], [Unparsed(SECTION, last.text, REASON)]
