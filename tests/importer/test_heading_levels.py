"""Entry titles set one heading level under the section headings ("Heading 2" under "Heading 1")
are entries of that section, not sections Tailor cannot name. See docs/ARCHITECTURE.md,
"Resume import", step 2."""
from pathlib import Path

from tailor.importer import import_resume
from tailor.importer.heading_levels import below_sections, section_level
from tailor.importer.lines import Line
from tests.importer.word_documents import styled_docx


def _heading(text: str, level: int) -> Line:
    return Line(text, heading=True, bold=True, level=level)


def test_the_level_most_known_headings_carry_is_the_section_level():
    lines = [_heading("Maya Okonkwo", 1), _heading("Experience", 1), _heading("Projects", 1), _heading("Skills", 1)]
    assert section_level(lines) == 1
    assert below_sections(_heading("Kotka Plant Start-up", 2), 1)
    assert not below_sections(_heading("Kotka Plant Start-up", 1), 1)


def test_no_section_level_without_two_headings_that_agree():
    assert section_level([Line("Maya"), Line("Experience"), Line("Skills")]) == 0  # no styles at all
    assert section_level([_heading("Maya", 1), _heading("Experience", 1), _heading("Skills", 2)]) == 0
    assert not below_sections(_heading("Kotka Plant Start-up", 2), 0)


def test_undated_word_titles_under_projects_are_projects(tmp_path: Path):
    path = styled_docx(
        tmp_path / "resume.docx",
        ("Maya Okonkwo", "Title"),
        "maya@example.com | (555) 201-3344",
        ("Experience", "Heading 1"),
        ("Plant Engineer — Sulzer AG (2018 – 2024)", "Heading 2"),
        ("Ran the machining line", "List Bullet"),
        ("Projects", "Heading 1"),
        ("Kotka Plant Start-up", "Heading 2"),
        ("Engineering lead for a greenfield finishing plant", "List Bullet"),
        ("Shop-Floor Programme", "Heading 2"),
        ("Roll-out of digital work instructions", "List Bullet"),
        ("Skills", "Heading 1"),
        "Lean: SMED, SPC",
    )
    result = import_resume(path)
    assert [p["name"] for p in result.resume["projects"]] == ["Kotka Plant Start-up", "Shop-Floor Programme"]
    assert result.resume["projects"][0]["highlights"] == ["Engineering lead for a greenfield finishing plant"]
    assert not result.unparsed


def test_employers_set_as_word_headings_under_experience_keep_their_names(tmp_path: Path):
    """"Globex Ltd" in "Heading 2", its role and dates in body text under it: the employer, never
    a section heading whose words are lost."""
    jobs = [paragraph for employer, role in (("Globex Ltd", "Data Analyst | Mar 2021 – Present"),
                                             ("Initech", "Junior Analyst | Jun 2019 – Feb 2021"))
            for paragraph in ((employer, "Heading 2"), role, ("Built the weekly sales dashboard", "List Bullet"))]
    path = styled_docx(tmp_path / "resume.docx", ("Maya Okonkwo", "Title"), "maya@example.com | (555) 201-3344",
                       ("Experience", "Heading 1"), *jobs, ("Skills", "Heading 1"), "Python, SQL")
    work = import_resume(path).resume["work"]
    assert [(job["name"], job["position"], job["startDate"]) for job in work] == [
        ("Globex Ltd", "Data Analyst", "2021-03"), ("Initech", "Junior Analyst", "2019-06")]
