"""`date_stacks.py`: a range set over three rows of a narrow dates column (one date, a dash, the
other date; or the dash and a start only) is one range on the stack's top row, earlier date first."""
from __future__ import annotations

from functools import lru_cache

from tailor.importer.date_stacks import stacks_joined
from tailor.importer.pdf import _Phys


def _phys(text, top, x0, x1=None, size=8.5):
    return _Phys(0, top, top + size * 1.2, x0, x1 or x0 + 4.5 * len(text), size, [(c, False) for c in text])


def _texts(pieces):
    return sorted((round(p.top, 1), p.text) for p in pieces)


def test_end_over_a_dash_over_start_is_one_range_in_time_order_on_the_top_row():
    pieces = [_phys("06/2023", 300, 100, 132), _phys("Night Porter", 301, 160), _phys("–", 311, 113, 119),
              _phys("09/2019", 322, 100, 132), _phys("Checked in late arrivals for a 90-room hotel", 318, 160)]
    joined = stacks_joined(pieces)
    assert _texts(joined) == [(300, "09/2019 – 06/2023"), (301, "Night Porter"),
                              (318, "Checked in late arrivals for a 90-room hotel")]


def test_a_dash_over_a_lone_start_is_a_range_still_open():
    pieces = [_phys("—", 300, 113, 119), _phys("Mar 2022", 310.5, 98, 134), _phys("Barista", 299, 160)]
    joined = stacks_joined(pieces)
    assert [p.text for p in joined if p.x0 < 150] == ["Mar 2022 —"]
    assert [p.top for p in joined if p.x0 < 150] == [300]


def test_a_running_entrys_empty_top_row_is_where_its_range_is_read_beside_its_title():
    # the end's row left blank: the dash on the second row, the start on the third
    pieces = [_phys("Dock Lead", 300, 160), _phys("—", 310.2, 113, 119), _phys("2021-03", 320.4, 100, 132),
              _phys("- Ran the inbound dock", 315.5, 160)]
    joined = {p.text: p for p in stacks_joined(pieces)}
    assert abs(joined["2021-03 —"].top - 300) < 0.5
    # with the dash level with the title, the range stays on the dash's row
    level = [_phys("Dock Lead", 310, 160), *pieces[1:3]]
    assert {p.text: p.top for p in stacks_joined(level)}["2021-03 —"] == 310.2


def test_a_word_for_an_open_end_over_the_dash_goes_after_the_start():
    pieces = [_phys("Present", 300, 102, 134), _phys("–", 311, 115, 121), _phys("Mar 2022", 322, 100, 136),
              _phys("Barista", 301, 160)]
    assert _texts(stacks_joined(pieces)) == [(300, "Mar 2022 – Present"), (301, "Barista")]
    assert stacks_joined(pieces[:2]) == pieces[:2]  # no date at all: no range


def test_a_list_marker_laid_out_apart_under_a_year_is_no_range():
    pieces = [_phys("2019", 300, 100, 120), _phys("-", 311, 106, 110), _phys("Won the regional final", 311, 116)]
    assert stacks_joined(pieces) == pieces


def test_a_dash_with_no_date_under_or_over_it_and_dates_far_apart_stay_as_they_are():
    pieces = [_phys("-", 300, 113, 119), _phys("Packed orders", 300, 160),
              _phys("2019", 340, 104, 124), _phys("2021", 380, 104, 124)]
    assert stacks_joined(pieces) == pieces


