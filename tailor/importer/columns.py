"""Reading order of a page whose labels sit in a left gutter: section headings and entry dates
in a narrow column, each beside the block of text it labels.

Such a page read row by row puts a heading after the first lines of its section (it is set
level with the middle of its block, or a line down) and an entry's dates in the middle of its
description. A gutter is told from a sidebar by how sparse it is: a sidebar is a column of text
of its own (contact, skills, one line under another); a gutter holds a label every few blocks,
or one a row, each level with the start of its row (languages beside their fluency). A label
may run over two lines ("Aug 2024 –" over "Apr 2025" in a narrow gutter): it is one label.
When the page has one, each block of the main column (lines set closer than a paragraph gap) is
read after the gutter lines beside it: the label that owns it, then its dates. An entry that
ran on under the next one's title (a box of fixed height) keeps its last lines (`overprint.py`).

Lines are duck-typed (`page`, `top`, `bottom`, `x0`, `x1`, `size`, `text`): `pdf.py` passes
its physical lines, the tests pass small stand-ins.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from tailor.importer.dates import parse_dates
from tailor.importer.overprint import chunks_joined

_MIN_LABELS = 3          # fewer lines at the left are a stray piece, not a gutter
_MAIN_SHARE = 2.0        # the main column holds at least this many times the gutter's letters
_SPARSE = 1.8            # gutter lines stand this many line heights apart (median), or more
_BLOCK_GAP = 1.0         # a vertical gap wider than this many ems ends a block of the main column
_CROSSING_SHARE = 0.15   # lines across the gutter's edge (a centred name) may be this share
_STACKED = 0.35          # gutter lines closer than this many ems are one label set over two lines
_LEADING = 1.4           # ... and whose tops are closer than this many ems (a paragraph's leading)
_LABEL_LINES = 3         # a label runs to this many lines at most; more is a column of text


@dataclass
class _Label:
    """One label of the gutter, its lines stacked ("Jan 2019 –" over "Present"); it is placed
    and compared as one line, and read as its lines in order."""
    lines: list = field(default_factory=list)

    def __getattr__(self, name: str):  # page, x0, size, text of its first line
        return getattr(self.__dict__["lines"][0], name)

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def bottom(self) -> float:
        return self.lines[-1].bottom

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.lines)


def gutter_order(lines: list) -> list[list]:
    """`lines` (one page) as chunks in reading order: with a label gutter, each block of the
    main column preceded by the gutter lines beside it; without one, the page as one chunk."""
    edge = _gutter_edge(lines)
    if edge is None:
        return [lines]
    left = _stacked([p for p in lines if p.x1 < edge and has_text(p)])
    main = [p for p in lines if p.x0 >= edge or p.x1 < edge and not has_text(p)]  # list markers stay on their row
    across = [p for p in lines if p.x1 >= edge > p.x0]
    blocks = _blocks(main)
    owned: list[list] = [[] for _ in blocks]
    for label in left:
        owned[_nearest(blocks, label)].append(label)
    blocks, owned = _cut_under_tops(blocks, owned)
    chunks = [(_top(block), _label_rows(labels, block) or _labels_first(labels) + [block])
              for block, labels in zip(blocks, owned)]
    chunks += [(p.top, [[p]]) for p in across]
    ordered: list[list] = []
    for _, parts in sorted(chunks, key=lambda chunk: chunk[0]):
        ordered += [[q for p in part for q in (p.lines if isinstance(p, _Label) else [p])] for part in parts if part]
    return chunks_joined(ordered)  # a point that ran on under the next entry's title stays in its entry


def _cut_under_tops(blocks: list[list], owned: list[list]) -> tuple[list[list], list[list]]:
    """Where the page sets its labels level with the first line of what they label (two labels
    at least, each level with the top of its block), a lone label level with a later line of
    its block labels that line and what follows; the lines above it ("Website" over its address,
    set closer to the summary beside "About" than to the contact details above) are the section
    before's, read before the label."""
    def level(label, line) -> bool:
        return abs(line.top - label.top) <= 0.3 * max(label.size, 1.0)

    aligned = sum(len(labels) == 1 and level(labels[0], min(block, key=middle)) for block, labels in zip(blocks, owned))
    if aligned < 2:
        return blocks, owned
    out_blocks, out_owned = [], []
    for block, labels in zip(blocks, owned):
        lone = labels[0] if len(labels) == 1 and not level(labels[0], min(block, key=middle)) else None
        starts = [p for p in block if lone is not None and level(lone, p)]
        if starts:
            at = min(p.top for p in starts)
            out_blocks += [[p for p in block if p.top < at - 0.5], [p for p in block if p.top >= at - 0.5]]
            out_owned += [[], labels]
        else:
            out_blocks.append(block)
            out_owned.append(labels)
    return out_blocks, out_owned


