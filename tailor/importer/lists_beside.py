"""Reading order of entry cards with their points set in a column beside them.

Some themes print each entry as one row of two cells: on the left the card (the employer, its
dates, the role, a line or two of summary), on the right its points under a small label
("Highlights"), the two cells starting level with each other. The cells flow on their own, so
read row by row their lines interleave: the dates land between two points, and the entry parser
finds no header for the points to follow. `pdf.py` passes each page's lines through
`card_chunks`, which reads such a row's left cell whole, then its right cell, and leaves
everything else to the other reading-order rules (docs/ARCHITECTURE.md, "Resume import",
step 1).

A row is such a pair when:

* it opens with exactly two pieces level with each other, both words (not dates: a title with
  its dates floated beside it is a row of one entry; not a section's heading: a gutter of
  headings sets each level with its section's first line), the right one starting past the
  left one's end, a short label (not a paragraph or a point: a sidebar's contact details
  beside the summary, or its items level with a job's points, are other shapes), opening its
  cell a row's gap under the lines above it on its side (not the tail of a paragraph, nor a
  line in the middle of a column);
* under them every line keeps to its side of that split (a line across both ends the row);
* the right cell, lines a short gap apart up to the next section's heading, goes on from its
  label with a list point (a drawn marker or a marker glyph), and the left cell holds none: a
  header's contact block beside its profile links, two cards of plain text side by side, or
  skill groups side by side, each over its points (read column by column by
  `twin_columns.py`), are other shapes;
* the left cell is a card: its lines follow each other within a short gap (a gutter's labels,
  each level with the block it labels, stand far apart), and it goes on past the right cell's
  foot only with a line right under its own last one, never with a section's heading.

A row a page break cuts goes on at the top of the next page when its right cell goes on there
(not when the next page opens with the next row: a card level with a label): the right cell's
lines on the first page are then read after the left cell's on the next, so the points stay
after their card.

Each cell's lines get the right edge of their side (`edge`: where the longest line of any left,
or right, cell ends, the left ones at most a gutter short of the right ones), so that a wrap
inside a cell is judged against the cell, not the page; so do the other lines set within
either column of that grid (a school's card under the pairs), and all are marked `in_cell`
(`wraps.py` joins a name cut at the cell's edge even where two cards side by side are read as
narrow columns). A page's sidebar that holds a pair's cell is no sidebar (`cards_kept`).

Lines are duck-typed (`page`, `top`, `bottom`, `x0`, `x1`, `size`, `text`, `marked`, `edge`,
`in_cell`).
"""
from __future__ import annotations

from dataclasses import dataclass

from tailor.importer.columns import gutter_order, has_text
from tailor.importer.dates import parse_dates
from tailor.importer.flowed_columns import flowed_order
from tailor.importer.lines import MARKER_GLYPHS
from tailor.importer.section_names import HEADINGS, normalise_heading

_LEVEL = 0.3      # the two opening pieces: tops this many ems apart at most
_CELL_GAP = 2.0   # a cell's lines follow each other within this many ems
_SLACK = 1.5      # points of room at the split
_ROW_GAP = 1.5    # the next row's cells stand at least this many ems under the lines above them
_LABEL_WORDS = 3  # the right cell opens with a label of this many words at most
_GUTTER = 4.0     # ems between the left cells' edge and the right cells at most


def cards_kept(split: tuple[list, list, bool], lines: list) -> tuple[list, list, bool]:
    """`sidebar.split_sidebar`'s (sidebar, other lines, sidebar first) for `lines`, less the
    sidebar of any page where it holds a pair's cell: a page whose card and points sit in
    narrow cells over a short section or two can look like a sidebar beside a main column, yet
    its left column opens level with the points' label, the row's other cell."""
    side, rest, first = split
    if not side:
        return split
    cells = {id(p) for cell in _parts(lines)[1] for p in cell}
    pages = {p.page for p in side if id(p) in cells}
    if not pages:
        return split
    side = [p for p in side if p.page not in pages]
    taken = {id(p) for p in side}
    return side, [p for p in lines if id(p) not in taken], first and bool(side)


def card_chunks(lines: list, on_page: list) -> tuple[list[list], list[list | None]]:
    """The chunks `pdf.py` reads in rows, one after another, for the page of `on_page` (its
    lines still to be read; `lines`: every page's): each part `_parts` gives, through
    `flowed_order` and `gutter_order`; and for each chunk that ends where a part ends with
    another after it (or where the document ends), a row that closes a run of two columns above
    the pair there (else None: `twin_columns.twin_order` reads a run column by column only where
    something closes it)."""
    page = on_page[0].page if on_page else None
    kept = {id(p) for p in on_page}
    found, cells = _parts(lines)
    _edges(*cells, lines)
    parts = [[p for p in part if p.page != page or id(p) in kept] for part in found.get(page, [])]
    parts = [part for part in parts if part] or [on_page]
    chunks: list[list] = []
    closing: list[list | None] = []
    for at, part in enumerate(parts):
        pieces = [chunk for block in flowed_order(part) for chunk in gutter_order(block)]
        chunks += pieces
        closing += [None] * (len(pieces) - 1) + [_first_row(parts[at + 1]) if at + 1 < len(parts) else None]
    if closing and page == max(p.page for p in lines):  # the document ends: nothing carries a run on
        last = max(chunks[-1], key=lambda p: p.bottom)
        end = last.bottom + last.size
        closing[-1] = closing[-1] or [_Across(last.page, end, end + last.size, last.size, document_end=True)]
    return chunks, closing


