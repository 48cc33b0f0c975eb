"""Lines a narrow card wrapped where the line itself says it goes on: at a part separator
("Associate of Applied Science (2014-05) |" over "Business Administration", or the "|" opening
the second line), after a joining word that ends a line of parts ("... (2017-06) | Management,
Technology and" over "Economics"), inside a date cut after its hyphen ("(2018-" over "07) |
Secondary Mathematics", whose "07)" the PDF reader took for a list number), before a lone year
that a word of time ends the line above for ("Screened 600 adults since" over "2018", read
alone as an entry's dates), and at the dash between a school and its field ("Lakeside Community
College" over "- Hospitality Management"): a dash at the school's left edge, right under it,
marking one line alone (no dash over the line under it), is no bullet of a list but the
separator of "School - Field", its second part wrapped.

`wraps.py` measures a line's room to the page's or the text column's edge; a card set two to a
row or a narrow grid cell is narrower than both, so these lines stay apart, and the second one's
text lands in a wrong field ("|" as the field of study) or none. A line goes on the one above
only when it is set right under it, at its left edge (a separator opening the line may stand a
little right of it), in its type, with no blank line between. See docs/ARCHITECTURE.md,
"Resume import", step 1.
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer.degree_words import INSTITUTION
from tailor.importer.lines import Line, just_under

_GAP = 0.6  # ems: at most this much room between the first line's foot and the second's top
_INDENT = 0.6  # ems: a separator opening the second line may stand this far right of the first's edge
_JOINING = re.compile(r"(?:\s(?:and|of|for|the|&|de|del|und|et)|\s\|)$", re.I)  # the phrase goes on
_CUT_DATE = re.compile(r"[(\[]\s*(?:19|20)\d\d-$")  # "(2018-": a date cut after its hyphen
_DATE_REST = re.compile(r"^\d\d[)\]]$")  # "07)": the rest of that date, read as a list number
_TIME_WORD = re.compile(r"\s(?:since|until|till|from|in|by|before|after|through)$", re.I)  # "... adults since"
_LONE_YEAR = re.compile(r"^(?:19|20)\d\d(?:[-/.]\d\d)?[.,;]?$")  # "2018", the word's object


def separator_wraps(lines: list[Line]) -> list[Line]:
    """`lines` with each line that goes on the one above (a separator, a joining word, a cut
    date or a word of time and its year between them; a school's dash) joined to it."""
    out: list[Line] = []
    for index, line in enumerate(lines):
        above = out[-1] if out else None
        if above is not None and _right_under(above, line) and (text := _going_on(above, line)):
            out[-1] = replace(above, text=text, right=max(above.right, line.right),
                              bottom=max(above.bottom, line.bottom))
            continue
        if above is not None and _school_dash(above, line, lines[index + 1] if index + 1 < len(lines) else None):
            out[-1] = replace(above, text=f"{above.text.rstrip()} - {line.text.strip()}", bold=False,
                              bold_prefix=above.text.strip() if above.bold else above.bold_prefix,
                              right=max(above.right, line.right), bottom=max(above.bottom, line.bottom))
            continue
        out.append(line)
    return out


def _school_dash(above: Line, line: Line, after: Line | None) -> bool:
    """"- Hospitality Management" right under a school's name, at its left edge, the only line
    so marked: the field after the dash of "School - Field", wrapped (a school's points are
    marked two or more in a row, or indented)."""
    return line.bullet.strip() in ("-", "–") and not above.is_bullet and bool(INSTITUTION.search(above.text)) \
        and bool(above.size and line.size) and abs(line.x - above.x) <= 1.5 \
        and abs(line.size - above.size) < 0.2 and not above.heading and not line.heading \
        and not line.gap_before and just_under(above, line, _GAP) \
        and not (after is not None and after.is_bullet and after.page == line.page and abs(after.x - line.x) <= 1.5)


def _right_under(above: Line, line: Line) -> bool:
    return bool(above.size and above.right and line.size) \
        and -1.5 <= line.x - above.x <= _INDENT * above.size and abs(line.size - above.size) < 0.2 \
        and above.bold == line.bold and not above.heading and not line.heading and not line.gap_before \
        and just_under(above, line, _GAP)


def _going_on(above: Line, line: Line) -> str | None:
    """The two lines' text as one, when the first's end or the second's start says it goes on."""
    first, second = above.text.rstrip(), line.text.strip()
    if line.bullet and _DATE_REST.match(line.bullet.strip()) and _CUT_DATE.search(first):
        return f"{first}{line.bullet.strip()} {second}"  # "(2018-" + "07)" + "| Secondary Mathematics"
    if line.is_bullet:
        return None  # a point of its own
    if second.startswith("| ") and len(second) > 2 or _JOINING.search(first) and " | " in first \
            and second[:1].isalnum():  # a joining word ends a line of parts: its last part goes on
        return f"{first} {second}"
    if _TIME_WORD.search(first) and _LONE_YEAR.match(second):
        return f"{first} {second}"  # "Screened 600 adults since" over "2018": no entry's dates
    return None
