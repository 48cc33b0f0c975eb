"""Wraps seen only from a PDF's logical lines: a typed point's rest, a word broken at a hyphen.

`wraps.py` judges two physical lines by the room left at the end of the first, measured to the
page's edge or a column's; where dates floated further right set the page's edge, every line of
a narrower text column seems to have had room for more. Two kinds of wrap still show in the
lines themselves (docs/ARCHITECTURE.md, "Resume import", step 1):

- A point typed with its marker ("&bull; ..." then a line break) whose text wrapped onto a line
  with none. The points stand at the paragraph's own line spacing, so spacing does not tell a
  point's second line from the next point; but every point of such a list opens with its
  marker, so a line right under a marked point, under the same left edge and in its type, with
  no marker of its own, is that point's text going on when the point had not ended its sentence
  and either the line goes on the phrase (lower case, a number, a bracket: "... serving" over
  "1,400 covers a week") or its first word could not have fitted after the point's line,
  measured to where the document's lines at that left edge and in that size reach. A line that
  opens in bold under a point that ends plain is no rest of it but a title (the next employer's
  or project's name), as `wraps.wraps` reads a type change at a break.
- A word broken after its hyphen ("keeps petabyte-" over "scale systems healthy."): a line
  ending on a letter and a hyphen, the next right under it, under the same left edge and in
  its type, going on in lower case. The hyphen is kept or dropped as `lines.join_wrapped` says.
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer.fields import is_contact_detail
from tailor.importer.lines import MARKER_GLYPHS, Line, join_wrapped, words_of

_POINT_WORDS = 4  # a marked line of fewer words is a label or an item of a list, not a point's text
_GAP = 0.5  # ems: at most this much room between a line's foot and the line going on under it
_ROOM = 0.3  # ems: slack when judging whether the next line's first word would have fitted
_BROKEN = re.compile(r"[^\W\d_]{2}-$")  # "petabyte-": a word broken after its hyphen


def _typed_point(line: Line) -> bool:
    text = line.text.lstrip()
    return text[:1] in MARKER_GLYPHS and text[1:2] == " " and len(text.split()) > _POINT_WORDS \
        and not text.rstrip().endswith((".", "!", "?", ":", ";"))


def _first_word_width(line: Line) -> float:
    """The line's first word's width, by its share of the line's letters."""
    text = line.text.strip()
    return (line.right - line.x) * len(text.split()[0]) / max(len(text), 1)


def _right_under(above: Line, line: Line) -> bool:
    """`line` is set right under `above`, under its left edge, in its type, with no marker."""
    return bool(above.size and above.bottom) and line.page == above.page and abs(line.x - above.x) < 1.5 \
        and abs(line.size - above.size) < 0.2 and not line.gap_before and not line.is_bullet \
        and bool(line.text.strip()) and line.text.lstrip()[:1] not in MARKER_GLYPHS \
        and 0 <= line.y - above.bottom <= _GAP * above.size


def _point_goes_on(point: Line, line: Line, edge: float) -> bool:
    if not _typed_point(point) or not _right_under(point, line) or is_contact_detail(line.text.strip()) \
            or (line.bold or line.bold_prefix) and not (point.bold or point.bold_tail):
        return False  # bold opening under a point ending plain: the next entry's title, not the point's rest
    head = line.text.lstrip()[:1]
    return head.islower() or head.isdigit() or head in "([" \
        or point.right + 0.3 * point.size + _first_word_width(line) > edge - _ROOM * point.size


def _hyphen_goes_on(above: Line, line: Line) -> bool:
    return _BROKEN.search(above.text.rstrip()) is not None and line.text.lstrip()[:1].islower() \
        and _right_under(above, line) and above.bold == line.bold


def joined(lines: list[Line]) -> list[Line]:
    """`lines` with each typed point's wrapped lines, and each word's rest after a hyphen at a
    line's end, joined to the line above (a PDF's lines: sizes and positions known)."""
    edges: dict[tuple[float, float], float] = {}
    for line in lines:
        if line.size and line.right:
            key = (round(line.x), round(line.size * 2))
            edges[key] = max(edges.get(key, 0.0), line.right)
    vocabulary = words_of([line.text for line in lines])
    out: list[Line] = []
    for line in lines:
        above = out[-1] if out else None
        if above is not None and (_point_goes_on(above, line, edges.get((round(above.x), round(above.size * 2)), 0.0))
                                  or _hyphen_goes_on(above, line)):
            out[-1] = replace(above, text=join_wrapped(above.text, line.text.strip(), vocabulary),
                              right=max(above.right, line.right), bottom=max(above.bottom, line.bottom))
            continue
        out.append(line)
    return out
