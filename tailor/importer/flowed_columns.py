"""Reading order of a section set in two flowing columns: Word's section columns (`w:cols`),
LaTeX's multicol, CSS columns. The text runs down the left column to its foot, then goes on at
the top of the right one.

Such a right column often holds only the last few lines of the section ("Norwegian (native)",
"English (fluent)" after a "LANGUAGES" heading at the foot of the left column), so it sits
beside the top of the left column only. Read row by row, its lines land between a job's title
and its employer; too short for a sidebar (`sidebar.py`) and too few rows beside the left
column for two narrow columns (`twin_columns.py`), it is read by its shape:

* a right column of text under one left edge, two lines or more, that no line of the left
  column crosses while it runs, and that is not a column of dates floated beside titles;
* in each column one line a row under one left edge (chips, a table's cells and headings in a
  gutter of their own are other shapes);
* a left column that goes on under the foot of the right one at its own pitch (the flow fills
  the left column first: only the right one may come up short; two cards side by side end
  level, the next section a gap below), starts on the right one's first row, and holds
  running text: lines of several words filled to its edge, which ends a gutter short of the
  right column (a title with its place set far right over a few short points, or a grid of
  skill groups, names one a line, is another shape).

The left column is read first, then the right one, then what follows the columns (a line
across both ends them). Each column's lines get its right edge (`edge`), so that a point
wrapped in the left column is joined, not judged against the page's right edge, and the short
items of the right column are not read as lines filled to the page's widest line (`narrow`). See the importer steps in
docs/ARCHITECTURE.md. Lines are duck-typed (`page`, `top`, `bottom`, `x0`, `x1`, `size`,
`text`, `edge`).
"""
from __future__ import annotations

from tailor.importer.columns import has_text, middle
from tailor.importer.dates import parse_dates

_MIN_RIGHT = 2       # lines of the right column
_MIN_TAIL = 2        # lines of the left column under the foot of the right one
_MIN_LEFT_SHARE = 0.3  # the left column is at least this share of the page's text width
_GUTTER = 5.0        # ems at most between the left column's longest line and the right column
_MAX_DATES = 1 / 3   # share of the right column's lines that are dates: more is a dates column
_INDENT = 3.0        # ems a column's line may start right of its left edge (a point's text)
_FILLED = 2          # lines of the left column filled to its edge: running text, not a list of names
_FULL = 3.0          # ... ending this many ems short of its longest line at most
_FULL_WORDS = 4      # ... and of this many words at least


def flowed_order(lines: list) -> list[list]:
    """`lines` (one page) as blocks in reading order: above the columns, the left column, the
    right column, and below them; the page as one block when it holds no flowing columns."""
    text = [p for p in lines if has_text(p)]
    if len(text) < _MIN_RIGHT + _MIN_TAIL + 2:
        return [lines]
    page_left, page_right = min(p.x0 for p in text), max(p.x1 for p in text)
    for edge in sorted({round(p.x0, 1) for p in text}):
        if edge - page_left < _MIN_LEFT_SHARE * (page_right - page_left):
            continue
        found = _columns(lines, text, edge)
        if found:
            top, end, left, right = found
            _edges(left, right)
            above = [p for p in lines if p.top < top and p not in left and p not in right]
            below = [p for p in lines if p.top >= end]
            return [block for block in (above, left, right) if block] + (flowed_order(below) if below else [])
    return [lines]


def _columns(lines: list, text: list, edge: float) -> tuple[float, float, list, list] | None:
    """(top, end, left column, right column) of two flowing columns whose right one starts at
    `edge`, or None."""
    starts = [p for p in text if abs(p.x0 - edge) < 1.5]
    first = min(starts, key=lambda p: p.top)
    tolerance = 0.5 * max(first.size, 1.0)
    top = first.top - tolerance
    crossing = sorted(p.top for p in text if p.top >= top and p.x0 < edge - 1.5 and p.x1 > edge - tolerance)
    end = crossing[0] if crossing else float("inf")
    right = [p for p in lines if top <= p.top < end and p.x0 >= edge - 1.5]
    left = [p for p in lines if top <= p.top < end and p.x0 < edge - 1.5]
    right_text = [p for p in right if has_text(p)]
    left_text = [p for p in left if has_text(p)]
    dates = sum(bool(parse_dates(p.text)) for p in right_text)
    if len(right_text) < _MIN_RIGHT or sum(abs(p.x0 - edge) < 1.5 for p in right_text) < _MIN_RIGHT \
            or parse_dates(first.text) or dates > _MAX_DATES * len(right_text):
        return None
    if _goes_on(sorted(left_text, key=lambda p: p.top), max(p.bottom for p in right)) < _MIN_TAIL:
        return None
    reach = max(p.x1 for p in left_text)
    if edge - reach > _GUTTER * max(first.size, 1.0) or not any(abs(p.top - first.top) < tolerance for p in left_text) \
            or sum(reach - p.x1 < _FULL * p.size and len(p.text.split()) >= _FULL_WORDS for p in left_text) < _FILLED:
        return None
    return (top, end, left, right) if _a_column(left_text) and _a_column(right_text) else None


def _goes_on(left: list, foot: float) -> int:
    """How many lines the left column runs on under the right column's foot at its own pitch
    (no gap wider than any between its lines beside the right column, and half an em): the
    flow going on. Two cards side by side end level, and what follows them on the left (the
    next section) stands a section's gap below."""
    beside = [p for p in left if p.top < foot]
    if len(beside) < 2:
        return 0
    usual = max(b.top - a.bottom for a, b in zip(beside, beside[1:])) + 0.5 * max(beside[0].size, 1.0)
    count, bottom = 0, foot
    for line in (p for p in left if p.top >= foot):
        if line.top - bottom > usual:
            break
        count, bottom = count + 1, max(bottom, line.bottom)
    return count


def _a_column(lines: list) -> bool:
    """Lines of running text, one a row, under one left edge (a point's text indented a few ems
    from it): not chips or a table's cells set side by side, nor headings in a gutter of their
    own left of the text."""
    ordered = sorted(lines, key=middle)
    if any(abs(middle(a) - middle(b)) < 0.4 * min(a.bottom - a.top, b.bottom - b.top)
           for a, b in zip(ordered, ordered[1:])):
        return False
    left = min(p.x0 for p in lines)
    return all(p.x0 - left <= _INDENT * max(p.size, 1.0) for p in lines)


def _edges(left: list, right: list) -> None:
    """Each column's right edge (`edge`): the left one's where its longest line ends; the right
    one's as far from its left edge, since flowing columns are set one width. The right one's
    own lines, a few short items, may end well short of that and still be the page's longest:
    judged against the page they would all read as full lines wrapped, so they are marked
    `narrow`, as twin columns are (`wraps.py` then joins a line only with the rest of a phrase)."""
    text = [p for p in left if has_text(p)]
    left_edge = max(p.x1 for p in text)
    right_edge = min(p.x0 for p in right if has_text(p)) + left_edge - min(p.x0 for p in text)
    for p in left:
        p.edge = p.edge or left_edge
    for p in right:
        p.edge, p.narrow = p.edge or max(right_edge, p.x1), True
