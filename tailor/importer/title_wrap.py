"""A title set beside the name that wrapped under it: "Maya Okonkwo | Computer" over "Science
Graduate".

A theme may print the name and the person's title as one run of text, the title in smaller
type after the name. A long title then wraps, and its rest goes on at the left edge of that
run, under the name, not under the title's own start. Read in rows, the rest is a line of its
own: the title loses its end ("Computer") and the rest is left over.

So the line read right after the name, on its row (right of it, in smaller type), goes on
with the line under that row when it starts where the name starts, in the title's very type
size (larger than the body's: a title, not a contact line), close under the row, and holds no
contact detail, date or heading. See docs/ARCHITECTURE.md ("Resume import", step 1: wrapped
lines).
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.fields import is_contact_detail
from tailor.importer.lines import Line
from tailor.importer.list_items import line_dates
from tailor.importer.section_names import HEADINGS, normalise_heading

_SAME_SIZE = 0.3  # points
_SAME_X = 1.5  # points
_CLOSE = 0.6  # ems of the title's type: how far under the name's row its rest may start


def title_wrapped(lines: list[Line]) -> list[Line]:
    """`lines` with the rest of a title beside the name joined back onto it."""
    at = next((i for i, line in enumerate(lines[:6]) if line.level == 1 and not line.page), None)
    if at is None or at + 2 >= len(lines):
        return lines
    name, title, rest = lines[at], lines[at + 1], lines[at + 2]
    row_foot = max(name.bottom, title.bottom)
    if title.page != name.page or title.x <= name.right or title.size >= name.size or not title.heading \
            or not name.bottom or not title.bottom or title.y > name.bottom:
        return lines  # no title beside the name, in smaller type than it and larger than the body's
    if rest.page != name.page or abs(rest.x - name.x) > _SAME_X or abs(rest.size - title.size) > _SAME_SIZE \
            or not rest.heading or rest.gap_before or not 0 <= rest.y - row_foot <= _CLOSE * title.size:
        return lines
    if is_contact_detail(rest.text.strip()) or line_dates(rest) or normalise_heading(rest.text) in HEADINGS:
        return lines
    joined = replace(title, text=f"{title.text} {rest.text}", bottom=rest.bottom)
    return [*lines[:at + 1], joined, *lines[at + 3:]]
