"""Entries set as label/value rows (label_rows.py, docs/ARCHITECTURE.md "Resume import"): a
German Lebenslauf's "Zeitraum | 03/2019 - heute", "Arbeitgeber | Siemens AG" tables, in a DOCX
and printed to PDF: the labels say which value is which and are no content themselves."""
import pytest

from tailor.importer import import_resume
from tailor.importer.label_rows import field_label, labelled_entries
from tailor.importer.lines import Line
from tailor.render.pdf import render_pdf

_JOBS = [[("Zeitraum", "03/2019 - heute"), ("Arbeitgeber", "Siemens AG, Stuttgart"), ("Position", "Projektingenieurin"),
          ("Aufgaben", "Planung und Steuerung von Automatisierungsprojekten; Führung eines Teams von vier Technikern")],
         [("Zeitraum", "09/2015 - 02/2019"), ("Arbeitgeber", "Bosch GmbH, Stuttgart"),
          ("Position", "Entwicklungsingenieurin"),
          ("Aufgaben", "Entwicklung von Steuergeräten für Fahrzeugelektronik")]]
_SCHOOL = [("Zeitraum", "10/2010 - 07/2015"), ("Hochschule", "Technische Universität München"),
           ("Abschluss", "Master of Science Elektrotechnik"), ("Note", "1,7")]
_SKILLS = [("EDV", "SAP, MS Office, MATLAB"), ("Sprachen", "Deutsch, Englisch")]


def _check(resume):
    assert [(job["position"], job["name"], job.get("startDate"), job.get("endDate")) for job in resume["work"]] == [
        ("Projektingenieurin", "Siemens AG", "2019-03", None),
        ("Entwicklungsingenieurin", "Bosch GmbH", "2015-09", "2019-02")]
    assert [job.get("location") for job in resume["work"]] == ["Stuttgart", "Stuttgart"]
    assert resume["work"][0]["highlights"] == [_JOBS[0][3][1]]
    school = resume["education"][0]
    assert (school["institution"], school["studyType"], school["area"], school["score"], school["startDate"]) == (
        "Technische Universität München", "Master of Science", "Elektrotechnik", "1,7", "2010-10")
    assert resume["skills"][0] == {"name": "EDV", "keywords": ["SAP", "MS Office", "MATLAB"]}


def test_a_word_table_of_labels_and_values_gives_jobs_and_a_school(tmp_path):
    from docx import Document

    document = Document()
    document.add_heading("Anna Becker", 0)
    document.add_paragraph("anna.becker@example.de · +49 89 1234567")

    def table(rows):
        cells = document.add_table(rows=0, cols=2)
        for label, value in rows:
            row = cells.add_row().cells
            row[0].paragraphs[0].add_run(label).bold = True
            row[1].paragraphs[0].add_run(value)
        document.add_paragraph("")
    document.add_heading("Berufserfahrung", 1)
    for job in _JOBS:
        table(job)
    document.add_heading("Ausbildung", 1)
    table(_SCHOOL)
    document.add_heading("Kenntnisse", 1)
    table(_SKILLS)
    path = tmp_path / "lebenslauf.docx"
    document.save(path)
    _check(import_resume(path).resume)


@pytest.mark.parametrize("padding", ["1pt 4pt 1pt 0", "0"])
def test_the_same_table_printed_to_pdf_reads_the_same(tmp_path, padding):
    def table(rows):
        return "<table>" + "".join(f"<tr><td class=l>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    html = f"""<html><head><style>@page {{ size: A4; margin: 2cm; }}
    body {{ font-family: 'DejaVu Sans'; font-size: 10pt; }} h1 {{ font-size: 20pt; }} h2 {{ font-size: 13pt; }}
    table {{ border-collapse: collapse; margin-bottom: 10pt; }} td {{ padding: {padding}; vertical-align: top; }}
    td.l {{ width: 3.2cm; font-weight: bold; }}</style></head><body>
    <h1>Anna Becker</h1><p>anna.becker@example.de · +49 89 1234567</p>
    <h2>Berufserfahrung</h2>{table(_JOBS[0])}{table(_JOBS[1])}<h2>Ausbildung</h2>{table(_SCHOOL)}
    <h2>Kenntnisse</h2>{table(_SKILLS)}</body></html>"""
    path = tmp_path / "lebenslauf.pdf"
    path.write_bytes(render_pdf(html))
    result = import_resume(path)
    _check(result.resume)
    assert not any(u.text.startswith(("Zeitraum", "Arbeitgeber", "Position")) for u in result.unparsed)


def test_labels_name_fields_and_a_run_must_spell_entries():
    assert field_label("Zeitraum:") == "dates" and field_label("Arbeitgeber") == "employer"
    assert field_label("EDV") is None
    skills = [Line("EDV: SAP, MS Office"), Line("Sprachen: Deutsch, Englisch"), Line("Note: fließend")]
    assert labelled_entries(skills) == skills  # no dates, no name: labels of groups, not of fields
    short = [Line("Zeitraum | 2019 - 2021"), Line("Position | Analyst")]
    assert labelled_entries(short) == short  # two rows are too few to be sure
    rows = [Line("Period: 2019 - 2021"), Line("Company: Acme Ltd"), Line("Role: Analyst"),
            Line("Responsibilities"), Line("Built dashboards"), Line("Ran the monthly close"), Line("Skills")]
    assert [(line.text, line.list_item) for line in labelled_entries(rows)] == [
        ("Analyst | Acme Ltd", False), ("2019 - 2021", False), ("Built dashboards", True),
        ("Ran the monthly close", True), ("Skills", False)]
