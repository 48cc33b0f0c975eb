"""`list_items.py`: the line cues read before entries are grouped."""
from tailor.importer.entries import group_entries, parse_entry
from tailor.importer.lines import Line
from tailor.importer.list_items import (
    beside_item,
    dates_over_title,
    indented,
    is_meta_only,
    join_stacked_dates,
    name_list,
    row_items,
    title_over_dates,
)


def _line(text, x=50.0, y=0.0, size=10.0, **more):
    return Line(text, x=x, y=y, size=size, **more)


def test_dates_stacked_in_a_timeline_column_read_as_one_line():
    lines = join_stacked_dates([_line("2021", bold=True), _line("2025", bold=True), _line("University of Washington")])
    assert [line.text for line in lines] == ["2021 – 2025", "University of Washington"]
    lines = join_stacked_dates([_line("December"), _line("2024"), _line("Dean's List")])
    assert [line.text for line in lines] == ["December 2024", "Dean's List"]
    # a later year above an earlier one is not a range
    assert len(join_stacked_dates([_line("2025"), _line("2021")])) == 2


def test_a_date_cut_after_its_month_is_joined_to_the_rest():
    lines = join_stacked_dates([_line("University Hospital Galway | Mar"), _line("2019 – Present"), _line("Ward")])
    assert [line.text for line in lines] == ["University Hospital Galway | Mar 2019 – Present", "Ward"]
    lines = join_stacked_dates([_line("Beaumont Hospital | Sep 2014 – Feb"), _line("2019")])
    assert [line.text for line in lines] == ["Beaumont Hospital | Sep 2014 – Feb 2019"]
    # a line that ends on a word that is no month keeps its own dates line
    assert len(join_stacked_dates([_line("Beaumont Hospital"), _line("2019 – Present")])) == 2


def test_a_grid_of_short_names_on_one_row_is_a_list():
    lines = row_items([_line("University of Washington", bold=True, y=10), _line("Sep 2021 - Jun 2025", x=400, y=10),
                       _line("CSE 451 - Operating Systems", x=60, y=30),
                       _line("CSE 444 - Database Systems", x=200, y=30)])
    assert [line.list_item for line in lines] == [False, False, True, True]
    # a wrapped sentence beside a title in a table of columns is no grid
    table = row_items([_line("Package Handler", y=10), _line("2012 - 2016", x=200, y=10),
                       _line("Operator", y=22), _line("attendance and accuracy.", x=300, y=22)])
    assert not any(line.list_item for line in table)


def test_a_role_and_an_employer_on_one_row_beside_dates_in_a_column_of_their_own_are_no_grid():
    # the dates sit in a gutter left of the row, a point or two higher in a type of their own
    row = [_line("2016 – 2019", x=190, y=98.6, size=8.5, bottom=108.8),
           _line("Shift Supervisor", x=250, y=100, bottom=112), _line("Northgate Depot", x=430, y=100, bottom=112)]
    assert not any(line.list_item for line in row_items(row))
    # the same row with no dates level with it (two dates rows apart) reads as a grid
    apart = [_line("2016 – 2019", x=190, y=70, size=8.5, bottom=80.2), *row[1:]]
    assert [line.list_item for line in row_items(apart)] == [False, True, True]


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


def test_dates_set_above_each_title_open_the_next_entry():
    lines = [Line("2024-05-01", size=10.5, gap_before=True), Line("Issued by: Google / Coursera", size=10.5),
             Line("Google Data Analytics Professional Certificate", size=12),
             Line("2024-09-01", size=10.5, gap_before=True), Line("Issued by: IBM / Coursera", size=10.5),
             Line("Databases and SQL for Data Science", size=12)]
    entries = [parse_entry("certificates", raw, i)[0] for i, raw in enumerate(group_entries(lines, "certificates"))]
    assert entries == [
        {"name": "Google Data Analytics Professional Certificate", "issuer": "Google / Coursera", "date": "2024-05-01"},
        {"name": "Databases and SQL for Data Science", "issuer": "IBM / Coursera", "date": "2024-09-01"}]
    # a title-first entry: a date line under it is its own (an end date, a second line of dates)
    assert not dates_over_title(Line("2019 - 2021"), [Line("Acme Corp"), Line("Engineer")])


def test_an_issuer_label_over_the_name_adds_to_the_entry_across_a_page_break():
    assert is_meta_only(_line("Issued by: AACN Certification Corporation"))
    assert not is_meta_only(_line("Issued certificates to 40 staff"))
    lines = [_line("2021-02-11", gap_before=True), _line("Issued by: AACN Certification Corporation"),
             _line("Progressive Care Certified Nurse (PCCN)", page=1, gap_before=True)]  # a page break: a gap
    [raw] = group_entries(lines, "certificates")
    assert parse_entry("certificates", raw, 0)[0] == {
        "name": "Progressive Care Certified Nurse (PCCN)", "issuer": "AACN Certification Corporation",
        "date": "2021-02-11"}


