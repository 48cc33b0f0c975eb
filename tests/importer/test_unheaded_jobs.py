"""Jobs under no heading (`unheaded.py`, `section_guess.py`): a job whose place ends on a state's
code ("Olive Branch, MS") is no degree, and a sentence under a job's dates is no part of its
header's shape, so the next job set alike reads as one more. Made-up entries, not a theme's text."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.section_guess import guess_section


def _header():
    return [Line("Ada Quill", size=15, bold=True, heading=True, level=1),
            Line("Leeds, UK | ada.quill@example.org | 0113 496 0000", size=10)]


def _bold(run, rest):
    return Line(run + rest, size=10, gap_before=True, bold=not rest, bold_prefix=run if rest else "",
                bold_runs=(run,) if rest else ())


def test_a_state_code_after_a_job_s_place_is_no_degree():
    job = [Line("Forklift Operator - Crumb Logistics. Tupelo, MS, 2012-09 - 2016-04", size=10, gap_before=True)]
    assert guess_section(job) == "work"
    degree = [Line("Tupelo Community College, MS, 2012-09 - 2016-04", size=10, gap_before=True)]
    assert guess_section(degree) == "education"  # no role: the code names the degree


def test_a_sentence_under_the_dates_does_not_set_a_job_apart_from_the_next():
    lines = [*_header(),
             _bold("Head Baker - Crumb Bakery.", ""),
             Line("Leeds, UK, 2019-04 - Present", size=10),
             Line("Ran the overnight bread shift for two shops in the city.", size=10),
             _bold("Pastry Chef - Harbour Kitchen.", " York, UK, 2016-06 - 2019-03"),
             _bold("Line Cook - Loaf Cafe.", " Hull, UK, 2014-08 - 2016-05")]
    result = resume_from_lines(lines)
    assert [job.get("position") for job in result.resume["work"]] == ["Head Baker", "Pastry Chef", "Line Cook"]
    assert not [u for u in result.unparsed if "(no heading)" in u.section]
