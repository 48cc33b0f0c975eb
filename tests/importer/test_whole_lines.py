"""`whole_lines.ends_whole`, as `wraps.wraps` applies it: on a page of short rows (no line shows
where the text column ends), a row ending on a date range, or a heading in capitals, is whole
however little room the widest line seems to leave after it. Made-up lines, not a theme's text."""
from tailor.importer.pdf import _Phys
from tailor.importer.whole_lines import ends_whole
from tailor.importer.wraps import wraps

_PAGE = {0: 330.0}  # the widest line ends here: every row below looks full against it


def _phys(text, top, x1, size=10.0, bold=False):
    return _Phys(0, top, top + size, 28.0, x1, size, [(c, bold) for c in text], 5.0 * len(text.split()[0]))


def test_a_row_ending_on_its_dates_does_not_go_on_onto_the_summary_under_it():
    row = _phys("Baker - Crumb & Co. Leeds, UK, 2019-03 - Present", 0, x1=315)
    summary = _phys("Ran the overnight bread shift for two shops.", 12.5, x1=250)
    assert not wraps(row, summary, _PAGE, 1.2)
    school = _phys("Leeds College of Baking, 2014-09 - 2016-06", 40, x1=300)
    assert not wraps(school, _phys("Diploma in Baking", 51.5, x1=120), _PAGE, 1.2)
    end_only = _phys("Northfield School, - 2012-06", 60, x1=310)
    assert not wraps(end_only, _phys("School Certificate", 71.5, x1=120), _PAGE, 1.2)


def test_a_heading_in_capitals_does_not_go_on_onto_the_bold_name_under_it():
    heading = _phys("EDUCATION", 0, x1=87, bold=True)
    school = _phys("Leeds College of Baking, 2014-09 - 2016-06", 3.5 + 10, x1=300, bold=True)
    assert not wraps(heading, school, _PAGE, 1.25)


def test_a_line_cut_inside_its_words_still_goes_on():
    assert not ends_whole("Worked on the 2019 - 2020", "rebuild of the ovens")  # lower case goes on
    assert not ends_whole("Ran the bakery from March 2019 -", "Present")  # the range is cut, not whole
    assert not ends_whole("SKILLS AND", "TOOLS")  # a heading in capitals wrapped in capitals
    assert ends_whole("Baker, Leeds, 2019 - 2021", "Crumb & Co")
