"""Cards set two or more to a row (a theme's grid of certificates or projects, each a title in
capitals over its details), read card by card, row by row, as the grid lists them.

Reading order follows the page's lines: where two cards' titles stand level and their details
below them are level too, their lines come interleaved (the first card's title, the second's,
the first's issuer, the second's), and where one column is read before the other, the cards come
out column by column, out of the person's order. So where two titles in capitals, in the entry
titles' bold type and no known heading, stand level on one row at different left edges under a
section heading, the section's lines down to the next heading are each given to the column whose
left edge they start at, cut into cards at each title, and the cards are put back row by row,
left to right. A line at no column's edge leaves the section as it was. See docs/ARCHITECTURE.md,
"Resume import", step 1.
"""
from __future__ import annotations

from tailor.importer.lines import Line
from tailor.importer.section_names import HEADINGS, normalise_heading

_EDGE = 1.5  # ems: a line of a card starts within this much of its title's left edge
_LEVEL = 0.3  # ems: titles this close in height stand on one row


def card_rows(lines: list[Line]) -> list[Line]:
    """`lines` with each grid of cards read card by card, row by row."""
    out = list(lines)
    index = 0
    while index < len(out):
        end = _section_end(out, index)
        if _heading(out[index]) and (cards := _cards(out[index + 1:end])):
            out[index + 1:end] = [line for card in cards for line in card]
        index = max(end, index + 1) if _heading(out[index]) else index + 1
    return out


def _heading(line: Line) -> bool:
    return line.heading and normalise_heading(line.text) in HEADINGS


def _section_end(lines: list[Line], start: int) -> int:
    for index in range(start + 1, len(lines)):
        if _heading(lines[index]):
            return index
    return len(lines)


def _title(line: Line) -> bool:
    text = line.text.strip()
    return line.bold and line.heading and any(c.isalpha() for c in text) and not any(c.islower() for c in text)


def _cards(section: list[Line]) -> list[list[Line]] | None:
    """The section's cards in row order, or None when it is no grid of cards."""
    titles = [line for line in section if _title(line)]
    if not titles or not _title(section[0]) or not any(
            a.page == b.page and abs(a.y - b.y) < _LEVEL * a.size and abs(a.x - b.x) > 4 * a.size
            for i, a in enumerate(titles) for b in titles[i + 1:]):
        return None
    edges = sorted({round(t.x) for t in titles})
    columns: dict[int, list[Line]] = {edge: [] for edge in edges}
    for line in section:
        edge = min(edges, key=lambda e: abs(line.x - e))
        if line.x - edge < -1 or line.x - edge > _EDGE * max(line.size, 1):
            return None
        columns[edge].append(line)
    cards: list[list[Line]] = []
    for column in columns.values():
        for line in sorted(column, key=lambda x: (x.page, x.y)):
            if _title(line) and not (cards and cards[-1][-1] in column and _title(cards[-1][-1])):
                cards.append([line])  # a title opens a card; a title line under a title goes on it
            elif cards and cards[-1][0] in column:
                cards[-1].append(line)
            else:
                return None
    rows: list[list[list[Line]]] = []
    for card in sorted(cards, key=lambda card: (card[0].page, card[0].y)):
        top = rows[-1][0][0] if rows else None
        if top is not None and top.page == card[0].page and abs(top.y - card[0].y) < _LEVEL * top.size:
            rows[-1].append(card)
        else:
            rows.append([card])
    return [card for row in rows for card in sorted(row, key=lambda card: card[0].x)]
