"""Entries set as label/value rows: "Zeitraum | 03/2019 - heute", "Arbeitgeber | Siemens AG".

Why: German Lebensläufe (and many Word CV templates elsewhere) set each job or school as a small
two-column table whose left cells name what the right cells hold ("Zeitraum", "Arbeitgeber",
"Position", "Aufgaben"; "Period", "Company", "Role", "Responsibilities"). Read as text, each
label goes into its value ("Zeitraum 03/2019 - heute"), a column of labels is read as one line
("Zeitraum Arbeitgeber Position Aufgaben"), and the employer and the role are told apart by
guesswork although the page names them. So a run of rows whose labels are field names is read as
the entries it spells: the labels say which value is which, and each record is written back the
way a typed resume sets it (the role and employer on one line, "Role | Employer, Place", then the
dates, then the tasks as points; a school over its degree, the dates, "Score: ..."), the labels
themselves no content. A record ends where a label comes again. Only runs of three rows or more
with dates and an employer, role, school or degree are read so: a skills table ("EDV | SAP")
labels groups, not fields, and stays as it is. See docs/ARCHITECTURE.md, "Resume import", step 1.
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer.lines import Line, join_wrapped, trimmed_chars
from tailor.importer.sections import section_key

# What a label names, by the words of the label (English, German, French, Spanish, Italian).
_LABELS = {
    "dates": {"zeitraum", "zeit", "datum", "dauer", "von - bis", "von-bis", "von – bis", "period", "dates", "date",
              "duration", "from - to", "période", "periode", "periodo", "período", "fecha", "fechas", "jahr"},
    "employer": {"arbeitgeber", "firma", "unternehmen", "company", "employer", "organisation", "organization",
                 "entreprise", "employeur", "empresa", "azienda", "institution / firma"},
    "position": {"position", "rolle", "funktion", "tätigkeit", "stelle", "job title", "title", "role", "designation",
                 "poste", "fonction", "puesto", "cargo", "ruolo", "berufsbezeichnung"},
    "location": {"ort", "standort", "location", "place", "city", "lieu", "ciudad", "luogo", "sede"},
    "description": {"aufgaben", "tätigkeiten", "aufgabenbereich", "schwerpunkte", "verantwortung", "beschreibung",
                    "verantwortlichkeiten", "responsibilities", "duties", "tasks", "description", "details",
                    "achievements", "erfolge", "missions", "tâches", "funciones", "responsabilidades", "mansioni"},
    "institution": {"hochschule", "universität", "schule", "institution", "university", "school", "college",
                    "bildungseinrichtung", "einrichtung", "établissement", "école", "université", "universidad",
                    "università", "institute"},
    "degree": {"abschluss", "studiengang", "degree", "qualification", "course", "diplôme", "titulación", "titolo",
               "programme", "program", "studium"},
    "area": {"fachrichtung", "studienfach", "schwerpunkt", "major", "field", "field of study", "spécialité",
             "especialidad"},
    "score": {"note", "abschlussnote", "gesamtnote", "grade", "gpa", "cgpa", "percentage", "mention", "nota", "voto"},
}
_ROLE = {word: role for role, words in _LABELS.items() for word in words}
_SCHOOL = {"institution", "degree", "area", "score"}
_NAMES = {"employer", "position", "institution", "degree"}
_MIN_ROWS = 3
_JOINED = re.compile(r"^\s*([^|:]{2,30}?)\s*(?:\||:)\s*(\S.*)$")  # "Label | value", "Label: value"


def field_label(text: str) -> str | None:
    """What a label cell names ("Zeitraum" -> "dates", "Arbeitgeber:" -> "employer"), else None."""
    return _ROLE.get(" ".join(text.strip().rstrip(":").split()).casefold())


def labelled_entries(lines: list[Line]) -> list[Line]:
    """`lines` with each run of label/value rows that spells entries written as those entries."""
    out: list[Line] = []
    at = 0
    while at < len(lines):
        rows, end = _rows(lines, at)
        records = _records(rows) if len(rows) >= _MIN_ROWS else []
        if records:
            out += [line for record in records for line in _written(record)]
            at = end
        else:
            out.append(lines[at])
            at += 1
    return out


def _rows(lines: list[Line], at: int) -> tuple[list[tuple[str, list[Line]]], int]:
    """The label/value rows from `at` on ((role, value lines) each) and where they end. A row is
    one line ("Zeitraum | 03/2019 - heute") or a label alone on its line with its value's lines
    after it, up to the next label (a value cell of several paragraphs)."""
    rows: list[tuple[str, list[Line]]] = []
    while at < len(lines):
        line = lines[at]
        joined = _JOINED.match(line.text)
        if joined and (role := field_label(joined[1])):
            rows.append((role, [replace(line, text=joined[2].strip(), bold_prefix="", bold_runs=(), bold_tail="")]))
        elif role := field_label(line.text):
            rows.append((role, []))
        elif rows and not line.heading and (rows[-1][1] or not line.gap_before) and not _label_like(line) \
                and section_key(line) in (None, "unknown"):
            values = rows[-1][1]
            if values and 0 < values[-1].x < line.x and line.page == values[-1].page:
                # a PDF row's value wrapped under itself, right of the row's label
                values[-1] = replace(values[-1], text=join_wrapped(values[-1].text.strip(), line.text.strip()))
            else:
                values.append(line)  # a value's next line (a cell's next paragraph)
        else:
            break
        at += 1
    while rows and not rows[-1][1]:
        rows.pop()
        at -= 1
    return rows, at


def _label_like(line: Line) -> bool:
    joined = _JOINED.match(line.text)
    return bool(joined and field_label(joined[1]))


def _records(rows: list[tuple[str, list[Line]]]) -> list[dict[str, list[Line]]]:
    """The rows cut into records where a label comes again; [] unless every record has its
    dates and a name (employer, role, school or degree), and every row has a value."""
    records: list[dict[str, list[Line]]] = []
    for role, values in rows:
        if not values:
            return []
        if not records or role in records[-1]:
            records.append({})
        records[-1][role] = values
    if not all("dates" in record and _NAMES & set(record) for record in records):
        return []
    return records


def _written(record: dict[str, list[Line]]) -> list[Line]:
    """A record as a typed resume sets it."""
    first = min((values[0] for values in record.values()), key=lambda line: (line.page, line.y))

    def text(role: str) -> str:
        return " ".join(line.text.strip() for line in record.get(role, []))

    def line(words: str, point: bool = False) -> Line:
        return replace(first, text=words, bold=False, bold_prefix="", bold_runs=(), bold_tail="",
                       heading=False, level=0, bullet="", list_item=point, gap_before=False)

    place = text("location")
    out: list[Line]
    if _SCHOOL & set(record):
        school = ", ".join(part for part in (text("institution"), place) if part)
        out = [line(school)] if "institution" in record else []
        out += [line(text(role)) for role in ("degree", "area") if role in record]
        out += [line(text("dates"))] + ([line("Score: " + text("score"))] if "score" in record else [])
    else:
        employer = ", ".join(part for part in (text("employer"), place) if part)
        out = [line(" | ".join(part for part in (text("position"), employer) if part)), line(text("dates"))]
        out += [line(value.text.strip(), point=True) for value in record.get("description", [])]
    out = [item for item in out if item.text.strip()]
    return [replace(out[0], gap_before=True)] + out[1:]


_ROW = 0.3  # pieces whose tops are this many font sizes apart at most share a row


def label_cells_joined(pieces: list) -> list:
    """A PDF's pieces (`pdf._Phys`) with each label cell joined to the value cell beside it, as
    "Label | value", where the page sets label/value rows: three rows or more whose leftmost
    piece is a field label at one left edge, dates among them, each with one piece to its right.
    Read apart, the column of labels would be taken for a gutter of headings or a sidebar and
    read as one line of its own."""
    rows: list[tuple] = []
    for label in pieces:
        if not label.text.strip() or not (role := field_label(label.text)):
            continue
        row = [p for p in pieces if p is not label and p.page == label.page
               and abs(p.top - label.top) <= _ROW * max(label.size, 1.0)]
        if len(row) == 1 and row[0].x0 > label.x1 and not any(p.x0 < label.x0 for p in row):
            rows.append((label, row[0], role))
    edges: dict[int, list[tuple]] = {}
    for row in rows:
        edges.setdefault(round(row[0].x0), []).append(row)
    joined = {id(label): value for group in edges.values() if len(group) >= _MIN_ROWS
              and "dates" in {role for *_, role in group} and _NAMES & {role for *_, role in group}
              for label, value, _ in group}
    values = {id(value) for value in joined.values()}
    out = []
    for piece in pieces:
        if id(piece) in values:
            continue
        if value := joined.get(id(piece)):
            piece = replace(piece, x1=value.x1, bottom=max(piece.bottom, value.bottom),
                            chars=[*trimmed_chars(piece.chars), (" ", False), ("|", False), (" ", False),
                                   *trimmed_chars(value.chars)])
        out.append(piece)
    return out
