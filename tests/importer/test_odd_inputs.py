"""Real-world resumes no corpus layout covers: a Word file that is one table, a title line that
names no one, a Markdown file opening with a list, and other odd but ordinary inputs, each
imported as `tailor import` reads it. See docs/ARCHITECTURE.md, "Resume import"."""
from pathlib import Path

from tailor.importer import import_resume
from tests.importer.word_documents import styled_docx


def _everything(result) -> str:
    return repr(result.resume) + " ".join(item.text for item in result.unparsed)


def test_a_table_row_opened_by_a_section_word_is_that_section(tmp_path: Path):
    path = styled_docx(tmp_path / "cv.docx", "Jane Mary Doe", "jane.doe@example.com", [
        ("Experience", "Data Analyst, Acme Ltd, 2019 - 2023"),
        ("Education", "BSc Computer Science, University of Leeds, 2018"),
    ])
    resume = import_resume(path).resume
    assert [job.get("name") for job in resume.get("work", [])] == ["Acme Ltd"]
    assert resume["education"][0]["institution"] == "University of Leeds"
    assert "Education" not in repr(resume.get("work"))


def test_a_title_line_that_names_no_one_gives_no_name(tmp_path: Path):
    path = tmp_path / "cv.txt"
    path.write_text("Curriculum Vitae of the applicant, draft two\njane.doe@example.com\n\nExperience\n"
                    "Data Analyst, Acme Ltd, 2019 - 2023\n", "utf-8")
    result = import_resume(path)
    assert "name" not in result.resume.get("basics", {}) and "label" not in result.resume.get("basics", {})
    assert "Curriculum Vitae of the applicant, draft two" in [item.text for item in result.unparsed]


def test_a_title_before_a_name_still_gives_the_name(tmp_path: Path):
    path = tmp_path / "cv.txt"
    path.write_text("Curriculum Vitae of Jane van Doe\njane.doe@example.com\n\nExperience\n"
                    "Data Analyst, Acme Ltd, 2019 - 2023\n", "utf-8")
    assert import_resume(path).resume["basics"]["name"] == "Jane van Doe"


def test_a_list_item_is_never_the_name_nor_the_label(tmp_path: Path):
    path = tmp_path / "cv.md"
    path.write_text("- Python\n- SQL\n- Excel\n\n# Experience\n\n**Data Analyst**, Acme Ltd, 2019 - 2023\n", "utf-8")
    result = import_resume(path)
    assert "name" not in result.resume.get("basics", {}) and "label" not in result.resume.get("basics", {})
    assert {"Python", "SQL", "Excel"} <= {item.text for item in result.unparsed}


