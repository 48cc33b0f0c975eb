"""A section heading printed above the name, away from its entries (`stray_heading.py`)."""
from __future__ import annotations

from tailor.importer.lines import Line
from tailor.importer.stray_heading import heading_put_back
from tests.importer.corner_heading_page import corner_heading_resume


def _header(first: Line) -> list[Line]:
    return [first,
            Line("Ada Brook", y=100, x=50, size=22, heading=True, level=1),
            Line("Kept three warehouses stocked through two peak seasons.", y=150, x=50, size=7),
            Line("Email: ada@example.com", y=165, x=50, size=7),
            Line("Kestrel Foods 2019 - 2023", y=190, x=50, size=13, heading=True, level=2, gap_before=True),
            Line("Stock Controller", y=210, x=50, size=7)]


def test_a_heading_printed_above_the_name_heads_the_entries_after_the_header():
    lines = _header(Line("Experience", y=50, x=430, size=13, heading=True, level=2))
    assert [line.text for line in heading_put_back(lines)] == [
        "Ada Brook", "Kept three warehouses stocked through two peak seasons.", "Email: ada@example.com",
        "Experience", "Kestrel Foods 2019 - 2023", "Stock Controller"]


def test_a_first_line_that_is_no_heading_or_sits_over_a_smaller_name_stays():
    not_heading = _header(Line("Curriculum", y=50, x=430, size=13, heading=True, level=2))
    assert heading_put_back(not_heading) == not_heading
    over_smaller = _header(Line("Experience", y=50, x=430, size=30, heading=True, level=1))
    assert heading_put_back(over_smaller) == over_smaller
    lines = _header(Line("Experience", y=50, x=430, size=13, heading=True, level=2))
    lines[4] = Line("Education", y=190, x=50, size=13, heading=True, level=2, gap_before=True)
    assert heading_put_back(lines) == lines  # its own section would be empty: left as it stands


def test_the_page_reads_its_jobs_under_the_heading_printed_in_its_corner(tmp_path):
    resume = corner_heading_resume(tmp_path)
    assert [(job["name"], job["position"]) for job in resume["work"]] == [
        ("Harbour Freight Lines", "Operations Analyst"), ("Northgate Depot", "Shift Supervisor")]
    assert "work" not in corner_heading_resume(tmp_path, {"stray_heading.heading_put_back": lambda lines: lines})
