"""Small Word documents for importer tests: paragraphs in order, each with its Word style, and
tables given as their rows."""
from pathlib import Path

from docx import Document


def styled_docx(path: Path, *paragraphs: str | tuple[str, str] | list[tuple[str, ...]]) -> Path:
    """A .docx at `path` holding `paragraphs`, each a text (Normal style), (text, style name), or
    a list of rows: a table, each row a tuple of its cells' texts ("\\n" breaks a cell's paragraphs)."""
    document = Document()
    for paragraph in paragraphs:
        if isinstance(paragraph, list):
            table = document.add_table(rows=0, cols=max(map(len, paragraph)))
            for row in paragraph:
                for cell, text in zip(table.add_row().cells, row):
                    cell.text = text
            continue
        text, style = (paragraph, None) if isinstance(paragraph, str) else paragraph
        document.add_paragraph(text, style=style)
    document.save(str(path))
    return path
