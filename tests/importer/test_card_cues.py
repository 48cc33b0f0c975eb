"""Cues of the third round on third-party layouts (issue 15): education cards set side by side
(each school over its own dates, a run of them at a page break), a grade labelled after the
field on the degree line, "Present - 2010" for a degree with no start. Each is checked on
hand-built lines; the committed corpus checks them together (test_third_party_layouts.py)."""
from tailor.importer.build import resume_from_lines
from tailor.importer.dates import Dates, parse_dates
from tailor.importer.fields import split_parts
from tailor.importer.lines import Line
from tailor.importer.pdf import _Phys
from tailor.importer.twin_columns import twin_order


def _phys(text, top, x0, size=9.0, page=0):
    return _Phys(page, top, top + size, x0, x0 + 4.5 * len(text), size, [(c, False) for c in text],
                 4.5 * len(text.split()[0]))


def _cards(page=0, top=100.0):
    """Two education cards side by side: school, dates under it, degree line, each in its column."""
    return [[_phys("North Valley University", top, 50, size=10.5, page=page),
             _phys("Lakeside College", top, 300, size=10.5, page=page)],
            [_phys("Sep 2010 - Jun 2014", top + 16, 50, page=page),
             _phys("Sep 2014 - Jun 2016", top + 16, 300, page=page)],
            [_phys("Bachelor of Arts - History", top + 29, 50, page=page),
             _phys("Master of Arts - Archives", top + 29, 300, page=page)]]


def _texts(rows):
    return [p.text for row in rows for p in row]


def test_cards_with_their_dates_flush_under_each_school_are_read_card_by_card():
    heading, after = [_phys("EDUCATION", 70, 50, size=12.6)], [_phys("AWARDS", 200, 50, size=12.6)]
    out = _texts(twin_order([heading] + _cards() + [after]))
    assert out == ["EDUCATION", "North Valley University", "Sep 2010 - Jun 2014", "Bachelor of Arts - History",
                   "Lakeside College", "Sep 2014 - Jun 2016", "Master of Arts - Archives", "AWARDS"]
    # dates floated beside a title start wherever their width puts them: rows stay rows
    dated = [heading, [_phys("Engineer", 100, 50), _phys("Jan 2019 - Mar 2021", 100, 312)],
             [_phys("Analyst", 120, 50), _phys("May 2017 - Dec 2018", 120, 309)],
             [_phys("Intern", 140, 50), _phys("Jun 2016 - Aug 2016", 140, 310)], after]
    assert twin_order(dated) == dated


def test_a_run_of_cards_at_a_page_break_is_read_card_by_card_when_a_heading_is_across_the_break():
    cards = _cards(page=1, top=30.0)  # the heading at the foot of page 0, the cards on top of page 1
    out = _texts(twin_order(cards + [[_phys("AWARDS", 120, 50, size=12.6, page=1)]],
                            before=[_phys("EDUCATION", 760, 50, size=12.6)]))
    assert out[:4] == ["North Valley University", "Sep 2010 - Jun 2014", "Bachelor of Arts - History",
                       "Lakeside College"]
    cards = _cards(top=700.0)  # the cards end page 0, the next heading opens page 1
    body = [[_phys("EDUCATION", 670, 50, size=12.6)]] + cards
    assert _texts(twin_order(body, after=[_phys("AWARDS", 30, 50, size=12.6, page=1)]))[2] == "Sep 2010 - Jun 2014"
    # body text across the break may be the run going on: rows stay rows
    assert twin_order(body, after=[_phys("Cont. Master of Arts", 30, 50, page=1)]) == body


def test_a_grade_labelled_after_the_field_is_the_score_and_an_empty_label_is_dropped():
    lines = [Line("Ana Ruiz", size=24, heading=True, level=1), Line("ana@example.org"),
             Line("EDUCATION", size=13, heading=True, level=2),
             Line("North Valley University", size=10.5, bold=True), Line("2010 - 2014"),
             Line("Bachelor of Arts - History GPA: 3.6/4.0"),
             Line("Lakeside College", size=10.5, bold=True, gap_before=True), Line("2014 - 2016"),
             Line("Master of Arts - Archives GPA:")]
    education = resume_from_lines(lines).resume["education"]
    assert [(e["area"], e.get("score")) for e in education] == [("History", "3.6/4.0"), ("Archives", None)]


def test_an_open_word_before_a_date_is_a_template_filling_in_a_missing_start():
    assert parse_dates("Present - 2010") == Dates("", "2010")
    assert parse_dates("Present - Jun 2010") == Dates("", "2010-06")
    assert split_parts("Present - May 2010") == ["Present - May 2010"]  # one part, not "Present" and a date
    assert parse_dates("Present - tense verbs") is None
