"""A name floated right on an entry's header row that wrapped, its last words right-aligned under it.

A layout that sets the role at the header's left and the employer (or school) right-aligned on
the same row gives the employer a box of its own; a long name wraps inside it, and its last
words sit on the next row at the same right edge, starting further right ("Salt & Cedar
Restaurant" over "Group", "The Co-operative Academy of" over "Manchester"). Read row by row,
that tail is a line of its own between the header and the entry's first point, where it reads
as the next entry's title or a point. A piece right under a piece floated right of the header's
left part (a title, not dates alone), ending at its right edge (within `_EDGE`) and starting right of where it starts (a
ragged left edge: text set flush left would start where it does), in its type and weight, a
line's leading under it, with nothing else of its row in its band and no text right of the two
(a right-aligned column inside the page, a timeline's roles, is no such name), is the rest of that name: it
is read as one piece on the header's row. Dates and places are never such a tail: a layout
stacks them at the right edge as details of their own (`float_stack.py`); nor are contact
details, the items of a right-aligned column of links (an address a browser broke: `url_wraps.py`).
See docs/ARCHITECTURE.md ("Resume import", step 1).

Pieces are duck-typed (`page`, `top`, `bottom`, `x0`, `x1`, `size`, `text`, `chars`): `pdf.py`
passes its physical lines, the tests pass small stand-ins.
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.dates import parse_dates
from tailor.importer.fields import is_contact_detail, is_location
from tailor.importer.lines import chains_joined

_EDGE = 1.5  # points: right edges this close are one alignment
_ROW = 0.4  # line heights between two pieces' middles at most: one row
_UNDER = 0.5  # font sizes between the upper piece's foot and the tail's top at most (one leading)
_APART = 1.0  # font sizes between the header's left part and the floated name at least


def _middle(piece) -> float:
    return (piece.top + piece.bottom) / 2


def on_row(pieces: list, piece) -> list:
    """The other pieces of `piece`'s row: their middles within `_ROW` of the lower line height."""
    height = max(piece.bottom - piece.top, 1.0)
    return [p for p in pieces if p is not piece and p.page == piece.page
            and abs(_middle(p) - _middle(piece)) <= _ROW * min(height, max(p.bottom - p.top, 1.0))]


def _bold(piece) -> bool:
    return next((bold for ch, bold in piece.chars if ch.strip()), False)


def _detail(text: str) -> bool:
    return bool(parse_dates(text)) or is_location(text) or is_contact_detail(text)


def _tail(pieces: list, upper, floated: bool = True) -> object | None:
    """The piece that goes on `upper`, a name floated right on a header's row (`floated`) or the
    row of it above, else None."""
    size = max(upper.size, 1.0)
    if _detail(upper.text) or floated and not any(p.x1 + _APART * size <= upper.x0 and not _detail(p.text)
                                                  for p in on_row(pieces, upper)):
        return None  # no name floated right of the header's left part (its title, not dates alone)
    under = [p for p in pieces if p is not upper and p.page == upper.page and abs(p.x1 - upper.x1) <= _EDGE
             and p.x0 > upper.x0 + _EDGE and abs(p.size - upper.size) < 0.3 and _bold(p) == _bold(upper)
             and -0.1 * size <= p.top - upper.bottom <= _UNDER * size]
    if len(under) != 1 or _detail(under[0].text) or not under[0].text[:1].isalnum():
        return None
    tail = under[0]
    if any(p.x1 > upper.x0 for p in on_row(pieces, tail)):
        return None  # something else runs in the name's band on that row: a column of text
    if any(p.page == upper.page and p.x0 >= upper.x1 and p.bottom > upper.top - size and p.top < tail.bottom + size
           for p in pieces):
        return None  # text right of it: a right-aligned column inside the page (a timeline's roles)
    return tail


def tails_joined(pieces: list) -> list:
    """A PDF's pieces (`pdf._Phys`) with the wrapped tail of each name floated right on an
    entry's header row read as part of that name, on the header's row (a name may wrap over three
    rows: below the first, the tail's own row need not be floated)."""
    def join(head, tail):
        glue = [] if head.text.endswith(("-", "–")) else [(" ", _bold(head))]
        return replace(head, chars=list(head.chars) + glue + list(tail.chars), x0=min(head.x0, tail.x0))

    return chains_joined(pieces, lambda piece, first: _tail(pieces, piece, floated=first), join)
