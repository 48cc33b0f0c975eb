"""Sections with no heading at all (unheaded.py): blocks under the header read by their content,
strictly; what reads as nothing, or is unsure, is listed as unparsed, never misfiled."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.sections import Section
from tailor.importer.unheaded import unheaded_sections


def _line(text, gap=False, **more):
    return Line(text, gap_before=gap, **more)


_TOP = [Line("Jo Weber", size=20.0, bold=True, level=1, heading=True), _line("Backend Engineer"),
        _line("jo@example.org | +49 170 1234567 | Berlin, DE"),
        _line("Engineer with eight years of building payment systems for European banks and shops. "
              "I like small teams.", gap=True)]


def _job(title, employer, dates, point, place="Berlin, DE"):
    return [_line(f"{title} — {employer}", gap=True), _line(f"{place} | {dates}"), _line(point, bullet="•")]


def test_no_headings_jobs_skills_and_school_are_found_by_their_content():
    lines = [*_TOP, *_job("Senior Engineer", "Acme Corp", "Jan 2020 – Present", "Led the payments team"),
             *_job("Engineer", "Beta GmbH", "2017 – 2019", "Built the API"),
             _line("Python, Go, PostgreSQL, Kafka, Docker, Kubernetes, Terraform", gap=True),
             _line("M.Sc. Computer Science — TU Munich", gap=True), _line("2015 – 2017")]
    result = resume_from_lines(lines)
    resume = result.resume
    assert resume["basics"]["email"] == "jo@example.org"
    assert resume["basics"]["summary"].startswith("Engineer with eight years")
    assert [w["name"] for w in resume["work"]] == ["Acme Corp", "Beta GmbH"]
    assert "Kafka" in resume["skills"][0]["keywords"]
    assert resume["education"][0]["institution"] == "TU Munich"
    assert not result.unparsed
    assert any("no heading" in warning for warning in result.warnings)


def test_entries_that_read_as_nothing_or_are_unsure_are_listed_never_misfiled():
    """A dated entry set unlike the jobs above it (no place: perhaps a project), and a job-like
    entry after volunteering, stay unparsed; a header that holds no section is left alone."""
    lines = [*_TOP, *_job("Senior Engineer", "Acme Corp", "Jan 2020 – Present", "Led the payments team"),
             *_job("Engineer", "Beta GmbH", "2017 – 2019", "Built the API"),
             _line("Team lead — DormSwap", gap=True), _line("Sep 2016 – May 2017 | dormswap.example.com"),
             _line("Deployed to 400 students", bullet="•"),
             *_job("Volunteer Tutor", "Free-Net", "2015 – 2016", "Taught seniors"),
             *_job("Facilitator", "Girls Who Code", "2014 – 2015", "Ran workshops")]
    result = resume_from_lines(lines)
    assert [w["name"] for w in result.resume["work"]] == ["Acme Corp", "Beta GmbH"]
    assert [v["organization"] for v in result.resume["volunteer"]] == ["Free-Net"]
    assert {u.text for u in result.unparsed} >= {"Team lead — DormSwap", "Facilitator — Girls Who Code"}
    assert "projects" not in result.resume


def test_a_header_with_no_section_in_it_is_left_alone():
    header = Section("header", "", [*_TOP, _line("github.com/jo | linkedin.com/in/jo | jo.dev | Munich | Remote | EU",
                                                 gap=True)])
    assert unheaded_sections([header]) == ([header], [])


def test_points_carried_over_a_page_break_stay_with_their_entry():
    lines = [*_TOP, *_job("Senior Engineer", "Acme Corp", "Jan 2020 – Present", "Led the payments team"),
             _line("Cut costs by a third", bullet="•", gap=True, page=1),
             *_job("Engineer", "Beta GmbH", "2017 – 2019", "Built the API")]
    sections, _ = unheaded_sections([Section("header", "", lines)])
    assert [s.key for s in sections] == ["header", "work"]
    assert len(sections[1].lines) == 7


def test_a_title_that_names_a_school_word_stays_the_title():
    """"Secondary School Mathematics Teacher" under the name: no dates, so no school entry; and a
    header with no contact details (they are in a section of their own) is left alone."""
    title = [Line("Zoë Łukasiewicz", size=20.0, bold=True, level=1, heading=True),
             _line("Secondary School Mathematics Teacher", gap=True)]
    assert unheaded_sections([Section("header", "", title)])[1] == []
    with_contact = [*title, _line("zoe@example.org | +44 7700 900123"),
                    _line("Secondary School Mathematics Teacher", gap=True)]
    assert unheaded_sections([Section("header", "", with_contact)])[1] == []


def test_a_row_of_profiles_is_no_skills_list():
    lines = [*_TOP, _line("GitHub, lvasquez, Mastodon, lena, LinkedIn, lena-vasquez-eng", gap=True)]
    assert unheaded_sections([Section("header", "", lines)])[1] == []
    tools = [*_TOP, _line("GitHub, GitLab, Jenkins, Docker, Terraform, Ansible", gap=True)]
    assert [s.key for s in unheaded_sections([Section("header", "", tools)])[0]] == ["header", "skills"]
