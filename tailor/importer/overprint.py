"""Text drawn over or against other text: a pdfminer line cut into its texts, a line that ran on
under the next entry read with its own entry.

pdfminer builds a text line from glyphs that follow one another in the file and sit close on
one row. Typed text moves its pen to the right, glyph after glyph: kerning takes a little off an
advance but never sets a glyph before the one ahead of it started. A glyph that starts left of
where the glyph before it started was set by another text: a box of fixed height whose entry ran
on under the next entry's title ("... 5 hours per" / "week" over "General Manager"), or a
right-aligned name that ran into the text beside it ("Telemetry Houston Methodist ..."). Read
as one line, the texts are glued into words nobody wrote ("weekGeneral Manager"); cut there
(`texts`), each keeps its own place on the page.

The lines of a paragraph stand one line pitch apart, so a line starting between two of them at
their left edge was drawn over them: the entry above ran on under the next one's title. Read by
height, its last line would come after that title and open the wrong entry ("... back of" /
"Shift Supervisor" / "house"); it is read right after the line it goes on from (`run_ons`, in
rows: `grid_rows`, in a label gutter's blocks: `chunks_joined`). See docs/ARCHITECTURE.md,
"Resume import", step 1.
"""
from __future__ import annotations

import unicodedata
from collections import Counter

_BACK = 0.05  # ems a glyph may start left of the one before it (rounding): more is a pen gone back


def pen_backs(objects: list) -> list[int]:
    """Where in `objects` (a pdfminer text line's glyphs and inserted spaces, in order) a glyph
    starts left of the glyph before it by more than rounding: the indices that open a new text.
    A combining mark sits over its letter and a right-to-left script runs leftwards: neither
    counts."""
    cuts: list[int] = []
    last = None  # the last glyph (a space glyph too: the pen stood at its start)
    for index, obj in enumerate(objects):
        if not hasattr(obj, "fontname"):  # an LTAnno: pdfminer's own space or line end
            continue
        text = obj.get_text()
        if text and (unicodedata.combining(text[0]) or unicodedata.bidirectional(text[0]) in ("R", "AL")):
            last = None
            continue
        if last is not None and text.strip() and obj.x0 < last.x0 - _BACK * max(obj.size, 1.0):
            cuts.append(index)
        last = obj
    return cuts


def texts(line) -> list:
    """`line` (a pdfminer horizontal text line) as one line per text drawn into it: the line
    itself when its pen never went back, else new lines cut where it did, each measured by its
    own glyphs."""
    from pdfminer.layout import LTContainer, LTExpandableContainer, LTTextLineHorizontal

    objects = list(line)
    cuts = pen_backs(objects)
    if not cuts or not isinstance(line, LTTextLineHorizontal):
        return [line]
    pieces = []
    for start, end in zip([0, *cuts], [*cuts, len(objects)]):
        piece = LTTextLineHorizontal(line.word_margin)
        for obj in objects[start:end]:  # pdfminer's spaces kept as they are, none added
            (LTExpandableContainer if hasattr(obj, "fontname") else LTContainer).add(piece, obj)
        if any(hasattr(obj, "fontname") for obj in piece):
            pieces.append(piece)
    return pieces or [line]


_SAME_X = 0.5  # points: pieces starting this close start at one left edge
_ON_PITCH = 0.3  # points off the paragraph's line pitch that still sit on it
_OVERLAP = 0.5  # points two boxes must share to be drawn over each other


def run_ons(pieces: list) -> list[tuple]:
    """(line, the line it goes on from) for each line of `pieces` (a page's physical lines) that
    sits one line pitch under a line of its own paragraph, in its type and at its left edge, with
    another line at that edge starting below the first and drawn over one of them: the entry
    above ran on under that line (a title in a box of fixed height)."""
    pitch = _pitch(pieces)
    if not pitch:
        return []
    return [(piece, above) for piece in pieces if (above := _run_on(piece, pieces, pitch)) is not None]


def grid_rows(rows: list[list]) -> list[list]:
    """`rows` (a page's rows of pieces, top to bottom, each left to right) with each line that
    ran on under another (`run_ons`) in a row of its own right after the line it goes on from."""
    for piece, above in run_ons([piece for row in rows for piece in row]):
        at = next(index for index, row in enumerate(rows) if any(p is above for p in row))
        if at + 1 < len(rows) and any(p is piece for p in rows[at + 1]) \
                and not any(p is not piece and abs(p.x0 - piece.x0) <= _SAME_X for p in rows[at + 1]):
            continue  # read right after it already, on a row of its own at that edge
        rows = [row for row in ([p for p in row if p is not piece] for row in rows) if row]
        at = next(index for index, row in enumerate(rows) if any(p is above for p in row))
        rows.insert(at + 1, [piece])
    return rows


def chunks_joined(chunks: list[list]) -> list[list]:
    """`chunks` (a page's blocks in reading order, each read by rows) with each line that ran on
    under another (`run_ons`) in the chunk of the line it goes on from: a cut at the next entry's
    dates, level with the title drawn over it, would read it with that entry."""
    for piece, above in run_ons([piece for chunk in chunks for piece in chunk]):
        target = next(chunk for chunk in chunks if any(p is above for p in chunk))
        if not any(p is piece for p in target):
            chunks = [[p for p in chunk if p is not piece] for chunk in chunks]
            target = next(chunk for chunk in chunks if any(p is above for p in chunk))
            target.append(piece)
    return [chunk for chunk in chunks if chunk]


def _pitch(pieces: list) -> float:
    """The most common distance between the tops of two lines in one type size, one under the
    other at one left edge: the body's line pitch (0.0 when no two lines show one)."""
    steps: Counter = Counter()
    ordered = sorted(pieces, key=lambda p: (p.page, p.top))
    for index, piece in enumerate(ordered):
        below = next((p for p in ordered[index + 1:] if p.page == piece.page and abs(p.x0 - piece.x0) <= _SAME_X
                      and abs(p.size - piece.size) < 0.05), None)
        if below is not None and 0.8 * piece.size <= below.top - piece.top <= 2.0 * piece.size:
            steps[round(below.top - piece.top, 1)] += 1
    return steps.most_common(1)[0][0] if steps else 0.0


def _run_on(piece, pieces: list, pitch: float):
    """The line `piece` goes on from, one pitch above it in its own type at its left edge, when
    another line at that edge starts below the first, drawn over one of them (two lines one
    pitch apart leave no room for a third); else None."""
    above = next((p for p in pieces if p is not piece and p.page == piece.page
                  and abs(p.x0 - piece.x0) <= _SAME_X and abs(p.size - piece.size) < 0.05
                  and abs(piece.top - p.top - pitch) <= _ON_PITCH), None)
    if above is None:
        return None
    over = any(p is not piece and p is not above and p.page == piece.page and abs(p.x0 - piece.x0) <= _SAME_X
               and above.top + _OVERLAP < p.top < piece.bottom - _OVERLAP
               and (_shared(p, above) > _OVERLAP or _shared(p, piece) > _OVERLAP) for p in pieces)
    return above if over else None


def _shared(one, other) -> float:
    """How far the boxes of two lines share their height, in points (0.0 when they do not)."""
    return max(0.0, min(one.bottom, other.bottom) - max(one.top, other.top))
