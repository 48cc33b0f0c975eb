"""List markers laid out apart from their points' text: a stylesheet's ``::before`` glyph, a
word processor's bullet in a box of its own.

The text layer then holds the marker as a piece of its own, just left of its point on the same
row. A marker `lines` takes at the start of a line ("•", "–", or "◆" and "→" before a space) is put
back in front of the text, so the line reads as a point. Some glyphs open a point only when set
apart like this: typed at a line's start, an em dash or an angle quote separates words ("— Sous
Chef" wrapped from "Mercado – Grupo, Madrid — Sous Chef"); drawn in a box of their own at the
left of each point, they mark it. Such a glyph, an em and a half or closer to its point, is
dropped and its point marked as a drawn marker marks it (`drawn_markers.py`): the point opens an
item, and no wrap joins it to the line above.
`pdf.py` calls `attach_markers` on the page's pieces; see docs/ARCHITECTURE.md, "Resume import".
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tailor.importer.lines import ARROW_MARKERS, MARKER_GLYPHS

if TYPE_CHECKING:
    from tailor.importer.pdf import _Phys as Phys

# Markers `lines.strip_bullet` reads at a line's start ("◆", "→" before a space)
_MARKERS = set(MARKER_GLYPHS + "-–*" + ARROW_MARKERS)
# Glyphs that mark a point only when set apart from it (typed, they separate words)
_APART_ONLY = set("—›»")
_GAP = 1.5  # ems at most between such a glyph and its point


def attach_markers(lines: list[Phys]) -> list[Phys]:
    """`lines` with each marker laid out alone just left of its point's text, on its row, joined
    to that point: written in front of it, or (`_APART_ONLY`) dropped with the point marked."""
    out: list[Phys] = []
    for line in lines:
        marker = out[-1] if out else None
        if marker and marker.page == line.page and line.x0 > marker.x0 and line.text.strip() \
                and abs(marker.top - line.top) < 0.5 * max(line.size, 1.0) \
                and (marker.text in _MARKERS or marker.text in _APART_ONLY and _close(marker, line)):
            top, bottom = min(marker.top, line.top), max(marker.bottom, line.bottom)
            out[-1] = replace(line, top=top, bottom=bottom, marked=True) if marker.text in _APART_ONLY \
                else replace(line, top=top, bottom=bottom, x0=marker.x0,
                             chars=[(marker.text, False), (" ", False)] + line.chars)
        else:
            out.append(line)
    return out


def _close(marker: Phys, line: Phys) -> bool:
    """A marker's own gap: at most an em and a half between it and its point's first glyph. A
    dash further left is a cell of its own ("—" over "2021-03": a stack of dates, the open end
    first, in a column beside the title)."""
    return line.x0 - marker.x1 <= _GAP * max(line.size, 1.0)
