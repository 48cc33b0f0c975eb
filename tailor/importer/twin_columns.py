"""Reading order of two narrow columns set side by side inside a section: a skills block laid
out as "Store operations" over its keywords on the left and "People" over its keywords on the
right, row for row. Read row by row, the two columns interleave ("P&L", "Hiring",
"management", "Coaching") and a keyword that wrapped in its narrow column is cut off from its
rest. `pdf.py` sorts lines into rows; this module finds such a run of rows and reads its left
column before its right one (three columns, as a grid of skill groups sets them, one after
another the same way), and marks the pieces `narrow` so that `wraps.py` joins a line only
with the rest of a phrase under it. A line alone on its row, set well apart below the run,
ends it even when it is set smaller than the run's text (a small-caps section heading). See
the importer steps in docs/ARCHITECTURE.md.

Only a run that opens and closes on its page is reordered (a run cut by a page break cannot
be read column by column; a heading just across the break closes it as well, and so does a
grid's next row of bold group names set where the first row's were, or a next page that opens
with items where the run's items start, its lists going on past the break; so does the
document's end, `lists_beside.card_chunks`, but not for a short flowed list), and only when
both columns hold text: a title with its dates beside it is a row of one entry, not two
columns. Dates flush with a column's edge under its first row are a card's own (two schools
side by side, each over its dates and degree).

Rows are lists of duck-typed lines (`page`, `top`, `bottom`, `x0`, `x1`, `size`, `text`,
`narrow`), left to right.
"""
from __future__ import annotations

from tailor.importer.dates import parse_dates

_MIN_PAIRED_ROWS = 3  # rows with text on both sides before two columns are believed
_ROW_GAP = 2.5        # a vertical gap wider than this many line heights ends the run
_LIST_ITEM_WORDS = 6  # a flowed list's items are short names (`_flowed_list`)
_LIST_INDENT = 4      # ... and it is indented from the line above it by less than this many ems
_INSIDE_ITEM = 0.6    # ems: the lines of one wrapped item stand at most this far apart ...
_APART = 0.5          # ... and its items this much further (`_items_apart`)
_TOUCHING = 0.25      # ems: a group name's lines stand closer than this


def twin_order(rows: list[list], before: list | None = None, after: list | None = None) -> list[list]:
    """`rows` with each run of two side-by-side columns read left column first. `before` and
    `after`: the last row of the page before and the first row of the page after, if any; a
    run may open or close its page when a heading sits across the page break from it."""
    ahead, behind = [before] if before else [], [after] if after else []
    return [row for row in _twin_order(ahead + rows + behind) if row is not before and row is not after]


def _twin_order(rows: list[list]) -> list[list]:
    out: list[list] = []
    index = 0
    while index < len(rows):
        end, splits, left = _run(rows, index)
        if end is None:
            out.append(rows[index])
            index += 1
            continue
        outside = [p for p in rows[index] if p.x0 < left - 1.5]  # a heading set left of the run
        inside = [[p for p in row if p not in outside] for row in rows[index:end]]
        for piece in (p for row in inside for p in row):
            piece.narrow = True
        if outside:
            out.append(outside)
        # each column row by row; a column's own row of tags stays one row
        for column in range(len(splits) + 1):
            out += [part for row in inside if (part := [p for p in row if _column(p, splits) == column])]
        _items_apart([[p for row in inside for p in row if _column(p, splits) == column]
                      for column in range(len(splits) + 1)], inside[0])
        index = end
    return out


