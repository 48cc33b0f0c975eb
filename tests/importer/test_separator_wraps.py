"""`separator_wraps.py`: a line a narrow card wrapped at a "|", after a joining word or inside a
date cut after its hyphen goes on the line above; and `dates.py` reads a full ISO date
("(2011-06-01)") at a part's end as its date."""
from tailor.importer.build import resume_from_lines
from tailor.importer.dates import Dates, trailing_dates
from tailor.importer.lines import Line
from tailor.importer.separator_wraps import separator_wraps


def _body(text, y, x=60, gap=False, bullet=""):
    return Line(text, x=x, y=y, size=10, gap_before=gap, bullet=bullet, list_item=bool(bullet),
                right=x + 5.2 * len(text), bottom=y + 10)


def _page(*details):
    return [
        Line("Aino Virtanen", x=60, y=30, size=20, bold=True, heading=True),
        Line("aino.virtanen@example.org | 555 0177 4410", x=60, y=60, size=10, gap_before=True),
        Line("Education", x=60, y=100, size=15, bold=True, heading=True, gap_before=True),
        Line("LAKELAND UNIVERSITY", x=60, y=130, size=11, bold=True, heading=True, gap_before=True,
             right=200, bottom=141),
        *details,
        Line("Work", x=60, y=300, size=15, bold=True, heading=True, gap_before=True),
        Line("Hydrologist", x=60, y=330, size=12, bold=True, heading=True, gap_before=True),
        _body("Nordic Water Institute | 2020-01 to 2024-05", 345),
        _body("Modelled spring floods for 14 river basins.", 360, x=70, bullet="•"),
    ]


def test_a_field_wrapped_at_its_separator_or_a_joining_word_is_the_area():
    resume = resume_from_lines(_page(_body("Master of Science (2016-06)", 145),
                                     _body("| Water Resources, Policy and", 159, x=63),
                                     _body("Planning", 173))).resume
    school = resume["education"][0]
    assert (school["studyType"], school["area"], school["endDate"]) == (
        "Master of Science", "Water Resources, Policy and Planning", "2016-06")


def test_a_date_cut_after_its_hyphen_is_whole_again():
    resume = resume_from_lines(_page(_body("Bachelor of Engineering (2019-", 145),
                                     _body("| Groundwater Modelling", 159, bullet="04)"))).resume
    school = resume["education"][0]
    assert (school["studyType"], school["area"], school["endDate"]) == (
        "Bachelor of Engineering", "Groundwater Modelling", "2019-04")


def test_lines_that_do_not_go_on_stay_apart():
    apart = [_body("Led the survey team and", 145), _body("Cut costs by 12%", 159, bullet="•"),
             _body("Wrote the field guide", 190, gap=True), _body("| not under it", 230)]
    assert [line.text for line in separator_wraps(apart)] == [line.text for line in apart]


def test_a_full_iso_date_at_a_parts_end_is_its_date():
    assert trailing_dates("Ph.D. (2011-06-01)") == ("Ph.D.", Dates("2011-06-01", "2011-06-01", text="2011-06-01"))
    assert trailing_dates("Release 2011-06-01b") is None


def test_a_date_and_an_address_a_wrap_ran_together_are_two_parts():
    from tailor.importer.fields import split_parts
    assert split_parts("Harbour Board | 2019-03-01 https://example.org/cert/123") == [
        "Harbour Board", "2019-03-01", "https://example.org/cert/123"]
    assert split_parts("See https://example.org/cert/123") == ["See https://example.org/cert/123"]


def test_a_field_wrapped_at_the_dash_after_its_school_is_no_bullet():
    """"Riverside Technical College" over "- Hospitality Management" (the dash of "School - Field"
    read as a list marker), then the degree and dates: one school with its field and degree."""
    school = Line("Riverside Technical College", x=60, y=200, size=10, bold=True, gap_before=True,
                  right=200, bottom=210)
    resume = resume_from_lines([*_page()[:3], school, _body("Hospitality Management", 212, bullet="-"),
                                _body("Diploma of Culinary Arts", 226), _body("2011-09 - 2013-06", 240),
                                *_page()[-3:]]).resume
    entry = resume["education"][0]
    assert (entry["institution"], entry.get("area"), entry.get("studyType"), entry.get("endDate")) == (
        "Riverside Technical College", "Hospitality Management", "Diploma of Culinary Arts", "2013-06")
    # two dash lines in a row under a school are its points, as before
    lines = separator_wraps([school, _body("Dean's list", 212, bullet="-"), _body("Chef of the year", 226, bullet="-")])
    assert [line.text for line in lines] == ["Riverside Technical College", "Dean's list", "Chef of the year"]


def test_a_lone_year_after_a_word_of_time_ends_the_point_above():
    """"Taught 300 learners since" over "2019": the year is the point's, not the dates of an entry."""
    lines = separator_wraps([_body("Taught 300 learners since", 200, x=300), _body("2019", 214, x=300),
                             _body("Wrote the tutor handbook", 228, x=300)])
    assert [line.text for line in lines] == ["Taught 300 learners since 2019", "Wrote the tutor handbook"]
    # a year under a line that ends otherwise stays a line of its own (an entry's dates)
    lines = separator_wraps([_body("Harbour Literacy Trust", 200), _body("2019", 214)])
    assert [line.text for line in lines] == ["Harbour Literacy Trust", "2019"]
