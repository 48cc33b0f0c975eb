"""Small Word documents for importer tests: paragraphs in order, each with its Word style."""
from pathlib import Path

from docx import Document


def styled_docx(path: Path, *paragraphs: str | tuple[str, str]) -> Path:
    """A .docx at `path` holding `paragraphs`, each a text (Normal style) or (text, style name)."""
    document = Document()
    for paragraph in paragraphs:
        text, style = (paragraph, None) if isinstance(paragraph, str) else paragraph
        document.add_paragraph(text, style=style)
    document.save(str(path))
    return path
