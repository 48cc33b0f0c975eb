"""Measures of a PDF's pages that `pdf.py` judges wraps and gaps against: where a short last
page's text column ends, where dates floated beside a line shorten it, where a narrow card in
the main flow ends, and the document's usual leading. Lines are duck-typed physical lines
(`page`, `top`, `bottom`, `x0`, `x1`, `size`, `text`, `edge`, `tags`, `beside`). See the
importer steps in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import re
from collections import Counter

from tailor.importer.dates import parse_dates
from tailor.importer.lines import MARKER_GLYPHS

_SHORT_PAGE = 0.8  # a page whose text stops this far short of the others' right edge


_LIST_ITEM_WORDS = 4  # a page of lists side by side holds no line longer than this
_LIST_ITEMS = 3       # ... and at least two left edges with this many lines under each


def _lists_side_by_side(page: list) -> bool:
    """Every line short and at least two left edges with a list's worth of lines under each."""
    if any(line.tags or len(line.text.split()) > _LIST_ITEM_WORDS for line in page):
        return False
    edges = Counter(round(line.x0) for line in page)
    return sum(count >= _LIST_ITEMS for count in edges.values()) >= 2


def short_pages(right_edge: dict[int, float], lines: list) -> None:
    """A page that holds only short lines, one per row (the last page of a resume: a few skills
    set one per line), does not show where its text column ends: its lines stop far short of
    the right edge every other page reaches, so each would look full and wrap onto the next.
    Such a page gets the edge of the widest page. A page with pieces side by side in a row (a
    row of chips, two columns of prose) shows its edge: the row broke where its column ends;
    but two lists of short items side by side ("Forklift" / "Reach truck" beside "5S") end
    where their words end and show none."""
    widest = max(right_edge.values(), default=0.0)
    rowed = {line.page for line in lines if line.tags or line.beside}
    rowed -= {page for page in rowed if _lists_side_by_side([line for line in lines if line.page == page])}
    for page, edge in right_edge.items():
        if edge < _SHORT_PAGE * widest and page not in rowed:
            right_edge[page] = widest


def float_edges(lines: list) -> None:
    """Dates floated to the right of an entry ("2018-01 — Present") shorten the lines they sit
    beside, a little above or below the row: such a line wraps at the dates, not at the page's
    edge, so its wrap is judged against where the dates start. Dates further right than the
    line's own column's edge (a sidebar's line level with a job's dates in the main column) do
    not widen that column."""
    dates = [p for p in lines if parse_dates(p.text)]
    for line in lines:
        beside = [d.x0 for d in dates if d.page == line.page and d.x0 > line.x1 and d is not line
                  and d.top < line.bottom and line.top < d.bottom]
        line.edge = min([*beside, line.edge] if line.edge else beside, default=0.0)  # or its column's, if set


_FILLED = 3        # lines of a block that reach its right edge before the block is a text column
_FILLED_WORDS = 6  # ... each of this many words at least (a line of prose, not a list item)
_JUSTIFIED = 0.5  # points: lines of justified text end this close to one another


def block_edges(lines: list, right_edge: dict[int, float]) -> None:
    """A card or a text column narrower than the page's widest line (a title running further
    right) wraps its text at its own edge: "... across four" then "European plants (...)" looks
    like a line that stopped short, judged against the page. A run of lines under one left edge
    whose longest lines end together, short of the page's right edge, shows that edge: those
    lines get it (`edge`) unless something nearer (dates, a sidebar) set one. Several lines of
    prose must end within an em of it on a whole word, as the lines of filled paragraphs do; a
    list of short items, each ending where its words end, shows no edge, and neither do lines a
    box cuts off mid-word."""
    words = Counter(w.lower() for line in lines for w in re.findall(r"\w+(?:-\w+)*", line.text))
    run: list = []
    for line in [*lines, None]:
        if run and line is not None and line.page == run[0].page and abs(line.x0 - run[0].x0) < 1.5 \
                and not line.edge and not line.beside:
            run.append(line)
            continue
        if len(run) >= _FILLED:
            edge = max(p.x1 for p in run)
            if sum(edge - p.x1 < p.size and len(p.text.split()) >= _FILLED_WORDS and _whole_word_end(p.text, words)
                   for p in run) >= _FILLED \
                    and edge < right_edge[run[0].page] - run[0].size:
                for p in run:
                    p.edge = edge
        run = [line] if line is not None and not line.edge and not line.beside else []
    _hanging_edges(lines, right_edge, words)
    _rows_at_edges(lines)
    _overrun_edges(lines)


