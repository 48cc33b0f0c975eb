"""Everything a Word document shows, in document order: what python-docx's own iteration skips.

python-docx walks a body's paragraphs and tables, and a paragraph's runs and hyperlinks. Word's
resume templates put text in three places that walk never reaches, and an importer that relies on
it loses that text without a word:

* content controls (`w:sdt`), the fill-in fields of templates ("[Your name]"), around whole
  blocks or around runs inside a paragraph;
* text boxes (`w:txbxContent`), where templates and Canva exports set a sidebar or the contact
  block. Word writes each text box twice, as a drawing and as a VML fallback for old readers
  (`mc:AlternateContent`); only the drawing is read, so nothing comes out twice;
* runs inside inserted-text marks and smart tags (tracked changes left on), and hyperlinks
  inside a content control (python-docx lists only a paragraph's own).

Deleted text (tracked deletions) is not shown, so it is not read. A text box is read after the
paragraph that anchors it. See the importer steps in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

from collections.abc import Iterator

from docx.oxml.ns import qn
from docx.table import Table
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
_TEXT_BOX, _RUN, _DELETED, _HYPERLINK = qn("w:txbxContent"), qn("w:r"), qn("w:del"), qn("w:hyperlink")


def blocks(container) -> Iterator[Paragraph | Table]:
    """Paragraphs and tables of a document, table cell or page header, in order: content
    controls opened, and each paragraph followed by the blocks of the text boxes it anchors."""
    body = getattr(container, "_body", container)  # a Document holds its body
    yield from _blocks_of(body._element, body)


def _blocks_of(element, parent) -> Iterator[Paragraph | Table]:
    for child in element:
        if child.tag == _P:
            paragraph = Paragraph(child, parent)
            yield paragraph
            for box in _inside(child, _TEXT_BOX):
                yield from _blocks_of(box, parent)
        elif child.tag == _TBL:
            yield Table(child, parent)
        elif child.tag == _SDT and (content := child.find(_SDT_CONTENT)) is not None:
            yield from _blocks_of(content, parent)


def runs(paragraph: Paragraph) -> list[Run]:
    """Every run the paragraph shows: inside hyperlinks, content controls and inserted text too,
    not inside its text boxes (read as blocks of their own) or deleted text."""
    return [Run(run, paragraph) for run in _inside(paragraph._p, _RUN)]


def hyperlinks(paragraph: Paragraph) -> list[tuple[str, str]]:
    """(text, address) of every web or mail link the paragraph shows, in order: inside its
    content controls too (a template's contact fill-in fields), not a jump to a bookmark."""
    links = (Hyperlink(element, paragraph) for element in _inside(paragraph._p, _HYPERLINK))
    return [(link.text, link.url) for link in links if link.url and link.text.strip()]


def _inside(root, tag: str) -> list:
    """The `tag` elements under `root` that belong to it: not inside a text box or VML fallback
    of `root` (or under a deletion), and not inside another `tag` element."""
    found = []
    for element in root.iter(tag):
        if element is root:
            continue
        node, keep = element.getparent(), True
        while node is not None and node is not root:
            if node.tag in (_TEXT_BOX, _MC_FALLBACK, _DELETED, tag):
                keep = False
                break
            node = node.getparent()
        if keep:
            found.append(element)
    return found

