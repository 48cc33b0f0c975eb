"""`overprint.py`: a pdfminer text line holding two texts drawn over or against each other is cut
where the pen went back, so neither text is glued to the other ("weekSecond Role"); typed text,
kerned or justified, is never cut. A line that ran on under the next entry's title (a box of fixed
height), one line pitch under the line it goes on from, is read right after that line and in its
entry (`grid_rows`, `chunks_joined`, which `columns.gutter_order` applies); lines set apart as usual are never moved."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tailor.importer.overprint import chunks_joined, grid_rows, pen_backs, run_ons, texts

# A made-up page. The first job sits in a box of fixed height that its points overflow: the last
# point's last word (broken onto a line of its own) runs on under the next job's title, drawn at the
# same left edge. The second
# job's title row has the employer pulled left into the role's trailing space.
_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: Letter; margin: 0.6in; }
html { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.25; }
p { margin: 0; } .job { height: 36pt; } .title { font-size: 12pt; line-height: 1; }
.pulled { margin-left: -5pt; } .justified { text-align: justify; width: 3in; }
</style></head><body>
<div class="job"><p class="title">Harbour Pilot</p>
<p>- Guided container ships through the channel</p>
<p>- Trained two apprentices and kept the logbooks for the port authority every<br>week</p>
</div>
<div class="job"><p class="title">Second Role</p>
<p>Kept the tug fleet ready.</p></div>
<p>Charge Nurse, Cardiac Unit <span class="pulled">Mercy General Hospital</span></p>
<p class="justified">Piloted bulk carriers, tankers and ferries through the narrow channel at every tide,
by day and by night, and in every kind of weather the coast could throw at the port.</p>
<p>Type set as usual: AVATAR Tower, WAVE, \u201cToday\u201d, f.</p>
</body></html>"""


@lru_cache(maxsize=1)
def _lines() -> tuple:
    import io

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextLine

    from tailor.render.pdf import render_pdf

    found: list = []

    def walk(container) -> None:
        for item in container:
            if isinstance(item, LTTextLine):
                found.append(item)
            elif hasattr(item, "__iter__"):
                walk(item)

    for page in extract_pages(io.BytesIO(render_pdf(_HTML)), laparams=LAParams(all_texts=True)):
        walk(page)
    return tuple(found)


def _texts() -> list[str]:
    return [piece.get_text().strip() for line in _lines() for piece in texts(line)]


def test_a_point_run_on_under_the_next_title_is_cut_from_it() -> None:
    glued = [line.get_text().strip() for line in _lines() if "Second Role" in line.get_text()]
    assert glued and all(text != "Second Role" for text in glued)  # pdfminer glues them: the case
    pieces = _texts()
    assert "Second Role" in pieces and "week" in pieces


def test_a_name_pulled_into_the_text_beside_it_is_cut_from_it() -> None:
    pieces = _texts()
    assert "Mercy General Hospital" in pieces
    assert any(piece.startswith("Charge Nurse, Cardiac Unit") and "Mercy" not in piece for piece in pieces)


def test_each_piece_is_measured_by_its_own_glyphs() -> None:
    line = next(line for line in _lines() if "Second Role" in line.get_text())
    week, role = sorted(texts(line), key=lambda piece: len(piece.get_text()))
    assert week.x1 < role.x1 and week.height < role.height  # the body's type and the title's


def test_typed_text_is_never_cut() -> None:
    line = next(line for line in _lines() if "AVATAR" in line.get_text())
    assert pen_backs(list(line)) == [] and texts(line) == [line]
    assert all(pen_backs(list(line)) == [] for line in _lines()
               if "Guided" in line.get_text() or "Kept the tug" in line.get_text())


# Stand-ins for a page's physical lines (`columns.py` and `overprint.py` read them duck-typed).
@dataclass
class _Piece:
    text: str
    top: float
    size: float = 8.5
    x0: float = 248.0
    page: int = 0

    @property
    def x1(self) -> float:
        return self.x0 + 4 * len(self.text)

    @property
    def bottom(self) -> float:
        return self.top + self.size


def _ran_on_page() -> list[_Piece]:
    """A job's points at a pitch of 10.2; the next job's title (in larger type) drawn from 2.8
    under the last point's top, over the line the point ran on to."""
    return [_Piece("Ran the night shift", 180.0, 11.5), _Piece("- Cut waste by tightening the", 193.6),
            _Piece("par levels", 203.8), _Piece("- Hired and trained a team of 35 across front and back of", 214.0),
            _Piece("Shift Supervisor", 216.8, 11.5), _Piece("house", 224.2),
            _Piece("- Reduced waste 9% by tightening orders", 232.4)]


def test_a_line_on_its_paragraphs_pitch_under_a_title_drawn_over_it_ran_on() -> None:
    ran_on = dict((piece.text, above.text) for piece, above in run_ons(_ran_on_page()))
    assert ran_on["house"] == "- Hired and trained a team of 35 across front and back of"
    assert "Shift Supervisor" not in ran_on and "- Reduced waste 9% by tightening orders" not in ran_on