# A made-up page: a coloured sidebar holding the name, and a main column whose jobs each keep
# their dates in a narrow column at the left (the end over a dash over the start, newest first;
# a dash and the start only for the current job), the role at the header's left and the employer
# right-aligned on its row, a long one wrapped inside its box and overhanging the column.
_GUTTER_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 0; }
html { font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; line-height: 1.2; }
body { margin: 0; display: flex; }
.side { width: 150pt; padding: 20pt 14pt; background: #dde; min-height: 800pt; }
.side h1 { font-size: 20pt; margin: 0 0 10pt 0; } .side h2 { font-size: 13pt; margin: 16pt 0 6pt 0; }
.side p { margin: 0 0 6pt 0; }
.main { width: 340pt; padding: 40pt 20pt 0 14pt; }
.main h2 { font-size: 15pt; margin: 0 0 10pt 50pt; }
.job { display: flex; margin-bottom: 14pt; }
.when { width: 50pt; flex: none; text-align: center; font-size: 8pt; }
.what { flex: 1; margin-left: 8pt; }
.head { display: flex; justify-content: space-between; font-size: 11pt; margin-bottom: 3pt; }
.org { width: 118pt; text-align: right; } .wide { margin-right: -34pt; }
p { margin: 0; }
</style></head><body>
<div class="side"><h1>Ines Carvalho</h1>
<p>Warehouse lead who likes tidy docks, short queues and crews that go home on time every single night.</p>
<h2>Contact</h2><p>ines.carvalho@example.org</p><p>+351 912 000 111</p><p>Porto, PT</p>
<h2>Languages</h2><p>Portuguese</p><p>English</p><p>Spanish</p>
<h2>Interests</h2><p>Cycling</p><p>Ceramics</p><p>Choir</p></div>
<div class="main"><h2>Experience</h2>
<div class="job"><div class="when"><p>—</p><p>2021-03</p></div><div class="what">
<div class="head"><span>Dock Lead</span><span class="org">Norte Freight</span></div>
<p>- Ran the inbound dock for a crew of nine across two shifts and kept the yard moving</p>
<p>- Cut trailer waiting time by a fifth with a door booking sheet</p></div></div>
<div class="job"><div class="when"><p>2021-02</p><p>—</p><p>2017-06</p></div><div class="what">
<div class="head"><span>Picker</span><span class="org wide">Atlantico Cold Storage and Logistics</span></div>
<p>- Picked chilled orders for supermarkets along the coast with a handheld scanner all night</p>
<p>- Trained new starters on the pallet jack</p></div></div>
<div class="job"><div class="when"><p>2017-05</p><p>—</p><p>2015-01</p></div><div class="what">
<div class="head"><span>Packer</span><span class="org">Douro Wines</span></div>
<p>- Packed gift boxes for the holiday season</p></div></div>
<div class="job"><div class="when"><p>2014-12</p><p>—</p><p>2013-02</p></div><div class="what">
<div class="head"><span>Driver</span><span class="org">Minho Bakery</span></div>
<p>- Drove the early bread round to forty cafes in four towns around the depot
(Braga, Barcelos, Guimaraes, Famalicao).</p>
<p>- Kept the van log</p></div></div>
</div></body></html>"""


@lru_cache(maxsize=1)
def _gutter_pdf() -> bytes:
    from tailor.render.pdf import render_pdf

    return render_pdf(_GUTTER_HTML)


def _jobs(tmp_path, off: str = "") -> list[tuple]:
    from contextlib import nullcontext
    from unittest import mock

    from tailor.importer.build import resume_from_lines
    from tailor.importer.extract import extract_lines

    path = tmp_path / "gutter.pdf"
    path.write_bytes(_gutter_pdf())
    with mock.patch(off, lambda pieces: pieces) if off else nullcontext():
        work = resume_from_lines(extract_lines(path)).resume["work"]
    return [(job.get("position"), job.get("name"), job.get("startDate"), job.get("endDate"),
             len(job.get("highlights", []))) for job in work]


def test_jobs_whose_dates_are_stacked_in_a_column_beside_them_keep_role_employer_and_dates(tmp_path):
    assert _jobs(tmp_path) == [("Dock Lead", "Norte Freight", "2021-03", None, 2),
                               ("Picker", "Atlantico Cold Storage and Logistics", "2017-06", "2021-02", 2),
                               ("Packer", "Douro Wines", "2015-01", "2017-05", 1),
                               ("Driver", "Minho Bakery", "2013-02", "2014-12", 2)]
    # read row by row, each date of a stack is a line of its own and the jobs lose their headers
    apart = _jobs(tmp_path, off="tailor.importer.float_stack.stacks_joined")
    assert not any(position for position, *_ in apart)
