"""The plain text a resume document shows, read without the importer's layout logic.

Measuring `tailor import` on layouts Tailor did not make needs to know which fields a layout
prints at all (a theme may leave out locations or month names). That is judged on this text,
not on the importer's own lines, so that what the importer drops counts as lost, not as unshown.
"""
from __future__ import annotations

from pathlib import Path


def page_text(path: Path) -> str:
    """All text of a PDF (pdfminer.six, plain extraction) or a DOCX (paragraphs and table cells)."""
    path = Path(path)
    if path.suffix.lower() == ".docx":
        from docx import Document

        document = Document(str(path))
        parts = [p.text for p in document.paragraphs]
        for table in document.tables:
            parts += [cell.text for row in table.rows for cell in row.cells]
        return "\n".join(parts)
    from pdfminer.high_level import extract_text

    return extract_text(str(path))
