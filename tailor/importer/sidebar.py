"""Reading order of a page with a sidebar: a narrow column of its own (contact details, skills,
languages, education) set beside the main column for the height of the page.

Read row by row, such a page interleaves the two columns: a sidebar's "LANGUAGES" heading lands
between two lines of a job and takes the job's bullets into its section, and the person's name
at the top of a sidebar is cut off from the rest of the header. A sidebar is told from the other
side-by-side shapes the importer knows (see the importer steps in docs/ARCHITECTURE.md) by its
extent and by the clean gap beside it:

* a label gutter (`columns.py`) holds dates and headings set level with the blocks they label,
  and the cards of a grid are set in rows: a sidebar's lines are mostly not level with any line
  of the main column, and are seldom dates;
* two narrow columns inside one section (`twin_columns.py`) run for a few rows only, with the
  section's headings across them; a sidebar runs for most of the page's height;
* dates floated to the right of entries are crossed by the entries' long lines; no line crosses
  the gap beside a sidebar while both columns run.

The sidebar of every page is read as one column and the main column as another, each in rows:
the sidebar first when it opens the document (the name set at its top), otherwise after the
whole main column, so that a page break never puts a sidebar between two halves of a job.

The same happens on a smaller scale in a header set in two columns (name and label on one side,
contact details on the other, above a summary across the page): `header_block.header_columns`
reads it column by column, the name's column first.

Lines are duck-typed (`page`, `top`, `bottom`, `x0`, `x1`, `size`, `text`): `pdf.py`'s physical lines, tests' stand-ins.
"""
from __future__ import annotations

from tailor.importer.columns import has_text, middle
from tailor.importer.dates import parse_dates
from tailor.importer.item_pitch import items_at_pitch
from tailor.importer.overhang import column_right

_MIN_SIDE_LINES = 8     # fewer lines beside the main column are a header's contact block or a note
_MIN_SHORT_LINES = 3    # ... except in the band a sidebar takes on the document's other pages
_IN_BAND = 0.8          # share of such a column's width that must lie in that band
_MIN_MAIN_LINES = 8
_MIN_HEADED_MAIN = 3    # ... or this many when both columns open with a heading on one row, or
                        # in the band a sidebar takes on the document's other pages (a job's end)
_MAX_SIDE_WIDTH = 0.4   # the sidebar spans at most this share of the page's text width
_MIN_SIDE_WIDTH = 0.15  # ... and at least this: a sliver at the edge is text cut off by a box
_MIN_SIDE_HEIGHT = 0.4  # ... and runs for at least this share of the page's text height
_HEADED_HEIGHT = 0.5    # ... or half that when both columns open with a heading on one row
_OPENS_HIGH = 0.2       # share of the sidebar's height from its top within which the main column opens
_LINE_GAP = 0.6         # ems between the lines of one paragraph at most (items of a list set a
                        # line apart show more, and no gap inside an item)
_BOTH_GAPS = 0.5        # ems more between a block's items than between the lines of one item
_ITEM_APART = 0.2       # ... or between the column's usual gap and the lines of one item
_MIN_OVERLAP = 0.6      # share of the sidebar's height that the main column runs beside it (of the
                        # shorter column's when both open level: a last page's main column ends early)
_MAIN_WIDTH = 1.4       # the main column is at least this many times as wide as the sidebar
_MAIN_SHARE = 1.5       # the main column holds at least this many times the sidebar's letters
_MAX_LEVEL = 0.5        # share of sidebar lines level with a main line: more is a grid's rows
_ROWS = 0.8             # share of main lines level with a sidebar line that makes the two a table
_LEVEL_TOLERANCE = 0.15  # ems between the middles of two lines that are level (a row of a grid)
_MAX_DATES = 0.25       # share of sidebar lines that are dates: more is a gutter of entry dates
_MAX_HEADER = 0.35      # a header across both columns ends within this share of the page's text height


