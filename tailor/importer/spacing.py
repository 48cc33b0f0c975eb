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

A justified line stretches every word gap alike, and a short line of a narrow measure (a header
beside its floated dates) may stretch them past the gap that splits a line into pieces (a column,
a cell): "Lean    Production    Manager,    Commercial". Word gaps all wide and all one width,
four or more, over words that read as a phrase (a comma, a joining word: a row of tags has
neither) are that line's spaces (`justified_gap`); a gap clearly wider (the dates) still splits.

Glyphs are duck-typed: anything with `x0`, `x1`, `size` and `get_text()` (pdfminer's `LTChar`);
a guessed space (pdfminer's `LTAnno`) has no `size`.
"""
from __future__ import annotations

import re

_SPACED_GAP = 0.25   # ems: a guessed space over less, in a line with space glyphs, is letter spacing
_MIN_TRACKING = 0.1  # ems: a line whose median gap between glyphs is wider than this is tracked
_WORD_GAP = 0.2      # ems: a word break in a tracked line is at least this much wider than the tracking
_MIN_GLYPHS = 4
_BOX_GAP = 0.5       # ems: a guessed space this wide, where spaces are glyphs, is the edge of a box
_PADDED = 0.2        # ems: room this wide after a space glyph whose line's other spaces touch the next glyph
_FLUSH = 0.02        # ems: ... touch: less room than this
_WRITES_SPACES = 0.5  # share of a document's spaces that are glyphs when it writes its spaces
_WORD_BREAK = 0.15   # ems: a gap between two glyphs with ink wider than this breaks two words
_STRETCHED = 0.8     # ems: a justified line's word gaps all wider than this would split it
_ALIKE = 0.15        # ems: ... and differ by less than this
_JUSTIFIED_GAPS = 4  # ... and there are this many at least
_PHRASE = re.compile(r"(?:,|^(?:and|of|for|the|to|in|with|on|at|by|a|an))$", re.I)


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


def box_edge(before, objects: list, index: int, spaces: bool, stretched: float = 0.0) -> bool:
    """Whether the glyph `objects[index]` starts a box of its own: in a document that writes its
    spaces (`spaces`), it comes after a guessed space over a gap of half an em or more (and more
    than a justified line's word gaps, `stretched`: see `justified_gap`), or after a space glyph
    padded on its right (`_padded_space`)."""
    return spaces and before is not None and index > 0 and not _glyph(objects[index - 1]) \
        and objects[index - 1].get_text() == " " \
        and (objects[index].x0 - before.x1 >= max(_BOX_GAP * max(before.size, 1.0), stretched)
             or _padded_space(before, objects, index))


def _padded_space(before, objects: list, index: int) -> bool:
    """A space glyph with room after it, in a line whose other space glyphs each touch the next
    glyph: the text of one box ended on its space (a browser prints a text's trailing space) and a
    box floated beside it starts there ("... and Economics ETH Zürich", a school floated right of
    a degree that ran up to it). Within one run of text a browser sets each glyph right after
    the one before, and a justified line stretches all its spaces, not one. Only between two
    words: a label's colon or a separator padded apart ("Frontend:  React", "Acme  |  2020") is
    spacing typed inside one text."""
    glyphs = [obj for obj in objects if _glyph(obj)]
    at = next((i for i, glyph in enumerate(glyphs) if glyph is before), 0)
    if before.get_text() != " " or objects[index].x0 - before.x1 < _PADDED * max(before.size, 1.0) \
            or not at or not glyphs[at - 1].get_text().isalnum() or not objects[index].get_text().isalnum():
        return False
    flush = [abs(b.x0 - a.x1) < _FLUSH * max(a.size, 1.0)
             for a, b in zip(glyphs, glyphs[1:]) if a.get_text() == " " and a is not before]
    return len(flush) >= _MIN_GLYPHS - 1 and all(flush)


def justified_gap(objects: list) -> float:
    """The widest word gap of a line set justified with its word gaps stretched wide (see the
    module's docstring), plus a little: gaps up to it are spaces; 0.0 for any other line."""
    glyphs = [obj for obj in objects if _glyph(obj) and obj.get_text().strip()]
    if len(glyphs) < _MIN_GLYPHS or tracking(objects):
        return 0.0
    size = max(glyphs[0].size, 1.0)
    words, gaps = [glyphs[0].get_text()], []
    for a, b in zip(glyphs, glyphs[1:]):
        if b.x0 - a.x1 > _WORD_BREAK * size:
            gaps.append(b.x0 - a.x1)
            words.append("")
        words[-1] += b.get_text()
    alike = [gap for gap in gaps if gap - min(gaps, default=0.0) < _ALIKE * size]
    if len(alike) < _JUSTIFIED_GAPS or min(alike) <= _STRETCHED * size \
            or not any(_PHRASE.search(word) for word in words[:-1]):
        return 0.0
    return max(alike) + _ALIKE * size
