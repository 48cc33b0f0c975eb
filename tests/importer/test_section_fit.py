"""Section words set like entry titles (section_fit.py): "Certificates", "Languages",
"Education" or "Interests" on a line of their own open their section when the lines under them
fit it, though the layout sets them like project names and skill group names; "Tools" over a
skill list and "Languages" over programming languages stay group names."""
from tailor.importer.lines import Line
from tailor.importer.section_fit import fits_section
from tailor.importer.sections import heading_style, split_sections


def _line(text, size=12.0, bold=False, heading=False, level=0, **more):
    return Line(text, x=88.0, size=size, bold=bold, heading=heading, level=level, **more)


def _heading(text):
    return _line(text, size=22.5, bold=True, heading=True, level=2)


def _title(text):
    """Set like a project name or a skill group name: bold, between the body and the headings."""
    return _line(text, size=13.5, bold=True, heading=True, level=2)


def _resume(*body):
    return [_line("Daniel Reyes", size=22.5, bold=True, heading=True, level=1), _line("daniel@example.com"),
            _heading("Summary"), _line("Analyst."), _heading("Skills"),
            _title("Languages"), _line("Python, SQL"), _title("Tools"), _line("dbt, Excel"),
            _heading("Work"), _line("2018 - 2024"), _title("Salt & Cedar"), _line("General Manager"),
            _heading("Education"), _line("2012 - 2014"), _title("Austin Community College"),
            _line("Associate of Applied Science"), *body]


def test_a_section_word_set_like_entry_titles_opens_its_section_when_its_lines_fit():
    lines = _resume(_title("Languages"), _line("English"), _line("- Native speaker"),
                    _title("Interests"), _line("Home Cooking"), _line("Cycling"),
                    _title("Certificates"), _line("2024-05-01", size=10.5),
                    _line("Issued by: Google / Coursera", size=10.5), _line("Google Data Analytics Certificate"))
    assert heading_style(lines) == (22.5, True, False)  # to the half point
    sections = split_sections(lines)
    assert [s.key for s in sections] == ["header", "summary", "skills", "work", "education",
                                         "languages", "interests", "certificates"]
    # the same words over content of another kind stay group names of their section
    skills = sections[2]
    assert [line.text for line in skills.lines][:4] == ["Languages", "Python, SQL", "Tools", "dbt, Excel"]


def test_content_that_does_not_fit_keeps_the_word_as_content():
    lines = _resume(_title("Certificates"), _line("Kitchen management"), _line("Menu costing"))
    assert [s.key for s in split_sections(lines)][-1] == "education"


_T = _title("Section")


def test_what_fits_each_section():
    assert fits_section("languages", _T, [_line("Portuguese"), _line("Professional working proficiency")])
    assert not fits_section("languages", _T, [_line("Python, TypeScript"), _line("Java, Go, SQL")])
    assert fits_section("certificates", _T, [_line("Issued by: AACN"), _line("PCCN")])
    assert fits_section("awards", _T, [_line("2023-12"), _line("Supervisor of the Year")])
    assert not fits_section("awards", _T, [_line("Hacktoberfest"), _line("Documentation")])
    assert fits_section("education", _T, [_line("2012 - 2015"), _line("Austin Community College")])
    assert fits_section("interests", _T, [_line("Rock Climbing"), _line("Bouldering")])
    assert not fits_section("interests", _T, [_line("Led the volunteer hours programme for the whole region")])
    assert not fits_section("projects", _T, [_line("2024"), _line("DormSwap")])  # no cue for projects
    assert not fits_section("languages", _T, [])
    # the window ends at the next line set like the heading: the next section's dates do not count
    assert fits_section("interests", _T, [_line("Cooking"), _line("Cycling"), _title("Awards"), _line("2023")])
    assert not fits_section("awards", _T, [_line("Cooking"), _line("Cycling"), _title("Certificates"),
                                            _line("2023")])


def test_about_set_like_an_entry_title_opens_the_summary_over_a_sentence():
    """"About" in the entry-title style over a sentence is the summary (its first sentence is
    otherwise left in the header, too short to read as prose); over a name it is content."""
    assert fits_section("summary", _T, [_line("Nurse with ten years of cardiac care on busy wards."),
                                        _line("I train new staff.")])
    assert not fits_section("summary", _T, [_line("Acme Corp"), _line("Engineer with many years in it.")])
    assert not fits_section("summary", _T, [_line("Worked at the hospital from 2015 to 2020 on nights.")])
    lines = [_line("Daniel Reyes", size=22.5, bold=True, heading=True, level=1), _line("daniel@example.com"),
             _title("About"), _line("Analyst with eight years of retail pricing work."),
             _line("I like clean data."), _heading("Work"), _line("2018 - 2024"), _title("Salt & Cedar"),
             _heading("Education"), _line("2012 - 2014"), _title("Austin Community College")]
    sections = split_sections(lines)
    assert [s.key for s in sections] == ["header", "summary", "work", "education"]
    assert sections[1].lines[0].text.startswith("Analyst")


def test_a_section_word_in_the_headings_size_set_unlike_them_under_its_own_section_is_a_group():
    # headings in capitals, group names in bold at the headings' size: "Tools" beside "Teaching"
    def caps(text):
        return Line(text, x=79.5, size=10.5)

    def group(text, x=79.5):
        return Line(text, x=x, size=10.5, bold=True)

    lines = [Line("Zoë Łukasiewicz", size=22.5, bold=True), caps("EXPERIENCE"), Line("Teacher", size=10.5),
             caps("SKILLS"), group("Teaching"), Line("Differentiation", x=94.5, size=10.5),
             group("Tools", x=382.0), Line("Desmos", x=397.0, size=10.5), caps("INTERESTS"), Line("Chess", size=10.5)]
    sections = split_sections(lines)
    assert [s.key for s in sections] == ["header", "work", "skills", "interests"]
    assert [line.text for line in sections[2].lines] == ["Teaching", "Differentiation", "Tools", "Desmos"]
