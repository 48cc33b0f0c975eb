"""A table printed to PDF, read row by row: a header row of column labels over rows of cells.

Why: Indian and German CVs set education (and jobs) as a table whose first row names the columns
("Qualification | Board/University | Year | CGPA/%"). A PDF has no table, only pieces of text:
read as columns side by side (`twin_columns.py`), every cell becomes a line of its own and no
school keeps its year or grade; read row by row, a cell that wrapped ("B.Tech (Computer" over
"Science)") is cut from its rest. So under a row that `table_head.header_roles` reads as column
labels, each following row whose pieces start at the header's column edges is a table row; a row
with nothing in the first column goes on the row above (its cells wrapped), and each table row
becomes one piece, "cell | cell | cell", the line a word processor's table row gives
(`word_lines.row_lines`), the header's too, read by the same rules (`table_head.py`). The table
ends at a row that starts off the columns, at a heading in larger type and at a gap wider than two
lines. See docs/ARCHITECTURE.md, "Resume import", step 1.

Rows are lists of duck-typed pieces (`pdf._Phys`), left to right.
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.lines import Line, join_wrapped
from tailor.importer.table_head import header_roles, ordered_cells, school_heading

_EDGE = 1.5  # points: a cell starts this close to its column's left edge
_GAP = 2.0   # a gap wider than this many line heights between two rows ends the table
_MIN_COLUMNS = 3


def table_rows(rows: list[list]) -> list[list]:
    """`rows` with each table under a header of column labels read one table row a piece."""
    out: list[list] = []
    at = 0
    while at < len(rows):
        end = _table_end(rows, at)
        if end is None:
            out.append(rows[at])
            at += 1
            continue
        edges = [piece.x0 for piece in rows[at]]
        records: list[list[list]] = []
        tops = [min(p.top for p in row) for row in rows[at:end]]
        pitches = [below - above for above, below in zip(tops, tops[1:])]
        line = min(pitches, default=0.0)  # a cell's wrapped lines stand one leading apart
        padded = any(pitch > line + 0.3 * rows[at][0].size for pitch in pitches)  # rows apart by more
        for index, row in enumerate(rows[at:end]):
            wrapped = padded and index and pitches[index - 1] <= line + 0.1 * row[0].size
            if records and (wrapped or not any(_column(piece, edges) == 0 for piece in row)):
                records[-1].append(row)  # the cells of the row above wrapped
            else:
                records.append([row])
        out += [[_one_piece(record, edges)] for record in records]
        at = end
    return out


def _table_end(rows: list[list], start: int) -> int | None:
    """Where the table whose header row is `rows[start]` ends; None when it is no header row of
    a table with at least one row under it."""
    header = rows[start]
    if len(header) < _MIN_COLUMNS or header_roles([[Line(piece.text)] for piece in header]) is None:
        return None
    edges = [piece.x0 for piece in header]
    size = max(piece.size for piece in header)
    end = start + 1
    while end < len(rows):
        row, above = rows[end], rows[end - 1]
        if row[0].page != above[0].page or min(p.top for p in row) - max(p.bottom for p in above) > _GAP * size \
                or any(_column(piece, edges) is None or piece.size > size + 0.6 for piece in row):
            break
        end += 1
    return end if end > start + 1 else None


def _column(piece, edges: list[float]) -> int | None:
    """The column a piece starts in, None when it starts off every column's edge."""
    return next((at for at, edge in enumerate(edges) if abs(piece.x0 - edge) <= _EDGE), None)


def _one_piece(record: list[list], edges: list[float]):
    """A table row (its wrapped rows with it) as one piece: each column's lines joined, the
    cells set apart by " | "."""
    cells: list[str] = []
    for column in range(len(edges)):
        text = ""
        for piece in (p for row in record for p in row if _column(p, edges) == column):
            text = join_wrapped(text, piece.text.strip()) if text else piece.text.strip()
        if text:
            cells.append(text)
    pieces = [p for row in record for p in row]
    first = record[0][0]
    bold = all(b for p in pieces for c, b in p.chars if c.strip())
    return replace(first, x1=max(p.x1 for p in pieces), bottom=max(p.bottom for p in pieces),
                   top=min(p.top for p in pieces), chars=[(c, bold) for c in " | ".join(cells)],
                   marked=True)  # a row opens an item: no wrap joins it to the row above


def table_lines(lines: list[Line]) -> list[Line]:
    """The lines of a PDF with each table read as a word processor's is (`extract._table_lines`):
    its header row ("Qualification | Board/University | Year | CGPA/%") dropped, an "Education"
    heading put before it where the columns name schools under a heading Tailor does not know,
    and each row's cells in the order the header gives (`table_head.ordered_cells`)."""
    out: list[Line] = []
    roles: list[str | None] | None = None
    for line in lines:
        cells = [[Line(cell.strip())] for cell in line.text.split(" | ")]
        if len(cells) >= _MIN_COLUMNS and (found := header_roles(cells)) is not None:
            roles = found
            out += school_heading(roles, out)
            continue
        if roles is not None and len(cells) == len(roles):
            ordered, after = ordered_cells(cells, roles)
            out.append(replace(line, text=" | ".join(cell[0].text for cell in ordered)))
            out += [replace(line, text=extra.text, gap_before=False) for extra in after]
            continue
        roles = None
        out.append(line)
    return out