def _overrun_edges(lines: list) -> None:
    """A line drawn on over a piece set beside it in its row ("Associate of Applied Science
    Logistics and Supply" running past the left edge of "Southwest Tennessee Community College"
    in the next cell) is text too long for its cell, which a layout of fixed cells lets overflow:
    it filled its cell, so its edge is at most where that piece starts, and the line under it in
    its column is its wrap ("Chain Management"), whatever room the page leaves to its right."""
    pages: dict[int, list] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    for line in lines:
        over = [p.x0 for p in pages[line.page] if line.x0 + line.size < p.x0 < line.x1
                and p.top < line.bottom and line.top < p.bottom]
        if over:
            line.edge = min([*over, line.edge] if line.edge else over)


def _rows_at_edges(lines: list) -> None:
    """An entry's header that shares its row with a place or dates floated far right ("Memorial
    Hermann ..., Cardiac Step-Down" beside "Houston, TX") and ends where the page's text column
    does, to the point (the edge `block_edges` found for the column's prose), filled that column
    and wrapped, though the room up to the float would have held its next word: it gets that
    edge. Only such a row's text piece: a line alone in its row that happens to end there may be
    a whole line of its own."""
    edges: dict[int, set[float]] = {}
    for p in lines:
        if p.edge and p.x1 <= p.edge + _JUSTIFIED:
            edges.setdefault(p.page, set()).add(p.edge)
    for p in lines:
        if not p.edge and not p.beside and not getattr(p, "alone", True):
            p.edge = next((e for e in edges.get(p.page, ()) if abs(e - p.x1) < _JUSTIFIED and p.x0 < e), 0.0)


def _hanging_edges(lines: list, right_edge: dict[int, float], words: Counter) -> None:
    """Points set with a hanging indent (the marker line at one left edge, its wraps a little
    right of it, under the text) hold no run under one edge, so `block_edges` sees none; taken
    together over the page, the items under one marker edge and their wraps show the column's
    edge as a run does (several lines of prose ending within an em of it, short of the page's, or
    ending at it to the point, as justified text does, whatever word ends them)."""
    blocks: dict[tuple[int, int], list] = {}
    item = None
    for line in lines:
        if getattr(line, "marked", False) or line.text[:1] in MARKER_GLYPHS:
            item = line
            blocks.setdefault((line.page, round(line.x0)), []).append(line)
        elif item is not None and line.page == item.page and 0 < line.x0 - item.x0 <= 1.5 * item.size:
            blocks[(item.page, round(item.x0))].append(line)  # a wrap under the item's text
        elif item is not None and (line.page != item.page or line.x0 <= item.x0 + 1.5):
            item = None  # a header or a paragraph: the list ended (dates beside it are skipped)
    for (page, _), block in blocks.items():
        edge = max(p.x1 for p in block)
        prose = [p for p in block if len(p.text.split()) >= _FILLED_WORDS]
        if (sum(edge - p.x1 < p.size and _whole_word_end(p.text, words) for p in prose) >= _FILLED
                or sum(edge - p.x1 < _JUSTIFIED for p in prose) >= _FILLED) and edge < right_edge[page] - block[0].size:
            for p in block:
                p.edge = p.edge or edge


def _whole_word_end(text: str, words: Counter) -> bool:
    """The line ends on punctuation, a number or a word the document writes more than once: a
    line cut off by a box that hides what overflows it ends mid-word ("... cutting first-tim"),
    at the box's edge but not wrapped there, so its edge says nothing about where text wraps."""
    last = re.findall(r"\w+(?:-\w+)*", text)[-1:]
    return text.rstrip().endswith((".", ",", ";", ":", "!", "?", ")")) \
        or bool(last) and (last[0].isdigit() or words[last[0].lower()] >= 2)


def leading(lines: list) -> float:
    """The document's usual space between one line and the next, in ems (median): a layout set
    with generous leading (1.8) has more room between lines than a tight one between paragraphs,
    so wraps and paragraph gaps are judged against it."""
    gaps = sorted((b.top - a.bottom) / a.size for a, b in zip(lines, lines[1:])
                  if a.page == b.page and a.size and abs(a.size - b.size) < 0.6 and 0 <= b.top - a.bottom < 2 * a.size)
    return gaps[len(gaps) // 2] if gaps else 0.0