def _items_apart(columns: list[list], first: list) -> None:
    """A run whose items stand a paragraph apart while a wrapped item's lines are set close
    ("Lean Six" / "Sigma Black" / "Belt", then a gap, "Value-stream" / "mapping"): its lines in
    the items' type get the gap inside one item (`item_gap`) and their column's own right edge
    (where its widest line in that type ends), so that a line too full for the next line's first
    word, followed that closely, is read as wrapped, in capitals or not ("Manhattan" / "WMS":
    `wraps.py`). Only where the run shows both gaps, under one left edge in one type: items one
    a line, all as far apart, stay apart. A grid's bold group names (the run's first row) that
    their narrow columns wrapped ("Programming" / "Languages") all but touch their next line:
    that close, in their type, a full line goes on too."""
    pairs = [(a, b) for column in columns for a, b in zip(column, column[1:])
             if a.page == b.page and abs(a.x0 - b.x0) < 1.5 and abs(a.size - b.size) < 0.3]
    for column in columns:
        for a, b in zip(column, column[1:]):
            if any(a is p for p in first) and all(_bold(p) for p in first) and _bold(b) and a.page == b.page \
                    and abs(a.x0 - b.x0) < 1.5 and abs(a.size - b.size) < 0.3 \
                    and 0 <= b.top - a.bottom < _TOUCHING * a.size:
                a.item_gap = _TOUCHING * a.size
                a.edge = a.edge or max(p.x1 for p in column if abs(p.size - a.size) < 0.3)
    for size in {round(a.size, 1) for a, _ in pairs}:
        gaps = [b.top - a.bottom for a, b in pairs if round(a.size, 1) == size]
        tight = min(gaps)
        if not 0 <= tight <= _INSIDE_ITEM * size or not any(g > tight + _APART * size for g in gaps):
            continue
        for column in columns:
            items = [p for p in column if round(p.size, 1) == size]
            for piece in items:
                piece.item_gap = tight + 0.2 * size
                piece.edge = piece.edge or max(p.x1 for p in items)


def _column(piece, splits: list[float]) -> int:
    """Which column of the run `piece` starts in (0: the leftmost)."""
    return sum(piece.x0 >= split - 1.5 for split in splits)


def _run(rows: list[list], start: int) -> tuple[int | None, list[float], float]:
    """(end, where each column after the first starts, left edge) of a run of columns side by
    side opening at `rows[start]` (two, or three as in a grid of skill groups); end None: none."""
    pieces = rows[start]
    if len(pieces) < 2 or start == 0 or not all(_text(p) for p in pieces):
        return None, [], 0.0
    in_run = [p for p in pieces if abs(p.size - pieces[-1].size) < 0.6 or p.x0 >= pieces[-1].x0 - 1.5]
    if len(in_run) < 2:
        return None, [], 0.0
    left, splits = in_run[0].x0, [p.x0 for p in in_run[1:]]
    # the columns of a run read so on the page before go on at this page's top
    continued = rows[start - 1][0].page != pieces[0].page and all(p.narrow for p in rows[start - 1]) \
        and _grid_goes_on(rows[start - 1], left, splits)
    # a bold heading alone at the foot of the page before, over a row of bold group names
    headed = len(rows[start - 1]) == 1 and _bold(rows[start - 1][0]) and abs(rows[start - 1][0].x0 - left) < 1.5 \
        and all(_bold(p) for p in pieces)
    if rows[start - 1][0].page != pieces[0].page and not _heading(rows[start - 1], min(p.size for p in pieces)) \
            and not continued and not headed:
        return None, [], 0.0
    end, paired, smallest = start, 0, min(p.size for p in pieces)
    while end < len(rows) and _fits(rows[end], splits, left, end == start) \
            and (end == start or _close(rows[end - 1], rows[end]) and not _heading(rows[end], smallest)
                 and not _set_apart(rows[start:end + 1]) and not _names_again(rows[start:end], rows[end], left)):
        smallest = min(smallest, *(p.size for p in rows[end]))
        inside = [p for p in rows[end] if p.x0 >= left - 1.5]
        paired += len({_column(p, splits) for p in inside}) >= 2
        end += 1
    closed = end < len(rows) and (rows[end][0].page == rows[start][0].page or _heading(rows[end], smallest))
    if not closed and end == len(rows) - 1 and all(_bold(p) for p in rows[start]) \
            and rows[end][0].page == rows[start][0].page + 1 and _grid_goes_on(rows[end], left, splits):
        closed = True  # a grid of bold group names whose columns go on past the page break
        paired += len({_column(p, splits) for p in rows[end]}) >= 2
    elif not closed and end == len(rows) - 1 and rows[end][0].page == rows[start][0].page + 1 \
            and _items_go_on(rows[start + 1:end], rows[end]):
        closed = True
    # a short list of two rows that only the document's end closes may as well be a table of
    # labels beside their values ("EDV | SAP, MS Office"): rows, as before
    at_end = end < len(rows) and getattr(rows[end][0], "document_end", False)
    believed = paired >= _MIN_PAIRED_ROWS or continued \
        or not at_end and _flowed_list(rows[start - 1], rows[start:end], splits)
    if _label_gutter(rows[start:end], splits, left):
        believed = False
    return (end, _later_columns(rows[start:end], splits, left), left) if believed and closed else (None, [], 0.0)


