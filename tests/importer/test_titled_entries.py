"""Entry titles set in the section headings' own type (titled_entries.py): an employer, a school
or a skill group's name as large and bold as "Experience" stays in its section."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.sections import split_sections
from tailor.importer.titled_entries import titled_entry


def _line(text, y, size=10.0, bold=False, page=0, x=60.0, **kw):
    return Line(text, page=page, x=x, y=y, size=size, bold=bold, heading=size > 11, right=x + 6 * len(text),
                bottom=y + size, **kw)


def _heading(text, y, page=0):
    return _line(text, y, size=16.0, bold=True, page=page, gap_before=True)


def _page():
    """Headings and employers both 16 pt bold (the headings told apart only by italics, which
    the text layer does not keep); the role and dates smaller, then points."""
    return [
        _line("Ines Marlowe", 20, size=30.0, bold=True), _line("ines@example.org", 60),
        _heading("Summary", 100), _line("Pastry cook who likes early mornings.", 120, gap_before=True),
        _heading("Experience", 150),
        _heading("Lantern Bakery", 175),
        _line("Head Baker", 195, size=12.0, bold=True), _line("2021-03 - Present", 195, size=12.0, bold=True, x=300),
        _line("• Opened a second oven line", 215, gap_before=True),
        _heading("Copper Kettle Cafe", 245),
        _line("Pastry Cook", 265, size=12.0, bold=True), _line("2018-01 - 2021-02", 265, size=12.0, bold=True, x=300),
        _line("• Laminated dough for 400 croissants a day", 285, gap_before=True),
        _heading("Education", 320),
        _heading("Westfield Culinary Institute", 345),
        _line("Baking and Pastry Arts, Associate of Applied Science", 365, size=12.0, bold=True, gap_before=True),
    ]


def test_employers_in_the_heading_type_stay_in_their_section():
    sections = split_sections(_page())
    assert [s.key for s in sections] == ["header", "summary", "work", "education"]
    assert sections[2].lines[0].text == "Lantern Bakery"
    assert "Copper Kettle Cafe" in [line.text for line in sections[2].lines]


def test_each_job_keeps_its_employer_and_the_school_its_name():
    resume = resume_from_lines(_page()).resume
    assert [(job.get("name"), job.get("position")) for job in resume["work"]] == [
        ("Lantern Bakery", "Head Baker"), ("Copper Kettle Cafe", "Pastry Cook")]
    assert resume["education"][0].get("institution") == "Westfield Culinary Institute"


def test_a_heading_with_content_under_it_before_a_styled_line_opens_a_section_as_before():
    heading = _heading("Experience", 150)
    opened = [_line("Barista, Bean There, 2016 - 2018", 170)]
    assert not titled_entry(_heading("Lantern Bakery", 200), heading, opened)


def test_a_known_section_name_is_never_an_entry_title():
    heading = _heading("Experience", 150)
    assert not titled_entry(_heading("Education", 175), heading, [])


def test_a_line_in_another_type_or_on_another_page_is_left_to_the_other_rules():
    heading = _heading("Experience", 150)
    assert not titled_entry(_line("Lantern Bakery", 175, size=12.0, bold=True), heading, [])
    assert not titled_entry(_heading("Lantern Bakery", 30, page=2), heading, [])


def test_a_group_name_wrapped_onto_a_section_word_stays_in_its_section():
    lines = [_line("Ines Marlowe", 20, size=30.0, bold=True), _line("ines@example.org", 60),
             _heading("Skills", 100),
             _heading("Programming", 125), _line("Languages", 146, size=16.0, bold=True),
             _line("Web", 125, size=16.0, bold=True, x=170),
             _line("Python", 170, gap_before=True), _line("Go", 190, gap_before=True),
             _heading("Experience", 230), _heading("Lantern Bakery", 255),
             _line("Head Baker", 275, size=12.0, bold=True)]
    sections = split_sections(lines)
    assert [s.key for s in sections] == ["header", "skills", "work"]
    assert [line.text for line in sections[1].lines][:2] == ["Programming", "Languages"]


def test_a_section_word_after_a_gap_under_a_title_opens_its_section():
    heading = _heading("Skills", 100)
    opened = [_heading("Programming", 125), _line("Python", 150, gap_before=True)]
    assert not titled_entry(_heading("Languages", 175), heading, opened)


def test_a_title_at_the_top_of_the_next_page_is_the_first_entry_of_a_heading_at_a_page_foot():
    heading = _heading("Experience", 760)
    assert titled_entry(_heading("Lantern Bakery", 40, page=1), heading, [])
    assert not titled_entry(_heading("Lantern Bakery", 40, page=2), heading, [])


def test_a_heading_that_names_another_section_by_a_word_of_its_own_still_opens_it():
    lines = _page()[:12] + [_heading("Projects Experience", 310), _line("Sourdough starter tracker", 330,
                                                                           gap_before=True)]
    assert [s.key for s in split_sections(lines)] == ["header", "summary", "work", "projects"]


def test_a_skill_group_named_programming_languages_stays_under_skills():
    lines = [_line("Ines Marlowe", 20, size=30.0, bold=True), _line("ines@example.org", 60),
             _heading("Skills", 100), _heading("Programming Languages", 125),
             _line("Web Development", 125, size=16.0, bold=True, x=170),
             _line("Python", 150, gap_before=True), _line("Go", 170, gap_before=True),
             _heading("Experience", 230), _heading("Lantern Bakery", 255)]
    assert [s.key for s in split_sections(lines)] == ["header", "skills", "work"]
