"""Lines printed above a section's heading but read after it go back to the section they sit in.

A band that sets two pieces side by side can reach the reader after the next section's heading:
the page's reading order takes the left edge first, and that heading sits at the left edge below
the band. So a header with the name on the left and the contact details on the right ("Jo Park
jo@example.org · 555-0142 · Leeds") hands its details to the first section ("Summary" opening with
the email), and a skills grid of two columns ("Operations: ..." beside "Systems: ...") hands its
right-hand groups to the next section ("Work Experience" opening with "Systems: ..."). No section's
content is printed above its own heading: lines at the start of a section that lie above its
heading on its page go back to the section before, when they are the header's contact details
(an email, phone number or web address) or share a row with a line of that section. `sections.py`
calls `rows_back` on the sections it found. See docs/ARCHITECTURE.md, "Resume import".
"""
from __future__ import annotations

from dataclasses import replace
from itertools import takewhile
from typing import TypeVar

from tailor.importer.fields import is_contact_detail, split_parts
from tailor.importer.lines import Line

S = TypeVar("S")


def rows_back(sections: list[S], lines: list[Line]) -> list[S]:
    """`sections` with the lines read after a heading but printed above it moved back to the
    section before (the header's contact rows, a grid row's right-hand pieces)."""
    out = list(sections)
    headings = _heading_lines(out, lines)
    for at in range(1, len(out)):
        heading, before = headings[at], out[at - 1]
        if heading is None or not heading.size or out[at].key in ("header", "contact"):
            continue  # no page geometry (a Word or text file): its order is the writer's
        above = list(takewhile(lambda line: line.page == heading.page and line.size
                               and line.y < heading.y - 0.5 * heading.size, out[at].lines))
        if not above or not _belongs(above, before):
            continue
        out[at - 1] = replace(before, lines=_in_rows(before.lines, above))
        out[at] = replace(out[at], lines=out[at].lines[len(above):])
    return out


def _heading_lines(sections: list, lines: list[Line]) -> list[Line | None]:
    """Each section's heading line, found in reading order (None for the header and for a
    section typed inline, whose heading is a label inside a line)."""
    found: list[Line | None] = [None]
    start = 0
    for section in sections[1:]:
        at = next((i for i in range(start, len(lines)) if lines[i].text == section.heading), None)
        found.append(None if at is None else lines[at])
        start = start if at is None else at + 1
    return found


def _belongs(above: list[Line], before) -> bool:
    if before.key == "header":
        return any(is_contact_detail(part) for line in above for part in split_parts(line.text))
    rows = [(line.page, line.y) for line in before.lines if line.size]
    return all(any(page == line.page and abs(y - line.y) < 0.3 * line.size for page, y in rows) for line in above)


def _in_rows(lines: list[Line], added: list[Line]) -> list[Line]:
    """`lines` with each added line after the last line of its row or above it."""
    out = list(lines)
    for line in added:
        at = max((i + 1 for i, old in enumerate(out) if old.page == line.page and old.y <= line.y + 0.3 * line.size),
                 default=len(out))
        out.insert(at, line)
    return out
