"""Read a resume file into `Line`s that keep their layout (position, size, boldness, bullets).

Headings are found by style as much as by words, so the readers keep what each format knows:
PDF (pdfminer.six layout analysis) gives x/y, font size and bold font names; DOCX gives style
names, bold runs, list paragraphs and the page header's lines (`_page_header_footer`); Markdown
gives `#` headings and `-` bullets; an OpenDocument text (`odt.py`) gives headings, bold
spans, list items, links and tables. A DOCX's and an ODT's paragraphs and rows become lines by
the same rules (`word_lines.py`).
Every failure a user can fix (scanned PDF, encrypted or corrupt file, empty or huge file, a
format Tailor does not read) is a UserInputError naming the file and what to do, never an
empty resume or a traceback.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path

from tailor.errors import UserInputError
from tailor.importer.docx_blocks import blocks, hyperlinks
from tailor.importer.docx_blocks import runs as shown_runs
from tailor.importer.lines import MARKER_GLYPHS, Line, bold_runs, clean, join_wrapped, strip_bullet
from tailor.importer.links import relink_words
from tailor.importer.pdf import read_pdf_lines
from tailor.importer.printed_links import drop_printed_targets
from tailor.importer.table_head import header_roles, ordered_cells, school_heading
from tailor.importer.word_lines import contact_footer, read_odt_lines, row_lines, runs_lines, with_page_header
from tailor.text.decoding import decode_text
from tailor.text.file_kinds import file_kind

_MARKER_ONLY = re.compile(rf"[\s{MARKER_GLYPHS}*|-]+")
SUPPORTED = (".pdf", ".docx", ".odt", ".txt", ".md", ".markdown", ".text")
# every format `tailor import` reads, so a user whose file held nothing readable can pick one
_EXPORT_HINT = "export the resume as PDF (with a text layer), DOCX, ODT, TXT or Markdown and try again"
_DOC_HINT = "save it as .docx (in Word: File > Save As > Word Document) and import that"
_IMAGE_HINT = ("an image holds no text to read: export the resume from the app you wrote it in as PDF or "
               ".docx, or run OCR on a scan (e.g. `ocrmypdf scan.pdf out.pdf`) and import that")
# Formats people write resumes in that Tailor does not read: (what it is, how to get a file it reads).
_OTHER_FORMATS = {
    ".doc": ("an old Word document", _DOC_HINT),
    ".rtf": ("a Rich Text document", "open it in Word, WordPad or TextEdit and save it as .docx (or export a "
                                     "PDF), then import that"),
    ".pages": ("an Apple Pages document", "in Pages, File > Export To > Word (.docx) or PDF, then import that"),
    ".wpd": ("a WordPerfect document", "in WordPerfect, File > Save As > Word (.docx) or Publish to PDF, then "
                                       "import that"),
    ".json": ("JSON", "a JSON Resume or experiences.json needs no import: pass it to `tailor run --resume`"),
    ".html": ("a web page", "open it in a browser and print it to PDF (Save as PDF), then import that"),
    ".htm": ("a web page", "open it in a browser and print it to PDF (Save as PDF), then import that"),
    **{suffix: ("an image", _IMAGE_HINT) for suffix in (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff",
                                                        ".bmp", ".heic", ".webp")},
}
_NAMED = {".pdf": "a PDF", ".docx": "a Word/zip document", ".odt": "a Word/zip document"}  # else text
_CALLED = {".pdf": "a PDF", ".docx": "a .docx", ".odt": "an OpenDocument text (.odt)"}
# A resume is a few pages: these bound a file that is something else (a thesis, a log, a book)
# before the rules spend minutes on it. 200,000 characters is some 50 full pages.
MAX_CHARS = 200_000
MAX_TEXT_BYTES = 1_000_000  # UTF-16 doubles the bytes of a text; a resume's text is a few KB
MAX_DOCUMENT_BYTES = 50_000_000  # a PDF or DOCX with photos; pdfminer reads the whole file
_TOO_LARGE_HINT = "check that this is your resume; if the file holds more, save the resume's pages on their own"


def _check_kind(path: Path, suffix: str, kind: str | None) -> None:
    """A file whose first bytes say it is something other than its name says (a PNG or a DOCX
    renamed .pdf, a PDF renamed .txt) is refused with what it really is, before a reader fails
    on it obscurely or reads its bytes as text."""
    if kind is None or kind == _NAMED.get(suffix):
        return
    hint = {"a PDF": "rename it to .pdf", "a Word/zip document": "if it is a Word file, rename it to .docx",
            "a Word document": _DOC_HINT}.get(kind, "tailor import reads text: " + _EXPORT_HINT)
    what = "a Word document in the old .doc format (Word 97-2003)" if kind == "a Word document" else kind
    raise UserInputError(f"this file is {what}, not {_CALLED.get(suffix, 'a text file')} as its name says",
                         file=str(path), hint=hint)


def _check_size(path: Path, suffix: str) -> None:
    """A file far larger than any resume is refused at once, not after minutes of reading."""
    size, text = path.stat().st_size, suffix not in _NAMED
    if size == 0:
        raise UserInputError("the file is empty", file=str(path), hint=_EXPORT_HINT)
    limit = MAX_TEXT_BYTES if text else MAX_DOCUMENT_BYTES
    if size > limit:
        raise UserInputError(f"the file is {size / 1e6:.1f} MB, too large for a resume (tailor import reads "
                             f"{'text files' if text else suffix + ' files'} up to {limit / 1e6:.0f} MB)",
                             file=str(path), hint=_TOO_LARGE_HINT)


def extract_lines(path: Path) -> list[Line]:
    """The resume's lines in reading order, wrapped lines joined, bullet glyphs split off."""
    path = Path(path)
    suffix = path.suffix.lower()
    check_readable(path)
    if suffix == ".pdf":
        lines = read_pdf_lines(path)
    elif suffix == ".docx":
        lines = read_docx_lines(path)
    elif suffix == ".odt":
        lines = read_odt_lines(path)
    else:
        lines = read_text_lines(path, markdown=suffix in (".md", ".markdown"))
    if (chars := sum(len(line.text) for line in lines)) > MAX_CHARS:
        raise UserInputError(f"the file holds {chars:,} characters of text, far more than a resume (tailor "
                             f"import reads up to {MAX_CHARS:,})", file=str(path), hint=_TOO_LARGE_HINT)
    # a list marker or icon glyph alone on its line carries no text: it is layout, not content
    lines = [strip_bullet(line) for line in drop_printed_targets(lines)
             if line.text and not _MARKER_ONLY.fullmatch(line.text)]
    if not lines:
        raise UserInputError("no text found in the file", file=str(path), hint=_EXPORT_HINT)
    return lines