@dataclass
class _Across:
    """A stand-in line across the whole page where a part ends and another follows on the same
    page: a run of two columns above a pair ends there, as at a line across both columns."""
    page: int
    top: float
    bottom: float
    size: float
    x0: float = float("-inf")
    x1: float = float("inf")
    text: str = "-"
    narrow: bool = False
    document_end: bool = False  # closes the document's last chunk, not a part followed by another


def _first_row(part: list) -> list:
    """A row that closes the chunk before `part`, at `part`'s top."""
    top = min(part, key=lambda p: (p.page, p.top))
    return [_Across(top.page, top.top, top.bottom, top.size)]


def _edges(left: list, right: list, lines: list) -> None:
    """Each cell's right edge (`edge`, for `wraps.py`): the right cells' where their longest
    line ends; the left cells' there too, or a gutter short of the right cells, whichever is
    further (cards of short lines alone, a name, dates and a role, may end far short of it).
    The pairs show the page's grid: a line of either column outside them (a school's card
    under them, its name wrapped in the same column) that ends within its column's edge, as
    the line under it does, wraps there as well. All of them are marked `in_cell`."""
    if not left or not right:
        return
    split = min(p.x0 for p in right) - _SLACK
    gutter = min(p.x0 - _GUTTER * max(p.size, 1.0) for p in right)
    edges = (max(gutter, max(p.x1 for p in left)), max(p.x1 for p in right))
    taken = {id(p) for p in left + right}
    for p in lines:
        side = int(p.x0 >= split)
        if id(p) not in taken and (p.edge or not _in_column(p, edges[side])):
            continue
        under = [q for q in lines if q.page == p.page and q.top > p.bottom - 0.5 and q.x0 < p.x1 and q.x1 > p.x0]
        if id(p) in taken or not under or _in_column(min(under, key=lambda q: q.top), edges[side]):
            p.edge, p.in_cell = p.edge or edges[side], True


def _in_column(line, edge: float) -> bool:
    return line.x1 <= edge + 0.5 * max(line.size, 1.0)


def _parts(lines: list) -> tuple[dict[int, list[list]], tuple[list, list]]:
    """(page -> its lines as parts in reading order (each part read in rows): before a pair,
    the left cell, the right cell, and so on; a page with no such pair as one part), and the
    lines of every left cell and of every right cell."""
    pages = sorted({p.page for p in lines})
    on = {page: sorted((p for p in lines if p.page == page), key=lambda p: (p.top, p.x0)) for page in pages}
    parts: dict[int, list[list]] = {}
    carried: list = []  # the right cell of a pair the page break cut, read after the rest of its left cell
    split = 0.0
    cells: tuple[list, list] = ([], [])  # every left cell's lines, every right cell's
    for at, page in enumerate(pages):
        out: list[list] = []
        rest = on[page]
        if carried:
            left, right, rest = _continued(rest, split)
            out += [left, carried + right]
            cells[0].extend(left)
            cells[1].extend(right)
            carried = []
        following = on[pages[at + 1]] if at + 1 < len(pages) else []
        while (found := _next_pair(rest, following)) is not None:
            before, left, right, rest, split = found
            out += [*_heading_apart(before), left]
            cells[0].extend(left)
            cells[1].extend(right)
            if rest or not _continued(following, split)[1]:
                out.append(right)
            else:
                carried = right
        parts[page] = [part for part in out + [rest] if part]
    return parts, cells


def _heading_apart(before: list) -> list[list]:
    """`before` as parts: the section's heading right above a pair apart from what is above
    it (a header's two columns, which read column by column only up to that heading)."""
    last = before[-1] if before else None
    if last is None or not _heading(last) \
            or any(p is not last and abs(p.top - last.top) <= _LEVEL * max(last.size, 1.0) for p in before):
        return [before]
    return [before[:-1], [last]]