def split_sidebar(lines: list) -> tuple[list, list, bool]:
    """(sidebar lines, other lines, sidebar first) of a whole document; ([], lines, False) when
    no page has a sidebar. The sidebar of each page must sit on the same side."""
    side: list = []
    sides: set[str] = set()
    pages = {page: [p for p in lines if p.page == page] for page in sorted({p.page for p in lines})}
    found = {page: page_sidebar(on_page) for page, on_page in pages.items()}
    for page, on_page in pages.items():
        if found[page]:
            where, column = found[page]
            sides.add(where)
            before = [] if found.get(page - 1) else pages.get(page - 1, [])
            side += _without_carried_list(_without_paragraph_tail(column, on_page), on_page, before)
    if not side or len(sides) > 1:
        return [], lines, False
    for page, on_page in pages.items():  # a sidebar that ends high on a page, where the others run
        short = None if found[page] else page_sidebar(on_page, short=True)
        if short and short[0] in sides and _within(short[1], side):
            side += _without_paragraph_tail(short[1], on_page)
        elif not found[page] and _sidebar_only(on_page, side):
            side += on_page
        elif not found[page]:
            side += _overflow(on_page, [p for p in side if p.page == page - 1], pages.get(page - 1, []))
    taken = {id(p) for p in side}
    rest = [p for p in lines if id(p) not in taken]
    return side, rest, _opens_document(side, rest)


def page_sidebar(lines: list, short: bool = False) -> tuple[str, list] | None:
    """("left" or "right", the sidebar's lines) of one page, or None when it has no sidebar;
    `short`: one of any height and a few lines will do (its band is known from other pages)."""
    least = _MIN_SHORT_LINES if short else _MIN_SIDE_LINES
    text = [p for p in lines if has_text(p)]
    if len(text) < least + (_MIN_HEADED_MAIN if short else _MIN_MAIN_LINES):
        return None
    page_left, page_right = min(p.x0 for p in text), max(p.x1 for p in text)
    width = page_right - page_left
    height = max(p.bottom for p in text) - min(p.top for p in text)
    best: tuple[int, str, list] | None = None
    for edge in sorted({round(p.x0, 1) - 0.5 for p in text}):
        body = _below_header(lines, edge, min(p.top for p in text) + _MAX_HEADER * height)
        left = [p for p in body if p.x1 < edge]
        right = [p for p in body if p.x0 >= edge]
        if not left or not right:
            continue
        for where, side, main in (("left", left, right), ("right", right, left)):
            side = _without_paragraph_tail(side, lines)  # measured without a text's tail from above
            if not side or not _column_shaped(side, main, body, width, (0.0 if short else _MIN_SIDE_HEIGHT) * height,
                                              least, short):
                continue
            crossing = len(lines) - len(left) - len(right)
            key = (crossing, -_gap(left, right))
            if best is None or key < best[0]:
                best = (key, where, side)
    return (best[1], best[2]) if best else None


def _gap(left: list, right: list) -> float:
    """Width of the clean gap between the two columns. Among edges no line crosses, the widest gap is
    the column boundary: a chip set on a row of the sidebar's list ("Slotting  5S") lies closer to its own
    column than to the main one, and a cut just before it leaves it in the main column, amid a job's points."""
    return min(p.x0 for p in right) - max(p.x1 for p in left)


def _below_header(lines: list, edge: float, limit: float) -> list:
    """The page's lines below a header set across the gap at `edge` (the name, the contact
    details, a summary running across the page, all above `limit`), which is then neither
    column's: the sidebar starts under it. All the lines when nothing up there crosses."""
    across = [p.bottom for p in lines if not (p.x1 < edge or p.x0 >= edge) and p.top < limit]
    return [p for p in lines if p.top >= max(across)] if across else lines


def _sidebar_only(page: list, sidebar: list) -> bool:
    """A page that holds nothing but the rest of the sidebar's lists (the main column ended on
    the page before): every line in the sidebar's band, from its left edge on. Left to the
    main column, its groups would land in the last job."""
    text = [p for p in page if has_text(p)]
    taken = {id(q) for q in sidebar}
    return bool(text) and not any(id(p) in taken for p in page) and _within(text, sidebar) \
        and min(p.x0 for p in text) >= min(q.x0 for q in sidebar) - 1.5


