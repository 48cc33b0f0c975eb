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
