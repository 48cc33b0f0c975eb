"""Where a column's text ends when a name floated right on a row runs past it.

A layout that floats an entry's employer (or school) right on the header's row aligns it at the
column's right edge ("General Manager ... Salt & Cedar Restaurant"), and the column's points wrap
at that edge too. A name too long for its box may overflow it, wrapped and set further right
than the column ends ("The Co-operative Academy of Manchester" ending an em or more past the
other employers). Measured by its longest line, the column then looks wider than it is, each
point seems to stop short of it, and none is read as wrapped ("... during 2020–" over "21 using
Google Classroom"). Where several pieces end at one right edge, a floated one among them (the
names right-aligned there), a floated piece ending past it overhangs and does not widen the
column; a line that starts the row (prose, a title) running further still does.
See docs/ARCHITECTURE.md ("Resume import", step 1).

Lines are duck-typed (`page`, `top`, `bottom`, `x0`, `x1`, `size`): `sidebar.py` passes its
physical lines, the tests pass small stand-ins.
"""
from __future__ import annotations

from tailor.importer.right_wraps import on_row

_EDGE = 1.5  # points: right edges this close are one alignment
_ALIGNED = 3  # pieces ending at one edge, a floated one among them, before that edge is the column's


def _floated(lines: list, line) -> bool:
    """`line` sits right of another piece of its row."""
    return any(p.x1 < line.x0 for p in on_row(lines, line))


def column_right(lines: list) -> float:
    """The right edge of a column's `lines` (one page): their longest line's, less floated
    pieces that overhang the edge where the column's right-aligned names end."""
    if not lines:
        return 0.0
    floated = [p for p in lines if _floated(lines, p)]
    edges = [p.x1 for p in floated if sum(abs(q.x1 - p.x1) <= _EDGE for q in lines) >= _ALIGNED]
    if not edges:
        return max(p.x1 for p in lines)
    edge, over = max(edges), {id(p) for p in floated}
    return max(p.x1 for p in lines if p.x1 <= edge + _EDGE or id(p) not in over)