def _later_columns(run: list[list], splits: list[float], left: float) -> list[float]:
    """The run's column edges: those of its first row, and a left edge its first row leaves
    empty that three of its lines or more share, far right of the column before it (four ems: not
    keywords indented under their name) with no line of that column reaching it. A column whose
    first line stands lower than the others' ("Lean and quality" in large type over two rows)
    is a column all the same; read as part of the one to its left, its lines would interleave."""
    pieces = [p for row in run for p in row if p.x0 >= left - 1.5 and _text(p)]
    edges = sorted([left, *splits])
    for piece in sorted(pieces, key=lambda p: p.x0):
        before = max(x for x in edges if x <= piece.x0 + 1.5)
        mates = [p for p in pieces if abs(p.x0 - piece.x0) < 1.5]
        beside = [p for p in pieces if before - 1.5 <= p.x0 < piece.x0 - 1.5]
        if piece.x0 - before > 4 * piece.size and len(mates) >= 3 and beside \
                and all(p.x1 < piece.x0 for p in beside):
            edges = sorted([*edges, piece.x0])
    return edges[1:]


def _grid_goes_on(row: list, left: float, splits: list[float]) -> bool:
    """`row`, across a page break from a run of columns, has its pieces at the run's column
    edges: the columns go on past the break. A grid of skill groups cut by a page break (its
    bold names over their keywords, each column under its own left edge) is read column by
    column on each page: before the break, a run whose first row is the bold names; after it, a
    run whose columns start where the last row before the break has its pieces (the columns of
    a grid of floated boxes go on across the break, each in its own place: docs/ARCHITECTURE.md,
    "Resume import", step 1)."""
    edges = [left, *splits]
    return bool(row) and all(_text(p) and min(abs(p.x0 - x) for x in edges) < 1.5 for p in row)


def _items_go_on(items: list[list], row: list) -> bool:
    """`row`, the first across a page break from a run of columns, holds two pieces or more and
    each starts where an item of the run does (keywords indented under their group names: "Excel"
    under "dbt", another list's item beside it): the columns' lists go on past the break, so the
    run is read column by column up to it, as one closed by a heading would be."""
    edges = [p.x0 for r in items for p in r]
    return len(row) >= 2 and all(_text(p) and min((abs(p.x0 - x) for x in edges), default=2.0) < 1.5 for p in row)


def _label_gutter(rows: list[list], splits: list[float], left: float) -> bool:
    """A gutter of section labels ("SUMMARY" beside its paragraph, "SKILLS" beside its lines, each
    level with the first line of what it labels), not a column of text: every line on the left
    shares its row with a line on the right, and none follows another on the next row, for
    rows with the right side alone stand between them. Read column by column, all the labels
    would come first and leave their sections empty; row by row, each opens its own block."""
    if len(splits) != 1:
        return False
    sides = [{_column(p, splits) for p in row if p.x0 >= left - 1.5} for row in rows]
    lefts = [at for at, side in enumerate(sides) if 0 in side]
    return len(lefts) >= 2 and all(1 in sides[at] for at in lefts) \
        and all(later - earlier > 1 for earlier, later in zip(lefts, lefts[1:]))


def _flowed_list(above: list, rows: list[list], splits: list[float]) -> bool:
    """A short list flowed into two columns ("Statistics  Operations Management" over "Managerial
    Accounting": three courses set two columns wide): too few rows to believe two columns by
    count, but it is set as a list of its own: under a line alone on its row that it is indented
    from (a little: not a gutter's heading far to its left) or that is set as its label (bold or
    larger), one short item per column in one type, none of them dates, each column under one
    left edge with a clear gutter between them, the rows at one pitch. Such a list (multicol, CSS
    columns) fills its left column first, so only its right column may come up short. Not a
    table's rows going on (a title beside its dates above), a cloud of chips (pieces wherever
    their widths put them) or label/value cards set flush with the paragraph above."""
    pieces = [p for row in rows for p in row]
    if len(splits) != 1 or len(rows) < 2 or len(above) != 1 or any(len(row) != 2 for row in rows[:-1]) \
            or [_column(p, splits) for p in rows[-1]] not in ([0], [0, 1]):
        return False
    lefts, rights = [row[0] for row in rows], [row[1] for row in rows if len(row) == 2]
    size = pieces[0].size
    if max(p.size for p in pieces) - min(p.size for p in pieces) > 0.3 \
            or not all(_text(p) and len(p.text.split()) <= _LIST_ITEM_WORDS and not p.text.rstrip().endswith(".")
                       for p in pieces) \
            or max(p.x0 for p in lefts) - min(p.x0 for p in lefts) > 1.5 \
            or max(p.x0 for p in rights) - min(p.x0 for p in rights) > 1.5 \
            or max(p.x1 for p in lefts) > splits[0] - size:
        return False
    label = above[0].size > size + 0.6 or all(b for c, b in above[0].chars if c.strip())
    indent = lefts[0].x0 - above[0].x0
    if not (label and indent >= -1.5 or indent > 1.5) or indent > _LIST_INDENT * size:
        return False  # a heading in a gutter far to the left heads a table, not a list under it
    pitches = [below[0].top - upper[0].top for upper, below in zip(rows, rows[1:])]
    return max(pitches) - min(pitches) <= 0.15 * size and max(pitches) <= 2 * size


