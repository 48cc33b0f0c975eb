"""A table with a header row of column labels, printed to PDF (table_rows.py, docs/ARCHITECTURE.md
"Resume import"): an Indian resume's "Qualification | Board/University | Year | CGPA/%" table
keeps each row together, a wrapped cell and all, and reads as a Word table's would."""
import pytest

from tailor.importer import import_resume
from tailor.importer.pdf import _Phys
from tailor.importer.table_rows import table_rows
from tailor.render.pdf import render_pdf

_ROWS = [("B.Tech (Computer Science)", "Jawaharlal Nehru Technological University, Hyderabad", "2019", "8.2 CGPA"),
         ("Class XII", "CBSE", "2015", "91.4%"), ("Class X", "ICSE", "2013", "93%")]
_HEAD = ("Qualification", "Board/University", "Year", "CGPA/%")
_SCHOOLS = [("B.Tech", "Computer Science", "Jawaharlal Nehru Technological University, Hyderabad", "2019", "8.2 CGPA"),
            ("Class XII", None, "CBSE", "2015", "91.4%"), ("Class X", None, "ICSE", "2013", "93%")]


def _schools(resume):
    return [(s.get("studyType"), s.get("area"), s.get("institution"), s.get("endDate"), s.get("score"))
            for s in resume["education"]]


@pytest.mark.parametrize("border", ["1px solid #000", "none"])
def test_an_education_table_printed_to_pdf_keeps_its_rows(tmp_path, border):
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in _ROWS)
    html = f"""<html><head><style>@page {{ size: A4; margin: 2cm; }}
    body {{ font-family: 'DejaVu Sans'; font-size: 10pt; }} h1 {{ font-size: 20pt; }} h2 {{ font-size: 12pt; }}
    table {{ border-collapse: collapse; width: 100%; }}
    td, th {{ border: {border}; padding: 3pt; vertical-align: top; text-align: left; }}</style></head><body>
    <h1>Rahul Sharma</h1><p>rahul.sharma@example.in · +91 98765 43210</p>
    <h2>Educational Qualifications</h2><table><tr>{"".join(f"<th>{c}</th>" for c in _HEAD)}</tr>{cells}</table>
    <h2>Experience</h2><p><b>Software Engineer</b>, Infosys</p><p>Jul 2019 - Present</p></body></html>"""
    path = tmp_path / "resume.pdf"
    path.write_bytes(render_pdf(html))
    result = import_resume(path)
    assert _schools(result.resume) == _SCHOOLS
    assert not [u.text for u in result.unparsed if u.section.startswith(("education", "unknown"))]


def test_the_same_table_in_word_with_a_percent_column(tmp_path):
    from docx import Document

    document = Document()
    document.add_heading("Rahul Sharma", 0)
    document.add_paragraph("rahul.sharma@example.in · +91 98765 43210")
    document.add_heading("Educational Qualifications", 1)
    table = document.add_table(rows=0, cols=4)
    for row in [_HEAD, *_ROWS]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    path = tmp_path / "resume.docx"
    document.save(path)
    assert _schools(import_resume(path).resume) == _SCHOOLS


def _piece(text, x0, top, bold=False):
    return _Phys(0, top, top + 10, x0, x0 + 6 * len(text), 10.0, [(c, bold) for c in text])


def test_a_wrapped_cell_stays_in_its_row_and_a_row_without_a_header_is_no_table():
    head = [_piece(t, x, 100, bold=True) for t, x in zip(_HEAD, (66, 200, 452, 484))]
    first = [_piece("B.Tech (Computer", 66, 118), _piece("JNTU,", 200, 118), _piece("2019", 452, 118),
             _piece("8.2", 484, 118)]
    wrapped = [_piece("Science)", 66, 129.7), _piece("Hyderabad", 200, 129.7), _piece("CGPA", 484, 129.7)]
    second = [_piece("Class XII", 66, 148), _piece("CBSE", 200, 148), _piece("2015", 452, 148),
              _piece("91.4%", 484, 148)]
    rows = table_rows([head, first, wrapped, second])
    assert [[p.text for p in row] for row in rows] == [
        ["Qualification | Board/University | Year | CGPA/%"],
        ["B.Tech (Computer Science) | JNTU, Hyderabad | 2019 | 8.2 CGPA"], ["Class XII | CBSE | 2015 | 91.4%"]]
    assert table_rows([first, wrapped, second]) == [first, wrapped, second]