def check_readable(path: Path) -> None:
    """A `UserInputError` unless `path` is a resume file of a kind Tailor reads (by its name and
    its first bytes, with nothing parsed): `tailor import` asks this before it checks where it
    will write, so a wrong input is named first."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in _OTHER_FORMATS:  # first: a .pages document can be a folder (a macOS package)
        what, hint = _OTHER_FORMATS[suffix]
        raise UserInputError(f"unsupported file type {suffix!r} ({what})", file=str(path), hint=hint)
    if path.is_dir():  # checked early: a folder has no suffix, and "unsupported '(none)'" misleads
        raise UserInputError("this is a folder, not a resume file", file=str(path),
                             hint="pass one resume file: " + ", ".join(SUPPORTED))
    if suffix not in SUPPORTED:
        raise UserInputError(f"unsupported file type {suffix or '(none)'!r}", file=str(path),
                             hint="tailor import reads " + ", ".join(SUPPORTED) + ": " + _EXPORT_HINT)
    if not path.is_file():
        raise UserInputError("file not found", file=str(path), hint="check the path")
    _check_size(path, suffix)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UserInputError(f"cannot read the file: {exc.strerror or exc}", file=str(path)) from None
    _check_kind(path, suffix, file_kind(head))


# --------------------------------------------------------------------------- DOCX

def read_docx_lines(path: Path) -> list[Line]:
    """Paragraphs and table rows in document order, with heading styles, bold and lists."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, LxmlError) as exc:
        # what went wrong in the user's words, never the exception's class name
        what = "it is not a Word package (a text or other file renamed .docx?)" \
            if isinstance(exc, PackageNotFoundError) else "the file is damaged or incomplete"
        raise UserInputError(f"not a readable Word document: {what}",
                             file=str(path), hint="open it in Word/LibreOffice and save it again as .docx, "
                                                  "or " + _EXPORT_HINT) from None
    header, footer = _page_header_footer(document)
    return with_page_header(header, _story_lines(document, opens=True)) + footer


