"""An entry header laid out as one table row: role | dates | first point (or link), three cells;
and schools laid out as a grid that flows school | dates | school across rows.

Some layouts set each entry as a grid row with the dates cell in the middle. When a cell's text
is longer than its cell it wraps inside it, and a PDF shows the wrapped part as a line of its own
a row further down: the end of the role under the role ("Senior Engineer, Grain" over
"Processing"), and a point that started right of the dates running on in the dates column,
where the next points of the same list follow ("...across four plants" over "(Leeds, Kotka).").
Read line by line, those are extra header text and a summary. A row whose dates cell has a
cell on both sides is the cue: dates at the end of a row (the common "Role .... 2019 - 2021")
never start this, so an employer or a place set under the role stays what it is.
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer import fields
from tailor.importer.dates import parse_dates
from tailor.importer.education import INSTITUTION
from tailor.importer.lines import Line, join_wrapped
from tailor.importer.list_items import line_dates

_ROW = 0.3  # lines within this many font sizes of each other in y share a row
_BELOW = 2.5  # a cell's wrapped part starts within this many font sizes under its row
_SAME_X = 2.0  # points: lines of one cell start at the same x
_CELL_WORDS = 4  # the wrapped end of a role is a few words, never a sentence
_SENTENCE_END = (".", "!", "?")
_EM_PER_CHAR = 0.5  # a character's mean width in ems, to tell a cell filled by its text
_FILLED = 0.75  # ...up to this share of the room before the dates
_WITH_POINTS = ("work", "volunteer", "projects")


def grid_row(section: str, header: list[Line], bullets: list[Line]) -> tuple[list[Line], list[Line]]:
    """The header with a wrapped role joined back and the first point's run-on lines joined to
    it; run-on lines that start a sentence of their own become points ahead of `bullets`."""
    row = _three_cells(header) if section in _WITH_POINTS else None
    if row is None:
        return header, bullets
    role, dates, third = row
    role_text, point_text, points = role.text, third.text, []
    point = _is_point(third)
    kept: list[Line] = []
    for line in header:
        if line in row or line.page != dates.page or line.y <= dates.y + _ROW * dates.size:
            kept.append(line)
        elif abs(line.x - role.x) < _SAME_X and _role_end(line, role, role_text, dates):
            role_text = join_wrapped(role_text, line.text)
        elif point and abs(line.x - dates.x) < _SAME_X and not parse_dates(line.text) \
                and not fields.is_location(line.text):  # a place under the dates is the entry's
            if points and not points[-1].text.endswith(_SENTENCE_END) or not points and _runs_on(point_text, line):
                if points:
                    points[-1] = replace(points[-1], text=join_wrapped(points[-1].text, line.text))
                else:
                    point_text = join_wrapped(point_text, line.text)
            else:
                points.append(replace(line, list_item=True))
        else:
            kept.append(line)
    first = replace(third, text=point_text)
    kept = [replace(h, text=role_text) if h is role else first if h is third else h for h in kept]
    if point and third.list_item and not points and not bullets:  # marked by `lone_points`
        return [h for h in kept if h is not first], [first]
    return kept, points + bullets


def lone_points(section: str, entries: list[tuple[list[Line], list[Line]]]) -> list[tuple[list[Line], list[Line]]]:
    """A layout sets every entry alike: where two or more entries of the section have their
    first point beside the dates and more points under it, a sentence beside the dates of an
    entry with no other points is that entry's one point, not its description. It is marked as
    a list item for `grid_row`."""
    rows = [_three_cells(header) if section in _WITH_POINTS else None for header, _ in entries]
    pointed = sum(1 for row, (_, bullets) in zip(rows, entries)
                  if row and _is_point(row[2]) and bullets and bullets[0].x < row[2].x)
    if pointed < 2:
        return entries
    return [([replace(h, list_item=True) if h is row[2] else h for h in header], bullets)
            if row and _is_point(row[2]) and not bullets else (header, bullets)
            for row, (header, bullets) in zip(rows, entries)]


def _three_cells(header: list[Line]) -> tuple[Line, Line, Line] | None:
    """The row's role, dates and third cell: dates alone on their line with a line starting left
    of them and one starting right of them, all three on one row."""
    for dates in header:
        if not dates.size or not parse_dates(dates.text):
            continue
        beside = [h for h in header if h is not dates and h.page == dates.page
                  and abs(h.y - dates.y) < _ROW * dates.size]
        left = [h for h in beside if h.x < dates.x and not parse_dates(h.text)]
        right = [h for h in beside if h.x > dates.x]
        if len(left) == 1 and len(right) == 1:
            return left[0], dates, right[0]
    return None


def _role_end(line: Line, role: Line, role_text: str, dates: Line) -> bool:
    """A few words under the role, in its type, close under its row, the role having filled its
    cell up to the dates: the rest of the role. Under a short role ("Acme Corp") a line is a
    line of its own (the role under the employer)."""
    filled = len(role.text) * _EM_PER_CHAR * role.size >= _FILLED * (dates.x - role.x)
    return (filled and len(line.text.split()) <= _CELL_WORDS and line.bold == role.bold and not line.heading
            and abs(line.size - role.size) < 0.6 and line.y - role.y <= _BELOW * role.size
            and role_text == role.text and not role.text.rstrip().endswith(_SENTENCE_END + (":",))
            and not parse_dates(line.text))


def _is_point(line: Line) -> bool:
    """A sentence in the third cell (not a link or a place): the first point of the entry."""
    words = line.text.split()
    return len(words) >= 4 and not re.match(r"(https?://|www\.)", line.text)


def _runs_on(text: str, line: Line) -> bool:
    """The point's text has not ended, or the line goes on mid-sentence (lower case, a bracket)."""
    return not text.rstrip().endswith(_SENTENCE_END) or not line.text[:1].isupper()


def school_row(section: str, header: list[Line], bullets: list[Line]) -> list[tuple[list[Line], list[Line]]]:
    """Schools laid out as a grid that flows row by row: school | dates | school, the second
    school's dates in the next row. A school named in the cell after another school's dates is
    the next entry, with the lines under it in its cell and the next dates below the row. Two
    schools side by side with one set of dates between them are never one entry."""
    row = _three_cells(header) if section == "education" else None
    if row is None or not all(INSTITUTION.search(cell.text) for cell in (row[0], row[2])) or _is_point(row[2]) \
            and row[2].text.rstrip().endswith(_SENTENCE_END):
        return [(header, bullets)]
    _, dates, school = row
    below = [h for h in header if h.page == dates.page and h.y > dates.y + _ROW * dates.size]
    wrapped = [h for h in below if abs(h.x - school.x) < _SAME_X and not _dates(h)
               and h.y - school.y <= _BELOW * school.size]
    later = [h for h in below if _dates(h) and h not in wrapped][:1]  # none when a column cut it off
    name = school.text
    for line in wrapped:
        name = join_wrapped(name, line.text)
    taken = [school, *wrapped, *later]
    first = [h for h in header if not any(h is t for t in taken)]
    ended = [replace(h, text=h.text.lstrip("-–— ")) for h in later]  # "- 2012-06": the year it ended
    return [(first, bullets), ([replace(school, text=name), *ended], [])]


def _dates(line: Line) -> bool:
    """Dates, also an end date alone after its dash ("- 2012-06": the start left empty)."""
    return line_dates(line) or bool(parse_dates(line.text.lstrip("-–— ")))
