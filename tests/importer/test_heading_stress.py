"""The heading stress set (heading_stress.py): sample resumes rendered by WeasyPrint with their
section headings in words nobody lists, in the classic template and with the headings in a left
column beside their content, read back field by field (roundtrip.compare)."""
import pytest

from tailor.importer import import_resume
from tailor.importer.roundtrip import compare
from tests.importer.heading_stress import variant_html, variant_pdf
from tests.importer.rendering import load


def test_the_variants_rewrite_the_headings():
    html = variant_html(load("complete-resume.json"), "odd_words")
    assert "<h2>Journey</h2>" in html and "<h2>Toolbox</h2>" in html and "<h2>Experience</h2>" not in html
    assert "<h2>" not in variant_html(load("new-grad.resume.json"), "no_headings")


@pytest.mark.parametrize("name,variant", [("complete-resume.json", "odd_words"),
                                          ("career-changer.resume.json", "left_column_odd")])
def test_sections_under_unnamed_headings_are_read_by_content(tmp_path, name, variant):
    data = load(name)
    pdf = tmp_path / "resume.pdf"
    pdf.write_bytes(variant_pdf(data, variant))
    result = import_resume(pdf)
    report = compare(data, result.resume)
    assert report.accuracy() == 1.0, [(f.path, f.expected, f.got) for f in report.wrong()][:5]
    assert any("by their look" in warning for warning in result.warnings)


def test_a_resume_with_no_headings_is_read_by_content_and_nothing_is_misfiled(tmp_path):
    """Spacing alone between the sections: jobs, projects, skills, schools and certificates are
    found by their content; a project set unlike the jobs above it stays unparsed, never a job."""
    for name in ("senior-engineer.resume.json", "new-grad.resume.json"):
        data = load(name)
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(variant_pdf(data, "no_headings"))
        result = import_resume(pdf)
        assert [w["name"] for w in result.resume["work"]] == [w["name"] for w in data["work"]]
        assert [e["institution"] for e in result.resume["education"]] == [e["institution"] for e in data["education"]]
        names = {p["name"] for p in data.get("projects", [])}
        assert {p["name"] for p in result.resume.get("projects", [])} <= names
    assert compare(load("senior-engineer.resume.json"),
                   import_resume(tmp_path / "senior-engineer.resume.json.pdf").resume).accuracy() == 1.0
    assert any("DormSwap" in u.text for u in result.unparsed)
