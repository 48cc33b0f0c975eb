"""A word processor table's header row: the row that names the columns, not an entry.

Why: German and Indian CVs set their entries in tables whose first row labels the columns
("Zeitraum | Tätigkeit", "Period | Position", "Qualification | Institution | Board / University |
Year of Passing | Percentage / CGPA"). Read as a row like the others, that row becomes the first
job or school ("Zeitraum at Tätigkeit"). A row is a header when every cell is a short label made
of column words (a period, a role, a degree, a school, a year, a grade) with no digit, no date and
no comma: data never reads so. It is dropped, and where it says which column holds the degree,
the school, the year and the grade, each row is read in that order (degree | school | year, then
the grade as "Score: ..."), so a board column or a grade column never takes the school's place.
See docs/ARCHITECTURE.md, "Resume import", step 1.
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer.dates import parse_dates
from tailor.importer.lines import Line
from tailor.importer.sections import section_key

# the words a column label is made of, by what the column holds (English, German, common Indian)
_ROLES = {
    "dates": {"period", "periods", "date", "dates", "year", "years", "duration", "time", "from", "to", "passing",
              "zeitraum", "zeit", "datum", "jahr", "dauer", "von", "bis"},
    "degree": {"qualification", "qualifications", "degree", "degrees", "course", "program", "programme",
               "examination", "exam", "abschluss", "qualifikation", "studiengang"},
    "institution": {"institution", "institute", "school", "college", "university", "schule", "hochschule",
                    "universität", "einrichtung"},
    "board": {"board"},
    "score": {"percentage", "cgpa", "gpa", "grade", "grades", "marks", "score", "result", "class", "division",
              "note", "ergebnis", "%"},
    "position": {"position", "role", "title", "designation", "tätigkeit", "funktion", "job", "activity"},
    "employer": {"company", "employer", "organisation", "organization", "arbeitgeber", "firma", "unternehmen"},
    "other": {"description", "details", "location", "place", "ort", "beschreibung", "of", "and", "&", "/", "-",
              "university/board", "board/university"},
}
_WORD_ROLE = {word: role for role, words in _ROLES.items() for word in words}
_MAX_WORDS = 4


def header_roles(cells: list[list[Line]]) -> list[str | None] | None:
    """What each cell of a table's first row names, when the row is a header row: two or more
    cells, each one short line of column words only (`_ROLES`), no digit, comma or date. Else
    None (the row is data: "EDV | SAP PM, MS Office", "Python | Advanced")."""
    filled = [cell for cell in cells if cell]
    if len(filled) < 2 or any(len(cell) != 1 for cell in filled):
        return None
    roles: list[str | None] = []
    for cell in cells:
        if not cell:
            roles.append(None)
            continue
        text = cell[0].text.strip().rstrip(":")
        words = re.findall(r"[^\s/&]+|[/&]", text.lower())
        if not words or len(words) > _MAX_WORDS + 2 or re.search(r"[\d,;()@]", text) or parse_dates(text) \
                or any(word not in _WORD_ROLE for word in words):
            return None
        named = [_WORD_ROLE[word] for word in words if _WORD_ROLE[word] != "other"]
        roles.append("board" if "board" in named else named[0] if named else None)  # "Board / University"
    if "board" in roles and "institution" not in roles:  # "Qualification | Board/University | Year": the
        roles[roles.index("board")] = "institution"      # only column naming where each was earned
    return roles


def ordered_cells(cells: list[list[Line]], roles: list[str | None]) -> tuple[list[list[Line]], list[Line]]:
    """A data row of a table whose header named a degree and a school column: (the row's cells
    as degree, school, year, others, the grade last as "Score: ..." so the education reader takes
    it as the score and never as the school; the lines read after the row). A board column
    (the Indian examining board or university) is no field of a school: its cell goes after the
    row as "Board: ...", listed for the user, never read as the area. Other tables keep their
    order."""
    if "degree" not in roles or "institution" not in roles or len(roles) != len(cells):
        return cells, []
    rank = {"degree": 0, "institution": 1, "dates": 2, "score": 4}
    order = sorted(range(len(cells)), key=lambda i: (rank.get(roles[i] or "", 3), i))
    out, after = [], []
    for i in order:
        cell = cells[i]
        if len(cell) == 1 and roles[i] in ("score", "board"):
            label = "Score: " if roles[i] == "score" else "Board: "
            cell = [replace(cell[0], text=label + cell[0].text.strip())]
            if roles[i] == "board":
                after += cell
                continue
        out.append(cell)
    return out, after


def school_heading(roles: list[str | None], before: list[Line]) -> list[Line]:
    """A heading line "Education" to read the table under, when its header names a degree and
    a school column and the section it sits in opens with a heading Tailor does not know
    ("EDUCATIONAL QUALIFICATIONS"): columns named so hold schools whatever the heading says,
    and read under an unknown heading they would not be imported. Under a known heading (or
    none), nothing is added."""
    if "degree" not in roles or "institution" not in roles:
        return []
    opened = next((key for line in reversed(before) if (key := section_key(line)) is not None), None)
    return [Line("Education", bold=True, heading=True, level=2)] if opened == "unknown" else []


_ROW = 0.3  # lines within this many font sizes of each other in y share a row


def column_labels(lines: list[Line]) -> int:
    """How many of a section's first lines are a table's header row as a PDF or a text file
    gives it (no table to ask): the cells of the first row ("Zeitraum", "Tätigkeit" side by
    side, or "Period | Position" as one line), when `header_roles` reads them as column
    labels. Read as an entry, they would be the first job ("Zeitraum at Tätigkeit")."""
    if not lines:
        return 0
    first = lines[0]
    row = [line for line in lines if line.page == first.page and first.size
           and abs(line.y - first.y) < _ROW * first.size] if first.size else [first]
    if len(row) != len([line for line in lines[:len(row)] if line in row]):
        return 0  # the row's cells are not the section's first lines
    texts = [part.strip() for line in row for part in line.text.split(" | ")]
    return len(row) if header_roles([[Line(text)] for text in texts]) is not None else 0
