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
