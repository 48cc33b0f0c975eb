"""Reading order of a page whose labels sit in a left gutter: section headings and entry dates
in a narrow column, each beside the block of text it labels.

Such a page read row by row puts a heading after the first lines of its section (it is set
level with the middle of its block, or a line down) and an entry's dates in the middle of its
description. A gutter is told from a sidebar by how sparse it is: a sidebar is a column of text
of its own (contact, skills, one line under another); a gutter holds a label every few blocks.
When the page has one, each block of the main column (lines set closer than a paragraph gap) is
read after the gutter lines beside it: the label that owns it, then its dates.

Lines are duck-typed (`page`, `top`, `bottom`, `x0`, `x1`, `size`, `text`): `pdf.py` passes
its physical lines, the tests pass small stand-ins.
"""
from __future__ import annotations

_MIN_LABELS = 3          # fewer lines at the left are a stray piece, not a gutter
_MAIN_SHARE = 2.0        # the main column holds at least this many times the gutter's letters
_SPARSE = 1.8            # gutter lines stand this many line heights apart (median), or more
_BLOCK_GAP = 1.0         # a vertical gap wider than this many ems ends a block of the main column
_CROSSING_SHARE = 0.15   # lines across the gutter's edge (a centred name) may be this share


def gutter_order(lines: list) -> list[list]:
    """`lines` (one page) as chunks in reading order: with a label gutter, each block of the
    main column preceded by the gutter lines beside it; without one, the page as one chunk."""
    edge = _gutter_edge(lines)
    if edge is None:
        return [lines]
    left = [p for p in lines if p.x1 < edge and has_text(p)]
    main = [p for p in lines if p.x0 >= edge or p.x1 < edge and not has_text(p)]  # list markers stay on their row
    across = [p for p in lines if p.x1 >= edge > p.x0]
    blocks = _blocks(main)
    owned: list[list] = [[] for _ in blocks]
    for label in sorted(left, key=middle):
        owned[_nearest(blocks, label)].append(label)
    chunks = [(_top(block), _label_rows(labels, block) or _labels_first(labels) + [block])
              for block, labels in zip(blocks, owned)]
    chunks += [(p.top, [[p]]) for p in across]
    ordered: list[list] = []
    for _, parts in sorted(chunks, key=lambda chunk: chunk[0]):
        ordered += [part for part in parts if part]
    return ordered


def _gutter_edge(lines: list) -> float | None:
    """The x where the main column starts, when the lines left of it form a sparse gutter."""
    lines = [p for p in lines if has_text(p)]  # a list marker left of its text is no label
    if len(lines) < 2 * _MIN_LABELS:
        return None
    width = max(p.x1 for p in lines) - min(p.x0 for p in lines)
    for edge in sorted({round(p.x0, 1) - 0.5 for p in lines}):  # a hair left of a line's start
        left = [p for p in lines if p.x1 < edge]
        if not left:
            continue
        if edge - min(p.x0 for p in lines) > 0.45 * width:
            return None  # the left part is no longer narrow: not a gutter
        main = [p for p in lines if p.x0 >= edge]
        across = len(lines) - len(left) - len(main)
        if across > _CROSSING_SHARE * len(lines) or len(left) < _MIN_LABELS:
            continue
        if sum(len(p.text) for p in main) < _MAIN_SHARE * sum(len(p.text) for p in left):
            return None
        return edge if _sparse(left) and _all_beside(left, _blocks(main)) else None
    return None


def has_text(line) -> bool:
    """A line with a letter or digit (not a marker or rule alone); `sidebar.py` shares it."""
    return any(ch.isalnum() for ch in line.text)


def _all_beside(left: list, blocks: list[list]) -> bool:
    """Every gutter line labels text beside it; a column with a heading of its own over its
    content (a card of a grid layout) has lines with nothing beside them."""
    return all(_distance(block, label) <= 1.5 * max(max(p.bottom - p.top for p in block), 1.0)
               for label in left for block in [blocks[_nearest(blocks, label)]])


def _sparse(left: list) -> bool:
    ordered = sorted(left, key=middle)
    steps = sorted((b.top - a.top) / max(a.bottom - a.top, 1.0) for a, b in zip(ordered, ordered[1:]))
    return bool(steps) and steps[len(steps) // 2] >= _SPARSE


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
    "INTERESTS  Open Source ..." one row apart): when the first label is level with the block's
    first line, the block is cut at each label, and each part read after its label. [] when
    the labels are not set that way, or are not all of one kind."""
    if len(labels) < 2 or not block or abs(labels[0].top - _top(block)) > 0.3 * max(labels[0].size, 1.0) \
            or any(abs(p.size - labels[0].size) >= 0.3 for p in labels):
        return []  # not level, or a label of another kind among them (an entry's dates)
    parts: list[list] = []
    rest = sorted(block, key=middle)
    for index, label in enumerate(labels):
        end = labels[index + 1].top - 0.3 * max(label.size, 1.0) if index + 1 < len(labels) else float("inf")
        parts += [[label], [p for p in rest if p.top < end]]
        rest = [p for p in rest if p.top >= end]
    return parts


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
