"""A field of study with its degree after it in brackets (`bracketed_degree.py`)."""
from __future__ import annotations

from tailor.importer.bracketed_degree import field_and_degree
from tailor.importer.education_lines import opens_school
from tailor.importer.entries import RawEntry, parse_entry
from tailor.importer.lines import Line
from tests.importer.corner_heading_page import corner_heading_resume


def test_the_last_bracket_holds_the_degree_and_the_words_before_it_the_field():
    assert field_and_degree("Marine Biology (Bachelor of Science)") == ("Marine Biology", "Bachelor of Science")
    assert field_and_degree("Welding Technology (HND (SCQF 8))") == ("Welding Technology", "HND (SCQF 8)")
    assert field_and_degree("Logistics, Transport and Economics (CAS in Event Management)") == (
        "Logistics, Transport and Economics", "CAS in Event Management")


def test_a_bracket_that_names_no_degree_or_a_head_that_names_one_is_no_field_and_degree():
    for text in ("Marine Biology (Minor in Chemistry)", "Marine Biology (Honours)", "Bachelor of Science (BSc)",
                 "Harbourside University (MSc)", "Marine Biology", "Python (Advanced)", "Diplomingenieur (MSc)",
                 "Civil Engineering Diplomingenieur (MSc)"):
        assert field_and_degree(text) is None, text


def test_the_line_under_a_dated_school_is_its_degree_and_keeps_its_commas():
    header = [Line("Harbourside Polytechnic 2015 - 2018", bold=True, gap_before=True, size=7),
              Line("Logistics, Transport and Economics (CAS in Event Management)", gap_before=True, size=7)]
    assert opens_school(header[1], header[:1]) is False
    entry, _ = parse_entry("education", RawEntry(header=header), 0)
    assert (entry["institution"], entry["area"], entry["studyType"]) == (
        "Harbourside Polytechnic", "Logistics, Transport and Economics", "CAS in Event Management")


def test_the_page_reads_the_school_its_field_its_degree_and_its_unmarked_courses(tmp_path):
    school = corner_heading_resume(tmp_path)["education"][0]
    assert (school["area"], school["studyType"]) == ("Supply Chain Management", "Associate of Applied Science")
    assert school["courses"] == ["Freight Costing", "Warehouse Systems"]  # a browser's list indent, in small type
