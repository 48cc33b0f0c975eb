"""The plain text a resume document shows, read without the importer's layout logic.

Measuring `tailor import` on layouts Tailor did not make needs to know which fields a layout
prints at all (a theme may leave out locations or month names). That is judged on this text,
not on the importer's own lines, so that what the importer drops counts as lost, not as unshown.
"""
from __future__ import annotations

from pathlib import Path


def page_text(path: Path) -> str:
    """All text of a PDF (pdfminer.six, plain extraction, fonts read as the importer reads them)
    or a DOCX (paragraphs and table cells of the body and of every page header and footer,
    which print on the page as well: a contact line in the page header is shown, so the importer
    missing it counts as lost)."""
    path = Path(path)
    if path.suffix.lower() == ".docx":
        from docx import Document

        document = Document(str(path))
        stories = [story for section in document.sections
                   for story in (section.first_page_header, section.header, section.even_page_header)
                   if not story.is_linked_to_previous]
        stories.append(document)
        stories += [story for section in document.sections
                    for story in (section.first_page_footer, section.footer, section.even_page_footer)
                    if not story.is_linked_to_previous]
        return "\n".join(text for story in stories for text in _story_text(story))
    from tailor.importer.embedded_cmap import plain_text

    return plain_text(path)  # pdfminer's plain extraction, fonts with embedded CMaps read


def _story_text(story) -> list[str]:
    """The text of a body, header or table cell, block by block, as Word shows it: content
    controls and text boxes too (`docx_blocks`)."""
    from tailor.importer.docx_blocks import blocks, runs

    out: list[str] = []
    for block in blocks(story):
        if hasattr(block, "rows"):
            out += [text for row in block.rows for cell in dict.fromkeys(row.cells) for text in _story_text(cell)]
        else:
            out.append("".join(run.text for run in runs(block)))
    return out
