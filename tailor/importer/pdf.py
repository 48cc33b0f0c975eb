"""PDF -> `Line`s with pdfminer.six layout analysis: positions, sizes, bold runs, wraps undone.

pdfminer's own reading order is not trusted: a template with headings in a left column may
come out with a heading after its content. Lines are put back in order by their y coordinate
(lines on one row, left to right), and a line that was wrapped by the layout engine is joined
with its continuation when the wrap is certain: the next line's first word would not have fit
in the space left at the end of the line.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tailor.errors import UserInputError
from tailor.importer.dates import parse_dates
from tailor.importer.fields import is_url, split_parts
from tailor.importer.lines import MARKER_GLYPHS, Line, clean, join_wrapped, strip_bullet, words_of
from tailor.text.posting_vocabulary import FUNCTION_WORDS

_BOLD_WORDS = ("bold", "black", "heavy", "semibold", "demibold", "extrabold")
_SCANNED_HINT = ("run OCR on it first (e.g. `ocrmypdf in.pdf out.pdf`) or export the resume "
                 "from its source as a text PDF, DOCX or TXT")
_MARKERS = set(MARKER_GLYPHS + "-–*")
_MIN_TEXT_CHARS_PER_PAGE = 40  # fewer letters than this on image pages: a scan, not a resume
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_COLUMN_GAP = 0.8  # a horizontal gap wider than this many ems splits a line in two


@dataclass
class _Phys:
    """A physical line as laid out on the page."""
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    chars: list[tuple[str, bool]] = field(default_factory=list)  # (text, bold) per glyph
    first_word: float = 0.0  # width of the first word: decides whether a wrap happened
    beside: bool = False  # not the leftmost piece of its row (a table's date cell, a column)

    @property
    def text(self) -> str:
        return clean("".join(c for c, _ in self.chars))


def read_pdf_lines(path: Path) -> list[Line]:
    physical, images, pages = _layout(path)
    letters = sum(ch.isalnum() for p in physical for ch in p.text)
    if letters < _MIN_TEXT_CHARS_PER_PAGE * max(pages, 1) and images:
        raise UserInputError("this PDF has no text layer (scanned image?): there is no text to import",
                             file=str(path), hint=_SCANNED_HINT)
    if not letters:
        raise UserInputError("this PDF contains no text", file=str(path), hint=_SCANNED_HINT)
    return _logical_lines(_reading_order(physical))


def _layout(path: Path) -> tuple[list[_Phys], int, int]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:  # parse everything first, so only pdfminer's failures are blamed on the file
        layouts = list(extract_pages(str(path), laparams=LAParams(all_texts=True)))
    except PDFPasswordIncorrect:
        raise UserInputError("this PDF is encrypted with a password", file=str(path),
                             hint="save an unprotected copy (print to PDF) and import that") from None
    except (PDFSyntaxError, Exception) as exc:  # noqa: BLE001 - a damaged file fails in many ways
        raise UserInputError(f"cannot read this PDF ({exc.__class__.__name__}: {exc})", file=str(path),
                             hint="it may be damaged or encrypted: re-export it, or import a DOCX/TXT "
                                  "version") from None
    lines: list[_Phys] = []
    images = 0
    for number, page in enumerate(layouts):
        images += _collect(page, number, page.height, lines)
    pages = len(layouts)
    return lines, images, pages


def _collect(container, page: int, height: float, out: list[_Phys]) -> int:
    """Add the text lines under `container` to `out`; return how many images it holds."""
    from pdfminer.layout import LTFigure, LTImage, LTTextContainer, LTTextLine

    images = 0
    for item in container:
        if isinstance(item, LTTextLine):
            out += [phys for phys in _phys_lines(item, page, height) if phys.text]
        elif isinstance(item, LTImage):
            images += 1
        elif isinstance(item, (LTTextContainer, LTFigure)):
            images += _collect(item, page, height, out)
    return images


def _private_use(text: str) -> bool:
    return len(text) == 1 and 0xE000 <= ord(text) <= 0xF8FF


def _is_bold(fontname: str) -> bool:
    name = fontname.lower().split("+")[-1]
    return any(word in name for word in _BOLD_WORDS)


def _phys_lines(line, page: int, height: float) -> list[_Phys]:
    """The pieces of a pdfminer text line, split where a gap is far wider than a space: a
    sidebar heading and the content beside it may share one pdfminer line."""
    from pdfminer.layout import LTChar

    segments: list[list] = [[]]
    last = None
    for obj in line:
        if isinstance(obj, LTChar):
            if last is not None and obj.x0 - last.x1 > _COLUMN_GAP * max(obj.size, 1.0):
                segments.append([])
            last = obj
        segments[-1].append(obj)
    return [_phys(seg, page, height - line.y1, height - line.y0) for seg in segments]


def _phys(objects: list, page: int, top: float, bottom: float) -> _Phys:
    from pdfminer.layout import LTChar

    chars: list[tuple[str, bool]] = []
    sizes: Counter = Counter()
    bold = False
    glyphs = [obj for obj in objects if isinstance(obj, LTChar)]
    for obj in objects:
        if isinstance(obj, LTChar):
            bold = _is_bold(obj.fontname)
            sizes[round(obj.size, 1)] += 1
        text = obj.get_text()
        # a glyph with no Unicode mapping: an icon font's list marker or contact icon
        # and a Symbol/Wingdings bullet (Word's, LibreOffice's) in the private-use area
        chars.append(("•" if _UNMAPPED.fullmatch(text) or _private_use(text) else text, bold))
    visible = [g for g in glyphs if g.get_text().strip()]
    first_word: list = []
    for glyph in glyphs[glyphs.index(visible[0]):] if visible else []:
        if not glyph.get_text().strip():
            break
        first_word.append(glyph)
    width = first_word[-1].x1 - first_word[0].x0 if first_word else 0.0
    size = sizes.most_common(1)[0][0] if sizes else 0.0
    x0 = visible[0].x0 if visible else 0.0
    x1 = visible[-1].x1 if visible else 0.0
    return _Phys(page, top, bottom, x0, x1, size, chars, width)


def _reading_order(lines: list[_Phys]) -> list[_Phys]:
    """Sort by page, then rows (lines whose vertical middles are close), then x."""
    lines = sorted(lines, key=lambda p: (p.page, (p.top + p.bottom) / 2))
    rows: list[list[_Phys]] = []
    for line in lines:
        middle = (line.top + line.bottom) / 2
        if rows and rows[-1][0].page == line.page:
            anchor = rows[-1][0]
            tolerance = 0.4 * min(anchor.bottom - anchor.top, line.bottom - line.top)
            if abs((anchor.top + anchor.bottom) / 2 - middle) <= tolerance:
                rows[-1].append(line)
                continue
        rows.append([line])
    ordered: list[_Phys] = []
    for row in rows:
        pieces = _tags_joined(sorted(row, key=lambda p: p.x0))
        for piece in pieces[1:]:
            piece.beside = True
        ordered += pieces
    return ordered


def _tags_joined(row: list[_Phys]) -> list[_Phys]:
    """A row of three or more short pieces set apart by gaps is a tag cloud ("Next.js   Prisma
    Vercel" as chips): one line, "Next.js, Prisma, Vercel", so it reads as a list, not as lines."""
    texts = [p.text.strip() for p in row]
    if len(row) < 3 or any(not t or len(t.split()) > 3 or parse_dates(t) or "@" in t or is_url(t) for t in texts) \
            or len({round(p.size) for p in row}) > 1:
        return row
    chars: list[tuple[str, bool]] = []
    for piece in row:
        glyphs = list(piece.chars)
        while glyphs and not glyphs[0][0].strip():
            glyphs.pop(0)
        while glyphs and not glyphs[-1][0].strip():
            glyphs.pop()
        chars += ([(",", False), (" ", False)] if chars else []) + glyphs
    first = row[0]
    return [_Phys(first.page, min(p.top for p in row), max(p.bottom for p in row), first.x0, row[-1].x1,
                  first.size, chars, first.first_word)]


def _body_size(lines: list[_Phys]) -> float:
    sizes: Counter = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _wraps(first: _Phys, second: _Phys, right_edge: dict[int, float], leading: float = 0.0) -> bool:
    """True when `second` is the continuation of `first`, wrapped by the layout engine."""
    if second.page not in (first.page, first.page + 1) or abs(first.size - second.size) > 0.6:
        return False
    if second.x0 < first.x0 - 1.5:
        return False
    room = right_edge[first.page] - first.x1
    if strip_bullet(Line(second.text)).is_bullet and not _hyphen_after_full_line(first, second, room):
        return False
    if second.page == first.page and second.top - first.bottom > max(0.8, leading + 0.4) * first.size:
        return False
    if second.chars and first.chars and _starts_bold(second) and not _ends_bold(first):
        return False
    if _starts_with_dates(second.text):
        return False  # "Sep 2012 – May 2014 | ..." opens a meta line; it does not continue one
    if second.x0 > first.x0 + first.size and not strip_bullet(Line(first.text)).is_bullet:
        return False  # a wrap goes back to the line's left edge; an indented line starts a list
    if _opens_point(first.text, second.text):
        return False
    if room < second.first_word + 0.6 * first.size:
        return True
    # a narrow column or table cell wraps long before the page edge: the next line going on in
    # lower case, under the same left edge, after a line that did not end a sentence
    head = second.text.split()[0]
    return abs(second.x0 - first.x0) < 1.5 and head[:1].islower() and not _starts_with_dates(first.text) \
        and sum(w.isalpha() for w in first.text.split()) >= 4 \
        and not first.text.rstrip().endswith((".", "!", "?", ":", ";")) and "@" not in head and not is_url(head)


_PAST_IRREGULAR = frozenset("wrote built cut led ran won taught grew made drove set sold kept held brought began "
                            "took gave spoke oversaw undertook met sped rebuilt rewrote shipped".split())


def _opens_point(first: str, second: str) -> bool:
    """"...across vendors" then "Automated weekly reporting": a list point whose marker the PDF
    lost starts with a capitalised action verb after a line that did not stop mid-phrase; a
    wrapped line goes on mid-phrase ("...in Python and" / "SQL") or in lower case."""
    words, last = second.split(), first.split()
    if not words or not last or last[-1].lower().strip(",;:") in FUNCTION_WORDS or last[-1].endswith((",", "-")):
        return False
    head = words[0]
    return head[:1].isupper() and head[1:].islower() and (
        head.lower() in _PAST_IRREGULAR or head.endswith("ed") and len(head) > 4)


def _cell_wrap(cell: _Phys, beside: _Phys, line: _Phys, leading: float) -> bool:
    """A bold title in a table cell that wrapped ("Senior Manufacturing Engineer, Grain
    Processing" / "Equipment") while the dates cell beside it held one line: in reading order the
    dates come between the title and the rest of it."""
    return (beside.beside and not cell.beside and not line.beside and cell.page == line.page
            and abs(line.x0 - cell.x0) < 1.5 and abs(line.size - cell.size) < 0.6
            and _ends_bold(cell) and _starts_bold(line) and not _starts_with_dates(line.text)
            and 0 <= line.top - cell.bottom <= max(0.8, leading + 0.4) * cell.size
            and not cell.text.rstrip().endswith((".", ":", ";")))


def _hyphen_after_full_line(first: _Phys, second: _Phys, room: float) -> bool:
    """"CSE 444 - Database Systems" wrapped before its dash reads like a "- " bullet. A dash
    line that starts at the same x as a full-width, non-bullet line is taken as its continuation;
    a real dash list starts under a shorter line (a title, a heading) or is itself indented."""
    return (second.text.lstrip().startswith("- ") and abs(second.x0 - first.x0) < 1.5
            and not strip_bullet(Line(first.text)).is_bullet and room < 3 * first.size)


def _starts_with_dates(text: str) -> bool:
    parts = split_parts(text)
    return bool(parts) and parse_dates(parts[0]) is not None and (len(parts) > 1 or len(text) < 40)


def _attach_markers(lines: list[_Phys]) -> list[_Phys]:
    """A list marker laid out apart from its text ("•" alone, then the words on the same row)
    is put back in front of the text, so the line reads as a bullet."""
    out: list[_Phys] = []
    for line in lines:
        marker = out[-1] if out else None
        if marker and marker.text in _MARKERS and marker.page == line.page and line.x0 > marker.x0 \
                and abs(marker.top - line.top) < 0.5 * max(line.size, 1.0):
            out[-1] = _Phys(line.page, min(marker.top, line.top), max(marker.bottom, line.bottom), marker.x0,
                            line.x1, line.size, [(marker.text, False), (" ", False)] + line.chars, line.first_word)
        else:
            out.append(line)
    return out


def _starts_bold(line: _Phys) -> bool:
    return next((b for c, b in line.chars if c.strip()), False)


def _ends_bold(line: _Phys) -> bool:
    return next((b for c, b in reversed(line.chars) if c.strip()), False)


def _logical_lines(physical: list[_Phys]) -> list[Line]:
    """Join wrapped lines and turn each result into a `Line` with style attributes."""
    if not physical:
        return []
    right_edge: dict[int, float] = {}
    for line in physical:
        right_edge[line.page] = max(right_edge.get(line.page, 0.0), line.x1)
    physical = _attach_markers(physical)
    vocabulary = words_of([p.text for p in physical])
    leading = _leading(physical)
    groups: list[list[_Phys]] = []
    for line in physical:
        if groups and _wraps(groups[-1][-1], line, right_edge, leading):
            groups[-1].append(line)
        elif len(groups) > 1 and _cell_wrap(groups[-2][-1], groups[-1][-1], line, leading):
            groups[-2].append(line)          # the title's cell wrapped; its dates cell sits between
        else:
            groups.append([line])
    body = _body_size(physical)
    largest = max(p.size for p in physical if p.page == 0) if any(p.page == 0 for p in physical) else 0
    out: list[Line] = []
    previous: _Phys | None = None
    for group in groups:
        out.append(_to_line(group, body, largest, previous, vocabulary, leading))
        previous = group[-1]
    return out


def _leading(lines: list[_Phys]) -> float:
    """The document's usual space between one line and the next, in ems (median): a layout set
    with generous leading (1.8) has more room between lines than a tight one between paragraphs,
    so wraps and paragraph gaps are judged against it."""
    gaps = sorted((b.top - a.bottom) / a.size for a, b in zip(lines, lines[1:])
                  if a.page == b.page and a.size and abs(a.size - b.size) < 0.6 and 0 <= b.top - a.bottom < 2 * a.size)
    return gaps[len(gaps) // 2] if gaps else 0.0


def _to_line(group: list[_Phys], body: float, largest: float, previous: _Phys | None,
             vocabulary: set[str], leading: float = 0.0) -> Line:
    head = group[0]
    text = head.text
    for more in group[1:]:
        text = join_wrapped(text, more.text, vocabulary)
    chars = [c for p in group for c in p.chars]
    prefix = clean("".join(_leading_bold(chars)))
    bold = all(b for c, b in chars if c.strip())
    big = body and head.size >= body * 1.1
    level = 1 if head.page == 0 and largest > body * 1.3 and head.size == largest else (2 if big else 0)
    gap = previous is not None and (head.page != previous.page
                                    or head.top - previous.bottom > max(0.6, leading + 0.3) * head.size)
    return Line(text, page=head.page, x=head.x0, y=head.top, size=head.size, bold=bold,
                bold_prefix="" if bold else prefix, heading=bool(big), level=level, gap_before=gap)


def _leading_bold(chars: list[tuple[str, bool]]) -> list[str]:
    out = []
    for text, bold in chars:
        if text.strip() and not bold:
            break
        out.append(text)
    return out