def _overflow(page: list, before: list, page_before: list) -> list:
    """The last lines of a sidebar that ran to the foot of the page before, set at the top of
    this page in the same band ("Computing Foundation" / "(NOVEMBER 2022)", the end of a
    certificate): a column cut by the page break goes on at the top of the next page, however
    few lines are left. Read in rows, they would land in the main column's first section. Only
    lines stacked from the page's top in the band, beside the main column's first line, on a
    page where no line of the main column crosses into the band."""
    text = [p for p in page if has_text(p)]
    if not before or not text \
            or max(p.bottom for p in before) < max(p.bottom for p in page_before) - 2 * before[0].size:
        return []  # the sidebar ended short of the page before's foot
    left, right = min(p.x0 for p in before), max(p.x1 for p in before)
    band = sorted((p for p in text if p.x0 >= left - 1.5 and p.x1 <= right + p.size), key=lambda p: p.top)
    if not band or band[0].top > min(p.top for p in text) + band[0].size \
            or any(p.x0 < right and p.x1 > left for p in text if p not in band):
        return []  # the main column crosses the band: it has taken the page's width
    stacked = [band[0]]
    for p in band[1:]:
        if p.top - stacked[-1].bottom > 3 * p.size:
            break
        stacked.append(p)
    level = [p for p in text if p not in band and abs(p.top - stacked[0].top) < p.size]
    return stacked if level else []  # the main column runs beside it


def _within(column: list, sidebar: list) -> bool:
    """`column` lies in the band the sidebar takes on the other pages (most of its width does:
    its longest line may end a little further than theirs)."""
    left, right = min(p.x0 for p in column), max(p.x1 for p in column)
    shared = min(right, max(p.x1 for p in sidebar)) - max(left, min(p.x0 for p in sidebar))
    return shared >= _IN_BAND * (right - left)


def _column_shaped(side: list, main: list, lines: list, width: float, min_height: float, least: int,
                   short: bool = False) -> bool:
    """`short`: the band is known from other pages, where the main column carried the bulk; here the
    sidebar may hold more (a quote beside a page's last few points), the main column a few lines (a job's end)."""
    side_text = [p for p in side if has_text(p)]
    main_text = [p for p in main if has_text(p)]
    headed = _headed(side_text, main_text)
    if len(side_text) < least or len(main_text) < (_MIN_HEADED_MAIN if headed or short else _MIN_MAIN_LINES):
        return False
    side_width = max(p.x1 for p in side_text) - min(p.x0 for p in side_text)
    main_width = max(p.x1 for p in main_text) - min(p.x0 for p in main_text)
    if not _MIN_SIDE_WIDTH * width <= side_width <= _MAX_SIDE_WIDTH * width or main_width < _MAIN_WIDTH * side_width:
        return False
    if not headed and not short \
            and sum(len(p.text) for p in main_text) < _MAIN_SHARE * sum(len(p.text) for p in side_text):
        return False  # the main column carries the resume's bulk; two even halves are a grid
    top, bottom = min(p.top for p in side_text), max(p.bottom for p in side_text)
    if bottom - top < (_HEADED_HEIGHT if headed else 1.0) * min_height:
        return False  # both columns opening with a heading on one row show the split themselves
    main_top, main_bottom = min(p.top for p in main_text), max(p.bottom for p in main_text)
    band_top, band_bottom = max(top, main_top), min(bottom, main_bottom)
    # the main column may end early (last page, short resume) when it opens level with the sidebar or in
    # its top band (under a name set at the sidebar's top), beside it all the way
    level_tops = abs(main_top - top) < max(p.bottom - p.top for p in side_text) \
        or top <= main_top < main_bottom < bottom and main_top - top < _OPENS_HIGH * (bottom - top)
    shorter = min(bottom - top, main_bottom - main_top) if level_tops else bottom - top
    if band_bottom - band_top < _MIN_OVERLAP * shorter:
        return False
    if sum(bool(parse_dates(p.text)) for p in side_text) > _MAX_DATES * len(side_text):
        return False
    level = sum(any(abs(middle(p) - middle(q)) < _LEVEL_TOLERANCE * max(p.size, 1.0) for q in main_text)
                for p in side_text)
    if level > _MAX_LEVEL * len(side_text):
        return False  # cards of a grid, or labels beside what they label: rows, not a column
    beside = sum(any(abs(middle(p) - middle(q)) < _LEVEL_TOLERANCE * max(p.size, 1.0) for q in side_text)
                 for p in main_text)
    if len(main_text) >= _MIN_HEADED_MAIN and beside >= _ROWS * len(main_text):
        return False  # every value level with a label wrapped over two lines: a table's rows
    inside = {id(p) for p in side} | {id(p) for p in main}
    # no line crosses the gap while both columns run (a header above or a footer below may), nor
    # while the sidebar runs: a paragraph across the page between its lines ("REFERENCES" then
    # quotes under two lists side by side) shows the narrow column is only a list beside a list
    return not any(id(p) not in inside and (p.bottom > band_top and p.top < band_bottom
                                            or p.bottom > top and p.top < bottom) for p in lines)


