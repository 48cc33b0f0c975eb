"""Sections found by their content when their headings cannot be named (section_guess.py) or
are an icon before the word (sections.icon_heading); the look-alikes that must stay unparsed."""
import pytest

from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.section_guess import guess_section
from tailor.importer.sections import split_sections


def _line(text, gap=False, **more):
    return Line(text, gap_before=gap, **more)


def _head(text):
    return Line(text, size=12.0, bold=True, level=2, heading=True, gap_before=True)


_JOBS = [_line("Senior Engineer — Acme Corp"), _line("Berlin | Jan 2020 – Present"),
         _line("Led the payments team", bullet="•"),
         _line("Engineer — Beta GmbH", gap=True), _line("Munich | 2017 – 2019"), _line("Built the API", bullet="•")]
_PROJECTS = [_line("Author, Maintainer — raft-lab"), _line("2021 – Present | https://github.com/jo/raft-lab"),
             _line("A Raft implementation for teaching", bullet="•"),
             _line("Contributor — JSON Resume", gap=True), _line("2023 – Present | https://jsonresume.org"),
             _line("Wrote two themes", bullet="•")]
_CERTS = [_line("AWS Certified Solutions Architect — Amazon Web Services"), _line("Apr 2023"),
          _line("Tableau Desktop Specialist — Tableau", gap=True), _line("Jan 2025")]
_SKILLS = [_line("React, TypeScript, Next.js, Redux, Node.js, PostgreSQL, Docker, Kubernetes")]
_SUMMARY = [_line("Engineer with eight years of building payment systems for European banks and shops. "
                  "I like small teams.")]


def test_dated_jobs_are_work_and_a_volunteer_role_makes_them_volunteering():
    assert guess_section(_JOBS) == "work"
    volunteer = [_line("Volunteer Tutor — Free-Net"), _line("2019 – 2021"), _line("Taught seniors", bullet="•"),
                 _line("Facilitator — Girls Who Code", gap=True), _line("2018 – 2019"),
                 _line("Ran workshops", bullet="•")]
    assert guess_section(volunteer) == "volunteer"


def test_projects_with_dates_are_not_work():
    """A project's roles ("Author, Maintainer", "Contributor") or a repository link: projects."""
    assert guess_section(_PROJECTS) == "projects"
    one = [_line("Author — gradient-viz"), _line("Jan 2024 – Mar 2024"), _line("Open-sourced", bullet="•"),
           _line("Team lead — DormSwap", gap=True), _line("Sep 2024 – May 2025"), _line("Deployed", bullet="•"),
           _line("Engineer — Lab tool", gap=True), _line("2023 – 2024"), _line("Wrote it", bullet="•")]
    assert guess_section(one) is None  # one project cue in three entries: neither jobs nor surely projects


def test_single_dated_entries_are_certificates_when_one_names_a_certificate_never_jobs():
    assert guess_section(_CERTS) == "certificates"
    awards = [_line("Best Paper Award — ACM SIGMOD"), _line("Jun 2021"),
              _line("Employee of the Year — Acme Corp", gap=True), _line("Dec 2019")]
    assert guess_section(awards) is None  # single dates, no certificate: not jobs, not certificates


def test_a_long_list_of_short_terms_is_skills_a_few_hobbies_are_not():
    assert guess_section(_SKILLS) == "skills"
    assert guess_section([_line("Chess, Gravel cycling, Bread baking")]) is None
    assert guess_section([_line("I enjoy chess, gravel cycling, bread baking, hiking, sailing and the odd novel.")]) \
        is None


def test_a_paragraph_is_the_summary_only_right_under_the_header():
    assert guess_section(_SUMMARY, first=True) == "summary"
    assert guess_section(_SUMMARY) is None
    assert guess_section(_SUMMARY[:1] + [_line("Since 2019 at Acme.")], first=True) is None  # dates: no summary


def test_unnamed_headings_are_read_by_content_end_to_end():
    lines = [Line("Jo Weber", size=20.0, bold=True, level=1, heading=True), _line("jo@example.org"),
             _head("What I bring"), *_SUMMARY, _head("Journey"), *_JOBS, _head("Things I built"), *_PROJECTS,
             _head("Toolbox"), *_SKILLS, _head("Paper trail"), *_CERTS]
    result = resume_from_lines(lines)
    assert result.resume["basics"]["summary"].startswith("Engineer with eight years")
    assert [w["name"] for w in result.resume["work"]] == ["Acme Corp", "Beta GmbH"]
    assert [p["name"] for p in result.resume["projects"]] == ["raft-lab", "JSON Resume"]
    assert "Kubernetes" in result.resume["skills"][0]["keywords"]
    assert [c["name"] for c in result.resume["certificates"]][0].startswith("AWS Certified")
    # nothing else left, but the headings: lines of the page, listed with the section each was read as
    assert [(u.section, u.text) for u in result.unparsed] == [
        ("summary", "What I bring"), ("work", "Journey"), ("projects", "Things I built"), ("skills", "Toolbox"),
        ("certificates", "Paper trail")]


@pytest.mark.parametrize("marker", ["•", ""])
def test_an_icon_before_a_heading_word_does_not_make_it_a_list_item(marker):
    """"(cid:0) Experience": an emoji a PDF cannot map is read as a marker; in heading type the
    line is still the heading. A marked line in body type stays a list item."""
    lines = [Line("Jo Weber", size=20.0, bold=True, level=1, heading=True), _line("jo@example.org"),
             Line("Experience", bullet=marker, size=12.0, bold=True, level=2, heading=True, gap_before=True),
             *_JOBS, Line("Interests", size=12.0, bold=True, level=2, heading=True),
             _line("Open source", bullet="•", size=9.5), _line("Chess", bullet="•", size=9.5)]
    sections = split_sections(lines)
    assert [s.key for s in sections] == ["header", "work", "interests"]
    assert [line.text for line in sections[-1].lines] == ["Open source", "Chess"]


def test_a_table_column_word_is_no_heading():
    """"CGPA", "Year", "Board" over an Indian education table: column labels in bold capitals,
    not sections."""
    lines = [Line("Asha Rao", size=20.0, bold=True, level=1, heading=True), _line("asha@example.in"),
             _head("Education"), _line("Degree | Institute | Year | CGPA", bold=True, size=9.5),
             _line("B.Tech Computer Science | IIT Madras | 2020 | 8.9", size=9.5)]
    assert [s.key for s in split_sections(lines)] == ["header", "education"]


def test_a_paragraph_that_names_a_school_is_no_education():
    text = ("After eight years running restaurants, I retrained as a data analyst. I completed a part-time "
            "analytics bootcamp at the Austin Community College while still working full time.")
    assert guess_section([_line(text)]) is None
