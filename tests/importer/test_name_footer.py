"""A footer or header that prints the person's name and the page's number (page_furniture.py,
docs/ARCHITECTURE.md "Resume import"): page furniture on every page, its first copy too, never
a reference or a job where a page ends."""
import pytest

from tailor.importer import import_resume
from tailor.importer.lines import Line
from tailor.importer.page_furniture import split_furniture
from tailor.render.pdf import render_pdf

_JOBS = "".join(f"<h3>Shift Lead, Café Nummer {n}</h3><p>2015 - 2017</p><ul>" + "".join(
    f"<li>Ran the morning shift and trained {k} new baristas on the espresso line each week.</li>"
    for k in range(5)) + "</ul>" for n in range(6))


def _two_pages(margin_boxes: str) -> str:
    return f"""<html><head><style>@page {{ size: A4; margin: 2cm; {margin_boxes} }}
    @page :first {{ @top-right {{ content: none; }} }}
    body {{ font-family: 'DejaVu Sans'; font-size: 10pt; }} h1 {{ font-size: 22pt; }} h2 {{ font-size: 13pt; }}
    h3 {{ font-size: 10pt; margin: 6pt 0 0 0; }} p {{ margin: 0; }}</style></head><body>
    <h1>Maria Jensen</h1><p>maria.jensen@example.com · +45 20 12 34 56</p><h2>Experience</h2>{_JOBS}
    <h2>Skills</h2><p>Espresso, Latte art, Rostering</p><h2>References</h2><p>Available on request</p></body></html>"""


@pytest.mark.parametrize("boxes, furniture", [
    ('@bottom-center { content: "Maria Jensen · Page " counter(page) " of " counter(pages); font-size: 8pt; }',
     ["Maria Jensen · Page 1 of 2", "Maria Jensen · Page 2 of 2"]),
    ('@bottom-left { content: "Maria Jensen"; font-size: 8pt; } @bottom-right { content: counter(page); '
     'font-size: 8pt; }', ["Maria Jensen", "1", "Maria Jensen", "2"]),
    ('@bottom-center { content: "Maria Jensen – Curriculum Vitae – " counter(page); font-size: 8pt; }',
     ["Maria Jensen – Curriculum Vitae – 1", "Maria Jensen – Curriculum Vitae – 2"]),
    ('@top-right { content: "Maria Jensen – " counter(page); font-size: 8pt; }', ["Maria Jensen – 2"]),
])
def test_a_footer_with_the_name_and_the_page_number_is_furniture_on_every_page(tmp_path, boxes, furniture):
    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(render_pdf(_two_pages(boxes)))
    result = import_resume(pdf)
    assert [u.text for u in result.unparsed if u.section in ("page header", "page footer")] == furniture
    assert result.resume.get("references") == [{"reference": "Available on request"}]
    assert len(result.resume["work"]) == 6 and all(job["position"] == "Shift Lead" for job in result.resume["work"])


def test_a_running_footer_with_more_than_the_name_keeps_its_first_copy():
    def line(text, y, page, size=10.0):
        return Line(text, page=page, x=60, y=y, size=size)
    lines = [line("Maria Jensen", 60, 0, 22), line("Experience", 100, 0, 13), line("Barista at Kaffe", 120, 0),
             line("maria@example.com | Aarhus", 800, 0, 8), line("Skills", 60, 1, 13), line("Espresso", 80, 1),
             line("maria@example.com | Aarhus", 800, 1, 8)]
    kept, furniture = split_furniture(lines)
    assert [u.text for u in furniture] == ["maria@example.com | Aarhus"]
    assert "maria@example.com | Aarhus" in [k.text for k in kept]