def _next_pair(lines: list, following: list) -> tuple[list, list, list, list, float] | None:
    """(lines before it, its left cell, its right cell, the lines after it, the split) of the
    first pair in `lines` (one page, sorted by top), or None. A row at the page's foot may be
    a pair only with what goes on at the top of the `following` page."""
    for at, first in enumerate(lines):
        row = [p for p in lines if abs(p.top - first.top) <= _LEVEL * max(first.size, 1.0)]
        if len(row) != 2 or first is not min(row, key=lambda p: p.x0):
            continue
        left_open, right_open = row
        if right_open.x0 <= left_open.x1 or not all(_words(p) and not _heading(p) for p in row) \
                or _point(right_open) or len(right_open.text.split()) > _LABEL_WORDS \
                or right_open.text.rstrip().endswith((".", ",", ";")) \
                or not _apart(right_open, lines, right_open.x0 - _SLACK):
            continue
        split = right_open.x0 - _SLACK
        below = [p for p in lines if p.top >= right_open.top - _LEVEL * max(right_open.size, 1.0)]
        right = _right_cell(below, split, right_open)
        left = _left_cell(below, split, right)
        taken = {id(p) for p in left + right}
        after = [p for p in lines[at:] if id(p) not in taken]
        more_left, more_right, _ = _continued(following, split) if not after else ([], [], [])
        points = right[1:] + more_right
        if len(left + more_left) < 2 or not points or not _point(points[0]) or any(_point(p) for p in left + more_left):
            continue
        return [p for p in lines[:at] if id(p) not in taken], left, right, after, split
    return None


def _left_cell(lines: list, split: float, right: list) -> list:
    """The lines left of `split` from the top of `lines`, one under another within a short gap
    (a card, not a gutter's labels set level with the blocks they label), past the right
    cell's foot only while no section heading comes; up to a line across the split or a line
    on the right outside the cell (the next row's)."""
    foot = max(p.bottom for p in right)
    left: list = []
    for p in lines:
        if any(p is q for q in right):
            continue
        if p.x0 < split < p.x1 or p.x0 >= split:
            break
        if left and p.top - left[-1].bottom > _CELL_GAP * max(p.size, 1.0) \
                or p.top > foot and not left or _heading(p):
            break
        left.append(p)
    return left


def _right_cell(lines: list, split: float, first) -> list:
    """`first` and the lines under it on the right of `split` while they follow each other
    within a short gap, up to a line across the split."""
    right = [first]
    for p in lines:
        if p is first or p.top < first.top:
            continue
        if p.x0 < split < p.x1:
            break
        if p.x0 < split:
            continue
        if p.top - right[-1].bottom > _CELL_GAP * max(p.size, 1.0) or _opens_row(p, lines, split) or _heading(p):
            break
        right.append(p)
    return right


def _opens_row(piece, lines: list, split: float) -> bool:
    """`piece`, on the right of `split`, opens the next row: no point but words, level with
    words on the left, and both stand a gap under the lines above them on their side (or open
    the page)."""
    if _point(piece) or not _words(piece):
        return False
    level = [p for p in lines if p.x1 < split and _words(p) and abs(p.top - piece.top) <= _LEVEL * max(p.size, 1.0)]
    return bool(level) and all(_apart(p, lines, split) for p in (piece, level[0]))


def _apart(piece, lines: list, split: float) -> bool:
    """No line of `piece`'s side of `split` ends within `_ROW_GAP` ems above it."""
    side = [p for p in lines if (p.x0 >= split) == (piece.x0 >= split) and p.bottom <= piece.top + 0.5]
    return all(piece.top - p.bottom > _ROW_GAP * max(piece.size, 1.0) for p in side)


def _continued(lines: list, split: float) -> tuple[list, list, list]:
    """(left cell, right cell, the rest) of a pair going on at the top of a page (`lines`,
    sorted by top): the right cell opens the page's right side, near its top, before any line
    across the split; ([], [], lines) otherwise."""
    first = next((p for p in lines if p.x0 >= split or p.x0 < split < p.x1), None)
    if first is None or first.x0 < split or first.top - lines[0].top > _CELL_GAP * max(first.size, 1.0):
        return [], [], lines
    if not _point(first) and _words(first) and any(
            p.x1 < split and _words(p) and abs(p.top - first.top) <= _LEVEL * max(p.size, 1.0) for p in lines):
        return [], [], lines  # the next pair's opening row: a new card beside its label
    right = _right_cell(lines, split, first)
    left = _left_cell(lines, split, right)
    taken = {id(p) for p in left + right}
    return left, right, [p for p in lines if id(p) not in taken]


def _words(piece) -> bool:
    return has_text(piece) and sum(c.isalpha() for c in piece.text) >= 2 and not parse_dates(piece.text)


def _heading(piece) -> bool:
    """A section's heading by its words ("Education", "SKILLS")."""
    return normalise_heading(piece.text) in HEADINGS


def _point(piece) -> bool:
    """A list point: a drawn marker at its left, or a marker glyph opening it."""
    return bool(getattr(piece, "marked", False)) or piece.text.lstrip()[:1] in MARKER_GLYPHS
