"""An entry's title in capitals that a narrow card wrapped ("OSHA 30-HOUR GENERAL" over "INDUSTRY",
"SOUTHWEST TENNESSEE" over "COMMUNITY COLLEGE"), read as one title again.

Themes that set certificates, schools or projects as cards side by side, two to a row, print
each card's title in capitals in a bold type of its own, and a long title wraps inside its card.
`wraps.py` measures a line's room to the page's or the text column's edge, and a card is
narrower than both, so the title stays two lines: the first reads as the name and the second
as the issuer or the degree. Two lines in the same bold type in capitals, the second right under
the first at its left edge with no blank line between, are one title when the second line's
first word would not have fitted after the first within the card: the card's edge is where the
lines of its block (the title and what follows it down to the next blank line, at its left
edge) reach. A school's name over a degree ("HARVARD UNIVERSITY" over "MASTER OF SCIENCE") is
two things and stays two lines. See docs/ARCHITECTURE.md, "Resume import", step 1.
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.degree_words import DEGREE, INSTITUTION
from tailor.importer.lines import Line, join_wrapped, just_under
from tailor.importer.section_names import HEADINGS, normalise_heading

_GAP = 0.6  # ems: at most this much room between the first line's foot and the second's top
_EDGE = 2.0  # ems: lines of the block start within this much of the title's left edge
_ROOM = 0.3  # ems: slack when judging whether the next word would have fitted


def wrapped_titles(lines: list[Line]) -> list[Line]:
    """`lines` with each wrapped title in capitals joined to its first line."""
    out: list[Line] = []
    for index, line in enumerate(lines):
        above = out[-1] if out else None
        if above is not None and _goes_on(above, line, _card_edge(lines, index - 1, above)):
            out[-1] = replace(above, text=join_wrapped(above.text, line.text.strip()),
                              right=max(above.right, line.right), bottom=max(above.bottom, line.bottom))
            continue
        out.append(line)
    return out


def _capitals(line: Line) -> bool:
    text = line.text.strip()
    return any(c.isalpha() for c in text) and not any(c.islower() for c in text)


def _goes_on(above: Line, line: Line, edge: float) -> bool:
    if not (above.size and above.right and line.right and above.bold and line.bold and _capitals(above)
            and _capitals(line) and abs(line.x - above.x) < 1.5
            and abs(line.size - above.size) < 0.2 and above.heading == line.heading and not line.gap_before
            and not line.is_bullet and just_under(above, line, _GAP)):
        return False
    if INSTITUTION.search(above.text) and DEGREE.match(line.text.strip()):
        return False  # a school's name over its degree
    if any(normalise_heading(x.text) in HEADINGS for x in (above, line)):
        return False  # a section's heading: never part of a title
    text = above.text.strip()
    first_word = line.text.split()[0]
    width = (above.right - above.x) / max(len(text), 1) * (len(first_word) + 1)
    return above.right + width > edge + _ROOM * above.size


def _card_edge(lines: list[Line], start: int, title: Line) -> float:
    """How far right the lines of the title's block reach at its left edge: the title and the
    lines under it down to the next blank line."""
    edge = title.right
    for line in lines[start + 1:]:
        if line.page != title.page or line.gap_before:
            break
        if abs(line.x - title.x) <= _EDGE * title.size:
            edge = max(edge, line.right)
    return edge
