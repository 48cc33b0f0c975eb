"""A word processor's paragraphs and table rows as `Line`s: the rules DOCX and ODT share.

Why one module: a Word document (`extract.py` walks it with python-docx) and an OpenDocument
text (`odt.py` walks its XML) say the same things (heading levels, bold runs, list paragraphs,
tables, a page header and footer), so both readers turn them into lines by these rules and a
resume reads the same whichever the person saved. See docs/ARCHITECTURE.md, "Resume import",
step 1.
"""
from __future__ import annotations

import re
from pathlib import Path

from tailor.importer.dates import parse_dates
from tailor.importer.fields import is_contact_detail, is_location, split_parts
from tailor.importer.label_rows import labelled_entries
from tailor.importer.lines import Line, bold_runs, clean
from tailor.importer.links import relink_words
from tailor.importer.name_line import looks_like_name
from tailor.importer.odt import Paragraph, Table, read_odt
from tailor.importer.postal_place import place_and_postal
from tailor.importer.sections import section_key
from tailor.importer.table_head import header_roles, ordered_cells, school_heading

_SPACE_RUN = re.compile(r"[^\S\t\n]{2,}")  # two or more spaces (no-break and wide ones too), not a tab
_ITEM_WORDS = 6  # a list's item ("SAP PM", "Englisch (B2)") is this many words at most; more is a sentence
_PADDED_BAR = re.compile(r"[^\S\t\n]+\|[^\S\t\n]+")  # "Name    |  Entity": a bar with the spaces around it


def contact_footer(footer: list[Line]) -> list[Line]:
    """A page footer is the resume's only when it holds contact details (not a page number)."""
    return footer if any(_contact_parts(line.text) for line in footer) else []


def _contact_parts(text: str) -> bool:
    """Some part of the line is an email, phone number or web address."""
    return any(is_contact_detail(part) for part in split_parts(text))


def _contact_only(text: str) -> bool:
    """Every part of the line is a contact detail or a place ("Columbus, OH 43215" with its
    postal code too), and one is not a place."""
    parts = split_parts(text)
    return _contact_parts(text) and all(is_contact_detail(p) or is_location(p) or place_and_postal(p) for p in parts)


def with_page_header(header: list[Line], body: list[Line]) -> list[Line]:
    """The page header's lines at the top of the document, as they are printed, except that a
    header of nothing but contact details goes right after the body's first line: the page
    header prints above the name, but the resume opens with the name (docs/ARCHITECTURE.md,
    "Resume import": the header's first line is read as the name). A header that names the
    person again when the body opens with their name is a running header: only the contact
    details the body lacks are kept from it (`_name_again`). Entries set as label/value rows
    ("Zeitraum | 03/2019 - heute") are read by their labels (`label_rows.py`)."""
    body = labelled_entries(body)
    if _name_again(header, body):
        return body[:1] + _header_news(header, body) + body[1:]
    if header and body and all(_contact_only(line.text) for line in header) and not _contact_parts(body[0].text):
        return body[:1] + header + body[1:]
    if _titled_name(header, body):
        return body[:1] + header + body[1:]
    return header + body


def _titled_name(header: list[Line], body: list[Line]) -> bool:
    """The body opens with a person's name in a heading style (Word's "Title", the document's
    largest type) and the page header holds contact details but no name: the name is the
    resume's first line, whatever else the header prints (a street address Tailor does not
    read as a place, a line of its own): a page header's address is never the name."""
    if not header or not body or not body[0].heading or not looks_like_name(body[0].text) \
            or section_key(body[0]) not in (None, "unknown"):
        return False
    parts = [part for line in header for part in split_parts(line.text)]
    return any(is_contact_detail(part) for part in parts) and not any(looks_like_name(part) for part in parts)


def _name_again(header: list[Line], body: list[Line]) -> bool:
    """The body opens with the person's name and the page header names them again ("Jane Doe,
    RN | jane@example.com", a running header printed from page 2 on): the header is page
    furniture repeating the resume's own top, and read first its name would go on as the
    label or the place."""
    if not header or not body or not looks_like_name(body[0].text) or section_key(body[0]) not in (None, "unknown"):
        return False
    return any(_names(part, body[0].text) for line in header for part in split_parts(line.text))


def _names(part: str, name: str) -> bool:
    """The header part names the person ("Jane Doe", "Jane Doe, RN"), not their web address."""
    return not is_contact_detail(part) and _squash(part).startswith(_squash(name))


