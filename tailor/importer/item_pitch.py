"""A sidebar list whose items stand one a line, closer than a paragraph's lines: the pitch its
items show, read from a line that had room for the next (docs/ARCHITECTURE.md, "Resume import",
step 1; `narrow_wraps.py` asks it).

In a sidebar, two lines that all but touch are one phrase (a name set large over two lines at
the column's top), since a list's items stand further apart than one item's lines. A theme that
sets its lists tight breaks that: "Data & Infrastructure" / "Programming Languages" / "Web
Development", each a skill group's name, stand as close as a wrapped name's lines. The list shows
its own pitch where a line ended with room at the column's edge for the next line's first word
("Programming Languages" over "Web"): that next line is an item of its own, so every line of the
run set at that pitch is one too, wherever the next item would not have fitted. Only in a run
of short items, none of its lines ending within two ems of the column's edge: a run holding a
line that filled the column is running text, its lines wrapped at one pitch with the items
around them (a typeset column sets every line one baseline apart).
"""
from __future__ import annotations

_SAME_GAP = 0.1  # ems: two gaps between lines this close are one pitch
_SHORT = 2.0     # ems: every line of a list of short items ends this far short of its column's edge at least


def items_at_pitch(column: list) -> None:
    """Mark (`at_item_pitch`) each line of a sidebar column (one page) that stands over the next
    at the pitch of its run: lines under one left edge, in one size, each the same gap under the
    one before, where one of them had room at its column's `edge` for the next line's first
    word, and none of them ending within two ems of that edge."""
    ordered = sorted(column, key=lambda p: p.top)
    runs: list[list] = []
    for a, b in zip(ordered, ordered[1:]):
        alike = abs(a.x0 - b.x0) < 1.5 and abs(a.size - b.size) < 0.3
        gap = b.top - a.bottom
        if alike and runs and runs[-1][-1][1] is a and abs(gap - _gap(runs[-1][0])) < _SAME_GAP * a.size:
            runs[-1].append((a, b))
        elif alike:
            runs.append([(a, b)])
    for run in runs:
        lines = [a for a, _ in run] + [run[-1][1]]
        if any(a.edge and a.edge - a.x1 > b.first_word + a.size for a, b in run) \
                and all(p.edge - p.x1 > _SHORT * p.size for p in lines):
            for a, _ in run:
                a.at_item_pitch = True


def _gap(pair: tuple) -> float:
    return pair[1].top - pair[0].bottom
