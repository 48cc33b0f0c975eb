"""Where the first page's header block ends, for `sidebar.header_columns`.

A header set in two columns (the name and label on one side, contact details on the other)
runs from the top of the page to the first line across both columns. A column of a header
flows on, one line under another; a line far under the last line of its own side belongs to
the body, and so does the row it sits on: a web page's image caption at the top right ("the
person's name" where a photo did not load) does not make the body's first entry, its dates on
the right level with its school on the left, a column of the header. See docs/ARCHITECTURE.md
(resume import, step 1: reading order).
"""
from __future__ import annotations

_HEADER_GAP = 6.0  # a header's column goes on within this many of its lines' sizes


def header_block(text: list, edge: float) -> list:
    """The lines of `text` (sorted by top) that open the page on either side of `edge`: up to
    the first line across it, or up to the row of the first line that stands more than
    `_HEADER_GAP` of its own size below the lowest line of its side. Lines are duck-typed
    (`top`, `bottom`, `x0`, `x1`, `size`)."""
    block: list = []
    for p in text:
        if not (p.x1 < edge or p.x0 >= edge):
            break
        own = [q for q in block if (q.x1 < edge) == (p.x1 < edge)]
        if own and p.top - max(q.bottom for q in own) > _HEADER_GAP * max(p.size, 1.0):
            return [q for q in block if q.top < p.top - 0.5 * max(q.size, 1.0)]
        block.append(p)
    return block