def _header_news(header: list[Line], body: list[Line]) -> list[Line]:
    """The page header's contact details (email, phone, web address, place) that the body does
    not give: all a page header adds to a body that opens with the person's name. The name
    again ("Jane Doe, RN", which reads like a place) and other words are furniture."""
    seen = _squash(" ".join(line.text for line in body))
    news = [part for line in header for part in split_parts(line.text) if not _names(part, body[0].text)
            and (is_contact_detail(part) or is_location(part)) and _squash(part) not in seen]
    return [Line(" | ".join(news))] if news else []


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def row_lines(cells: list[list[Line]], opens: bool = False) -> list[Line]:
    """One table row's lines, from the lines of each of its cells: a row whose cells hold one
    line each is one line ("Title | Dates"); otherwise the row is a layout (a two-column resume:
    "SKILLS ..." beside "EXPERIENCE ...") and each cell's lines are read in turn, left to right,
    except in a row that `opens` the document, whose cell holding the name goes first
    (`_name_cell_first`)."""
    if labelled := _label_value(cells):
        return [labelled]
    if headed := _section_row(cells):
        return headed
    if all(len(cell) == 1 and not cell[0].heading for cell in cells if cell):
        texts = [cell[0].text for cell in cells if cell]
        if not texts:
            return []
        first = next(cell[0] for cell in cells if cell)
        prefix = first.bold_prefix or (first.text if first.bold else "")
        text = " | ".join(texts)  # a row of one bold cell is a bold line ("Frontend" over its skills)
        return [Line(text, bold=prefix == text, bold_prefix="" if prefix == text else prefix)]
    return _name_cell_first([cell for cell in cells if cell]) if opens else [line for cell in cells for line in cell]


def _section_row(cells: list[list[Line]]) -> list[Line]:
    """A resume typed as one table ("Education | BSc Computer Science, University of Leeds, 2018")
    sets each section's heading in the row's first cell and its content beside it: a first cell
    that is only a section's name is that section's heading, and the other cells are its lines,
    never one line whose first part ("Education") reads as an employer. [] for any other row."""
    filled = [cell for cell in cells if cell]
    if len(filled) < 2 or len(filled[0]) != 1 or section_key(filled[0][0]) in (None, "unknown"):
        return []
    heading = filled[0][0]
    return [Line(heading.text, bold=True, heading=True), *(line for cell in filled[1:] for line in cell)]


def _label_value(cells: list[list[Line]]) -> Line | None:
    """A label/value row ("EDV | SAP PM, MS Office", "Sprachen | Deutsch ¶ Englisch (B2)") as
    the "Label: a, b" line a typed resume has: the label names the group (the skills reader's
    group name, the languages heading) and the value cell's items are its keywords. Read as
    "EDV | SAP PM, MS Office" the label is a keyword of its own. Only a row of two cells whose
    first is a short label (no digit, comma or date) and whose second is a list (a comma, or an
    item a line) of no contact detail, place or number (a phone, a postcode, a year), its items
    short, no sentence: a "Period | Role" or "Phone | ..." row stays as it is."""
    filled = [cell for cell in cells if cell]
    if len(filled) != 2 or len(filled[0]) != 1 or any(line.heading for cell in filled for line in cell):
        return None
    label, values = filled[0][0], [line.text.strip().rstrip(",;") for line in filled[1]]
    text = label.text.strip().rstrip(":")
    value = ", ".join(values)
    if not text or len(text.split()) > 3 or re.search(r"[\d,;.()@|]", text) or parse_dates(text) \
            or not (len(values) > 1 or ", " in value) or re.search(r"\d{3}|@|https?:|www\.", value) \
            or parse_dates(value) or any(is_location(v) or is_contact_detail(v) for v in split_parts(value)) \
            or value.endswith(".") or max(len(v.split()) for v in value.split(", ")) > _ITEM_WORDS:
        return None  # "Profile | Data analyst with five years in retail, ...": a sentence, not a list
    return Line(f"{text}: {value}", bold=False, bold_prefix=f"{text}:" if label.bold else "")


def _name_cell_first(cells: list[list[Line]]) -> list[Line]:
    """A table cell is a column of its own, and a page opens with the person's name: in a
    two-column table that opens the document with a sidebar in the left cell ("CONTACT", an
    email, "LANGUAGES") and the name in the right cell over the main column, read left to right
    the name and label would go on the sidebar's last section (languages "Jane Doe", "Registered
    Nurse") and "Contact" would be the name. So when a later cell opens with a line that reads as
    a person's name (`name_line.looks_like_name`, not a section heading) and the first cell does
    not, the name's cell comes first; the lines of the other cells before their first heading
    (a contact block with no heading, a photo's caption) go to the header with it, since a
    column's first lines start afresh and do not go on another column's last section. See
    docs/ARCHITECTURE.md, "Resume import", step 1."""
    def reads_as_name(cell: list[Line]) -> bool:
        return looks_like_name(cell[0].text) and section_key(cell[0]) in (None, "unknown")

    named = next((i for i, cell in enumerate(cells) if i and reads_as_name(cell)), None)
    if named is None or reads_as_name(cells[0]):
        return [line for cell in cells for line in cell]
    order = [cells[named], *(cell for i, cell in enumerate(cells) if i != named)]
    heads = [_before_heading(cell, 1 if i == 0 else 0) for i, cell in enumerate(order)]
    return [line for head in heads for line in head] + [line for cell, head in zip(order, heads)
                                                        for line in cell[len(head):]]


