"""Issue 15: no line lost. Every content word of a page reaches a field or the unparsed list
(`tailor.importer.lost_words`), on made-up pages and on a few corpus files that lost words once."""
from pathlib import Path

import pytest

from tailor.importer import import_resume
from tailor.importer.build import resume_from_lines
from tailor.importer.extract import extract_lines
from tailor.importer.lines import Line
from tailor.importer.lost_words import lost_words
from tailor.importer.sections import split_sections
from tests.importer.test_lost_words import _group, _head, _item  # the same made-up page's lines

CORPUS = Path(__file__).resolve().parent.parent / "testdata" / "import_corpus"


def _page():
    return [Line("Jo Doe", size=20.0, bold=True), Line("jo@example.com", size=10.5),
            _head("EXPERIENCE"), _group("Engineer, Acme Corp"), _item("2020 - 2023"), _item("Built the billing API"),
            _head("SKILLS"), _group("Languages"), _item("Python"), _item("Go"),
            _head("INTERESTS"), _group("Open Source"), _item("Hacktoberfest"), _group("Rock Climbing"),
            _item("Bouldering")]


def test_a_section_word_set_in_bold_right_under_a_heading_is_its_first_group_not_a_section():
    keys = [section.key for section in split_sections(_page())]
    assert keys[-1] == "interests" and "projects" not in keys
    result = resume_from_lines(_page())
    assert not result.resume.get("projects")
    assert lost_words(_page(), result)[1] == []


# chosen by their losses before the fixes: the interests group "Open Source" read as a projects
# heading (theme-simple), the street of an address with no postal code dropped (theme-cora, theme-macchiato)
@pytest.mark.parametrize("name", ["theme-simple/new-grad.pdf", "theme-cora/senior-engineer.pdf",
                                  "theme-macchiato/senior-engineer.pdf"])
def test_no_content_word_is_lost_on_corpus_files_that_lost_some(name):
    path = CORPUS / name
    lost = lost_words(extract_lines(path), import_resume(path))[1]
    assert not lost, [(w.word, w.line) for w in lost]


def _only_table(path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [
            ("Priya Raman", "priya.raman@example.org | +44 20 7946 0958"),
            ("Experience", "Warehouse Lead, Northgate Logistics, Leeds, 2019 - 2023\nRan the night shift"),
            ("Skills", "Forklift, SAP, Excel, Rota planning, First aid, Inventory")]):
        row.cells[0].text, row.cells[1].text = label, value
    for paragraph in [p for p in document.element.body if p.tag.endswith("}p")]:
        document.element.body.remove(paragraph)  # a table and nothing else
    document.save(path)


def _one_line_pdf(path: Path) -> None:
    from weasyprint import HTML

    HTML(string="<p>Maria Gonzalez</p>").write_pdf(path)


def _no_headings(path: Path) -> None:
    path.write_text("Sam Okafor\nsam.okafor@example.net\n07700 900123\n\nLine cook at The Grain Store, Edinburgh\n"
                    "2020 - 2024\nPrepped 300 covers a night on the grill station\n\n"
                    "Kitchen porter, Bread Street Kitchen, London\n2017 - 2020\n", encoding="utf-8")


@pytest.mark.parametrize("name, make", [("only-table.docx", _only_table), ("one-line.pdf", _one_line_pdf),
                                        ("no-headings.txt", _no_headings)])
def test_odd_documents_lose_no_line(tmp_path, name, make):
    """A Word file that is one table, a PDF of one line, a text with no headings: imported
    without an error, every word in a field or in the unparsed list."""
    path = tmp_path / name
    make(path)
    lost = lost_words(extract_lines(path), import_resume(path))[1]
    assert not lost, [(w.word, w.line) for w in lost]