def _headed(side_text: list, main_text: list) -> bool:
    """Both columns open with a heading on one row ("About" beside "Summary"): on a page where the sidebar
    runs long, the main column may hold a few lines only (the rest went to the next page), yet is a column."""
    if not side_text or not main_text:
        return False
    first, other = min(side_text, key=lambda p: p.top), min(main_text, key=lambda p: p.top)
    return abs(first.top - other.top) < 0.3 * max(first.size, 1.0) and abs(first.size - other.size) < 0.3 \
        and len(first.text.split()) <= 3 and len(other.text.split()) <= 3


def _without_paragraph_tail(column: list, page: list) -> list:
    """The sidebar's lines less those that end a paragraph or a list set across both columns
    above it (the short last line of a full-width summary, the last course of a list whose
    longer lines cross the gap, at their left edge, fall on the sidebar's side of it)."""
    taken = {id(p) for p in column}
    wide = [p for p in page if id(p) not in taken and p.x1 > max(q.x1 for q in column)]
    crossing = [p for p in wide if p.x0 < min(q.x0 for q in column) + 1.5]
    out = sorted(column, key=lambda p: p.top)
    while out and any(0 <= out[0].top - p.bottom < 0.8 * max(out[0].size, 1.0)
                      for p in crossing + [p for p in wide if abs(p.x0 - out[0].x0) < 1.5]):
        crossing.append(out.pop(0))
    return out


def _without_carried_list(column: list, page: list, page_before: list) -> list:
    """The sidebar's lines less those at its top that go on a list the page before (which had no
    sidebar) ended with on its last row: "Excel" at the x, in the type and the weight of "dbt",
    the last item of a skill group cut by the page break, level with the rest of another group
    beside it, then a section of its own under it. Read with the sidebar, after the main column,
    the item would land in that column's last section; read in rows, it goes on its own list. A
    heading set where the page before's last entry started ("About" beside "Awards") is no item."""
    text = [p for p in page_before if has_text(p)]
    if not text:
        return column
    foot = max(p.bottom for p in text)
    last = [p for p in text if foot - p.bottom < 0.5 * max(p.size, 1.0)]
    taken = {id(p) for p in column}
    others = [p for p in page if id(p) not in taken and has_text(p)]
    out = sorted(column, key=lambda p: p.top)
    while len(out) > 1 and any(abs(out[0].x0 - p.x0) < 1.5 and abs(out[0].size - p.size) < 0.3
                               and _weight(out[0]) == _weight(p) for p in last) \
            and any(abs(middle(out[0]) - middle(q)) < _LEVEL_TOLERANCE * max(q.size, 1.0) for q in others):
        out.pop(0)
    return out


def _weight(line) -> bool:
    """Whether the line's first letter is set bold (duck-typed: a line with no glyphs is not)."""
    return next((bold for c, bold in getattr(line, "chars", []) if c.strip()), False)


def _opens_document(side: list, rest: list) -> bool:
    """The sidebar is read first when it starts on the first page above everything else there
    (the name at its top); otherwise the main column, with any header, comes first."""
    first_page = min(p.page for p in side + rest)
    if min(p.page for p in side) != first_page:
        return False
    others = [p for p in rest if p.page == first_page and has_text(p)]
    top = min(p.top for p in side if p.page == first_page)
    return not others or top < min(p.top for p in others)


def column_edges(side: list, rest: list) -> None:
    """Give each line the right edge of its own column (`edge`), so that a wrap is judged
    against the column it runs in, not against the page: per page, the sidebar's lines end
    where the longest of its lines on any page that start no further right ends (the sidebar
    keeps its band from page to page, and a page holding only a short list shows less of it; an
    indented list lies inside the column, while a line indented further that runs on, a contact
    detail after its icon, may overflow it), the main column's where its own longest line on the page
    does, less a floated name overhanging it (`overhang.py`). The sidebar's lines are also marked
    `narrow`: in a column that narrow nearly every line looks full, and a list of one item a line (skills,
    languages) must not read as one wrapped phrase (`wraps.py` then joins only a phrase going on in lower case)."""
    for p in side:
        p.narrow = p.sidebar = True
    pages = {p.page for p in side}
    for p in side:
        p.edge = max(q.x1 for q in side if q.x0 < p.x0 + 1.5)
    for page in pages:
        item_gaps([p for p in side if p.page == page])
        items_at_pitch([p for p in side if p.page == page])
    for page in pages & {p.page for p in rest}:
        beside, across = _beside_sidebar([p for p in side if p.page == page], [p for p in rest if p.page == page])
        for lines in (beside, across):
            right = column_right(lines)
            for p in lines:
                p.edge = right
    _pages_without_sidebar(side, rest)