_THREE_COLUMN_HEADER = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 15mm; } body { font-family: "DejaVu Sans"; font-size: 9pt; }
header { display: flex; justify-content: space-between; align-items: flex-start; }
header div { width: 30%; } h1 { font-size: 20pt; margin: 0; } h2 { font-size: 11pt; margin: 10pt 0 2pt 0; }
p { margin: 0; }
</style></head><body>
<header><div><p>jane.doe@example.com</p><p>+44 7700 900123</p><p>12 Park Row</p><p>Leeds LS1 5HD</p></div>
<div style="text-align:center"><h1>Jane Doe</h1><p>Senior Data Analyst and Reporting Lead for Retail</p></div>
<div style="text-align:right"><p>linkedin.com/in/janedoe</p><p>github.com/janedoe</p></div></header>
<h2>Experience</h2><p><b>Data Analyst</b>, Acme Ltd, 2019 - 2023</p><ul><li>Built dashboards.</li></ul>
</body></html>"""


def test_a_three_column_header_is_read_column_by_column(tmp_path: Path):
    from tailor.render.pdf import render_pdf

    path = tmp_path / "cv.pdf"
    path.write_bytes(render_pdf(_THREE_COLUMN_HEADER))
    result = import_resume(path)
    basics = result.resume["basics"]
    assert basics["name"] == "Jane Doe"
    assert basics["label"] == "Senior Data Analyst and Reporting Lead for Retail"
    assert [p["network"] for p in basics["profiles"]] == ["LinkedIn", "GitHub"]
    assert result.resume["work"][0]["name"] == "Acme Ltd"


def test_a_role_tailor_does_not_know_beside_an_employer_by_its_legal_form(tmp_path: Path):
    path = tmp_path / "lebenslauf.txt"
    path.write_text("Max Mustermann\nmax@example.de\n\nBerufserfahrung\nWerkstudent, Siemens AG, 2019 - 2023\n"
                    "- Dashboards gebaut\nBosch GmbH, Datenanalyst, 2017 - 2019\n", "utf-8")
    work = import_resume(path).resume["work"]
    assert [(job.get("position"), job.get("name")) for job in work] == [
        ("Werkstudent", "Siemens AG"), ("Datenanalyst", "Bosch GmbH")]


def _job(tmp_path: Path, header: str) -> dict:
    path = tmp_path / "cv.txt"
    path.write_text(f"Jane Doe\njane.doe@example.com\n\nExperience\n{header}\n- Built dashboards\n", "utf-8")
    job = import_resume(path).resume["work"][0]
    return {key: job.get(key) for key in ("position", "name", "startDate", "endDate")}


def test_a_lone_year_after_since_is_a_start_with_no_end(tmp_path: Path):
    assert _job(tmp_path, "Data Analyst, Acme Ltd, since 2019") == {
        "position": "Data Analyst", "name": "Acme Ltd", "startDate": "2019", "endDate": None}


def test_days_written_as_ordinals(tmp_path: Path):
    expected = {"position": "Data Analyst", "name": "Acme Ltd", "startDate": "2019-03", "endDate": "2021-06"}
    assert _job(tmp_path, "Data Analyst, Acme Ltd, 1st March 2019 – 30th June 2021") == expected
    assert _job(tmp_path, "Data Analyst, Acme Ltd, March 1st, 2019 – June 30th, 2021") == expected


def test_a_range_typed_before_the_title(tmp_path: Path):
    assert _job(tmp_path, "2019 – 2023 Data Analyst, Acme Ltd") == {
        "position": "Data Analyst", "name": "Acme Ltd", "startDate": "2019", "endDate": "2023"}
    assert _job(tmp_path, "Jan 2019 – present: Data Analyst, Acme Ltd") == {
        "position": "Data Analyst", "name": "Acme Ltd", "startDate": "2019-01", "endDate": None}


def test_a_sentence_beside_a_section_word_is_that_section_not_a_label_and_list(tmp_path: Path):
    summary = "Data analyst with five years in retail, turning sales data into weekly decisions."
    path = styled_docx(tmp_path / "cv.docx", ("Jane Doe", "Title"), "jane.doe@example.com", [
        ("Profile", summary), ("Education", "BSc Computer Science, University of Leeds, 2018")])
    assert import_resume(path).resume["basics"]["summary"] == summary



def test_since_in_a_sentence_is_no_header_date():
    from tailor.importer.dates import trailing_dates

    assert trailing_dates("Screened more than 600 adults since 2018") is None
    assert trailing_dates("Werkstudent, Siemens AG, seit 2019")[0] == "Werkstudent, Siemens AG"


def test_a_name_written_in_lower_case_is_still_the_name(tmp_path: Path):
    """Some people set their name in lower case as a style; it names someone all the same."""
    path = tmp_path / "cv.txt"
    path.write_text("jane doe\njane.doe@example.com\n\nExperience\nData Analyst, Acme Ltd, 2019 - 2023\n", "utf-8")
    assert import_resume(path).resume["basics"]["name"] == "jane doe"


def test_a_lower_case_name_may_hold_a_short_given_name(tmp_path: Path):
    """"An" is a Vietnamese given name as well as an article."""
    path = tmp_path / "cv.txt"
    path.write_text("nguyen van an\nan.nguyen@example.com\n\nExperience\nNurse, City Hospital, 2019 - 2023\n", "utf-8")
    assert import_resume(path).resume["basics"]["name"] == "nguyen van an"