def _before_heading(cell: list[Line], start: int) -> list[Line]:
    """A cell's lines before the first (from `start` on) that opens a section Tailor knows."""
    at = next((i for i in range(start, len(cell)) if section_key(cell[i]) not in (None, "unknown")), len(cell))
    return cell[:at]


def runs_lines(runs: list[tuple[str, bool]], level: int, is_list: bool) -> list[Line]:
    """The lines of one paragraph of a word processor's document: (text, bold) runs, its
    heading level (0 for body text) and whether it is a list item."""
    return [Line(text, bold=bold, bold_prefix=prefix, heading=level > 0, level=level, list_item=is_list and bool(text),
                 bold_runs=spans) for text, prefix, bold, spans in _split_runs(runs, is_list)]


def _split_runs(runs: list[tuple[str, bool]], is_list: bool) -> list[tuple[str, str, bool, tuple[str, ...]]]:
    """(text, leading bold text, all bold, every bold run) per line of a paragraph's runs, runs
    of spaces typed in a sentence made one (`_typed_spaces`). The bold runs are what a PDF's
    fonts give (`lines.bold_runs`): "Sommelier at **Le Bernardin** New York, NY" ends its
    employer where the bold ends, in a Word file as in its PDF."""
    pieces: list[list[tuple[str, bool]]] = [[]]
    for text, bold in runs:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                pieces.append([])
            pieces[-1].append((part, bold))
    out = []
    for piece in pieces:
        text = clean(_typed_spaces("".join(t for t, _ in piece), is_list), columns=True)
        if not text:
            continue
        prefix = ""
        for part, bold in piece:
            if not bold and part.strip():
                break
            prefix += part
        prefix = clean(prefix)
        bold = prefix == text
        out.append((text, "" if bold else prefix, bold, bold_runs(piece)))
    return out


def _typed_spaces(text: str, is_list: bool) -> str:
    """Spaces typed twice or more inside a sentence ("managed  the   team") are one space, a
    typing habit and not a column gap (`clean` cuts a text file's line at three spaces): so
    are all of a list paragraph's (a point is one text) and, elsewhere, a run before a word in
    lower case (the sentence goes on). A run before a capital or a digit is kept, since people
    do push a date or a place to the right with spaces ("Analyst        Globex        2016");
    a tab, how a word processor sets columns, is always kept. Spaces padding a typed bar
    ("Open Source UI Library    | Independent") are the bar's: one separator, not a gap and a bar."""
    text = _PADDED_BAR.sub(" | ", text)
    return _SPACE_RUN.sub(lambda m: " " if is_list or text[m.end():m.end() + 1].islower() else m[0], text)


# --------------------------------------------------------------------------- OpenDocument

def read_odt_lines(path: Path) -> list[Line]:
    """An .odt's page header, body and contact footer, by the rules a DOCX's are read with
    (`odt.py` walks the XML into blocks)."""
    document = read_odt(path)
    footer = contact_footer(_odt_lines(document.footer))
    return with_page_header(_odt_lines(document.header), _odt_lines(document.body, opens=True)) + footer


def _odt_lines(blocks: list[Paragraph | Table], opens: bool = False) -> list[Line]:
    """`opens`: these are the body's blocks, whose first table row may open the document."""
    lines: list[Line] = []
    for block in blocks:
        if isinstance(block, Table):
            roles = None
            for i, row in enumerate(block.rows):
                cells = [_odt_lines(cell) for cell in row]
                if i == 0 and len(block.rows) > 1 and (roles := header_roles(cells)) is not None:
                    lines += school_heading(roles, lines)
                    continue  # the row naming the columns is no entry (`table_head.py`)
                cells, after = ordered_cells(cells, roles) if roles else (cells, [])
                lines += row_lines(cells, opens=opens and not lines) + after
        else:
            # its links as a DOCX paragraph's hyperlinks: a contact row's linked words read as addresses
            lines += [relink_words(line, block.links) for line in runs_lines(block.runs, block.level, block.list_item)]
    return lines
