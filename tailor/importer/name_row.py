"""A title set level with the name in another column: read right after the name.

A two-column theme may print the name at the top of its sidebar and the person's title
("Staff Software Engineer") in large type at the top of the main column, level with the name.
Reading order takes the sidebar whole first, so the title comes after the sidebar's last
section (education, awards) and is read as a line of it, while the header's label is taken from
whatever contact line follows the name. So on the first page a line in heading type, smaller
than the name and naming no section, that starts right of the name's end while its top lies
within the name's rows, is read right after the name, where a one-column header prints it
(docs/ARCHITECTURE.md, "Resume import", step 1).

A title in capitals that a narrow box wrapped ("DIRECTOR OF MANUFACTURING" over "ENGINEERING")
goes on with its next row when that row is set in its very type, at its left edge, right under
it, and is a few words with no digit (`title_goes_on`, for `contact.py`): the row would have
fitted on the page, so the wrap rules keep the two apart.
"""
from __future__ import annotations

import re

from tailor.importer.lines import Line, just_under
from tailor.importer.sections import section_key

_ABOVE = 0.25  # the title's top may sit this many of its ems above the name's
_ROW_GAP = 0.6  # a title's next row starts at most this many of its ems under its foot
_ROW_WORDS = 3  # ... and holds this many words at most


def title_after_name(lines: list[Line]) -> list[Line]:
    """`lines` with a title set level with the name, in another column, moved right after it."""
    first = [index for index, line in enumerate(lines) if line.page == 0 and line.size]
    if not first:
        return lines
    at = max(first, key=lambda index: (lines[index].size, -index))
    name = lines[at]
    if not name.right:
        return lines
    foot = name.bottom or name.y + name.size
    titles = [index for index in first if index > at + 1 and _title(lines[index], name, foot)]
    if len(titles) != 1:
        return lines
    title = lines[titles[0]]
    rest = [line for index, line in enumerate(lines) if index != titles[0]]
    return rest[:at + 1] + [title] + rest[at + 1:]


def _title(line: Line, name: Line, foot: float) -> bool:
    return line.heading and line.size < name.size - 0.5 and line.x >= name.right \
        and name.y - _ABOVE * line.size <= line.y < foot and section_key(line) in (None, "unknown")


def title_goes_on(title: Line, line: Line) -> bool:
    """`line` is the next row of the title in large type read from `title`: its type, its left
    edge, right under it, a few words in capitals with no digit."""
    letters = [c for c in line.text + title.text if c.isalpha()]
    return bool(title.size and title.heading and line.heading) \
        and abs(line.size - title.size) < 0.1 and abs(line.x - title.x) <= 1.5 and not line.gap_before \
        and just_under(title, line, _ROW_GAP) \
        and len(line.text.split()) <= _ROW_WORDS and not re.search(r"\d", line.text) \
        and bool(letters) and all(c.isupper() for c in letters)