def _stacked(left: list) -> list[_Label]:
    """The gutter's lines as labels: a line set close under the one before it (at a paragraph's
    leading, in the same type) goes on the same label, as dates do that a narrow gutter breaks
    after their dash ("Aug 2024 –" over "Apr 2025") and a group name too long for it. Labels
    of their own (two headings one over the other) stand further apart."""
    labels: list[_Label] = []
    for line in sorted(left, key=middle):
        last = labels[-1].lines[-1] if labels else None
        if last is not None and abs(line.size - last.size) < 0.3 \
                and 0 <= line.top - last.bottom < _STACKED * max(line.size, 1.0) \
                and line.top - last.top < _LEADING * max(line.size, 1.0):
            labels[-1].lines.append(line)
        else:
            labels.append(_Label([line]))
    return labels


def _gutter_edge(lines: list) -> float | None:
    """The x where the main column starts, when the lines left of it form a gutter of labels."""
    lines = [p for p in lines if has_text(p)]  # a list marker left of its text is no label
    if len(lines) < 2 * _MIN_LABELS:
        return None
    width = max(p.x1 for p in lines) - min(p.x0 for p in lines)
    for edge in sorted({round(p.x0, 1) - 0.5 for p in lines}):  # a hair left of a line's start
        left = _stacked([p for p in lines if p.x1 < edge])
        if not left:
            continue
        if edge - min(p.x0 for p in lines) > 0.45 * width:
            return None  # the left part is no longer narrow: not a gutter
        main = [p for p in lines if p.x0 >= edge]
        across = len(lines) - sum(len(label.lines) for label in left) - len(main)
        if across > _CROSSING_SHARE * len(lines) or len(left) < _MIN_LABELS:
            continue
        if sum(len(p.text) for p in main) < _MAIN_SHARE * sum(len(p.text) for p in left):
            return None
        return edge if (_sparse(left) or _level_with_rows(left, main)) and _all_beside(left, _blocks(main)) else None
    return None


def has_text(line) -> bool:
    """A line with a letter or digit (not a marker or rule alone); `sidebar.py` shares it."""
    return any(ch.isalnum() for ch in line.text)


def _all_beside(left: list, blocks: list[list]) -> bool:
    """Every gutter line labels text beside it; a column with a heading of its own over its
    content (a card of a grid layout) has lines with nothing beside them."""
    return all(_distance(block, label) <= 1.5 * max(max(p.bottom - p.top for p in block), 1.0)
               for label in left for block in [blocks[_nearest(blocks, label)]])