def _names_again(run: list[list], row: list, left: float) -> bool:
    """`row` is set as the run's first row was, and the rows between are not: a grid of skill
    groups, its bold names over keywords indented from them, goes on with its next row of
    names (perhaps across a page break). The run ends above it, so that a grid row cut by the
    break does not keep the whole run from being read column by column."""
    names = [p for p in run[0] if p.x0 >= left - 1.5]
    edges = [p.x0 for p in names]
    if len(run) < 2 or not all(_bold(p) for p in names) \
            or any(min(abs(p.x0 - x) for x in edges) < 1.5 for r in run[1:] for p in r):
        return False
    return all(min(abs(p.x0 - x) for x in edges) < 1.5 and _bold(p) for p in row)


def _bold(piece) -> bool:
    return any(c.strip() for c, _ in piece.chars) and all(b for c, b in piece.chars if c.strip())


def _fits(row: list, splits: list[float], left: float, first: bool) -> bool:
    """Every piece of the row (but a heading left of the first row) is one column's text: a
    group name over its keywords may be set larger, a section heading starts further left, a
    long word may run a little past the column's edge, a keyword's marker may stand apart from it
    (`_marker`); a line across two columns ends the run."""
    inside = [p for p in row if not (first and p.x0 < left - 1.5)]
    return bool(inside) and all(
        p.x0 >= left - 1.5 and p.x1 < min((x for x in splits if x > p.x0 + 1.5), default=float("inf")) + 2 * p.size
        and (_text(p) or not first and (_column_dates(p, splits, left) or _marker(p))) for p in inside)


def _marker(piece) -> bool:
    """A list marker set as a piece of its own ("•" left of each keyword): it goes with the
    column it stands in, as its keyword does."""
    return bool(piece.text.strip()) and not any(c.isalnum() for c in piece.text)


def _text(piece) -> bool:
    """Words, not a list marker alone or dates (a title's dates beside it make no column)."""
    return sum(c.isalnum() for c in piece.text) >= 2 and not parse_dates(piece.text)


def _column_dates(piece, splits: list[float], left: float) -> bool:
    """Dates set flush with a column's left edge under its first line: a card's own dates (two
    education cards side by side, each school over its dates), not dates floated beside a title,
    which end where the line ends and start wherever their width puts them."""
    return bool(parse_dates(piece.text)) and min(abs(piece.x0 - x) for x in [left, *splits]) < 1.5


def _heading(row: list, smallest: float) -> bool:
    """A line alone on its row, set larger than the run's text: the next heading ends the run."""
    return len(row) == 1 and row[0].size > smallest + 0.6


def _set_apart(rows: list[list]) -> bool:
    """The last of `rows` is alone on its row and stands apart from the run above it by more than
    twice any gap inside the run: the next section's heading, though set no larger than the
    run's text (a small-caps heading over larger skill names)."""
    gaps = [_gap(above, below) for above, below in zip(rows, rows[1:])]
    return len(rows[-1]) == 1 and len(gaps) > 1 and gaps[-1] > max(2 * max(gaps[:-1]), rows[-1][0].size)


def _gap(above: list, below: list) -> float:
    return min(p.top for p in below) - max(p.bottom for p in above)


def _close(above: list, below: list) -> bool:
    """The row follows the one above within `_ROW_GAP` line heights of its text (the largest
    type on it: a list marker's small glyph at its left does not set the measure)."""
    return below[0].page == above[0].page and below[0].top - max(p.bottom for p in above) \
        <= _ROW_GAP * max(p.size for p in below)