def item_gaps(column: list) -> None:
    """Mark the lines of a column whose items stand apart ("AWS Certified Solutions" /
    "Architect - Professional," set close, then a paragraph's space before "Certified
    Kubernetes"): the gap inside one item (`item_gap`), so that a full line followed that
    closely is read as wrapped, in capitals or not. Judged block by block between headings (a
    line in another size or in capitals) and left edge by left edge, and only where lines under
    one edge show both gaps (half an em apart at least): a list of one item a line (courses
    indented under a degree) shows one gap only, and its items stay apart. Or where the column's
    usual gap (the median, its items' spacing when most items take one line) is wider than a
    block's tightest by a fifth of an em: LinkedIn's profile sets every item 7 points apart, one-line
    skills and languages too, and the lines of one certificate 4 or 5 apart, even in a block of
    one wrapped item; then the inside gap is the midpoint. Where the tight gap is the usual one
    (skills one a line, their groups set a little apart), a wider gap parts groups, not items."""
    ordered = sorted(column, key=lambda p: p.top)
    blocks: list[list] = [[]]
    for p in ordered:
        heading = p.text.isupper() and not any(c.isdigit() for c in p.text) \
            or bool(blocks[-1]) and abs(p.size - blocks[-1][-1].size) > 0.3
        if heading and blocks[-1]:
            blocks.append([])
        if not heading:
            blocks[-1].append(p)
    edges = [[(a, b) for a, b in zip(block, block[1:]) if abs(a.x0 - x0) < 1.5 and abs(b.x0 - x0) < 1.5]
             for block in blocks for x0 in {round(p.x0) for p in block}]  # each left edge of a block on its own
    every = sorted(b.top - a.bottom for pairs in edges for a, b in pairs)
    usual = every[len(every) // 2] if every else 0.0
    for pairs in edges:
        gaps = [b.top - a.bottom for a, b in pairs]
        tight, size = min(gaps, default=-1.0), pairs[0][0].size if pairs else 0.0
        if not 0 <= tight <= _LINE_GAP * size:
            continue
        if len(gaps) >= 2 and any(g > tight + _BOTH_GAPS * size for g in gaps):
            inside = tight + 0.2 * size
        elif usual > tight + _ITEM_APART * size:
            inside = (tight + usual) / 2
        else:
            continue
        for pair in pairs:
            for p in pair:
                p.item_gap = inside


def _beside_sidebar(side: list, main: list) -> tuple[list, list]:
    """The main column's lines level with or below the sidebar's top, clear of it, and the rest
    (a summary or header set across the page above a sidebar that starts lower down). A line
    across the page would make every line of the narrower column beside the sidebar look short,
    so none of them would wrap ("... microservices platform using" / "Node.js and Kubernetes")."""
    top, left, right = min(p.top for p in side), min(p.x0 for p in side), max(p.x1 for p in side)
    beside = [p for p in main if p.top >= top - p.size and (p.x1 <= left or p.x0 >= right)]
    return beside, [p for p in main if p not in beside]


def _pages_without_sidebar(side: list, rest: list) -> None:
    """A page the sidebar does not reach (the last page, after the sidebar's lists ended) keeps
    the main column's width: a title wrapped there at the column's edge ("... Southwest
    Tennessee Community" / "College") ends far short of the page's, which a centred footer may
    set. When every line of such a page that starts at the main column's left edge ends by
    that edge (within an em), those lines get it; a page whose text runs wider keeps its own."""
    pages = {p.page for p in side}
    main = [p for p in rest if p.page in pages and p.edge]
    if not main:
        return
    left, right = min(p.x0 for p in main), max(p.edge for p in main)
    for page in {p.page for p in rest} - pages:
        flush = [p for p in rest if p.page == page and abs(p.x0 - left) < 1.5]
        if flush and all(p.x1 <= right + p.size for p in flush):
            for p in flush:
                p.edge = right
