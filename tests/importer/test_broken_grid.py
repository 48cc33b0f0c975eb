"""A timeline of cards floated into a broken grid (timeline_rows.py, docs/ARCHITECTURE.md "Resume
import"): each role set flush right over its dates, a row's block dropped below its employer or
beside the next one, a word cut where a narrow column ran out, and a rule drawn between chips."""
from tailor.importer.chips import tags_joined
from tailor.importer.lines import Line, join_wrapped
from tailor.importer.pdf import _Phys
from tailor.importer.timeline_rows import timeline_rows


def _flush_right(parts, right, top, size=15.0, bold=True, page=0):
    """Lines set flush right at `right`, one a line (22.5 pt) below the other."""
    return [Line(part, page=page, x=right - 7.0 * len(part), y=top + 22.5 * i, size=size, bold=bold,
                 right=right, bottom=top + 22.5 * i + size) for i, part in enumerate(parts)]


def _block(role, dates, right, top):
    lines = _flush_right(role, right, top)
    return lines + _flush_right(dates, right, top + 22.5 * len(role) + 2, size=12.0, bold=False)


def _name(text, x, y, bold=True):
    return Line(text, x=x, y=y, size=12.7, bold=bold, right=x + 6.0 * len(text), bottom=y + 12.7)


def test_rows_of_a_broken_grid_pair_in_the_order_they_are_read():
    heading = Line("Work Experience", x=229, y=320, size=18, bold=True, right=383, bottom=338)
    first = _block(["Store", "Manager"], ["May 2021 -", "Present"], 164.5, 389)
    first_name = [_name("Canadian Tire", 277, 390), _name("Ran a big-box store.", 277, 440, bold=False)]
    second = _block(["Assistant", "Store", "Manager"], ["Mar 2017 - Apr", "2021"], 337.1, 459)
    second_name = [_name("Sport Chek", 404.6, 460)]
    # the third card's employer floated up beside the second block, its role and dates below it
    third_name = [_name("Winners", 404.6, 530)]
    third = _block(["Department", "Supervisor"], ["Jun 2014 - Feb 2017"], 164.5, 594)
    education = Line("Education", x=259, y=700, size=18, bold=True, right=352, bottom=718)
    school = [_name("Sheridan College", 277, 761), _name("Business Administration", 277, 810, bold=False)]
    diploma = _block(["College", "Diploma"], ["Sep 2012 - Apr 2014"], 164.5, 760)
    lines = [heading] + first_name + second_name + third_name + [education] + school + first + second + third \
        + diploma
    assert [line.text for line in timeline_rows(lines)] == [
        "Work Experience", "Canadian Tire", "Store Manager", "May 2021 - Present", "Ran a big-box store.",
        "Sport Chek", "Assistant Store Manager", "Mar 2017 - Apr 2021",
        "Winners", "Department Supervisor", "Jun 2014 - Feb 2017",
        "Education", "Sheridan College", "College Diploma", "Sep 2012 - Apr 2014", "Business Administration"]
    # without the grid's cues (no right edges known) the rows left over stay where they were
    unknown = [Line(line.text, x=line.x, y=line.y, size=line.size, bold=line.bold) for line in lines]
    texts = [line.text for line in timeline_rows(unknown)]
    assert texts[texts.index("Winners") + 1] != "Department Supervisor"


def test_a_flush_right_role_that_names_a_section_and_a_wrapped_employer_stay_in_their_row():
    heading = Line("Volunteer Work", x=229, y=90, size=18, bold=True, right=378, bottom=108)
    first = _block(["Volunteer", "Health", "Educator"], ["Jan 2018 -", "Present"], 164.5, 160)
    first_name = [_name("Boat People SOS", 277, 161), _name("Ran screenings.", 277, 211, bold=False)]
    second = _block(["Board", "Member"], ["2015 - 2018"], 164.5, 330)
    second_name = [_name("Swiss Engineering", 277, 331), _name("Sektion Zürich", 277, 353.5),
                   _name("Organised talks.", 277, 400, bold=False)]
    lines = [heading] + first_name + second_name + first + second
    assert [line.text for line in timeline_rows(lines)] == [
        "Volunteer Work", "Boat People SOS", "Volunteer Health Educator", "Jan 2018 - Present",
        "Ran screenings.", "Swiss Engineering Sektion Zürich", "Board Member", "2015 - 2018", "Organised talks."]


def test_right_aligned_lines_with_no_year_and_no_rows_level_are_left_alone():
    lines = _flush_right(["Jan 2020 - Present", "Berlin"], 540, 100, size=10, bold=False) + [
        _name("Acme GmbH", 60, 100), _name("Engineer", 60, 122.5, bold=False)]
    assert timeline_rows(lines) == lines


def test_a_word_cut_where_a_narrow_column_ran_out_is_one_word():
    assert join_wrapped("Director of Manufacturin", "g Engineering,") == "Director of Manufacturing Engineering,"
    assert join_wrapped("Commercial Vehicle Transmission", "s") == "Commercial Vehicle Transmissions"
    assert join_wrapped("used for", "e.g. this") == "used for e.g. this"       # a word, then an abbreviation
    assert join_wrapped("weighing 5", "kg each") == "weighing 5 kg each"
    assert join_wrapped("Senior Data", "Analyst") == "Senior Data Analyst"


def _piece(text, x0, x1):
    return _Phys(0, 100.0, 112.0, x0, x1, 12.7, [(c, False) for c in text])


def test_rules_drawn_around_a_row_of_chips_are_no_items():
    row = [_piece("||", 198, 201), _piece("Retail Store Manager", 213, 397), _piece("||", 409, 412)]
    assert [p.text for p in tags_joined(row)] == ["Retail Store Manager"]
    chips = [_piece("Hiring", 60, 100), _piece("|", 110, 112), _piece("Coaching", 120, 170),
             _piece("|", 180, 182), _piece("Rostering", 190, 250)]
    assert [p.text for p in tags_joined(chips)] == ["Hiring, Coaching, Rostering"]


def test_a_short_word_at_a_lines_start_is_no_cut_words_rest():
    assert join_wrapped("I'm looking for", "a first analytics role") == "I'm looking for a first analytics role"
    assert join_wrapped("a team of", "in-house analysts") == "a team of in-house analysts"
