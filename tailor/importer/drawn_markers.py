"""List markers a PDF draws as shapes instead of writing them as text.

Chromium (and so every HTML resume printed to PDF) paints a `<ul>`'s discs and squares as small
filled paths: the text layer holds the points' words but no "•", and two points whose first
ends short of the column read like one wrapped sentence ("...conversion by 6% Run the design
system guild..."). The shape is still on the page, a dot a third of an em wide just left of
the point's first word, centred on its line. The line such a dot marks opens an item of its
own (docs/ARCHITECTURE.md, "Resume import", step 1). A row of dots (a skill's rating,
"●●●○○") marks no line, and neither does a shape much larger than a marker (an icon, a
timeline's node) or one with no line right of it.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tailor.importer.lines import Line, strip_bullet

if TYPE_CHECKING:
    from tailor.importer.pdf import _Phys as Phys

_SMALLEST, _LARGEST = 0.15, 0.5  # a marker's width and height, in ems of the line it marks
_GAP = 2.0  # at most this many ems between a marker and its line's first glyph
_ROW_GAP = 3.0  # another dot this many widths or closer on its row makes the two a row of dots


@dataclass(frozen=True)
class Shape:
    """A small path or rectangle painted on a page, its box measured from the page's top."""
    page: int
    x0: float
    x1: float
    top: float
    bottom: float


def small_shape(item, page: int, height: float) -> Shape | None:
    """A pdfminer curve or rectangle small enough to be a drawn list marker (a few points wide,
    about as wide as it is tall), in page coordinates from the top; else None."""
    width, tall = item.x1 - item.x0, item.y1 - item.y0
    if not (0 < width <= 12 and 0 < tall <= 12) or abs(width - tall) > 0.35 * max(width, tall):
        return None
    if not (getattr(item, "fill", False) or getattr(item, "stroke", False)):
        return None
    return Shape(page, item.x0, item.x1, height - item.y1, height - item.y0)


def mark_drawn_bullets(lines: list[Phys], shapes: list[Shape]) -> list[Phys]:
    """`lines`, each one a drawn marker stands at the left of `marked`: it opens an item, so no
    wrap rule joins it to the line above (`wraps.py`). Its text and left edge stay as printed:
    the points were read well as indented lines before (`list_items.indented`); what went
    wrong was only that a point could run on into the next."""
    markers = [s for s in shapes if not _in_a_row(s, shapes)]
    overflowed = [line for line in lines if _painted_over(line, markers)]
    out: list[Phys] = []
    for line in lines:
        em = max(line.size, 1.0)
        marker = next((s for s in markers if _marks(s, line, em)), None)
        if marker is None or not line.text.strip() or strip_bullet(Line(line.text)).is_bullet \
                or _nearer_line(marker, line, lines) \
                or any(o.page == line.page and abs(o.x0 - line.x0) < 1.5 for o in overflowed):
            out.append(line)
            continue
        out.append(replace(line, marked=True))
    return out


def _marks(shape: Shape, line: Phys, em: float) -> bool:
    """The shape is marker-sized for the line's type, ends left of its first glyph by at most
    two ems, and its middle sits inside the line's box (a disc is centred on the x-height)."""
    middle = (shape.top + shape.bottom) / 2
    width, tall = shape.x1 - shape.x0, shape.bottom - shape.top
    return shape.page == line.page and _SMALLEST * em <= max(width, tall) <= _LARGEST * em \
        and 0 <= line.x0 - shape.x1 <= _GAP * em and line.top <= middle <= line.bottom


def _nearer_line(shape: Shape, line: Phys, lines: list[Phys]) -> bool:
    """Another line on the same row starts between the shape and `line`: the shape belongs to
    that one (or sits inside text), not to `line`."""
    middle = (shape.top + shape.bottom) / 2
    return any(other is not line and other.page == line.page and other.top <= middle <= other.bottom
               and other.x0 < line.x0 and other.x1 > shape.x0 for other in lines)


def _painted_over(line: Phys, shapes: list[Shape]) -> bool:
    """A dot painted over the line's own glyphs: the line overflowed its box and the next
    column's list is drawn across it (clipped, cut-off words: "Con", "Eras"), so no dot says
    where an item of that column starts, on the line's row or any other."""
    return any(s.page == line.page and line.x0 < s.x0 and s.x1 < line.x1
               and line.top <= (s.top + s.bottom) / 2 <= line.bottom for s in shapes)


def _in_a_row(shape: Shape, shapes: list[Shape]) -> bool:
    """Another shape of its size on its row, close beside it: dots of a rating, not a marker."""
    middle, width = (shape.top + shape.bottom) / 2, shape.x1 - shape.x0
    return any(other is not shape and other.page == shape.page
               and abs((other.top + other.bottom) / 2 - middle) < 0.5 * width
               and abs((other.x1 - other.x0) - width) < 0.3 * width
               and min(abs(other.x0 - shape.x1), abs(shape.x0 - other.x1)) < _ROW_GAP * width
               for other in shapes)