def _story_lines(story, opens: bool = False) -> list[Line]:
    """Paragraphs and tables of a body, page header or footer, in order; `opens` for the body,
    whose first table row, when nothing comes before it, opens the document (`row_lines`)."""
    lines: list[Line] = []
    for block in blocks(story):
        if hasattr(block, "rows"):
            lines += _table_lines(block, opens=opens and not lines, before=lines)
        else:
            lines += _paragraph_lines(block)
    return lines


def _page_header_footer(document) -> tuple[list[Line], list[Line]]:
    """The lines of the first section's page header and footer (the first page's own first, when
    the document sets a different first page), each text once. Many Word users put the contact
    line in the page header, where it prints on every page but is no paragraph of the body; a
    footer is kept only when it holds contact details (a page number or "Confidential" is not
    the resume). A header or footer linked to the previous one has no text of its own."""
    if not document.sections:
        return [], []
    section = document.sections[0]
    found: list[list[Line]] = []
    for kind in ("header", "footer"):
        stories = [getattr(section, f"first_page_{kind}")] if section.different_first_page_header_footer else []
        lines: list[Line] = []
        for story in stories + [getattr(section, kind)]:
            if not story.is_linked_to_previous:
                lines += [line for line in _story_lines(story) if line.text not in {seen.text for seen in lines}]
        found.append(lines)
    header, footer = found
    return header, contact_footer(footer)


def _table_lines(table, opens: bool = False, before: list[Line] | None = None) -> list[Line]:
    """A row whose cells hold one line each is one line ("Title | Dates"); otherwise the row is
    a layout (a two-column resume: "SKILLS ..." beside "EXPERIENCE ...") and each cell is read
    on its own, left to right, each paragraph and line break its own line, so the headings in
    the cells open their sections. Nested tables are read the same way, in place. A first row
    that only names the columns is dropped and says how to read the rows (`table_head.py`)."""
    lines: list[Line] = []
    roles = None
    for i, row in enumerate(table.rows):
        cells = [_story_lines(cell) for cell in dict.fromkeys(row.cells)]  # merged cells repeat
        if i == 0 and len(table.rows) > 1 and (roles := header_roles(cells)) is not None:
            lines += school_heading(roles, before or [])
            continue  # the row naming the columns is no entry (`table_head.py`)
        cells, after = ordered_cells(cells, roles) if roles else (cells, [])
        lines += row_lines(cells, opens=opens and not lines) + after
    return lines


def _style_bold(style) -> bool:
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return False


def _style_numbered(style) -> bool:
    """The paragraph style (or a style it is based on) numbers its paragraphs: Word's own "List
    Bullet" and a template's "Resume Bullet" carry the list in the style, not in each paragraph,
    and print a marker before every paragraph set in it (a numbering id of 0 switches it off)."""
    while style is not None:
        ppr = style.element.pPr
        if ppr is not None and ppr.numPr is not None:
            num_id = ppr.numPr.numId
            return num_id is None or num_id.val != 0
        style = style.base_style
    return False


def _paragraph_lines(paragraph) -> list[Line]:
    """One Line per paragraph (a manual line break inside a paragraph starts a new line)."""
    style = paragraph.style
    name = (style.name if style is not None else "") or ""
    default_bold = _style_bold(style)
    runs: list[tuple[str, bool]] = []
    for run in shown_runs(paragraph):
        bold = run.bold if run.bold is not None else default_bold
        runs.append((run.text, bool(bold)))
    level = int(m[1]) if (m := re.match(r"Heading (\d)", name)) else (1 if name == "Title" else 0)
    is_list = "List" in name or paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None \
        or _style_numbered(style)
    # Word knows each hyperlink's text: "Email | LinkedIn | GitHub", each word a link, reads as addresses
    linked = hyperlinks(paragraph)
    return [relink_words(line, linked) for line in runs_lines(runs, level, is_list)]


# --------------------------------------------------------------------------- text and Markdown

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_RULE = re.compile(r"^\s*([-*_=])(\s*\1){2,}\s*$")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")
_MD_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_MD_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_MD_MARKER = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)")
# *emphasis*, _emphasis_, ~~strike~~, `code`: the delimiters must hug the text, and `_` must
# not touch a word character, so "snake_case", "5 * 3" and "*nix" are left alone.
_MD_INLINE = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)([^_]+?)(?<=\S)_(?!\w)"
                        r"|~~(?=\S)(.+?)(?<=\S)~~|`([^`]+)`")
