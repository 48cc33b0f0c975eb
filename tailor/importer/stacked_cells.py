"""A narrow cell whose words wrapped over several rows beside an entry, read as one text.

Some layouts give an entry's degree (or another short label) a narrow column of its own at the
entry's left, level with the school's line: "Bachelor of Science" beside "University of X,
Computer Science", in a column so narrow that the degree wraps and is hyphenated over four rows
("Bach-" / "elor" / "of Sci-" / "ence"), a page break sometimes cutting it too. Read row by row,
each piece is a line of its own, and the school's entry is cut into nonsense degrees. Where a
piece opens its row, the entry's text starts to its right on the same row, and the rows right
under it hold pieces at the same left edge in the same type and weight that stay inside the
column (no wider than where the entry's text starts), these pieces are one cell. Its text is
read as one piece at the entry's left edge on a row of its own under the entry's own lines (the
school, then its degree, as a layout that prints them one under the other reads), a word cut by
a hyphen at a row's end joined again ("Bach-" + "elor": "Bachelor"; a hyphen before a capital
stays: "Human-" + "Computer"); a one-row piece in a column where other cells wrapped goes there
too. A row whose own entry text opens in the entry title's weight at the entry's edge is the
next entry's, and a digit anywhere (a gutter of dates) is no such cell. See docs/ARCHITECTURE.md ("Resume import",
step 1).
"""
from __future__ import annotations

from dataclasses import replace

_ROW = 0.3  # pieces whose tops are this many font sizes apart at most share a row
_EDGE = 1.5  # points: pieces this close at their left edge are in one column
_GAP = 0.8  # font sizes: the most room between one row's foot and the next row's top
_OVERHANG = 0.5  # font sizes a cell's piece may reach past where the entry's text starts
_HYPHENS = ("-", "\u00ad", "\u2010")  # a hyphen, the soft hyphen and U+2010 a typesetter draws at a break
_UNDER = 0.6  # line heights below its top: a row of its own under the entry's row, no gap above it
_NARROW = 5.0  # font sizes: a column this narrow wraps any degree; a wider one must show a cut word
_CUT_WIDE = 10.0  # font sizes: a column wider than this is a sidebar, cut words or not
_WIDER = 2.0  # the entry's text is at least this many times as wide as the column
_RUN_ON = 4.0  # font sizes a word too long for the column may run past it where its row is free


def _opens_bold(piece) -> bool:
    return next((bold for ch, bold in piece.chars if ch.strip()), False)


def _row(pieces: list, piece) -> list:
    return [p for p in pieces if p is not piece and p.page == piece.page
            and abs(p.top - piece.top) <= _ROW * max(piece.size, 1.0)]


def _wordy(piece) -> bool:
    text = piece.text
    return any(ch.isalpha() for ch in text) and not any(ch.isdigit() for ch in text)


def _fits(piece, head, entry, row: list) -> bool:
    """`piece` is a row of `head`'s cell: its left edge, type and weight, inside the column or,
    a word too long for it, running on where nothing else stands on its row."""
    return (abs(piece.x0 - head.x0) <= _EDGE and piece.size == head.size and _wordy(piece)
            and _opens_bold(piece) == _opens_bold(head)
            and (piece.x1 <= entry.x0 + _OVERHANG * max(head.size, 1.0)
                 or piece.x1 <= entry.x0 + _RUN_ON * max(head.size, 1.0)
                 and not any(p.x0 < piece.x1 + max(head.size, 1.0) for p in row)))


def _next_entry(row: list, entry) -> bool:
    """A piece on the row starts at the entry's edge in the weight the entry's text opens in."""
    return any(abs(p.x0 - entry.x0) <= _EDGE and (_opens_bold(p) == _opens_bold(entry) or not _opens_bold(entry))
               for p in row)


def _cell(pieces: list, head, entry, taken: set[int]) -> list:
    """The pieces under `head` that continue its cell, across a page break too."""
    cell, last = [], head
    while True:
        size = max(last.size, 1.0)
        below = [p for p in pieces if p.page == last.page and id(p) not in taken and p is not last
                 and last.bottom - size * _ROW <= p.top <= last.bottom + _GAP * size
                 and p.x0 < entry.x0 and p.x1 > head.x0 - _EDGE]
        if not below:
            below = _over_the_break(pieces, last, head, entry)
        below.sort(key=lambda p: p.top)
        if not below:
            return cell
        piece = below[0]
        row = _row(pieces, piece)
        if not _fits(piece, head, entry, row) or any(p.x1 <= piece.x0 for p in row) or _next_entry(row, entry):
            return cell
        cell.append(piece)
        last = piece


def _over_the_break(pieces: list, last, head, entry) -> list:
    """The first piece in the column on the next page, when nothing under `last` on its page
    sits in the column: a page break cut the cell."""
    if any(p.page == last.page and p.top > last.bottom and p.x0 < last.x1 for p in pieces):
        return []
    following = [p for p in pieces if p.page == last.page + 1]
    column = [p for p in following if p.x0 < entry.x0]
    if not column:
        return []
    first = min(column, key=lambda p: p.top)
    return [first] if not any(p.top < first.top and p.x0 < first.x1 for p in following) else []


