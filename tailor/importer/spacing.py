"""What the room between two glyphs of a PDF line says: a word break, letter spacing, or the
edge of a box.

Letter-spaced text ("S U M M A R Y", "B E S T  P A P E R") is read as the words it spells.

Layouts set headings with wide letter spacing (CSS `letter-spacing`, LaTeX `\\textls`, Word's
"Expanded" character spacing). pdfminer guesses a space wherever two glyphs stand apart, so such a
heading comes out one letter a word, and no section word matches it. A guessed space is letter
spacing, not a word break:

* in a line that writes its spaces as glyphs, when the gap under it is small (a quarter em):
  a real word break there has its own space glyph;
* in a line whose letters all stand apart by the same extra room (its tracking, the median gap
  between two glyphs with ink, over a tenth of an em), when the gap is not clearly wider than
  that tracking: a word break there is the tracking plus a space's width, and in a line with
  space glyphs it has one of its own. In a line set without tracking the median gap is about
  zero, and every guessed space stays.

A document that writes its spaces as glyphs (a browser's or a word processor's PDF; LaTeX
writes none) sets chips ("Python", "TypeScript", "Java" each in a box of its own) with no space
glyph between the boxes, only their padding: there a guessed space over a gap of half an em or
more is the edge of a box, and the line is cut there (`box_edge`), so each chip is an item.

Glyphs are duck-typed: anything with `x0`, `x1`, `size` and `get_text()` (pdfminer's `LTChar`);
a guessed space (pdfminer's `LTAnno`) has no `size`.
"""
from __future__ import annotations

_SPACED_GAP = 0.25   # ems: a guessed space over less, in a line with space glyphs, is letter spacing
_MIN_TRACKING = 0.1  # ems: a line whose median gap between glyphs is wider than this is tracked
_WORD_GAP = 0.2      # ems: a word break in a tracked line is at least this much wider than the tracking
_MIN_GLYPHS = 4
_BOX_GAP = 0.5       # ems: a guessed space this wide, where spaces are glyphs, is the edge of a box
_WRITES_SPACES = 0.5  # share of a document's spaces that are glyphs when it writes its spaces


def _glyph(obj) -> bool:
    return hasattr(obj, "size")


def tracking(objects: list) -> float:
    """The extra room a line sets between every two of its letters: the median gap between two
    glyphs with ink side by side, when that is over a tenth of an em; 0.0 for a line set without
    letter spacing."""
    glyphs = [obj for obj in objects if _glyph(obj)]
    gaps = sorted(b.x0 - a.x1 for a, b in zip(glyphs, glyphs[1:]) if a.get_text().strip() and b.get_text().strip())
    if len(gaps) < _MIN_GLYPHS - 1:
        return 0.0
    median = gaps[len(gaps) // 2]
    return median if median > _MIN_TRACKING * max(glyphs[0].size, 1.0) else 0.0


def letter_spacing(before, after: list, spaced: bool, tracked: float) -> bool:
    """Whether a guessed space after the glyph `before`, with `after` the objects that follow it
    on the line, is letter spacing. `spaced`: the line writes its spaces as glyphs; `tracked`:
    the line's `tracking`."""
    following = next((obj for obj in after if _glyph(obj)), None)
    if following is None:
        return False
    size = max(before.size, 1.0)
    limit = tracked + _WORD_GAP * size if tracked else 0.0
    if spaced:
        limit = max(limit, _SPACED_GAP * size)
    return following.x0 - before.x1 < limit


def writes_spaces(lines: list[list]) -> bool:
    """Whether a document (its text lines, each a list of glyphs and guessed spaces) writes its
    spaces as glyphs: most of its spaces are glyphs, not guesses."""
    glyphs = guessed = 0
    for objects in lines:
        for obj in objects:
            if obj.get_text() == " ":
                glyphs, guessed = glyphs + _glyph(obj), guessed + (not _glyph(obj))
    return glyphs > _WRITES_SPACES * (glyphs + guessed)


def box_edge(before, objects: list, index: int, spaces: bool) -> bool:
    """Whether the glyph `objects[index]` starts a box of its own: in a document that writes its
    spaces (`spaces`), it comes after a guessed space over a gap of half an em or more."""
    return spaces and before is not None and index > 0 and not _glyph(objects[index - 1]) \
        and objects[index - 1].get_text() == " " and objects[index].x0 - before.x1 >= _BOX_GAP * max(before.size, 1.0)