# Link texts that only name the link ("[GitHub](https://github.com/x)"): the address is the value.
_LINK_WORDS = {"github", "linkedin", "website", "web", "site", "portfolio", "homepage", "home", "blog",
               "twitter", "gitlab", "email", "e-mail", "mail", "link", "here", "profile", "resume", "cv"}


def read_text_lines(path: Path, *, markdown: bool) -> list[Line]:
    """Lines of a .txt/.md file; indentation becomes x, blank lines become `gap_before`.

    Markdown markup is read, not kept: `#` gives heading level, `**bold**` gives bold, a link
    keeps its address, `> ` quotes, `*emphasis*`, `~~strike~~` and `code` marks are dropped.
    Horizontal rules carry no content and are skipped; a rule of `-`/`=` right under a line
    (also in a plain text file) underlines it as a heading.
    """
    text = decode_text(path.read_bytes())  # UTF-8, UTF-16/32 with a BOM, else Windows-1252
    if text is None:
        raise UserInputError("this does not look like a text file (it holds binary data)", file=str(path),
                             hint=_EXPORT_HINT)
    lines: list[Line] = []
    gap = False
    for row in text.splitlines():
        if not row.strip():
            gap = True
            continue
        if _MD_RULE.match(row):  # an underline makes the line above a heading, in text files too
            if lines and row.strip()[0] in "=-" and not gap and not lines[-1].is_bullet:
                lines[-1] = Line(lines[-1].text, heading=True, level=1 if "=" in row else 2, bold=True)
            gap = True
            continue
        line = _markdown_line(row, gap) if markdown else strip_bullet(Line(
            clean(row, columns=True), x=len(row) - len(row.lstrip()), gap_before=gap))
        line = _continue_bullet(lines, line)
        if line.text:
            lines.append(line)
        gap = False
    return lines


def _markdown_line(row: str, gap: bool) -> Line:
    indent = len(row) - len(row.lstrip())
    row = _MD_QUOTE.sub("", row)
    level = 0
    if match := _MD_HEADING.match(row.strip()):
        level, row = len(match[1]), match[2]
    row = _MD_LINK.sub(_link, row)
    row = _MD_INLINE.sub(lambda m: next(g for g in m.groups() if g is not None), row)
    bold_match = re.match(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?(\*\*|__)(.+?)\1", row)
    prefix = clean(bold_match[2]) if bold_match else ""
    text = clean(_MD_STRONG.sub(r"\2", row), columns=True)
    line = strip_bullet(Line(text, x=indent, heading=level > 0, level=level, gap_before=gap))
    if numbered := re.match(r"^\d+[.)]\s+", text):
        line = replace(line, text=text[numbered.end():], list_item=True)
    bold = level > 0 or prefix == line.text
    return replace(line, bold=bold, bold_prefix="" if bold else prefix,
                   bold_runs=() if bold else _strong_runs(row))


def _strong_runs(row: str) -> tuple[str, ...]:
    """Every `**bold**` (`__bold__`) run of a Markdown line, as a PDF's fonts give them
    (`lines.bold_runs`): "Sommelier at **Le Bernardin** New York, NY" ends its employer where
    the bold ends. The list marker before the text is no part of the line's words."""
    row = _MD_MARKER.sub("", row, count=1)
    chars: list[tuple[str, bool]] = []
    at = 0
    for match in _MD_STRONG.finditer(row):
        chars += [(row[at:match.start()], False), (match[2], True)]
        at = match.end()
    return bold_runs([*chars, (row[at:], False)])


def _link(match: re.Match) -> str:
    """[text](url) -> "text (url)"; just the url when the text is the url or only names it."""
    text, url = match[1].strip(), match[2]
    if not text or text in url or text.casefold().strip(" :") in _LINK_WORDS:
        return url
    return f"{text} ({url})"


def _continue_bullet(lines: list[Line], line: Line) -> Line:
    """A hard-wrapped bullet's next line (indented, or starting lower-case) joins the bullet."""
    if not lines or line.is_bullet or line.heading or line.gap_before:
        return line
    previous = lines[-1]
    if previous.is_bullet and (line.x > previous.x or line.text[:1].islower()):
        lines[-1] = replace(previous, text=join_wrapped(previous.text, line.text))
        return Line("")
    return line