def _cut(cell: list) -> bool:
    """A row of the cell ends in a word cut by a hyphen, its rest opening the next row."""
    for piece, below in zip(cell, cell[1:]):
        text, rest = "".join(ch for ch, _ in piece.chars).rstrip(), below.text
        if len(text) > 1 and text[-1] in _HYPHENS and text[-2].isalpha() and rest[:1].islower():
            return True
    return False


def _joined_chars(cell: list) -> list[tuple[str, bool]]:
    chars: list[tuple[str, bool]] = []
    for piece in cell:
        text = list(piece.chars)
        while text and not text[-1][0].strip():
            text.pop()
        while text and not text[0][0].strip():
            text.pop(0)
        if chars and chars[-1][0] in _HYPHENS and len(chars) > 1 and chars[-2][0].isalpha() and text:
            hyphen = chars.pop()
            if not text[0][0].islower():
                chars.append(("-", hyphen[1]))  # "Human-" + "Computer": a hyphen of the name
        elif chars:
            chars.append((" ", text[0][1] if text else False))
        chars.extend(text)
    return chars


def _entry_end(pieces: list, entry, cell: list):
    """The last row of the entry's own text beside the cell: the entry's line and the lines
    under it at its left edge (a school's name that wrapped), no lower than the cell's foot."""
    last = entry
    while True:
        size = max(last.size, 1.0)
        below = [p for p in pieces if p.page == last.page and abs(p.x0 - entry.x0) <= _EDGE
                 and last.bottom - size * _ROW <= p.top <= last.bottom + _GAP * size
                 and (not cell or p.page != cell[-1].page or p.top <= cell[-1].bottom)]
        if not below:
            return last
        last = min(below, key=lambda p: p.top)


def _placed(head, entry, cell: list, pieces: list):
    """The cell as one piece, read right after the entry's own text: set at the entry's left
    edge, on a row of its own under the entry's last row beside it, as a layout that prints the
    degree under the school would have it."""
    end = _entry_end(pieces, entry, cell)
    top = end.top + _UNDER * (end.bottom - end.top)
    return replace(head, x0=entry.x0, x1=entry.x0 + max(p.x1 - p.x0 for p in [head, *cell]),
                   chars=_joined_chars([head, *cell]), page=end.page, top=top,
                   bottom=top + head.bottom - head.top)


def _column(pieces: list, head):
    """The piece where the entry's text starts right of `head` on its row, when `head` opens
    the row, has words and the entry's text is wider than the column; else None."""
    if not _wordy(head):
        return None
    row = _row(pieces, head)
    right = [p for p in row if p.x0 > head.x0 + max(head.size, 1.0)]
    if any(p.x1 <= head.x0 for p in row) or not right:
        return None
    entry = min(right, key=lambda p: p.x0)
    if _WIDER * (entry.x0 - head.x0) > entry.x1 - entry.x0 or not any(ch.isalpha() for ch in entry.text):
        return None  # a column about as wide as the entry's text beside it (chips in a row) is no narrow cell
    return entry


def cells_joined(pieces: list) -> list:
    """A PDF's pieces (`pdf._Phys`) with each narrow cell wrapped over rows beside an entry read
    as one piece under the entry's text; a one-row piece in a column where other cells wrapped
    is read there too."""
    taken: set[int] = set()
    joined: dict[int, object] = {}
    columns: list[tuple] = []  # (cell's left edge, entry's left edge, size, weight) of each cell found
    for head in sorted(pieces, key=lambda p: (p.page, p.top, p.x0)):
        if id(head) in taken or (entry := _column(pieces, head)) is None:
            continue
        cell = _cell(pieces, head, entry, taken | {id(head)})
        width = (entry.x0 - head.x0) / max(head.size, 1.0)
        if not cell or width > _NARROW and not _cut([head, *cell]) or width > _CUT_WIDE:
            continue  # a wide column (a sidebar's text) is no degree's cell
        taken.update(id(p) for p in [head, *cell])
        joined[id(head)] = _placed(head, entry, cell, pieces)
        columns.append((head.x0, entry.x0, head.size, _opens_bold(head)))
    for head in pieces:
        if id(head) in taken or (entry := _column(pieces, head)) is None:
            continue
        if any(abs(head.x0 - x0) <= _EDGE and abs(entry.x0 - at) <= _EDGE and head.size == size
               and _opens_bold(head) == bold and head.x1 <= at + _OVERHANG * max(size, 1.0)
               for x0, at, size, bold in columns):
            taken.add(id(head))
            joined[id(head)] = _placed(head, entry, [], pieces)
    return [joined.get(id(p), p) for p in pieces if id(p) in joined or id(p) not in taken]
