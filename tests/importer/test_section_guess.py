"""Sections under headings Tailor cannot name (section_guess.py): read as education or work only
when every entry reads as such; anything less stays unparsed."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.lost_words import lost_words
from tailor.importer.section_guess import guess_section


def _line(text, gap=False, **more):
    return Line(text, gap_before=gap, **more)


def test_entries_that_name_degrees_are_education():
    lines = [_line("B.S. Computer Science, University of Illinois, 2017"),
             _line("M.S. Statistics, UC Davis, 2019", gap=True)]
    assert guess_section(lines) == "education"


def test_dated_entries_with_roles_are_work():
    lines = [_line("Senior Backend Engineer | Paywise | Jan 2021 - Present"),
             _line("Backend Engineer | Stripe-ish | 03/2018 - 12/2020", gap=True)]
    assert guess_section(lines) == "work"


def test_anything_less_stays_unparsed():
    assert guess_section([_line("Chess"), _line("Gravel cycling", gap=True)]) is None
    assert guess_section([]) is None
    result = resume_from_lines([_line("Alex Chen"), _line("alex@example.org"), _line("WHAT I DO ON WEEKENDS"),
                                _line("Chess"), _line("Gravel cycling", gap=True)])
    assert [u.text for u in result.unparsed if u.section.startswith("unknown")] == ["Chess", "Gravel cycling"]


def test_the_heading_of_a_section_read_by_its_content_is_listed_not_dropped():
    lines = [_line("Alex Chen"), _line("alex@example.org"), _line("WHERE I'VE BEEN USEFUL"),
             _line("Senior Backend Engineer | Paywise | Jan 2021 - Present"),
             _line("Backend Engineer | Stripe-ish | 03/2018 - 12/2020", gap=True)]
    result = resume_from_lines(lines)
    assert len(result.resume["work"]) == 2
    assert [(u.section, u.text) for u in result.unparsed] == [("work", "WHERE I'VE BEEN USEFUL")]
    assert lost_words(lines, result)[1] == []


def test_the_headings_read_as_sections_are_on_record_for_the_lost_words_count():
    lines = [_line("Alex Chen"), _line("alex@example.org"), _line("EXPERIENCE"),
             _line("Backend Engineer | Stripe-ish | 03/2018 - 12/2020"), _line("WHAT I DO ON WEEKENDS"),
             _line("Chess"), _line("Gravel cycling", gap=True)]
    assert resume_from_lines(lines).headings == ["EXPERIENCE"]  # the unknown one is listed unparsed instead