def test_lines_set_apart_as_usual_never_ran_on() -> None:
    page = [_Piece("Ran the night shift", 180.0, 11.5), _Piece("- Cut waste by tightening the", 193.6),
            _Piece("par levels", 203.8), _Piece("- Hired and trained a team of 35", 214.0),
            _Piece("Shift Supervisor", 228.4, 11.5), _Piece("- Reduced waste 9% by tightening orders", 242.0),
            _Piece("- Trained six baristas", 252.2)]
    assert run_ons(page) == []  # the next title under the last point, its points a pitch apart
    rows = [_Piece("English", 100.0, x0=60), _Piece("Native", 100.0), _Piece("French", 110.2, x0=60),
            _Piece("Fluent", 110.2), _Piece("German", 120.4, x0=60), _Piece("Basic", 120.4)]
    assert run_ons(rows) == []  # labels level with their rows, one pitch apart


def test_a_line_that_ran_on_is_read_right_after_the_line_it_goes_on_from() -> None:
    page = _ran_on_page()
    rows = [[p] for p in sorted(page, key=lambda p: p.top + p.size / 2)]
    assert [row[0].text for row in grid_rows(rows)][-4:] == [
        "- Hired and trained a team of 35 across front and back of", "house", "Shift Supervisor",
        "- Reduced waste 9% by tightening orders"]


def test_a_cut_at_the_next_entrys_dates_keeps_the_line_that_ran_on_with_its_entry() -> None:
    page = _ran_on_page()
    dates = _Piece("2016-01 - 2019-02", 217.0, 8.0, x0=150)
    chunks = [page[:4], [dates], page[4:]]  # cut level with the next entry's dates, as a gutter reads
    joined = chunks_joined(chunks)
    assert [p.text for p in joined[0]][-2:] == ["- Hired and trained a team of 35 across front and back of", "house"]
    assert [p.text for p in joined[2]] == ["Shift Supervisor", "- Reduced waste 9% by tightening orders"]


# The same on a made-up page of dated entries, each in a box of fixed height: the first job's
# last point runs on under the second job's title, which starts between its last two lines.
_BOXED = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: Letter; margin: 0.6in; }
html { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.2; }
h1 { font-size: 20pt; margin: 0 0 4pt 0; } h2 { font-size: 16pt; margin: 14pt 0 6pt 1.4in; }
p { margin: 0; }
.entry { display: flex; height: 30pt; } .when { width: 1.2in; flex: none; font-size: 8pt; }
.what { flex: 1; margin-left: 0.2in; }
.title { display: flex; justify-content: space-between; font-size: 11pt; line-height: 1.3; }
</style></head><body>
<h1>Ines Marlow</h1><p>ines.marlow@example.org | (555) 301-2299</p>
<h2>Experience</h2>
<div class="entry"><div class="when">2019-03 - 2024-01</div><div class="what">
<p class="title"><span>Harbour Pilot</span><span>Port of Wellmouth</span></p>
<p>- Guided container ships through the channel</p>
<p>- Trained two apprentices and kept the logbooks for the port authority every
single week of the year</p></div></div>
<div class="entry"><div class="when">2015-06 - 2019-02</div><div class="what">
<p class="title"><span>Deckhand</span><span>Tidewater Tugs</span></p>
<p>- Kept the tug fleet ready for every call</p></div></div>
<div class="entry"><div class="when">2012-01 - 2015-05</div><div class="what">
<p class="title"><span>Dock Clerk</span><span>Wellmouth Freight</span></p>
<p>- Logged cargo for the evening shift</p></div></div>
<h2>Education</h2>
<div class="entry"><div class="when">2008-09 - 2011-06</div><div class="what">
<p class="title"><span>BSc Marine Science</span><span>Wellmouth University</span></p></div></div>
<h2>Skills</h2><p style="margin-left: 1.4in">Pilotage, Radar, Chart work, Tug handling</p>
</body></html>"""


def test_a_point_that_ran_on_under_the_next_title_stays_whole_in_its_entry(tmp_path) -> None:
    from tailor.importer import import_resume
    from tailor.render.pdf import render_pdf

    path = tmp_path / "boxed.pdf"
    path.write_bytes(render_pdf(_BOXED))
    result = import_resume(path)
    first, second = result.resume["work"][:2]
    point = "Trained two apprentices and kept the logbooks for the port authority every single week of the year"
    assert point in first["highlights"]
    assert (second["position"], second["name"]) == ("Deckhand", "Tidewater Tugs")
    assert not [item for item in result.unparsed if "the year" in item.text]


def test_a_page_read_whole_keeps_both_overprinted_texts_apart(tmp_path) -> None:
    """With `pdf.py` reading through `overprint.texts`: "week" goes on its point, the title stands alone."""
    from tailor.importer.pdf import read_pdf_lines
    from tailor.render.pdf import render_pdf

    path = tmp_path / "overprint.pdf"
    path.write_bytes(render_pdf(_HTML))
    texts = [line.text for line in read_pdf_lines(path)]
    assert "Second Role" in texts and not any("weekSecond" in text for text in texts)
    assert any(text.endswith("every week") for text in texts)
    assert "Mercy General Hospital" in texts
