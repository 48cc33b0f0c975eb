"""`float_stack.py`: dates right-aligned under the job's place, level with the job's first point,
are read with the job's header, not inside the point."""
from __future__ import annotations

from functools import lru_cache

from tailor.importer.float_stack import floats_lifted
from tailor.importer.pdf import _Phys

_SIZE = 10.0

# A made-up page: the job's header on the left with its points right under it; on the right
# the place and, under it, the dates, which sit level with the first point's first line.
_FLOAT_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: Letter; margin: 0.6in; }
html { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.3; }
h1 { font-size: 24pt; margin: 0 0 4pt 0; } h2 { font-size: 13pt; margin: 12pt 0 4pt 0; }
p { margin: 0; } ul { margin: 0; padding-left: 14pt; }
.job { display: flex; margin-bottom: 6pt; } .main { flex: 1; } .side { width: 1.7in; flex: none; text-align: right; }
</style></head><body>
<h1>Maren Holt</h1><p>maren.holt@example.org | (555) 201-7788</p>
<h2>Experience</h2>
<div class="job"><div class="main"><p><b>Tidewater Labs</b>, Research Assistant</p>
<ul><li>Sampled kelp beds along the outer coast every season and logged the counts for the regional survey team</li>
<li>Kept the field boats running</li></ul></div>
<div class="side"><p>Astoria, OR</p><p>Mar 2019 - Jan 2023</p></div></div>
</body></html>"""


@lru_cache(maxsize=1)
def _float_pdf() -> bytes:
    from tailor.render.pdf import render_pdf

    return render_pdf(_FLOAT_HTML)


def _job(tmp_path, off: bool = False) -> dict:
    from contextlib import nullcontext
    from unittest import mock

    from tailor.importer.build import resume_from_lines
    from tailor.importer.pdf import read_pdf_lines

    path = tmp_path / "float.pdf"
    path.write_bytes(_float_pdf())
    with mock.patch("tailor.importer.float_stack.floats_lifted", lambda pieces: pieces) if off else nullcontext():
        return resume_from_lines(read_pdf_lines(path)).resume["work"][0]


def test_dates_level_with_the_first_point_go_with_the_header_and_the_point_stays_whole(tmp_path):
    job = _job(tmp_path)
    assert (job["name"], job["location"], job.get("startDate"), job.get("endDate")) == (
        "Tidewater Labs", "Astoria, OR", "2019-03", "2023-01")
    point = "Sampled kelp beds along the outer coast every season and logged the counts for the regional survey team"
    assert any(point in text for text in [job.get("summary", ""), *job.get("highlights", [])])
    apart = _job(tmp_path, off=True)  # read row by row, the dates cut the point in two
    assert not any(point in text for text in [apart.get("summary", ""), *apart.get("highlights", [])])


def _phys(text, top, x0, x1=None, size=_SIZE):
    return _Phys(0, top, top + size, x0, x1 or x0 + 5.0 * len(text), size, [(c, False) for c in text])


def test_a_description_starting_lower_than_the_dates_beside_it_flows_apart_from_them():
    header, place = _phys("Confluent, Staff Engineer", 100, 60), _phys("Mountain View, CA", 100, 470, 550)
    dates, line = _phys("Feb 2020 - present", 112.6, 460, 550), _phys("Technical lead for replication.", 114.8, 60)
    lifted = {p.text: p for p in floats_lifted([header, place, dates, line])}
    assert lifted["Feb 2020 - present"].top < 112.6


def test_the_role_level_with_the_dates_under_the_employer_is_the_headers_second_row():
    pieces = [_phys("Northgate Depot", 100, 60), _phys("Leeds, UK", 100, 500, 550),
              _phys("Shift Supervisor", 112.6, 60), _phys("2016 - 2019", 112.6, 495, 550)]
    assert floats_lifted(pieces) == pieces