def test_cells_of_a_grid_read_school_dates_school_dates_are_two_entries():
    lines = [_line("University of Texas at Austin", x=65), _line("2006-09-01 - 2011-06-01", x=210),
             _line("University of Texas at Austin", x=354), _line("2002-09-01 - 2006-05-01", x=65, gap_before=True)]
    entries = [parse_entry("education", raw, i)[0] for i, raw in enumerate(group_entries(lines, "education"))]
    assert [(e["institution"], e["startDate"]) for e in entries] == [
        ("University of Texas at Austin", "2006-09-01"), ("University of Texas at Austin", "2002-09-01")]
    # the entry's own degree line, followed by the next school, stays in the entry
    assert not title_over_dates(_line("Bachelor of Science"), [_line("Austin Community College"), _line("2012 - 2014")],
                                [_line("Texas State University")])


def test_a_school_set_like_the_one_above_with_its_dates_as_far_under_it_opens_the_next_entry():
    def school(text):
        return Line(text, size=10.5, heading=True)

    lines = [school("University of Texas at Austin"), Line("Ph.D. in Computer Science", size=9),
             Line("Jun 2011", size=9), school("University of Texas at Austin"),
             Line("Bachelor of Science in Computer Science", size=9), Line("May 2006", size=9)]
    assert [[h.text for h in e.header] for e in group_entries(lines, "education")] == [
        ["University of Texas at Austin", "Ph.D. in Computer Science", "Jun 2011"],
        ["University of Texas at Austin", "Bachelor of Science in Computer Science", "May 2006"]]


def test_small_items_indented_under_a_larger_label_are_list_items():
    """Items at 7 pt indented 30 pt under a "Courses" label at 8 pt: more than four of their own
    sizes, within four of the label's."""
    header = [Line("BSc Biology, Lakeside University", x=50.0, size=9.5, bold=True),
              Line("Courses", x=50.0, size=8.0, bold=True)]
    assert indented(Line("Plant Ecology", x=80.0, size=7.2), header)
    assert not indented(Line("Plant Ecology", x=90.0, size=7.2), header)


def _column(*rows):
    return [_line(text, x=18.0, y=y, size=10.5, gap_before=not i) for i, (text, y) in enumerate(rows)]


def test_a_column_of_names_with_wrapped_ones_is_one_entry_a_name():
    lines = _column(("Progressive Care Certified Nurse", 372.0), ("(PCCN)", 388.5),
                    ("Advanced Cardiovascular Life", 407.2), ("Support (ACLS)", 423.0),
                    ("Basic Life Support (BLS)", 441.7), ("Certified Energy Manager", 460.5))
    entries = group_entries(lines, "certificates")
    names = [parse_entry("certificates", raw, i)[0]["name"] for i, raw in enumerate(entries)]
    assert names == ["Progressive Care Certified Nurse (PCCN)", "Advanced Cardiovascular Life Support (ACLS)",
                     "Basic Life Support (BLS)", "Certified Energy Manager"]


def test_one_spacing_only_joins_by_what_the_text_leaves_open():
    one_a_line = _column(("OSHA 30-Hour General Industry", 299.2), ("Certified Logistics Associate (CLA)", 318.0),
                         ("Powered Industrial Truck Trainer", 336.7))
    assert [n.text for n in name_list(one_a_line, "certificates")] == [line.text for line in one_a_line]
    assert all(n.is_bullet for n in name_list(one_a_line, "awards"))
    wrapped = _column(("Bib Gourmand (Restaurante Alma", 546.7), ("Ibérica)", 563.2))
    assert [n.text for n in name_list(wrapped, "awards")] == ["Bib Gourmand (Restaurante Alma Ibérica)"]


def test_dated_spaced_or_other_sections_stay_as_they_are():
    dated = _column(("AWS Certified Developer", 100.0), ("Amazon Web Services, 2021", 116.0))
    spaced = [dated[0], _line("Amazon Web Services", x=18.0, y=116.0, size=10.5, gap_before=True)]
    for lines, section in ((dated, "certificates"), (spaced, "certificates"), (dated[:1], "awards")):
        assert name_list(lines, section) == lines
    plain = _column(("Inventory control", 208.5), ("Cycle counting", 226.5))
    assert name_list(plain, "skills") == plain


def test_lines_level_with_each_other_in_two_cards_read_one_after_the_other_are_no_grid():
    # two schools' cards side by side, each read whole: the degrees share a row, not a list
    cards = [_line("Manchester Metropolitan University", y=471), _line("PGCE with Qualified Teacher Status", y=501),
             _line("2017-09 - 2018-07", y=516), _line("Uniwersytet Jagielloński", x=329, y=471),
             _line("Licencjat (BSc)", x=329, y=501), _line("2012-10 - 2015-07", x=329, y=516),
             _line("GPA: 5.0 (bardzo dobry)", x=329, y=531)]
    assert not any(line.list_item for line in row_items(cards))


def test_a_course_grid_read_column_by_column_is_still_a_grid():
    courses = [_line("University of Washington", bold=True, y=443), _line("CSE 451 - Operating Systems", x=207, y=481),
               _line("CSE 444 - Database Systems", x=207, y=490), _line("CSE 461 - Computer Networks", x=389, y=481),
               _line("CSE 421 - Algorithms", x=389, y=490)]
    assert [line.list_item for line in row_items(courses)] == [False, True, True, True, True]
