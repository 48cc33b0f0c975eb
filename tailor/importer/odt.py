"""Read an OpenDocument text (.odt, LibreOffice Writer's default format) into paragraphs and tables.

Why read it rather than ask for an export: it is the format LibreOffice saves unless told
otherwise, and it is a zip holding `content.xml`, whose `text:h` headings (with their outline
level), `text:p` paragraphs, `text:list-item` bullets, `text:a` links and `table:table` rows say
what a DOCX's styles and hyperlinks say. This module only walks the XML; `word_lines.py` turns the
blocks into `Line`s with the same rules as a DOCX's paragraphs and table rows (docs/ARCHITECTURE.md,
"Resume import", step 1).
Like a DOCX, the page header (where people put their contact line) is read, and a footer.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from tailor.errors import UserInputError

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
}
EXPORT_HINT = "open it in LibreOffice Writer and export it as .docx (File > Save As) or PDF, then import that"
_BOLD = {"bold", "600", "700", "800", "900"}
MAX_XML_BYTES = 50_000_000  # unpacked; a resume's content.xml is some 50 KB, a zip bomb is not
# Inline elements whose text is not the document's: comments, footnotes, deleted text, a TOC's title.
# "#other": XML comments and processing instructions.
_SKIPPED = {"office:annotation", "text:note", "text:tracked-changes", "text:sequence-decls",
            "text:variable-decls", "office:forms", "#other"}


def _tag(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


def _name(element) -> str:
    """"text:p" for `{urn:...text:1.0}p`; "#other" for a comment or processing instruction."""
    if not isinstance(element.tag, str):
        return "#other"
    uri, _, local = element.tag.partition("}")
    prefix = next((p for p, u in _NS.items() if "{" + u == uri), "")
    return f"{prefix}:{local}"


@dataclass(frozen=True)
class Paragraph:
    """A heading (level > 0) or a paragraph; runs are (text, bold), "\\n" a line break; links
    are (text, address) of its hyperlinks (`text:a`) in order, as a DOCX paragraph's are."""
    runs: list[tuple[str, bool]]
    level: int = 0
    list_item: bool = False
    links: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Table:
    """Rows of cells; each cell holds its own blocks (paragraphs and nested tables)."""
    rows: list[list[list[Paragraph | Table]]]


@dataclass
class OdtDocument:
    header: list[Paragraph | Table] = field(default_factory=list)
    body: list[Paragraph | Table] = field(default_factory=list)
    footer: list[Paragraph | Table] = field(default_factory=list)


