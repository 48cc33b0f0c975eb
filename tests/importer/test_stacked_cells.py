"""`stacked_cells.py`: a degree in a narrow column of its own beside the school, wrapped and
hyphenated over several rows, is read as one degree under the school's line."""
from __future__ import annotations

from functools import lru_cache

from tailor.importer.pdf import _Phys
from tailor.importer.stacked_cells import cells_joined

_SIZE = 10.0

# A made-up page: each school's row holds the degree in a narrow bold column (hyphenated by
# hand where it wraps, as a typesetter breaks a word), the school and field, and the dates.
_CELLS_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: Letter; margin: 0.6in; }
html { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }
h1 { font-size: 24pt; margin: 0 0 4pt 0; } h2 { font-size: 13pt; margin: 12pt 0 4pt 0; }
p { margin: 0; } ul { margin: 0; padding-left: 14pt; }
.row { display: flex; margin-bottom: 6pt; } .deg { width: 0.42in; flex: none; font-weight: bold; hyphens: manual; }
.what { flex: 1; margin-left: 6pt; } .when { width: 1.3in; flex: none; text-align: right; }
</style></head><body>
<h1>Maren Holt</h1><p>maren.holt@example.org | (555) 201-7788</p>
<h2>Experience</h2>
<p><b>Tidewater Labs</b>, Research Assistant <span style="float:right">2019 - 2023</span></p>
<ul><li>Sampled kelp beds along the outer coast every season</li></ul>
<h2>Education</h2>
<div class="row"><div class="deg">Bach&shy;elor of Sci&shy;ence</div>
<div class="what"><b>Northfield University</b>, Marine Biology</div><div class="when">2015 - 2019</div></div>
<div class="row"><div class="deg">Mas&shy;ter of Sci&shy;ence</div>
<div class="what"><b>Coastal Institute of Technology</b>, Ocean Engineering</div>
<div class="when">2019 - 2021</div></div>
<div class="row"><div class="deg">Ph.D.</div>
<div class="what"><b>Lakeshore University</b>, Oceanography</div><div class="when">2021 - 2025</div></div>
</body></html>"""


@lru_cache(maxsize=1)
def _cells_pdf() -> bytes:
    from tailor.render.pdf import render_pdf

    return render_pdf(_CELLS_HTML)


def _education(tmp_path, off: bool = False) -> list[dict]:
    from contextlib import nullcontext
    from unittest import mock

    from tailor.importer.build import resume_from_lines
    from tailor.importer.pdf import read_pdf_lines

    path = tmp_path / "cells.pdf"
    path.write_bytes(_cells_pdf())
    with mock.patch("tailor.importer.stacked_cells.cells_joined", lambda pieces: pieces) if off else nullcontext():
        return resume_from_lines(read_pdf_lines(path)).resume["education"]


def test_a_degree_wrapped_in_a_narrow_column_is_read_whole_with_its_school(tmp_path):
    assert [(e["institution"], e.get("studyType"), e.get("area"), e.get("startDate"))
            for e in _education(tmp_path)] == [
        ("Northfield University", "Bachelor of Science", "Marine Biology", "2015"),
        ("Coastal Institute of Technology", "Master of Science", "Ocean Engineering", "2019"),
        ("Lakeshore University", "Ph.D.", "Oceanography", "2021")]


def test_read_row_by_row_the_degree_pieces_break_the_schools(tmp_path):
    schools = [(e.get("institution"), e.get("studyType")) for e in _education(tmp_path, off=True)]
    assert ("Northfield University", "Bachelor of Science") not in schools


def _phys(text, top, x0, bold=False, page=0):
    return _Phys(page, top, top + _SIZE, x0, x0 + 5.0 * len(text.rstrip()), _SIZE, [(c, bold) for c in text])


def test_cut_words_join_and_a_hyphen_before_a_capital_stays():
    pieces = [_phys("Bach\u00ad", 100, 60, bold=True), _phys("Halden College, Human-Computer Interaction", 100, 95),
              _phys("2014 - 2018", 100, 460), _phys("elor of", 112.6, 60, bold=True),
              _phys("Arts in", 125.2, 60, bold=True), _phys("Hu-", 137.8, 60, bold=True),
              _phys("man-", 150.4, 60, bold=True), _phys("Com-", 163.0, 60, bold=True),
              _phys("puting", 175.6, 60, bold=True)]
    out = cells_joined(pieces)
    degree = [p for p in out if p.x0 == 95 and p.top > 100]
    assert [p.text for p in degree] == ["Bachelor of Arts in Human-Computing"]
    assert len(out) == 3  # the school, its dates and the one degree


def test_a_gutter_of_dates_a_wide_column_and_the_next_entry_are_no_cell():
    dates = [_phys("2019 -", 100, 60), _phys("Northfield University", 100, 120), _phys("2021", 112.6, 60)]
    assert cells_joined(dates) == dates  # digits: dates, not a degree
    wide = [_phys("Certified", 100, 60), _phys("Northfield University, Marine Biology", 100, 160),
            _phys("Diver", 112.6, 60)]
    assert cells_joined(wide) == wide  # ten ems wide and no word cut: a column of its own
    entries = [_phys("BSc", 100, 60, bold=True), _phys("Northfield University", 100, 95, bold=True),
               _phys("MSc", 112.6, 60, bold=True), _phys("Lakeshore University", 112.6, 95, bold=True)]
    assert [p.text for p in cells_joined(entries)] == [p.text for p in entries]  # each row its own entry


def test_a_cell_cut_by_a_page_break_goes_on_at_the_top_of_the_next_page():
    pieces = [_phys("Bach-", 700, 60, bold=True), _phys("Halden College, Nursing", 700, 95),
              _phys("elor", 712.6, 60, bold=True), _phys("Halden - Page 1 of 2", 760, 250),
              _phys("of Sci-", 60, 60, bold=True, page=1), _phys("ence", 72.6, 60, bold=True, page=1),
              _phys("Adult Health", 86, 110, page=1)]
    texts = [p.text for p in cells_joined(pieces)]
    assert "Bachelor of Science" in texts and "ence" not in texts and "Adult Health" in texts


def test_a_lone_row_in_a_column_of_wrapped_cells_moves_under_its_entry():
    pieces = [_phys("Bach-", 100, 60, bold=True), _phys("Northfield University", 100, 95),
              _phys("elor", 112.6, 60, bold=True), _phys("PhD", 140, 60, bold=True),
              _phys("Lakeshore University", 140, 95)]
    out = {p.text: p for p in cells_joined(pieces)}
    assert out["PhD"].x0 == 95 and out["PhD"].top > 140
    assert out["Bachelor"].x0 == 95 and out["Bachelor"].top > 100
