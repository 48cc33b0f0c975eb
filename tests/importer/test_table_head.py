"""`table_head.py`: a table's header row names the columns and is no entry; built from cells here."""
from tailor.importer.lines import Line
from tailor.importer.table_head import column_labels, header_roles, ordered_cells, school_heading


def cells(*texts: str) -> list[list[Line]]:
    return [[Line(text)] if text else [] for text in texts]


def test_a_row_of_column_words_is_a_header():
    assert header_roles(cells("Zeitraum", "Tätigkeit")) == ["dates", "position"]
    assert header_roles(cells("Period", "Position")) == ["dates", "position"]
    assert header_roles(cells("Qualification", "Institution", "Board / University", "Year of Passing",
                              "Percentage / CGPA")) == ["degree", "institution", "board", "dates", "score"]


def test_a_row_of_data_is_no_header():
    assert header_roles(cells("EDV", "SAP PM, MS Office")) is None
    assert header_roles(cells("Python", "Advanced")) is None
    assert header_roles(cells("09/2016 – 02/2019", "Mechanikerin")) is None
    assert header_roles(cells("Period")) is None  # one cell: a heading, not a row of labels


def test_a_school_row_is_read_degree_school_year_and_the_board_after_it():
    roles = ["degree", "institution", "board", "dates", "score"]
    row, after = ordered_cells(cells("HSC", "Fergusson College, Pune", "Maharashtra State Board", "2014", "89.2%"),
                               roles)
    assert [c[0].text for c in row] == ["HSC", "Fergusson College, Pune", "2014", "Score: 89.2%"]
    assert [line.text for line in after] == ["Board: Maharashtra State Board"]
    plain = cells("2019", "Acme")
    assert ordered_cells(plain, ["dates", "position"]) == (plain, [])


def test_a_school_table_under_an_unknown_heading_is_read_as_education():
    roles = ["degree", "institution", "dates"]
    unknown = [Line("EDUCATIONAL QUALIFICATIONS", bold=True)]
    assert [line.text for line in school_heading(roles, unknown)] == ["Education"]
    assert school_heading(roles, [Line("EDUCATION", bold=True)]) == []
    assert school_heading(["dates", "position"], unknown) == []


def test_a_pdf_or_text_header_row_opens_the_section():
    """A PDF gives the header row's cells as lines side by side, a text file as one line: they
    are dropped from the section's start, a job's first line never is."""
    side = [Line("Zeitraum", y=100, size=10), Line("Tätigkeit", x=200, y=100, size=10),
            Line("03/2019 – 02/2023", y=120, size=10)]
    assert column_labels(side) == 2
    assert column_labels([Line("Period | Position"), Line("2019 – 2023 | Mechanic")]) == 1
    assert column_labels([Line("Mechanic | Bosch"), Line("2019 – 2023")]) == 0
