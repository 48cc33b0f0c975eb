"""PDF -> `Line`s with pdfminer.six layout analysis: positions, sizes, bold runs, wraps undone.

pdfminer's own reading order is not trusted: a template with headings in a left column may
come out with a heading after its content. Lines are put back in order by their y coordinate
(lines on one row, left to right; a page with a label gutter block by block, `columns.py`),
and a line that was wrapped by the layout engine is joined with its continuation when the wrap
is certain (`wraps.py`: the next line's first word would not have fit in the space left at the
end of the line, or the line stopped mid-phrase). Letter-spaced text ("B E S T  P A P E R")
is read as the words it spells (`spacing.py`). A table under a header row of column labels is
read row by row (`table_rows.py`), and label cells beside their values ("Zeitraum" beside
"03/2019 - heute") label them (`label_rows.py`), as in a word processor's table.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tailor.errors import UserInputError
from tailor.importer import (
    float_stack,
    glued_dates,
    item_labels,
    late_wraps,
    lists_beside,
    overprint,
    stacked_cells,
    stacked_name,
    stray_heading,
    title_wrap,
    url_wraps,
)
from tailor.importer.chips import Box, drawn_box, in_two_boxes, tags_joined
from tailor.importer.drawn_markers import Shape, mark_drawn_bullets, small_shape
from tailor.importer.floated_labels import floated_labels, heads, rows_with_heads, with_labels
from tailor.importer.header_block import header_columns
from tailor.importer.label_rows import label_cells_joined, labelled_entries
from tailor.importer.lines import Line, bold_runs, clean, join_wrapped, text_tail, words_of
from tailor.importer.links import link_targets, relink
from tailor.importer.lone_markers import attach_markers
from tailor.importer.narrow_wraps import at_column_edge
from tailor.importer.page_breaks import gaps_over_pages, over_page_number, page_numbers
from tailor.importer.page_measures import block_edges, float_edges, short_pages
from tailor.importer.page_measures import leading as _leading
from tailor.importer.sidebar import column_edges, split_sidebar
from tailor.importer.spacing import box_edge, justified_gap, letter_spacing, tracking, writes_spaces
from tailor.importer.table_rows import table_lines, table_rows
from tailor.importer.twin_columns import twin_order
from tailor.importer.typeset_glyphs import read_glyphs
from tailor.importer.wraps import cell_wrap, float_gutter, rows_under_titles, wraps

_BOLD_WORDS = ("bold", "black", "heavy", "semibold", "demibold", "extrabold", "cmbx", "cmssbx")  # TeX: "bx"
_SCANNED_HINT = ("run OCR on it first (e.g. `ocrmypdf in.pdf out.pdf`) or export the resume "
                 "from its source as a text PDF, DOCX or TXT")
_MIN_TEXT_CHARS_PER_PAGE = 40  # fewer letters than this on image pages: a scan, not a resume
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_COLUMN_GAP = 0.8  # a horizontal gap wider than this many ems splits a line in two
_BOX_GAP = 1.0  # ... and so does this much room between two glyphs with ink, a space glyph and all


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
    alone: bool = False  # the only piece of its row
    narrow: bool = False  # in one of two narrow columns set side by side (`twin_columns.py`)
    sidebar: bool = False  # in a page's sidebar (`sidebar.py`)
    edge: float = 0.0  # where dates floated beside the line stop it (0: the page's right edge)
    tags: bool = False  # a row of chips read as one list (`chips.tags_joined`); its next row goes on it
    item_gap: float = 0.0  # in a sidebar whose items stand apart: the widest gap inside one item
    marked: bool = False  # a list marker is drawn at its left (`drawn_markers.py`): it opens an item
    in_cell: bool = False  # in a cell of a page's grid of cards (`lists_beside.py`): wraps at its `edge`

    @property
    def text(self) -> str:
        return clean("".join(c for c, _ in self.chars))


def read_pdf_lines(path: Path) -> list[Line]:
    physical, images, pages, glyphs = _layout(path)
    letters = sum(ch.isalnum() for p in physical for ch in p.text)
    if letters < _MIN_TEXT_CHARS_PER_PAGE * max(pages, 1) and images:
        raise UserInputError("this PDF has no text layer (scanned image?): there is no text to import",
                             file=str(path), hint=_SCANNED_HINT)
    if not letters:
        raise UserInputError("this PDF contains no text", file=str(path), hint=_SCANNED_HINT)
    lines = late_wraps.joined(relink(_logical_lines(_reading_order(physical)), link_targets(path, glyphs)))
    return table_lines(labelled_entries(title_wrap.title_wrapped(stray_heading.heading_put_back(lines))))


def _layout(path: Path) -> tuple[list[_Phys], int, int, dict[int, list[tuple[float, float, str]]]]:
    """The physical lines, the number of images and of pages, and page -> each glyph's middle
    (x, y from the top) and character, which tell what text a link annotation covers."""
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    from tailor.importer.embedded_cmap import layout_pages

    try:  # parse everything first, so only pdfminer's failures are blamed on the file
        layouts = list(layout_pages(path, LAParams(all_texts=True)))  # embedded CMaps read
    except PDFPasswordIncorrect:
        raise UserInputError("this PDF is encrypted with a password", file=str(path),
                             hint="save an unprotected copy (print to PDF) and import that") from None
    except (PDFSyntaxError, Exception) as exc:  # noqa: BLE001 - a damaged file fails in many ways
        raise UserInputError(f"cannot read this PDF ({exc.__class__.__name__}: {exc})", file=str(path),
                             hint="it may be damaged or encrypted: re-export it, or import a DOCX/TXT "
                                  "version") from None
    found: list[tuple] = []  # (page, its height, a pdfminer text line)
    shapes: list[Shape] = []  # small painted shapes: list markers drawn, not written (`drawn_markers.py`)
    boxes: dict[int, list[Box]] = {}  # filled backgrounds: chips, code spans (`chips.py`)
    images = sum(_collect(page, number, page.height, found, shapes, boxes) for number, page in enumerate(layouts))
    found = [(number, height, text) for number, height, line in found for text in overprint.texts(line)]
    spaces = writes_spaces([list(line) for _, _, line in found])
    lines = mark_drawn_bullets([phys for number, height, line in found for phys in _phys_lines(
        line, number, height, spaces, boxes.get(number, [])) if phys.text], shapes)
    # what rows would part: labels beside values, a wrapped cell, address or name, dates under a place
    lines = stacked_name.name_joined(float_stack.floats_lifted(url_wraps.addresses_joined(
        stacked_cells.cells_joined(item_labels.labels_joined(label_cells_joined(lines))))))
    glyphs: dict[int, list[tuple[float, float, str]]] = {}
    for number, height, line in found:
        glyphs.setdefault(number, []).extend(((c.x0 + c.x1) / 2, height - (c.y0 + c.y1) / 2, c.get_text())
                                             for c in line if hasattr(c, "fontname"))  # LTChar, not LTAnno
    return lines, images, len(layouts), glyphs


def _collect(container, page: int, height: float, out: list, shapes: list[Shape], boxes: dict) -> int:
    """Add the text lines under `container` to `out`, its marker-sized shapes to `shapes` and
    its filled backgrounds to `boxes[page]`; return how many images it holds."""
    from pdfminer.layout import LTCurve, LTFigure, LTImage, LTTextContainer, LTTextLine

    images = 0
    for item in container:
        if isinstance(item, LTTextLine):
            out.append((page, height, item))
        elif isinstance(item, LTImage):
            images += 1
        elif isinstance(item, LTCurve):
            if shape := small_shape(item, page, height):
                shapes.append(shape)
            if box := drawn_box(item, page):
                boxes.setdefault(page, []).append(box)
        elif isinstance(item, (LTTextContainer, LTFigure)):
            images += _collect(item, page, height, out, shapes, boxes)
    return images


def _private_use(text: str) -> bool:
    return len(text) == 1 and 0xE000 <= ord(text) <= 0xF8FF


def _is_bold(fontname: str) -> bool:
    name = fontname.lower().split("+")[-1]
    return any(word in name for word in _BOLD_WORDS)


def _phys_lines(line, page: int, height: float, spaces: bool = False, boxes: list[Box] | None = None) -> list[_Phys]:
    """The pieces of a pdfminer text line, split where a gap is far wider than a space: a
    sidebar heading and the content beside it may share one pdfminer line, and so may tags set
    as chips ("Hiring" and "Coaching" in boxes of their own, a space glyph between the boxes
    with padding on both sides of it, or in a document that writes its spaces (`spaces`), no
    space glyph: `spacing.box_edge`), and so may names each on a drawn background of its own
    (`boxes`, `chips.in_two_boxes`), however close."""
    from pdfminer.layout import LTChar

    objects = list(line)
    spaced = any(isinstance(obj, LTChar) and obj.get_text() == " " for obj in objects)
    tracked, stretched = tracking(objects), justified_gap(objects)  # letters spaced out; words justified
    boxes = [box for box in boxes or [] if box.y0 <= line.y1 and line.y0 <= box.y1]  # on the line's row
    segments: list[list] = [[]]
    last = seen = None  # the last glyph, and the last one with ink
    for index, obj in enumerate(objects):
        if isinstance(obj, LTChar):
            gap = max(_BOX_GAP * max(obj.size, 1.0), stretched)
            if last is not None and obj.x0 - last.x1 > max(_COLUMN_GAP * max(obj.size, 1.0), stretched) \
                    or obj.get_text().strip() and seen is not None and obj.x0 - seen.x1 > gap \
                    or box_edge(last, objects, index, spaces, stretched) \
                    or obj.get_text().strip() and in_two_boxes(seen, obj, boxes):
                segments.append([])  # a wide gap, a space glyph padded on both sides, two boxes (chips)
            last = obj
            seen = obj if obj.get_text().strip() else seen
        elif last is not None and letter_spacing(last, objects[index + 1:], spaced, tracked):
            continue
        segments[-1].append(obj)
    return [_phys(read_glyphs(seg), page, height - line.y1, height - line.y0) for seg in segments]


def _phys(objects: list, page: int, top: float, bottom: float) -> _Phys:
    from pdfminer.layout import LTChar

    chars: list[tuple[str, bool]] = []
    sizes: Counter = Counter()
    bold = False
    glyphs = [obj for obj in objects if isinstance(obj, LTChar)]
    glued = glyphs[at] if (at := glued_dates.glued_date_at(glyphs)) is not None else None  # "Acme2019 - 2021"
    for obj in objects:
        if isinstance(obj, LTChar):
            bold = _is_bold(obj.fontname)
            sizes[round(obj.size, 1)] += 1
        text = " " * (obj is glued) + obj.get_text()  # dates in a size of their own, glued on: a space
        chars.append(("•" if _UNMAPPED.fullmatch(text) or _private_use(text) else text, bold))  # icon, Wingdings
    visible = [g for g in glyphs if g.get_text().strip()]
    size = sizes.most_common(1)[0][0] if sizes else 0.0
    x0 = visible[0].x0 if visible else 0.0
    x1 = visible[-1].x1 if visible else 0.0
    return _Phys(page, top, bottom, x0, x1, size, chars, first_word_width(glyphs))


_WORD_GAP = 0.2  # ems between two glyphs that a PDF with no space glyphs leaves for a space


def first_word_width(glyphs: list) -> float:
    """How much room the line's first word needed on the line before: up to the first space, or
    up to and with a hyphen inside it ("Action-research" may break as "Action-" / "research",
    so it is "Action-" that did not fit). A space is a space glyph or, where the PDF writes none
    (TeX leaves only room between words), a gap of a fifth of an em between two glyphs; without
    that the whole line would count as its first word, and every line under a short one would
    seem too long to have fit after it."""
    visible = [g for g in glyphs if g.get_text().strip()]
    first_word: list = []
    for glyph in glyphs[glyphs.index(visible[0]):] if visible else []:
        if not glyph.get_text().strip() or first_word and glyph.x0 - first_word[-1].x1 > _WORD_GAP * glyph.size:
            break
        first_word.append(glyph)
        if glyph.get_text() in "-\u2010" and len(first_word) > 1:
            break
    return first_word[-1].x1 - first_word[0].x0 if first_word else 0.0


def _reading_order(lines: list[_Phys], headed: dict | None = None) -> list[_Phys]:
    """Page by page; a section in flowing columns column by column (`flowed_columns.py`), a page
    with a label gutter in the order `gutter_order` gives, each chunk (or the whole page) in rows;
    section labels floated past the text's right edge where the label column meant them
    (`floated_labels.py`)."""
    floated, lines = floated_labels(lines)
    if floated:
        return with_labels(_reading_order(lines, heads(floated, lines)), floated)
    side, rest, side_first = lists_beside.cards_kept(split_sidebar(lines), lines)
    if side:
        column_edges(side, rest)
        side = [p for page in sorted({p.page for p in side})
                for p in _rows_in_order([p for p in side if p.page == page])]
    ordered: list[_Phys] = []
    pages = sorted({p.page for p in rest})
    rows = {page: _rows([p for p in rest if p.page == page]) for page in pages}
    for at, page in enumerate(pages):
        on_page = [p for p in rest if p.page == page]
        if page == min(p.page for p in lines) and not side_first:
            header, on_page = header_columns(on_page)
            ordered += header
        chunks, closing = lists_beside.card_chunks(rest, on_page)  # each `flowed_order`, `gutter_order`
        for index, chunk in enumerate(chunks):  # rows across the page break, for `twin_order`
            before = rows[pages[at - 1]][-1] if at and index == 0 else None
            after = rows[pages[at + 1]][0] if at + 1 < len(pages) and index == len(chunks) - 1 else closing[index]
            ordered += _rows_in_order(chunk, before, after, headed)
    return side + ordered if side_first else ordered + side


def _rows_in_order(lines: list[_Phys], before: list | None = None, after: list | None = None,
                   headed: dict | None = None) -> list[_Phys]:
    """Sort by page, then rows (lines whose vertical middles are close), then x; `headed`: see
    `floated_labels.rows_with_heads`."""
    ordered: list[_Phys] = []
    rows, marks = rows_with_heads(table_rows(_rows(lines)), headed or {})
    for row in (row for row in twin_order(rows, before, after) if not any(row is mark for mark in marks)):
        pieces = tags_joined(row)
        for piece in pieces[1:]:
            piece.beside = True
        pieces[0].alone = len(pieces) == 1
        ordered += pieces
    return ordered


def _rows(lines: list[_Phys]) -> list[list[_Phys]]:
    """Rows of lines whose vertical middles are close, each left to right."""
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
    return overprint.grid_rows([sorted(row, key=lambda p: p.x0) for row in rows])


def _body_size(lines: list[_Phys]) -> float:
    sizes: Counter = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _logical_lines(physical: list[_Phys]) -> list[Line]:
    """Join wrapped lines and turn each result into a `Line` with style attributes."""
    if not physical:
        return []
    right_edge: dict[int, float] = {}
    for line in physical:
        right_edge[line.page] = max(right_edge.get(line.page, 0.0), line.x1)
    short_pages(right_edge, physical)
    physical = attach_markers(physical)
    float_edges(physical)
    float_gutter(physical)
    block_edges(physical, right_edge)
    vocabulary = words_of([p.text for p in physical])
    leading = _leading([p for p in physical if not p.sidebar] or physical)  # a sidebar's items stand apart
    groups: list[list[_Phys]] = []
    taken: set[int] = set()
    numbers, apart = page_numbers(physical), rows_under_titles(physical, leading)
    for index, line in enumerate(physical):
        if index in taken:
            continue
        if (before := over_page_number(groups, line, numbers)) and wraps(before[-1], line, right_edge, leading):
            before.append(line)               # a wrap, even past a page's number read between its halves
        elif len(groups) > 1 and cell_wrap(groups[-2][-1], groups[-1][-1], line, leading, apart):
            groups[-2].append(line)          # the title's cell wrapped; its dates cell sits between
        else:
            groups.append([line])
        group = next(g for g in reversed(groups) if g[-1] is line)
        at = index
        while not line.alone and (under := _under(physical, at, taken)) is not None \
                and wraps(physical[at], physical[under], right_edge, leading):
            group.append(physical[under])    # a narrow column beside others wraps onto its next row
            taken.add(under)
            at = under
    body = _body_size(physical)
    largest = max(p.size for p in physical if p.page == 0) if any(p.page == 0 for p in physical) else 0
    out: list[Line] = []
    previous: _Phys | None = None
    for at, group in enumerate(groups):
        out.append(_to_line(group, body, largest, previous, vocabulary, leading))
        if id(group[0]) not in numbers:  # a gap is measured from the text before a page's number
            previous = _lowest_above(group[-1], groups[at - 1][-1] if at else None)
    return gaps_over_pages(out)


def _lowest_above(last: _Phys, before: _Phys | None) -> _Phys:
    """The line a gap above the next line is measured from: the last one read, but for a piece
    set beside another (dates floated right of a title) the lower of the two, since the title
    beside it may have wrapped onto a second line the dates do not reach: the employer under a
    wrapped title follows the title closely, not the dates a line higher."""
    if last.beside and before is not None and before.page == last.page and before.bottom > last.bottom:
        return before
    return last


def _under(lines: list[_Phys], at: int, taken: set[int]) -> int | None:
    """The line right under `lines[at]` in its own column (same left edge, next row), when rows
    of side-by-side columns put other lines between the two in reading order."""
    line = lines[at]
    for index in range(at + 1, min(at + 8, len(lines))):
        other = lines[index]
        if index not in taken and other.page == line.page and abs(other.x0 - line.x0) < 1.5 \
                and 0 <= other.top - line.bottom <= line.size:
            return index
    return None


def _to_line(group: list[_Phys], body: float, largest: float, previous: _Phys | None,
             vocabulary: set[str], leading: float = 0.0) -> Line:
    head = group[0]
    text = head.text
    for before, more in zip(group, group[1:]):  # chips wrapped onto another row: more items of the list
        text = f"{text}, {more.text}" if before.tags and more.tags \
            else join_wrapped(text, more.text, vocabulary, at_column_edge(before))
    chars = [c for p in group for c in p.chars]
    prefix = clean("".join(_leading_bold(chars)))
    bold = all(b for c, b in chars if c.strip())
    big = body and head.size >= body * 1.1
    level = 1 if head.page == 0 and largest > body * 1.3 and head.size == largest else (2 if big else 0)
    gap = previous is not None and (head.page != previous.page
                                    or head.top - previous.bottom > max(0.6, leading + 0.3) * head.size)
    trailing = clean("".join(_leading_bold(chars[::-1])[::-1]))  # its glyphs as `text` writes them (NFC)
    tail = "" if bold or prefix else text_tail(text, len(trailing.replace(" ", "")))
    return Line(text, page=head.page, x=head.x0, y=head.top, size=head.size, bold=bold,
                bold_prefix="" if bold else prefix, heading=bool(big), level=level, gap_before=gap, bold_tail=tail,
                bold_runs=bold_runs(chars), right=max(p.x1 for p in group),
                bottom=max(p.bottom for p in group if p.page == head.page))


def _leading_bold(chars: list[tuple[str, bool]]) -> list[str]:
    out = []
    for text, bold in chars:
        if text.strip() and not bold:
            break
        out.append(text)
    return out