def read_odt(path: Path) -> OdtDocument:
    """The page header, body and footer of an .odt file, or a UserInputError saying what to do."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "content.xml" not in names and "word/document.xml" in names:
                raise UserInputError("this is a Word document (.docx) named .odt", file=str(path),
                                     hint="rename it to .docx and import that")
            manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            if b"encryption-data" in manifest:  # the parts are encrypted: content.xml is no XML
                raise UserInputError("this document is protected with a password", file=str(path),
                                     hint="open it in LibreOffice Writer and save a copy without the "
                                          "password (File > Properties > Security), or export it as PDF")
            parts = {"content.xml", "styles.xml"} & names
            if max((archive.getinfo(name).file_size for name in parts), default=0) > MAX_XML_BYTES:
                raise UserInputError("the document's text is far too large for a resume", file=str(path),
                                     hint="check that this is your resume, or " + EXPORT_HINT)
            content = etree.fromstring(archive.read("content.xml"), parser)
            styles = etree.fromstring(archive.read("styles.xml"), parser) if "styles.xml" in names else None
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError) as exc:
        raise UserInputError(f"not a readable OpenDocument text ({exc.__class__.__name__})",
                             file=str(path), hint=EXPORT_HINT) from None
    named = _styles(styles, "office:styles") if styles is not None else {}
    body_reader = _Reader({**named, **_styles(content, "office:automatic-styles")})
    document = OdtDocument(body=body_reader.blocks(content.find(f"{_tag('office:body')}/{_tag('office:text')}")))
    if styles is not None:
        page_reader = _Reader({**named, **_styles(styles, "office:automatic-styles")})
        master = styles.find(f"{_tag('office:master-styles')}/{_tag('style:master-page')}")
        if master is not None:
            document.header = page_reader.blocks(master.find(_tag("style:header")))
            document.footer = page_reader.blocks(master.find(_tag("style:footer")))
    return document


def _styles(root, section: str) -> dict[str, tuple[str, bool | None, str]]:
    """style name -> (parent style, bold or None when the style does not say, display name)."""
    found = {}
    container = root.find(_tag(section))
    for style in (container if container is not None else []):
        if _name(style) != "style:style":
            continue
        weight = None
        props = style.find(_tag("style:text-properties"))
        if props is not None and props.get(_tag("fo:font-weight")) is not None:
            weight = props.get(_tag("fo:font-weight")) in _BOLD
        name = style.get(_tag("style:name"), "")
        found[name] = (style.get(_tag("style:parent-style-name"), ""),
                       weight, style.get(_tag("style:display-name"), name))
    return found


def _count(element, attribute: str) -> int:
    """A count attribute (a heading's outline level, a run of spaces): 1 when absent or not a number."""
    value = element.get(_tag(attribute), "1")
    return int(value) if value.isdigit() else 1


def _rows(table) -> list:
    """A table's own rows, also those grouped as header rows or row groups (not a nested table's)."""
    rows = []
    for child in table:
        kind = _name(child)
        if kind == "table:table-row":
            rows.append(child)
        elif kind in ("table:table-header-rows", "table:table-rows", "table:table-row-group"):
            rows += _rows(child)
    return rows


class _Reader:
    """Walks one XML story (body, header or footer) with the styles it may use."""

    def __init__(self, styles: dict[str, tuple[str, bool | None, str]]):
        self.styles = styles

    def _chain(self, name: str):
        seen = set()
        while name and name in self.styles and name not in seen:
            seen.add(name)
            yield self.styles[name]
            name = self.styles[name][0]

    def bold(self, name: str, default: bool) -> bool:
        return next((weight for _, weight, _ in self._chain(name) if weight is not None), default)

    def is_title(self, name: str) -> bool:
        return any(display == "Title" for _, _, display in self._chain(name))

    def blocks(self, story, list_item: bool = False) -> list[Paragraph | Table]:
        """Paragraphs, headings, list items and tables of a story, in document order."""
        out: list[Paragraph | Table] = []
        for child in (story if story is not None else []):
            kind = _name(child)
            if kind in ("text:p", "text:h"):
                out += self.paragraph(child, kind, list_item)
            elif kind in ("text:list", "text:list-item", "text:list-header"):  # a header has no bullet
                out += self.blocks(child, {"text:list": list_item, "text:list-item": True}.get(kind, False))
            elif kind == "table:table":
                out.append(Table([[self.blocks(cell) for cell in row if _name(cell) == "table:table-cell"]
                                  for row in _rows(child)]))
            elif kind not in _SKIPPED:  # sections, index bodies: containers of the same blocks
                out += self.blocks(child, list_item)
        return out

    def paragraph(self, element, kind: str, list_item: bool) -> list[Paragraph | Table]:
        """The paragraph, then the text boxes anchored in it (a sidebar drawn as a frame)."""
        style = element.get(_tag("text:style-name"), "")
        level = _count(element, "text:outline-level") if kind == "text:h" else (1 if self.is_title(style) else 0)
        runs: list[tuple[str, bool]] = []
        boxes: list[Paragraph | Table] = []
        links: list[tuple[str, str]] = []
        self._runs(element, self.bold(style, False), runs, boxes, links)
        return [Paragraph(runs, level, list_item, links), *boxes]

    def _runs(self, element, bold: bool, runs: list, boxes: list, links: list) -> None:
        if element.text:
            runs.append((element.text, bold))
        for child in element:
            kind = _name(child)
            if kind == "text:s":
                runs.append((" " * min(_count(child, "text:c"), 100), bold))
            elif kind == "text:tab":
                runs.append(("\t", bold))
            elif kind == "text:line-break":
                runs.append(("\n", bold))
            elif kind == "draw:frame":
                for box in child:
                    boxes += self.blocks(box) if _name(box) == "draw:text-box" else []
            elif kind not in _SKIPPED:  # spans, links, fields: their text, in their own weight
                start = len(runs)
                self._runs(child, self.bold(child.get(_tag("text:style-name"), ""), bold), runs, boxes, links)
                address = child.get(_tag("xlink:href"), "").strip() if kind == "text:a" else ""
                if address and not address.startswith("#"):  # "#Experience": a place in the document
                    links.append(("".join(text for text, _ in runs[start:]), address))
            if child.tail:
                runs.append((child.tail, bold))
