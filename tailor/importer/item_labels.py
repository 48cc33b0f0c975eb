"""A list item's label set in a cell of its own, its value beside it: "Frontend:" | "React, Jest".

A stylesheet may give each point's label a fixed width (a grid or flex row inside the `<li>`), so
the values of all points start at one edge: "• Frontend:    React, TypeScript" over "• Backend:
Node.js, Express". The room after the label is wider than a space, and the row is read as two
pieces; the labels then look like a column of their own, read before their values.

A piece whose list marker is drawn (`drawn_markers.py`), made of a few words ending on a colon,
with one piece to its right on its row, in its type, is that point's label: the two are one point,
"Label: value", on the label's row. Only a marked point: its marker says the row is one item.
See docs/ARCHITECTURE.md ("Resume import", step 1).

Pieces are duck-typed (`page`, `top`, `bottom`, `x0`, `x1`, `size`, `text`, `chars`, `marked`):
`pdf.py` passes its physical lines, the tests pass small stand-ins.
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.lines import chains_joined, inked_end

_ROW = 0.3  # font sizes between two pieces' tops at most: one row
_SAME_SIZE = 0.3  # points
_LABEL_WORDS = 3  # a label is this many words at most


def _value(pieces: list, label) -> object | None:
    text = label.text.strip()
    if not getattr(label, "marked", False) or not text.endswith(":") or len(text.split()) > _LABEL_WORDS:
        return None
    row = [p for p in pieces if p is not label and p.page == label.page
           and abs(p.top - label.top) <= _ROW * max(label.size, 1.0)]
    if len(row) != 1 or row[0].x0 <= label.x1 or abs(row[0].size - label.size) > _SAME_SIZE \
            or getattr(row[0], "marked", False):
        return None
    return row[0]


def labels_joined(pieces: list) -> list:
    """A PDF's pieces (`pdf._Phys`) with each marked point's label joined to its value beside it."""
    return chains_joined(pieces, lambda piece, first: _value(pieces, piece) if first else None,
                         lambda label, value: replace(label, x1=value.x1, bottom=max(label.bottom, value.bottom),
                                                      chars=[*inked_end(label.chars), (" ", False), *value.chars]))
