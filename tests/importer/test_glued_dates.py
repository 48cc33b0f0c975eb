"""Dates in a type size of their own set right against the text before them (`glued_dates.py`)."""
from __future__ import annotations

from dataclasses import dataclass

from tailor.importer.glued_dates import glued_date_at
from tests.importer.corner_heading_page import corner_heading_resume


@dataclass
class _Glyph:
    text: str
    size: float

    def get_text(self) -> str:
        return self.text


def _glyphs(*runs: tuple[str, float]) -> list[_Glyph]:
    return [_Glyph(ch, size) for text, size in runs for ch in text]


def test_dates_in_another_size_right_after_a_word_start_where_the_size_changes():
    assert glued_date_at(_glyphs(("Kestrel Foods", 14.0), ("2019 - Present", 11.0))) == len("Kestrel Foods")
    assert glued_date_at(_glyphs(("Lakeside College", 7.0), ("Sep 2012 - Jun 2014", 10.0))) == len("Lakeside College")


def test_one_size_a_space_between_or_more_than_dates_after_the_change_is_left_alone():
    assert glued_date_at(_glyphs(("Windows2000 - 2003", 9.0))) is None  # one size: as written
    assert glued_date_at(_glyphs(("Kestrel Foods ", 14.0), ("2019 - 2023", 11.0))) is None  # spaced already
    assert glued_date_at(_glyphs(("Kestrel Foods", 14.0), ("2019 and more", 11.0))) is None
    assert glued_date_at(_glyphs(("2019 - 2023", 11.0))) is None  # nothing before the dates


def test_the_page_reads_each_title_apart_from_its_dates(tmp_path):
    resume = corner_heading_resume(tmp_path)
    assert [(job["name"], job["startDate"], job["endDate"]) for job in resume["work"]] == [
        ("Harbour Freight Lines", "2019", "2023"), ("Northgate Depot", "2016", "2019")]
    assert resume["education"][0]["institution"] == "Lakeside Community College"
    glued = corner_heading_resume(tmp_path, {"glued_dates.glued_date_at": lambda glyphs: None})
    assert glued["work"][0]["name"] != "Harbour Freight Lines"


def test_an_employer_named_across_a_dash_keeps_both_sides_with_its_dates_on_the_same_line():
    from tailor.importer.entries import RawEntry, parse_entry
    from tailor.importer.lines import Line

    header = [Line("Harbour Health – The Quay Clinic 2014 - 2016", size=14, heading=True, gap_before=True),
              Line("Patient Care Technician", size=7, gap_before=True)]
    entry, left = parse_entry("work", RawEntry(header=header), 0)
    assert (entry["name"], entry["position"], entry["startDate"]) == (
        "Harbour Health – The Quay Clinic", "Patient Care Technician", "2014")
    assert not left
