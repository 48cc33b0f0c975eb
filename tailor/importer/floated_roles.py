"""A role floated right on its employer's row, with the dates right-aligned alone on the row below.

Some two-column themes print a job's header as two rows: the employer at the column's left
edge with the role floated right on the same row, and under the role, right-aligned on a row of
their own, the dates. Read as lines, the employer, the role and the dates are three lines, and
the entry parser takes the lone dates line for the start of an entry: every job then gets the
next job's employer and role as points, and its own header none of its fields. So a row of two
pieces in one type with no date in either and neither a section's heading (a gutter of headings
sets each level with its section's first entry), the right one starting past the left one's end, whose
next line is a date alone on its row, right under the right piece and well away from the left
piece's edge, is read as one header line "employer | role", the dates line after it
(docs/ARCHITECTURE.md, "Resume import", step 1).

A row whose dates share their row with a piece at the left (the role left, the dates right: the
two-row header of many LaTeX templates) is no such row and reads as it is.
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.dates import parse_dates
from tailor.importer.lines import Line, join_wrapped
from tailor.importer.sections import section_key

_LEVEL = 0.25   # two pieces of a row: tops this many ems apart at most
_UNDER = 1.0    # the dates start at most this many ems under the role's foot
_INDENT = 4.0   # the dates start at least this many ems right of the employer's left edge
_WRAPS = 2      # an employer's name wraps onto this many more rows at most
_NEXT_ROW = 1.6  # a wrapped name's next row starts at most this many ems under the one before


def roles_floated_right(lines: list[Line]) -> list[Line]:
    """`lines` with each employer line and the role floated right of it read as one line."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        wrapped = _wrapped(lines, index)
        role = index + 1 + len(wrapped)
        if role + 1 < len(lines) and _floated_row(lines, index, role):
            left = line.text.strip()
            for more in wrapped:
                left = join_wrapped(left, more.text.strip())
            right = lines[role]
            out.append(replace(line, text=f"{left} | {right.text.strip()}", right=right.right,
                               bottom=max(line.bottom, right.bottom, *(more.bottom for more in wrapped)),
                               bold=line.bold and right.bold, bold_runs=line.bold_runs + right.bold_runs))
            index = role + 1
        else:
            out.append(line)
            index += 1
    return out


def _wrapped(lines: list[Line], index: int) -> list[Line]:
    """The lines the piece at `index` wrapped onto: at its left edge, in its type, each right
    under the one before (the role beside them is read after them)."""
    out: list[Line] = []
    last = lines[index]
    for line in lines[index + 1:index + 1 + _WRAPS]:
        if line.page != last.page or abs(line.x - last.x) > 1 or round(line.size, 1) != round(last.size, 1) \
                or not 0 < line.y - last.y <= _NEXT_ROW * last.size or line.bullet:
            break
        out.append(line)
        last = line
    return out


def _floated_row(lines: list[Line], index: int, role: int) -> bool:
    left, right, dates = lines[index], lines[role], lines[role + 1]
    size = left.size
    pieces = lines[index:role]
    if not size or not left.right or round(right.size, 1) != round(size, 1) or left.page != right.page \
            or abs(left.y - right.y) > _LEVEL * size or right.x <= max(piece.right for piece in pieces) \
            or left.bullet or right.bullet:
        return False
    if any(_dated(piece.text) or piece.heading or section_key(piece) is not None for piece in [*pieces, right]):
        return False
    return dates.page == right.page and bool(parse_dates(dates.text)) \
        and 0 < dates.y - right.y and dates.y - max(line.bottom or line.y + size for line in [*pieces, right]) \
        <= _UNDER * size \
        and dates.x >= left.x + _INDENT * size and (dates.right or dates.x + size) > right.x \
        and not any(other is not dates and other.page == dates.page and abs(other.y - dates.y) <= _LEVEL * size
                    and left.x - size <= other.x < dates.x for other in lines)


def _dated(text: str) -> bool:
    return any(parse_dates(piece) for piece in [text, *text.replace("|", ",").split(",")])
