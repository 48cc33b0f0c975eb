"""Entry titles set one heading level under the section headings ("Heading 2" under "Heading 1")
are entries of that section, not sections Tailor cannot name. See docs/ARCHITECTURE.md,
"Resume import", step 2."""
from pathlib import Path

from docx import Document

from tailor.importer import import_resume
from tailor.importer.heading_levels import below_sections, section_level
from tailor.importer.lines import Line


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
    document = Document()
    document.add_paragraph("Maya Okonkwo", style="Title")
    document.add_paragraph("maya@example.com | (555) 201-3344")
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("Plant Engineer — Sulzer AG (2018 – 2024)", style="Heading 2")
    document.add_paragraph("Ran the machining line", style="List Bullet")
    document.add_paragraph("Projects", style="Heading 1")
    document.add_paragraph("Kotka Plant Start-up", style="Heading 2")
    document.add_paragraph("Engineering lead for a greenfield finishing plant", style="List Bullet")
    document.add_paragraph("Shop-Floor Programme", style="Heading 2")
    document.add_paragraph("Roll-out of digital work instructions", style="List Bullet")
    document.add_paragraph("Skills", style="Heading 1")
    document.add_paragraph("Lean: SMED, SPC")
    path = tmp_path / "resume.docx"
    document.save(str(path))
    result = import_resume(path)
    assert [p["name"] for p in result.resume["projects"]] == ["Kotka Plant Start-up", "Shop-Floor Programme"]
    assert result.resume["projects"][0]["highlights"] == ["Engineering lead for a greenfield finishing plant"]
    assert not result.unparsed


def test_employers_set_as_word_headings_under_experience_keep_their_names(tmp_path: Path):
    """"Globex Ltd" in "Heading 2", its role and dates in body text under it: the employer, never
    a section heading whose words are lost."""
    document = Document()
    document.add_paragraph("Maya Okonkwo", style="Title")
    document.add_paragraph("maya@example.com | (555) 201-3344")
    document.add_paragraph("Experience", style="Heading 1")
    for employer, role in (("Globex Ltd", "Data Analyst | Mar 2021 – Present"),
                           ("Initech", "Junior Analyst | Jun 2019 – Feb 2021")):
        document.add_paragraph(employer, style="Heading 2")
        document.add_paragraph(role)
        document.add_paragraph("Built the weekly sales dashboard", style="List Bullet")
    document.add_paragraph("Skills", style="Heading 1")
    document.add_paragraph("Python, SQL")
    path = tmp_path / "resume.docx"
    document.save(str(path))
    work = import_resume(path).resume["work"]
    assert [(job["name"], job["position"], job["startDate"]) for job in work] == [
        ("Globex Ltd", "Data Analyst", "2021-03"), ("Initech", "Junior Analyst", "2019-06")]
