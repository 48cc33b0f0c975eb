"""Chips: short names each set in a box of its own ("Go", "PostgreSQL", "Kafka" as tags or as
Markdown `code` spans), read as the items of one list.

The text layer of such a row often holds nothing but a space between two chips: a Markdown
preview prints `` `Go` `PostgreSQL` `` as "Go PostgreSQL", and only the page shows two names.
The page draws what the text leaves out: a filled background behind each chip. Two glyphs side
by side that each sit in a drawn box the other is outside of, the boxes apart, stand in two
chips, so the line is cut between them (`pdf.py`), however little room there is. A background
behind a whole line, a table row or the page holds both glyphs and cuts nothing, nor does a
word highlighted inside a sentence (the words beside it are in no box), nor two highlights that
touch (one box, drawn in two pieces). A row of such pieces then reads as one list
(`tags_joined`). See docs/ARCHITECTURE.md, "Resume import", step 1.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tailor.importer.dates import parse_dates
from tailor.importer.fields import is_url
from tailor.importer.lines import trimmed_chars

if TYPE_CHECKING:
    from tailor.importer.pdf import _Phys as Phys

_TALLEST = 40.0  # points: a box taller than this is a panel or a page's background, not a chip
_APART = 0.5     # points of page between two boxes that are two chips, not one drawn in pieces


@dataclass(frozen=True)
class Box:
    """A filled background drawn on a page, in pdfminer's coordinates (y up)."""
    page: int
    x0: float
    y0: float
    x1: float
    y1: float

    def holds(self, glyph) -> bool:
        """The glyph's middle is inside the box."""
        x, y = (glyph.x0 + glyph.x1) / 2, (glyph.y0 + glyph.y1) / 2
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


def drawn_box(item, page: int) -> Box | None:
    """A pdfminer rectangle or path painted filled, a line's height or so: a chip's or a code
    span's background; else None (a rule, an outline, a panel)."""
    width, tall = item.x1 - item.x0, item.y1 - item.y0
    if not getattr(item, "fill", False) or not (2.0 < tall <= _TALLEST and width > 2.0):
        return None
    return Box(page, item.x0, item.y0, item.x1, item.y1)


def in_two_boxes(before, after, boxes: list[Box]) -> bool:
    """Whether the glyphs `before` and `after` (side by side on a line) sit in two chips: each
    in a drawn box the other is outside of, and the boxes apart."""
    if before is None or not boxes:
        return False
    left = [box for box in boxes if box.holds(before) and not box.holds(after)]
    right = [box for box in boxes if box.holds(after) and not box.holds(before)]
    return any(b.x0 - a.x1 > _APART for a in left for b in right)


_RULES = " |¦"
# words of an item in a named row ("Lean Six Sigma Black Belt" beside "Lean and Quality" in bold):
# the name in a weight of its own says the pieces are items, so longer ones are too
_NAMED_ITEM_WORDS = 5


def tags_joined(row: list[Phys]) -> list[Phys]:
    """A row of three or more short pieces set apart by gaps is a tag cloud ("Next.js   Prisma
    Vercel" as chips): one line, "Next.js, Prisma, Vercel", so it reads as a list, not as lines.
    In a sidebar (`sidebar.py`), whose rows hold nothing but its own list, two pieces are enough.
    Bars drawn between the pieces or around a title ("||  RETAIL MANAGER  ||") are rules, not items.
    A first piece in bold before plain ones names the list (`label_first`)."""
    texts = [p.text.strip() for p in row]
    fewest = 2 if all(p.sidebar for p in row) else 3
    named = label_first(row)  # "Frontend" in bold before its chips: the list's name, "Frontend: React, ..."
    most = _NAMED_ITEM_WORDS if named else 3
    if len(row) < fewest or any(not t or len(t.split()) > most or parse_dates(t) or "@" in t or is_url(t)
                                for t in texts) or len({round(p.size) for p in row}) > 1:
        return row
    chars: list[tuple[str, bool]] = []
    for at, piece in enumerate(row):
        if not piece.text.strip(_RULES):
            continue  # "||" drawn between chips or around a title: a rule, no item of the list
        chars += ([(":" if named and at == 1 else ",", named and at == 1), (" ", False)] if chars else []) \
            + trimmed_chars(piece.chars)
    first = row[0]
    return [replace(first, top=min(p.top for p in row), bottom=max(p.bottom for p in row), x1=row[-1].x1,
                    chars=chars, narrow=first.sidebar, tags=True, beside=False, alone=False, marked=False)]


def _bold(piece: Phys) -> bool | None:
    """Whether every glyph of `piece` is bold (False: none is; None: some are)."""
    weights = {bold for char, bold in piece.chars if char.strip()}
    return weights.pop() if len(weights) == 1 else None


def label_first(row: list[Phys]) -> bool:
    """"Frontend  [React] [TypeScript] [Jest]": a row of chips whose first piece alone is bold is a
    named list, the bold piece its name. A weight of its own sets a name apart from the items it
    names, as a label is set apart from its value; chips the layout set alike (all bold, all
    plain) are all items."""
    return len(row) > 2 and _bold(row[0]) is True and all(_bold(piece) is False for piece in row[1:])
