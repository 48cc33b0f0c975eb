"""Details stacked at a job header's right edge, the lower one level with the job's first point.

Some layouts right-align two details of an entry one under the other at the right edge, the
place on the header's row and the dates on the row under it, while the entry's points start
right under the header, indented under a list marker: the dates then sit level with the first
point's first line ("• Run the kitchen of a 70-cover ... with a" beside "Mar 2019 – present").
Read row by row, the dates come after that first line and before its wrapped rest, so the point
is cut in two and the job loses its dates. Dates (never other text: a column of text whose lines
end level by chance) right-aligned at the same right edge as a piece on the row above it, that
row holding the entry's header to its left, and whose own row opens with a list item indented
past the header, are the header's: they are read on a row of their own right under the piece
above them, and so are dates whose row opens with a line at the header's edge (the entry's
description) that starts visibly lower than it: the two columns flow apart. A row whose left
piece starts at the header's edge level with the dates (the role under the employer, as two-row
LaTeX headers set it) is the header's second row and is left as it is.
See docs/ARCHITECTURE.md ("Resume import", step 1).
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.date_stacks import stacks_joined
from tailor.importer.dates import parse_dates
from tailor.importer.lines import MARKER_GLYPHS
from tailor.importer.right_wraps import on_row, tails_joined

_EDGE = 1.5  # points: right edges this close are one alignment
_ROW = 0.4  # line heights a detail's top may stand above the foot of the piece it stacks under
_UNDER = 0.8  # font sizes between the upper piece's foot and the lower one's top at most
_INDENT = 0.5  # font sizes a list item starts right of the header's left edge at least
_LOWER = 0.15  # font sizes a line at the header's edge starts below the detail: a flow of its own
_SPLIT = 0.6  # line heights under the upper piece's top: a row of its own, before the point's row


def _item(piece) -> bool:
    return piece.text[:1] in MARKER_GLYPHS or getattr(piece, "marked", False)


def _lifted(pieces: list, low) -> object | None:
    """`low` set on a row of its own under the right-aligned piece above it, when it is a
    header's detail stacked there beside the entry's first point; else None."""
    size = max(low.size, 1.0)
    if not parse_dates(low.text):
        return None
    above = [p for p in pieces if p is not low and p.page == low.page and abs(p.x1 - low.x1) <= _EDGE
             and p.bottom - _ROW * size <= low.top <= p.bottom + _UNDER * size]
    if not above:
        return None
    upper = max(above, key=lambda p: p.top)
    header = [p for p in on_row(pieces, upper) if p.x1 < upper.x0]
    points = sorted((p for p in on_row(pieces, low) if p.x1 < low.x0), key=lambda p: p.x0)
    marker = len(points) == 2 and points[0].text in MARKER_GLYPHS  # a list marker set apart from its text
    if not header or len(points) != 1 + marker or points[-1].top < low.top:
        return None
    point = points[-1]
    item = (marker or _item(point)) and point.x0 >= min(p.x0 for p in header) + _INDENT * size
    if not item and point.top - low.top < _LOWER * size:
        return None  # the role under the employer, level with the dates: the header's second row
    top = upper.top + _SPLIT * (upper.bottom - upper.top)
    return replace(low, top=top, bottom=top + low.bottom - low.top)


def floats_lifted(pieces: list) -> list:
    """A PDF's pieces (`pdf._Phys`) with each header detail stacked at the right edge beside
    the entry's first point read right under the detail above it; a range stacked over three
    rows in a column of dates (date, dash, date) first read as one piece (`date_stacks.py`), and
    a name floated right on a header's row that wrapped read whole (`right_wraps.py`)."""
    pieces = tails_joined(stacks_joined(pieces))
    out = []
    for piece in pieces:
        out.append(_lifted(pieces, piece) or piece)
    return out
