"""Word documents as generators and templates write them: an entry's header as a two-cell table
("Employer | Role" beside "Place | 2020.03 - Present"), a skill group's name as a table row of
its own, bullets that a paragraph style numbers, a bar padded with spaces, a project's "Link:".
Each document is built here with python-docx; see docs/ARCHITECTURE.md, "Resume import"."""
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from tailor.importer import import_resume
from tailor.importer.dates import Dates, parse_dates, trailing_dates
from tailor.importer.entries import group_entries, parse_entry
from tailor.importer.extract import extract_lines
from tailor.importer.header_parts import bold_split, labelled_url
from tailor.importer.lines import Line
from tailor.importer.lost_words import content_words
from tailor.importer.word_lines import row_lines, runs_lines


def test_a_month_and_year_joined_by_a_dot_is_a_date():
    """"2020.03" (year first, as Chinese, Korean and Japanese resumes write it) and "03.2020"
    (month first, German and Polish) are months; a grade, an amount or a version is not."""
    assert parse_dates("2020.03 - Present") == Dates("2020-03", "", True)
    assert parse_dates("2019.06 - 2021.02") == Dates("2019-06", "2021-02")
    assert parse_dates("03.2019 – 06.2021") == Dates("2019-03", "2021-06")
    assert parse_dates("2023.04") == Dates("2023-04", "2023-04")
    assert trailing_dates("Austin, TX | 2018.03 - 2024.07") == ("Austin, TX", Dates("2018-03", "2024-07"))
    for text in ("3.8", "2019.50", "2019.13", "1.2019.03", "2019.03.5", "v2.2020"):
        assert parse_dates(text) is None, text
    assert parse_dates("01.09.2019") == Dates("2019-09", "2019-09")  # a day, a month and a year, as before


def test_a_bar_inside_a_bold_run_still_parts_the_header():
    """A template sets "Employer | Role" all in bold in one cell: the bold run ends after the
    role, but the bar inside it parts employer from role as it would in regular type."""
    line = Line("Acme Corp | Data Analyst | Austin, TX | 2020.03 - Present", bold_prefix="Acme Corp | Data Analyst")
    assert bold_split(line) == ["Acme Corp", "Data Analyst", "Austin, TX", "2020.03 - Present"]
    line = Line("Culinary Arts, Técnico Superior, Escuela de Cocina", bold_prefix="Culinary Arts, Técnico Superior,")
    assert bold_split(line) == ["Culinary Arts, Técnico Superior", "Escuela de Cocina"]  # a comma is no bar


def test_a_row_of_one_bold_cell_is_a_bold_line():
    """"Frontend" alone in a bold cell (its other cell empty) over the group's skills is a group
    name, as a bold paragraph would be, not a line whose bold text is only its start."""
    assert row_lines([[Line("Frontend", bold=True)], []]) == [Line("Frontend", bold=True)]
    assert row_lines([[Line("Engineer", bold=True)], [Line("2019 – 2021")]]) == [
        Line("Engineer | 2019 – 2021", bold_prefix="Engineer")]


def test_spaces_padding_a_typed_bar_are_the_bar():
    """"Open Source UI Library" + "    | Independent": the spaces around a bar are padding, so the
    line holds one separator, not a column gap and then a bar (an empty part between them)."""
    [line] = runs_lines([("Open Source UI Library", True), ("    | Independent", False)], 0, False)
    assert line.text == "Open Source UI Library | Independent"
    [line] = runs_lines([("Data Analyst          Globex", False)], 0, False)
    assert line.text == "Data Analyst | Globex"  # a run of spaces with no bar is still a column gap


def test_a_labelled_link_under_a_project_is_its_url():
    assert labelled_url("Link: https://github.com/jo/raft-lab") == "https://github.com/jo/raft-lab"
    assert labelled_url("Website: jo.dev") == "jo.dev"
    assert labelled_url("Link: none yet") == "" and labelled_url("Stack: Go, Rust") == ""
    lines = [Line("Raft Lab | Independent", bold_prefix="Raft Lab"), Line("Link: https://github.com/jo/raft-lab"),
             Line("Used in two courses", bullet="•")]
    entry, _ = parse_entry("projects", group_entries(lines, "projects")[0], 0)
    assert entry["name"] == "Raft Lab" and entry["url"] == "https://github.com/jo/raft-lab"
    # the label is no word the import loses: the url field holds what follows it
    assert "link" not in content_words("Link: https://github.com/jo/raft-lab")


def _numbered_style(document, name: str, num_id: int, based_on=None):
    """A paragraph style that numbers its paragraphs itself (`w:numPr` in the style's own
    paragraph properties), as a template's "Resume Bullet" does."""
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = based_on or document.styles["Normal"]
    style.element.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return style


def test_a_paragraph_style_that_numbers_its_paragraphs_makes_list_items(tmp_path):
    document = Document()
    bullet = _numbered_style(document, "Resume Bullet", 1)
    _numbered_style(document, "Resume Sub Point", 1, based_on=bullet)
    _numbered_style(document, "Plain Note", 0)  # numbering id 0: the style switches numbering off
    document.add_paragraph("Cut costs by 10%", style="Resume Bullet")
    document.add_paragraph("Saved a week a month", style="Resume Sub Point")
    document.add_paragraph("Not a point", style="Plain Note")
    document.save(tmp_path / "styled.docx")
    assert [(line.text, line.list_item) for line in extract_lines(tmp_path / "styled.docx")] == [
        ("Cut costs by 10%", True), ("Saved a week a month", True), ("Not a point", False)]


def _entry_table(document, left: str, right: str):
    """One entry's header as a borderless 1x2 table: "Employer | Role" in bold, "Place | dates"."""
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].add_run(left).bold = True
    if right:
        table.cell(0, 1).paragraphs[0].add_run(right)


def test_an_entry_header_table_of_employer_and_role_beside_place_and_dotted_dates(tmp_path):
    document = Document()
    document.add_paragraph().add_run("Dana Reyes").bold = True
    document.add_paragraph("dana@example.com | (512) 555-0188")
    document.add_heading("Experience", level=1)
    _entry_table(document, "Salt & Cedar Group | General Manager", "Austin, TX | 2018.03 - 2024.07")
    document.add_paragraph("Grew revenue 28% in three years", style="List Bullet")
    _entry_table(document, "Café Lumen | Shift Supervisor", "Austin, TX | 2016.01 - 2018.02")
    document.add_paragraph("Trained six baristas", style="List Bullet")
    document.add_heading("Skills", level=1)
    _entry_table(document, "Data", "")
    document.add_paragraph("SQL, Python, Looker Studio")
    _entry_table(document, "Operations", "")
    document.add_paragraph("Scheduling, Inventory")
    document.save(tmp_path / "tables.docx")
    resume = import_resume(tmp_path / "tables.docx").resume
    assert [(job["name"], job["position"], job["location"], job["startDate"], job["endDate"])
            for job in resume["work"]] == [
        ("Salt & Cedar Group", "General Manager", "Austin, TX", "2018-03", "2024-07"),
        ("Café Lumen", "Shift Supervisor", "Austin, TX", "2016-01", "2018-02")]
    assert resume["work"][1]["highlights"] == ["Trained six baristas"]
    assert [(group["name"], group["keywords"]) for group in resume["skills"]] == [
        ("Data", ["SQL", "Python", "Looker Studio"]), ("Operations", ["Scheduling", "Inventory"])]
