"""A Word resume made from a template: the name in the "Title" style, the contact row in the page
header (or in a table under the name), jobs as bold "Role, Unit – Employer" lines with list
paragraphs under them, certificates in a table with their expiry in a cell of its own. Each
document is built here with python-docx; see docs/ARCHITECTURE.md, "Resume import", steps 1-3."""
from pathlib import Path

from docx import Document
from docx.shared import Pt

from tailor.importer import import_resume


def _resume(tmp_path: Path, name: str, header: str = "", table_contact: tuple[str, ...] = ()) -> Path:
    document = Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    title = document.add_paragraph(style="Title")
    title.add_run(name).font.size = Pt(26)
    if table_contact:
        row = document.add_table(rows=1, cols=len(table_contact)).rows[0]
        for cell, text in zip(row.cells, table_contact):
            cell.text = text
    document.add_paragraph("EXPERIENCE", style="Heading 1")
    job = document.add_paragraph()
    job.add_run("Sous Chef, Private Dining – Hotel Granada").bold = True
    job.add_run("\tMar 2018 – Present")
    for point in ("Plated desserts for 300 covers a night", "Laminated doughs, custards, tempered chocolate"):
        document.add_paragraph(point, style="List Bullet")
    document.add_paragraph("CERTIFICATIONS", style="Heading 1")
    table = document.add_table(rows=0, cols=2)
    for label, when in (("Food Handler Card – ServSafe", "exp. 06/2026"), ("Allergen Awareness – ServSafe", "2021")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, when
    path = tmp_path / "resume.docx"
    document.save(str(path))
    return path


def _everything(result) -> str:
    return repr(result.resume) + " ".join(item.text for item in result.unparsed)


def test_a_title_style_name_under_a_page_header_of_contact_details_is_the_name(tmp_path):
    """The page header prints above the name, but a header's address line ("Austin, TX 78701",
    with its postal code) is never the name: the Title paragraph is, and the code is kept."""
    path = _resume(tmp_path, "Daniel Okafor", header="Austin, TX 78701  |  (512) 555-0142  |  dan.okafor@example.com")
    result = import_resume(path)
    basics = result.resume["basics"]
    assert basics["name"] == "Daniel Okafor"
    assert basics["location"] == {"city": "Austin", "region": "TX", "postalCode": "78701"}
    assert basics["phone"] == "(512) 555-0142" and basics["email"] == "dan.okafor@example.com"


def test_credentials_after_a_title_style_name_stay_with_the_name(tmp_path):
    """"Daniel Okafor, CEC, CP-FS": post-nominal credentials are how the person writes their name
    (`name_line._name_and_label` keeps them), not a label, and never push the name out."""
    path = _resume(tmp_path, "Daniel Okafor, CEC, CP-FS", header="Austin, TX 78701 | dan.okafor@example.com")
    basics = import_resume(path).resume["basics"]
    assert basics["name"] == "Daniel Okafor, CEC, CP-FS" and "label" not in basics


def test_a_title_style_name_is_first_whatever_else_the_page_header_prints(tmp_path):
    """A street address Tailor does not read as a place still leaves the name to the Title."""
    path = _resume(tmp_path, "Daniel Okafor", header="Unit 4, Riverside Court | dan.okafor@example.com")
    result = import_resume(path)
    assert result.resume["basics"]["name"] == "Daniel Okafor"
    assert "Unit 4" in _everything(result)


def test_a_postal_code_in_a_contact_table_is_kept(tmp_path):
    path = _resume(tmp_path, "Daniel Okafor", table_contact=("Austin, TX 78701", "(512) 555-0142",
                                                            "dan.okafor@example.com"))
    assert import_resume(path).resume["basics"]["location"]["postalCode"] == "78701"


def test_a_unit_after_the_role_stays_in_the_role_and_the_expiry_is_no_date(tmp_path):
    result = import_resume(_resume(tmp_path, "Daniel Okafor", header="dan.okafor@example.com"))
    job = result.resume["work"][0]
    assert (job["position"], job["name"]) == ("Sous Chef, Private Dining", "Hotel Granada")
    # a list paragraph under a job is a point, even a comma list of terms
    assert job["highlights"] == ["Plated desserts for 300 covers a night",
                                 "Laminated doughs, custards, tempered chocolate"]
    food, allergen = result.resume["certificates"]
    assert "date" not in food and allergen["date"] == "2021"
    assert "exp. 06/2026" in [item.text for item in result.unparsed]


def test_a_heading_with_nothing_under_it_is_listed_never_dropped():
    """A line read as a heading the headings cannot name, with no line under it before the next
    heading, that names something (a word that is no common word) still lands somewhere: in the
    unparsed list. Words of a heading ("Educational Qualifications") head the block after them."""
    from tailor.importer.build import resume_from_lines
    from tailor.importer.lines import Line

    lines = [Line("Jo Doe"), Line("jo@example.com | 555-301-7788"), Line("Okafor Kitchen Notes", heading=True, level=1),
             Line("Experience", heading=True, level=1), Line("Barista | Crumb Cafe | 2019 – 2021")]
    result = resume_from_lines(lines)
    assert "Okafor Kitchen Notes" in [item.text for item in result.unparsed]
