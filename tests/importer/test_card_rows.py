"""`card_rows.py`: cards set two to a row under a heading are read card by card, row by row."""
from tailor.importer.build import resume_from_lines
from tailor.importer.card_rows import card_rows
from tailor.importer.lines import Line


def _title(text, x, y, page=0):
    return Line(text, page=page, x=x, y=y, size=11, bold=True, heading=True, right=x + 7 * len(text), bottom=y + 11)


def _body(text, x, y, page=0):
    return Line(text, page=page, x=x, y=y, size=10, right=x + 5 * len(text), bottom=y + 10)


def _heading(text, y):
    return Line(text, x=60, y=y, size=15, bold=True, heading=True, gap_before=True)


def _page(grid):
    return [
        Line("Femi Adeyemi", x=60, y=30, size=20, bold=True, heading=True),
        Line("femi.adeyemi@example.org | 555 0100 2020", x=60, y=60, size=10, gap_before=True),
        _heading("Certifications", 100),
        *grid,
        _heading("Education", 400),
        _title("RIVERSIDE COLLEGE", 60, 430),
        _body("Associate of Science (2015-06) | Electronics", 60, 445),
    ]


def _interleaved():
    """Row by row, as a page's lines come when the cards' lines stand level."""
    return [
        _title("FIBRE OPTIC SPLICER", 60, 130), _title("CONFINED SPACES", 240, 130),
        _body("Fibre Institute | 2019-02", 60, 145), _body("Safety Council | 2020-08", 240, 145),
        _title("ELECTRICAL SAFETY", 60, 190), _title("WORKING AT HEIGHTS", 240, 190),
        _body("Trade Board | 2021-11", 60, 205), _body("Safety Council | 2022-03", 240, 205),
    ]


def test_cards_whose_lines_come_interleaved_are_read_one_by_one():
    resume = resume_from_lines(_page(_interleaved())).resume
    assert [(c["name"].upper(), c["issuer"], c["date"]) for c in resume["certificates"]] == [
        ("FIBRE OPTIC SPLICER", "Fibre Institute", "2019-02"), ("CONFINED SPACES", "Safety Council", "2020-08"),
        ("ELECTRICAL SAFETY", "Trade Board", "2021-11"), ("WORKING AT HEIGHTS", "Safety Council", "2022-03")]


def test_cards_read_column_by_column_come_back_row_by_row():
    grid = _interleaved()
    by_columns = [grid[0], grid[2], grid[4], grid[6], grid[1], grid[3], grid[5], grid[7]]
    card_by_card = [grid[0], grid[2], grid[1], grid[3], grid[4], grid[6], grid[5], grid[7]]
    assert [line.text for line in card_rows(_page(by_columns))] == [line.text for line in _page(card_by_card)]


def test_a_section_that_is_no_grid_stays_as_it_was():
    one_column = [_title("FIBRE OPTIC SPLICER", 60, 130), _body("Fibre Institute | 2019-02", 60, 145),
                  _title("ELECTRICAL SAFETY", 60, 190), _body("Trade Board | 2021-11", 60, 205)]
    assert card_rows(_page(one_column)) == _page(one_column)
    stray = [*_interleaved(), _body("Renewed every three years", 150, 230)]  # at no card's edge
    assert card_rows(_page(stray)) == _page(stray)
