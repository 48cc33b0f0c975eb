"""Entries a browser pushed past their own heading onto the next page.

A theme that draws each dated entry as a card the page may not split (the dates stacked over a
box holding the title and its details) can leave a section's heading at the foot of a page,
with nothing under it, and print its cards at the top of the next page: after the headings
and the first lines of the sections that follow, which the page still had room for
("EDUCATION", "SKILLS", a skill group, then overleaf "2008 / 2010", "Escuela de Hostelería",
"Técnico Superior ...", then the skill group's chips). Read in page order, the cards land in
the wrong section (a school's name as a skill) and the heading they belong to stays empty.

A section of entries with no line under it, followed on the next page by a run of dated
cards opening that page in another section, gets those cards back (docs/ARCHITECTURE.md,
"Resume import", step 2). Two empty headings in a row share the run in order; where one of
them is education, the cards that name a degree are its and the others the other's. A card is
its dates (alone on their lines), a title in larger or bold type, and the lines set under it
in one smaller type at the title's left edge or further in; a line in another type or further
left is the landing section's own again.
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.degree_words import INSTITUTION, degree_rank
from tailor.importer.entries import ENTRY_SECTIONS
from tailor.importer.lines import Line
from tailor.importer.list_items import is_meta_only, line_dates
from tailor.importer.sections import Section

_SAME_SIZE = 0.3  # points: a card's detail lines share one type size


def cards_pushed_over(sections: list[Section]) -> list[Section]:
    """`sections` with the cards of each empty entry section moved back under its heading."""
    sections = [replace(s, lines=list(s.lines)) for s in sections]
    at = 0
    while at < len(sections):
        empty = _empty_run(sections, at)
        if not empty:
            at += 1
            continue
        before = sections[empty[0] - 1].lines if empty[0] else []
        found = _run_after(sections, empty[-1] + 1, before[-1] if before else None)
        if found is not None:
            where, start, cards = found
            owners = _owners([sections[i].key for i in empty], cards)
            cards = cards[:len(owners)]
            del sections[where].lines[start:start + sum(len(card) for card in cards)]
            for index, card in zip(owners, cards):
                sections[empty[index]].lines.extend(card)
        at = empty[-1] + 1
    return sections


def _empty_run(sections: list[Section], at: int) -> list[int]:
    """The indexes of the empty entry sections that follow one another from `at` (none: [])."""
    run: list[int] = []
    while at < len(sections) and sections[at].key in ENTRY_SECTIONS and not sections[at].lines:
        run.append(at)
        at += 1
    return run


def _run_after(sections: list[Section], first: int, previous: Line | None) -> tuple[int, int, list[list[Line]]] | None:
    """(section index, line index, cards) of the run of cards that opens the first page turned
    after the empty headings (`previous`: the last line before them), when that page opens with
    one; else None."""
    for where in range(first, len(sections)):
        lines = sections[where].lines
        for start, line in enumerate(lines):
            if previous is not None and line.page > previous.page:
                cards = _cards(lines[start:])
                return (where, start, cards) if cards else None
            previous = line
    return None


def _cards(lines: list[Line]) -> list[list[Line]]:
    """The dated cards `lines` open with, each its lines in order."""
    cards: list[list[Line]] = []
    at = 0
    while at < len(lines):
        card = _card(lines, at)
        if card is None:
            break
        cards.append(card)
        at += len(card)
    return cards


def _card(lines: list[Line], at: int) -> list[Line] | None:
    dates = at
    while dates < len(lines) and _dates_alone(lines[dates]):
        dates += 1
    if dates == at or dates >= len(lines):
        return None
    title = lines[dates]
    if title.page != lines[at].page or not (title.heading or title.bold) or _dates_alone(title):
        return None
    end = dates + 1
    size = lines[end].size if end < len(lines) else 0.0
    while end < len(lines) and _detail(lines[end], title, size):
        end += 1
    return lines[at:end]


def _dates_alone(line: Line) -> bool:
    return bool(line.size) and line_dates(line) and is_meta_only(line)


def _detail(line: Line, title: Line, size: float) -> bool:
    """A line of the card under `title`: smaller than it, in the card's one detail size, at its
    left edge or further in, no heading and no dates opening the next card."""
    return line.page == title.page and not line.heading and not line.bold and not _dates_alone(line) \
        and line.size < title.size and abs(line.size - size) <= _SAME_SIZE \
        and line.x >= title.x - 0.25 * line.size


def _owners(keys: list[str], cards: list[list[Line]]) -> list[int]:
    """For the cards in order, which of the empty sections (by its place in `keys`) each belongs
    to: the education cards to education and the others to the section beside it. The run
    stops at a card no section left fits (a school's card under an empty "Awards" only)."""
    owners: list[int] = []
    current = 0
    for card in cards:
        school = _names_degree(card)
        if (keys[current] == "education") != school:
            ahead = [i for i in range(current + 1, len(keys)) if (keys[i] == "education") == school]
            if not ahead:
                break
            current = ahead[0]
        owners.append(current)
    return owners


def _names_degree(card: list[Line]) -> bool:
    """A card that names a degree ("High School Diploma", "Licencjat (BSc)"), or a school over a
    qualification in a subject ("Escuela de Hostelería" over "Técnico Superior en ...")."""
    ranks = [degree_rank(line.text) for line in card]
    return max(ranks, default=0) >= 2 or any(INSTITUTION.search(line.text) for line in card) and max(ranks) >= 1
