"""Two sections side by side under level headings (headed_columns.py): read column by column."""
from tailor.importer.headed_columns import side_by_side
from tailor.importer.lines import Line


def _line(text, x, y, size=11.0, page=0, **more):
    return Line(text, page=page, x=x, y=y, size=size, **more)


def test_two_sections_side_by_side_are_read_left_column_first():
    """A group's name in the body's type ("TOOLS") is no heading that ends the two columns."""
    lines = [_line("PROFILE", 59, 471, size=13.5), _line("SKILLS", 321, 471, size=13.5),
             _line("EMAIL:", 59, 508), _line("50%", 416, 511), _line("DATA ANALYSIS", 321, 514),
             _line("jo@example.com", 59, 525), _line("WEBSITE:", 59, 558), _line("75%", 416, 561),
             _line("TOOLS", 321, 564), _line("jo.example.com", 59, 576),
             _line("Experience", 59, 100, size=13.5, page=1)]
    assert [line.text for line in side_by_side(lines)] == [
        "PROFILE", "EMAIL:", "jo@example.com", "WEBSITE:", "jo.example.com",
        "SKILLS", "50%", "DATA ANALYSIS", "75%", "TOOLS", "Experience"]


def test_each_heading_goes_over_its_own_column_and_one_heading_alone_stays():
    read = [_line("Languages", 59, 100), _line("Interests", 321, 100), _line("English", 59, 120),
            _line("Polish", 59, 135), _line("Chess", 321, 120), _line("Hiking", 321, 135)]
    assert [line.text for line in side_by_side(read)] == ["Languages", "English", "Polish", "Interests", "Chess",
                                                         "Hiking"]
    across = [_line("Skills", 59, 100), _line("Languages", 321, 100), _line("Python, Go and SQL daily", 59, 120)]
    assert side_by_side(across) == across  # nothing under the right heading: no second column
    one_column = [_line("Skills", 59, 100), _line("Python", 59, 120), _line("Go", 321, 120)]
    assert side_by_side(one_column) == one_column


def test_two_group_names_level_under_a_sections_heading_are_no_two_sections():
    grid = [_line("Skills", 59, 80, size=13.5), _line("Tools", 59, 100), _line("Languages", 321, 100),
            _line("Excel", 59, 120), _line("Spanish", 321, 120)]
    assert side_by_side(grid) == grid
