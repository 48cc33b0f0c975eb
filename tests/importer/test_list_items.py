"""`list_items.py`: the line cues read before entries are grouped."""
from tailor.importer.lines import Line
from tailor.importer.list_items import beside_item, indented, is_meta_only, join_stacked_dates, row_items


def _line(text, x=50.0, y=0.0, size=10.0, **more):
    return Line(text, x=x, y=y, size=size, **more)


def test_dates_stacked_in_a_timeline_column_read_as_one_line():
    lines = join_stacked_dates([_line("2021", bold=True), _line("2025", bold=True), _line("University of Washington")])
    assert [line.text for line in lines] == ["2021 – 2025", "University of Washington"]
    lines = join_stacked_dates([_line("December"), _line("2024"), _line("Dean's List")])
    assert [line.text for line in lines] == ["December 2024", "Dean's List"]
    # a later year above an earlier one is not a range
    assert len(join_stacked_dates([_line("2025"), _line("2021")])) == 2


def test_a_grid_of_short_names_on_one_row_is_a_list():
    lines = row_items([_line("University of Washington", bold=True, y=10), _line("Sep 2021 - Jun 2025", x=400, y=10),
                       _line("CSE 451 - Operating Systems", x=60, y=30),
                       _line("CSE 444 - Database Systems", x=200, y=30)])
    assert [line.list_item for line in lines] == [False, False, True, True]
    # a wrapped sentence beside a title in a table of columns is no grid
    table = row_items([_line("Package Handler", y=10), _line("2012 - 2016", x=200, y=10),
                       _line("Operator", y=22), _line("attendance and accuracy.", x=300, y=22)])
    assert not any(line.list_item for line in table)


def test_items_beside_an_item_and_indented_lines():
    item = _line("CSE 451 - Operating Systems", x=60, y=30, list_item=True)
    assert beside_item(_line("CSE 444 - Database Systems", x=200, y=30), [item])
    assert not beside_item(_line("CSE 444 - Database Systems", x=200, y=50), [item])
    header = [_line("Analyst", bold=True)]
    assert indented(_line("Cut costs by 9%", x=60), header)
    assert not indented(_line("2019 - 2021", x=60), header)
    assert is_meta_only(_line("Seattle, WA | 2019 - 2021")) and not is_meta_only(_line("Acme | 2019"))


def test_an_indent_is_measured_from_the_title_not_from_dates_in_a_gutter():
    header = [_line("2019-03 TO PRESENT", x=62, bold=True), _line("Chef de Cuisine at Alma", x=217)]
    assert indented(_line("Run the kitchen of a 70-cover restaurant.", x=241), header)