def _sparse(left: list[_Label]) -> bool:
    """Labels stand well apart (by the line height of their first line), and none is a run of
    text longer than a label (`_LABEL_LINES`)."""
    if any(len(label.lines) > _LABEL_LINES for label in left):
        return False
    ordered = sorted(left, key=middle)
    steps = sorted((b.top - a.top) / max(a.lines[0].bottom - a.top, 1.0) for a, b in zip(ordered, ordered[1:]))
    return bool(steps) and steps[len(steps) // 2] >= _SPARSE


def _level_with_rows(left: list[_Label], main: list) -> bool:
    """Labels closer together than a gutter's, each level with the start of a row of the main
    column (languages beside their fluency, certificates' dates beside their names, one a row):
    a column of labels all the same, where a sidebar's own text keeps a rhythm of its own."""
    starts = _row_starts(main)
    return all(len(label.lines) <= _LABEL_LINES and any(abs(p.top - label.top) <= 0.3 * max(label.size, 1.0)
                                                        for p in starts) for label in left)


def _blocks(main: list) -> list[list]:
    blocks: list[list] = []
    for line in sorted(main, key=middle):
        if blocks and line.top - max(p.bottom for p in blocks[-1]) <= _BLOCK_GAP * max(line.size, 1.0):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks or [[]]


def _nearest(blocks: list[list], label) -> int:
    """The block beside `label`: the one its middle falls in, else the closest; a label
    between two blocks belongs to the one above (dates hang under their entry's title)."""
    return min(range(len(blocks)), key=lambda i: (_distance(blocks[i], label), i))


def _distance(block: list, label) -> float:
    if not block:
        return float("inf")
    top, bottom = _top(block), max(p.bottom for p in block)
    centre = middle(label)
    return 0.0 if top <= centre <= bottom else min(abs(centre - top), abs(centre - bottom))


def _label_rows(labels: list, block: list) -> list[list]:
    """Labels set level with the first line of what they label ("LANGUAGES  English ..." and
    "INTERESTS  Open Source ..." one row apart, a skill group's name beside its skills, an
    entry's dates beside its title under a section heading): when every label is level with a
    line of the block that starts a row of its own (`_row_starts`), the block is cut at each
    label, and each part read after its label; what comes above the first label (the section's
    heading) first. [] when the labels are not set that way, or are not all of one kind (a
    heading over an entry's dates). Dates are read after the title level with them
    (`_title_lines`), as on a row with the dates set right of the title: an entry's title opens
    it, its dates follow."""
    starts = _row_starts(block)
    if not labels or not block or any(abs(p.size - labels[0].size) >= 0.3 for p in labels) \
            or not all(any(abs(p.top - label.top) <= 0.3 * max(label.size, 1.0) for p in starts) for label in labels) \
            or len(labels) < 2 and not parse_dates(labels[0].text):
        return []
    rest = sorted(block, key=middle)
    end = labels[0].top - 0.3 * max(labels[0].size, 1.0)
    parts: list[list] = [[p for p in rest if p.top < end]]
    rest = [p for p in rest if p.top >= end]
    for index, label in enumerate(labels):
        end = labels[index + 1].top - 0.3 * max(label.size, 1.0) if index + 1 < len(labels) else float("inf")
        part, rest = [p for p in rest if p.top < end], [p for p in rest if p.top >= end]
        title = _title_lines(part, label) if parse_dates(label.text) else []
        parts += [title, [label], [p for p in part if p not in title]]
    return parts


def _row_starts(block: list) -> list:
    """The block's lines that start a row: its first, each set further under the line before
    than a paragraph's leading (`_LEADING`), and each in another type than the line before (a
    title under an entry's last point); a line close under one in its own type goes on the same
    item (a wrapped skill list), which no label sits level with."""
    ordered = sorted(block, key=lambda p: p.top)
    return ordered[:1] + [p for before, p in zip(ordered, ordered[1:])
                          if p.top - before.top >= _LEADING * max(p.size, 1.0) or abs(p.size - before.size) >= 0.3]


def _title_lines(part: list, label) -> list:
    """The title level with an entry's dates, with the lines it wrapped onto (set close under
    it, in its type and at its left edge): what is read before the dates."""
    title = [p for p in part if abs(p.top - label.top) <= 0.3 * max(label.size, 1.0)]
    for line in part:
        last = title[-1] if title else None
        if last is not None and line not in title and line.top > last.top and abs(line.size - last.size) < 0.3 \
                and abs(line.x0 - title[0].x0) < 1.5 and 0 <= line.top - last.bottom < _STACKED * max(line.size, 1.0):
            title.append(line)
    return title


def _labels_first(labels: list) -> list[list]:
    """The gutter lines of one block, as one chunk each: the labels in the owner's type that
    come after the owner (a heading with nothing of its own beside the same block) are read
    before it, so the block stays with the label at its top; dates and notes follow it."""
    if not labels:
        return []
    owner = labels[0]
    empty = [p for p in labels[1:] if abs(p.size - owner.size) < 0.3]
    rest = [p for p in labels[1:] if abs(p.size - owner.size) >= 0.3]
    return [[p] for p in empty] + [[owner]] + [[p] for p in rest]


def middle(line) -> float:
    """A line's vertical centre, the point rows are compared by (here and in `sidebar.py`)."""
    return (line.top + line.bottom) / 2


def _top(block: list) -> float:
    return min(p.top for p in block) if block else 0.0
