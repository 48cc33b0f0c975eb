"""Contact details set apart with spaced slashes (`slashed_details.py`), and a city printed with
its country's code before them. Hand-built lines, not a theme's text."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.slashed_details import slashed_details


def _page(contact_row: str) -> list[Line]:
    return [Line("Ada Quill", size=15, bold=True, heading=True, level=1), Line(contact_row, size=10),
            Line("Experience", size=12, bold=True, heading=True, gap_before=True),
            Line("Baker | Crumb & Co | 2019 - 2021", size=10)]


def test_details_set_apart_by_slashes_are_read_each_into_its_field():
    result = resume_from_lines(_page("Leeds GB / 0113 496 0000 / ada.quill@example.org"))
    basics = result.resume["basics"]
    assert basics["phone"] == "0113 496 0000"
    assert basics["email"] == "ada.quill@example.org"
    assert basics["location"]["city"] == "Leeds"
    assert "label" not in basics
    assert not [u for u in result.unparsed if u.section == "header"]


def test_a_slash_between_words_that_are_no_contact_detail_stays():
    assert slashed_details("Pastry Chef / Baker") == ["Pastry Chef / Baker"]
    assert slashed_details("030 / 1234567") == ["030 / 1234567"]  # one number written with a slash
    assert slashed_details("Leeds GB / 0113 496 0000") == ["Leeds GB", "0113 496 0000"]


def test_a_city_with_a_code_alone_on_a_line_is_not_taken_for_a_place():
    lines = [Line("Ada Quill", size=15, bold=True, heading=True, level=1), Line("Brand Studio XY", size=10),
             Line("ada.quill@example.org", size=10)]
    assert "location" not in resume_from_lines(lines).resume["basics"]
