"""A person's name set over two or three rows at the top of the first page, read as one line.

A header that gives the name a box of its own (the middle cell of a row with the contact details
left and the links right, as an HTML template lays out with a grid or flex row) wraps a long name
inside that box: "Zoë" over "Łukasiewicz", "José" over "Ñúñez-" over "García". A layout may also
stack the first name over the last on purpose. Read row by row, each part is a line of its own,
with the contact details beside it read in between, and the name loses all but its first row.

The rows of a name are in the page's largest type, all of them, one leading apart (nothing set
between them), centred on one axis or starting at one left edge, as a box's lines are: they are
one piece, when together they read as a person's name (`name_line.looks_like_name`), never a
title. A break after a hyphen ("Ñúñez-") is the name's own hyphen: a browser breaks a word only
there. See docs/ARCHITECTURE.md ("Resume import", step 1).

Pieces are duck-typed (`page`, `top`, `bottom`, `x0`, `x1`, `size`, `text`, `chars`): `pdf.py`
passes its physical lines, the tests pass small stand-ins.
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.lines import inked_end
from tailor.importer.name_line import looks_like_name, reads_as_title

_SAME_SIZE = 0.3  # points
_ALIGNED = 1.5  # points between two rows' middles (centred) or left edges (set flush left)
_LEADING = 0.6  # font sizes between one row's foot and the next one's top at most
_LARGER = 1.2  # the name's type is at least this many times the body's
_ROWS = 3  # a name wraps over this many rows at most


def _aligned(upper, lower) -> bool:
    return abs((upper.x0 + upper.x1) / 2 - (lower.x0 + lower.x1) / 2) <= _ALIGNED \
        or abs(upper.x0 - lower.x0) <= _ALIGNED


def name_joined(pieces: list) -> list:
    """`pieces` with the rows of a name wrapped in its box at the top of the first page read as one
    piece, on its first row."""
    first = [p for p in pieces if p.page == 0 and p.text.strip()]
    if not first:
        return pieces
    largest = max(p.size for p in first)
    body = sorted(p.size for p in first)[len(first) // 2]
    rows = sorted((p for p in first if abs(p.size - largest) < _SAME_SIZE), key=lambda p: p.top)
    if largest < _LARGER * body or not 2 <= len(rows) <= _ROWS:
        return pieces
    for upper, lower in zip(rows, rows[1:]):
        if not (_aligned(upper, lower) and 0 <= lower.top - upper.bottom <= _LEADING * largest):
            return pieces
        if any(p.top >= upper.bottom and p.bottom <= lower.top and p.x1 > min(upper.x0, lower.x0)
               and p.x0 < max(upper.x1, lower.x1) for p in first):
            return pieces  # a line set between the two rows: they are no one box's lines
    text = rows[0].text
    for row in rows[1:]:
        text += ("" if text.endswith("-") else " ") + row.text
    if not looks_like_name(text) or reads_as_title(text):
        return pieces
    chars: list = []
    for row in rows:
        if chars and chars[-1][0] != "-":
            chars.append((" ", chars[-1][1]))
        chars += inked_end(row.chars)
    joined = replace(rows[0], chars=chars, x0=min(r.x0 for r in rows), x1=max(r.x1 for r in rows))
    rest = {id(r) for r in rows[1:]}
    return [joined if p is rows[0] else p for p in pieces if id(p) not in rest]
