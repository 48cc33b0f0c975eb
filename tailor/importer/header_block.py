"""A first page's header set in two columns (or three, the name's in the middle), read column by
column (`header_columns`), and where that header block ends.

A header set in two columns (the name and label on one side, contact details on the other)
runs from the top of the page to the first line across both columns. A column of a header
flows on, one line under another; a line far under the last line of its own side belongs to
the body, and so does the row it sits on: a web page's image caption at the top right ("the
person's name" where a photo did not load) does not make the body's first entry, its dates on
the right level with its school on the left, a column of the header. See docs/ARCHITECTURE.md
(resume import, step 1: reading order).
"""
from __future__ import annotations

from tailor.importer.columns import has_text, middle

_HEADER_GAP = 6.0  # a header's column goes on within this many of its lines' sizes
_NAME_SIZE = 1.3   # a header's name is set at least this many times the page's usual size
_APART = 0.8      # a line this many of its sizes under every line above it opens a paragraph of its own
_MAX_LEVEL = 0.5   # share of the shorter column's lines level with a line of the other: more are a table's rows


def header_block(text: list, edge: float | tuple[float, ...]) -> list:
    """The lines of `text` (sorted by top) that open the page on either side of `edge` (or in
    the bands between `edge`s): up to the first line across one, or up to the row of the first
    line that stands more than `_HEADER_GAP` of its own size below the lowest line of its side.
    Lines are duck-typed (`top`, `bottom`, `x0`, `x1`, `size`)."""
    edges = edge if isinstance(edge, tuple) else (edge,)
    block: list = []
    for p in text:
        if _band(p.x0, edges) != _band(p.x1, edges):
            break
        own = [q for q in block if _band(q.x0, edges) == _band(p.x0, edges)]
        if own and p.top - max(q.bottom for q in own) > _HEADER_GAP * max(p.size, 1.0):
            return [q for q in block if q.top < p.top - 0.5 * max(q.size, 1.0)]
        block.append(p)
    return block


def header_columns(lines: list) -> tuple[list, list]:
    """(header block in reading order, the page's other lines) for the first page, whose top
    block may be set in two columns: the name and label on one side, contact details on the
    other, one line under another, until the first line that runs across both (the summary).
    Read row by row, the two interleave ("San Francisco, CA" before the name); read column by
    column, the one with the name first, the header reads as the header parsers expect. The
    name's column gets its right edge (`edge`), as in `column_edges`, and the other is marked
    `narrow`. ([], lines) when the page does not open that way. A note in type smaller than the
    text's set wholly above the name (a date stamp) is read where it stands, in no column."""
    text = sorted((p for p in lines if has_text(p)), key=lambda p: p.top)
    if len(text) < 4:
        return [], lines
    largest, body = max(p.size for p in text), sorted(p.size for p in text)[len(text) // 2]
    if largest < _NAME_SIZE * body:
        return [], lines  # no name set larger than the text to open the page
    name_top = min(p.top for p in text if p.size == largest)  # a note in small type above the name
    text = [p for p in text if p.bottom > name_top or p.size >= body]  # ("Last updated ...") opens no column
    best: tuple[list, list] = ([], [])
    for edge in sorted({round(p.x0, 1) - 0.5 for p in text}):
        block = header_block(text, edge)
        left = [p for p in block if p.x1 < edge]
        right = [p for p in block if p.x0 >= edge]
        if len(left) >= 2 and len(right) >= 2 and len(block) > sum(map(len, best)) \
                and any(p.size == largest for p in block) and _side_by_side(left, right):
            best = left, right
    if not best[0]:
        best = _three_columns(text, largest)
    if not best[0]:
        return [], lines
    named = next(column for column in best if any(p.size == largest for p in column))
    for p in named:  # the name's column: a label wrapped there is one line
        p.edge = max(q.x1 for q in named)
    others = [p for column in best if column is not named for p in column]
    for p in others:  # a contact list, one item a line: joined only where a phrase goes on
        p.narrow = True
    taken = {id(p) for p in named + others}
    return named + others, [p for p in lines if id(p) not in taken]


def _band(x: float, edges: tuple[float, ...]) -> int:
    return sum(x >= edge for edge in edges)


def _three_columns(text: list, largest: float) -> tuple[list, ...]:
    """A header set in three columns, contact details either side of the name and its label
    ("jo@example.com" | "Jo Doe" | "linkedin.com/in/jo"), read column by column, the name's
    first. Read row by row the columns interleave, and since the name is set larger its rows
    stand level with the details beside it, which `_side_by_side` takes for a table's rows; so
    here the cue is the name's column in the middle, each column's first line opening the page
    with the others', and two lines or more in the name's column or beside it. ([],) when the
    page does not open that way."""
    starts = sorted({round(p.x0, 1) - 0.5 for p in text})
    best: tuple[list, ...] = ([],)
    for at, first in enumerate(starts):
        for second in starts[at + 1:]:
            block = _until_apart(header_block(text, (first, second)))
            columns = [[p for p in block if _band(p.x0, (first, second)) == band] for band in range(3)]
            if all(columns) and len(block) > sum(map(len, best)) and len(block) >= 4 \
                    and any(p.size == largest for p in columns[1]) and _open_together(columns):
                best = tuple(columns)
    return best


def _until_apart(block: list) -> list:
    """A three-column header's lines down to the first that stands a paragraph (`_APART` of its
    size) below every line above it: the body's first heading, which would sit in one column's
    band, comes after the header's rows have all ended."""
    for at, p in enumerate(block[1:], start=1):
        if p.top - max(q.bottom for q in block[:at]) > _APART * max(p.size, 1.0):
            return block[:at]
    return block


def _open_together(columns: list[list]) -> bool:
    """Every column's first line stands no more than a line below the highest of them, and the
    side columns open beside the name, above its foot (a row of details under a centred name is
    that name's contact row, not two columns)."""
    tops = [min(p.top for p in column) for column in columns]
    name = min(columns[1], key=lambda p: p.top)
    return max(tops) - min(tops) <= max(p.bottom - p.top for column in columns for p in column) \
        and max(tops[0], tops[2]) < name.bottom


def _side_by_side(left: list, right: list) -> bool:
    """The two columns open the page side by side (their first lines no more than a line
    apart) and flow on their own: lines level with one on the other side are a table's rows
    ("Website" beside the address), which are read row by row."""
    tops = (min(p.top for p in left), min(p.top for p in right))
    if abs(tops[0] - tops[1]) > max(p.bottom - p.top for p in left + right):
        return False  # both open the page, level with each other
    small, other = sorted((left, right), key=len)
    level = sum(any(abs(middle(p) - middle(q)) < 0.3 * max(p.size, 1.0) for q in other) for p in small)
    return level <= _MAX_LEVEL * len(small)
