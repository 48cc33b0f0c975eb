"""Fonts whose encoding is a CMap written into the PDF itself, read instead of lost.

Why: WeasyPrint (and other generators that subset fonts) writes a font's encoding as a CMap
stream inside the file when a glyph of the text is missing from the font, an emoji beside a
heading for one ("📌 Experience"). pdfminer.six only knows the CMaps it ships by name: for any
other name it returns an empty CMap, and every character in that font is dropped without a word.
On a resume that font is usually the bold or heading face, so the name, the headings and every
job title vanished. Here the embedded stream's code-to-CID entries are read instead; a
predefined CMap is still taken by its name (`pdf.py` and `page_text.py` read with `layout_pages`). See
docs/ARCHITECTURE.md, "Resume import".
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from io import StringIO
from pathlib import Path

from pdfminer.cmapdb import CMap, FileCMap
from pdfminer.converter import PDFPageAggregator, TextConverter
from pdfminer.layout import LAParams, LTPage
from pdfminer.pdfdevice import PDFDevice
from pdfminer.pdffont import PDFCIDFont, PDFFont
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFStream, resolve1

_BLOCK = re.compile(rb"begincid(char|range)(.*?)endcid\1", re.S)
_CHAR = re.compile(rb"<([0-9a-fA-F]+)>\s*(\d+)")                         # <0030> 48
_RANGE = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\d+)")    # <0020> <007e> 1
_LONGEST_RANGE = 65536


def embedded_cmap(stream: PDFStream) -> FileCMap:
    """The code-to-CID map a CMap stream spells in its "begincidchar" and "begincidrange" blocks.
    (pdfminer's CMapParser reads those blocks as a ToUnicode map's, source and target swapped.)"""
    cmap = FileCMap()
    for kind, body in _BLOCK.findall(stream.get_data()):
        if kind == b"char":
            for code, cid in _CHAR.findall(body):
                cmap.add_code2cid(bytes.fromhex(code.decode()).decode("latin-1"), int(cid))
            continue
        for low, high, cid in _RANGE.findall(body):
            first, last, width = int(low, 16), int(high, 16), len(low) // 2
            for offset, code in enumerate(range(first, min(last, first + _LONGEST_RANGE - 1) + 1)):
                cmap.add_code2cid(code.to_bytes(width, "big").decode("latin-1"), int(cid) + offset)
    return cmap


class _Fonts(PDFResourceManager):
    """pdfminer's resource manager, with a CID font's embedded encoding CMap read (`embedded_cmap`)
    where pdfminer left the font an empty CMap. Only the importer's reading uses it: the ATS
    self-check of Tailor's own PDFs reads them as stock pdfminer, as a parser would."""

    def get_font(self, objid: object, spec: Mapping[str, object]) -> PDFFont:
        font = super().get_font(objid, spec)
        encoding = resolve1(spec.get("Encoding"))
        if isinstance(font, PDFCIDFont) and isinstance(encoding, PDFStream) \
                and type(font.cmap) is CMap and not font.cmap.code2cid:
            font.cmap = embedded_cmap(encoding)
        return font


def layout_pages(path: Path, laparams: LAParams) -> Iterator[LTPage]:
    """pdfminer's `extract_pages`, with `_Fonts` as its resource manager."""
    fonts = _Fonts(caching=True)
    device = PDFPageAggregator(fonts, laparams=laparams)
    for _ in _interpret(path, fonts, device):
        yield device.get_result()


def plain_text(path: Path) -> str:
    """pdfminer's `extract_text`, with `_Fonts` as its resource manager."""
    fonts, text = _Fonts(caching=True), StringIO()
    for _ in _interpret(path, fonts, TextConverter(fonts, text, laparams=LAParams())):
        pass
    return text.getvalue()


def _interpret(path: Path, fonts: PDFResourceManager, device: PDFDevice) -> Iterator[None]:
    interpreter = PDFPageInterpreter(fonts, device)
    with open(path, "rb") as file:
        for page in PDFPage.get_pages(file, caching=True):
            interpreter.process_page(page)
            yield
