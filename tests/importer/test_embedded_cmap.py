"""A font whose encoding is a CMap embedded in the PDF (embedded_cmap.py): WeasyPrint writes one
when a glyph of the text is missing from every font it can use (an emoji beside a heading, where no
emoji font is installed), and stock pdfminer then drops every character in that font, here the name,
the heading and the bold job title. Which glyphs a machine lacks depends on its fonts, so the heading
carries U+0378 beside the emoji: an unassigned code point, which no font has."""
from pathlib import Path

from pdfminer.high_level import extract_text

from tailor.importer import import_resume
from tailor.importer.page_text import page_text

HTML = """<html><body style="font-family: DejaVu Sans">
<h1>Marta Ólafsdóttir</h1><p>marta.olafsdottir@example.com · +354 555 0142</p>
<h2>📌\u0378 Experience</h2>
<p><b>Logistics Coordinator</b>, Nordic Freight, Reykjavík</p><p>March 2019 – June 2023</p>
<ul><li>Planned weekly routes for 14 trucks across the south coast</li></ul>
</body></html>"""


def _pdf(tmp_path: Path) -> Path:
    from weasyprint import HTML as Page

    path = tmp_path / "emoji-heading.pdf"
    Page(string=HTML).write_pdf(path)
    assert b"/CMapName /WP-Encod" in path.read_bytes() or b"/CMapName/WP-Encod" in path.read_bytes()
    return path


def test_stock_pdfminer_loses_the_bold_face(tmp_path):
    """The premise: without reading the embedded CMap the name and the job title are gone."""
    text = extract_text(str(_pdf(tmp_path)))
    assert "Marta" not in text and "Logistics Coordinator" not in text


def test_the_importer_reads_the_embedded_cmap(tmp_path):
    path = _pdf(tmp_path)
    assert "Marta Ólafsdóttir" in page_text(path) and "Logistics Coordinator" in page_text(path)
    resume = import_resume(path).resume
    assert resume["basics"]["name"] == "Marta Ólafsdóttir"
    assert resume["basics"]["email"] == "marta.olafsdottir@example.com"
    assert [job.get("position") for job in resume.get("work", [])] == ["Logistics Coordinator"]
