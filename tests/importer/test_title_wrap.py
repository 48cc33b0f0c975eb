"""A title beside the name that wrapped under it (`title_wrap.py`)."""
from __future__ import annotations

from tailor.importer.lines import Line
from tailor.importer.title_wrap import title_wrapped
from tests.importer.corner_heading_page import corner_heading_resume


def _lines(rest: str, x: float = 50, size: float = 17) -> list[Line]:
    return [Line("Ada Brook", y=100, x=50, size=22, heading=True, level=1, right=180, bottom=124),
            Line("Warehouse Stock", y=103, x=195, size=17, heading=True, level=2, right=330, bottom=122),
            Line(rest, y=126, x=x, size=size, heading=size > 10, level=2 if size > 10 else 0, right=200, bottom=144),
            Line("Kept three warehouses stocked.", y=160, x=50, size=7, gap_before=True)]


def test_the_rest_of_a_title_under_the_name_goes_on_with_the_title():
    assert [line.text for line in title_wrapped(_lines("Control Lead"))] == [
        "Ada Brook", "Warehouse Stock Control Lead", "Kept three warehouses stocked."]


def test_a_line_elsewhere_in_other_type_or_a_contact_detail_is_no_rest_of_the_title():
    for lines in (_lines("Control Lead", x=80), _lines("Control Lead", size=7), _lines("ada@example.com")):
        assert title_wrapped(lines) == lines


def test_the_page_reads_the_whole_title(tmp_path):
    assert corner_heading_resume(tmp_path)["basics"]["label"] == "Senior Logistics Planning Coordinator"
    unwrapped = corner_heading_resume(tmp_path, {"title_wrap.title_wrapped": lambda lines: lines})
    assert unwrapped["basics"]["label"] == "Senior Logistics"
