"""An entry cut by a page break with its header split around some of its points.

A layout that sets the role, its dates and the first point in one row (a grid or a table under
the employer's name) may keep the employer and a point or two at the foot of a page and move
that row to the top of the next one. Read in order, the role and dates then follow points, which
in every other layout means a new entry; the entry's points are split over two entries and the
second has no employer. `entries.group_entries` asks `header_over_page` whether the line goes
back into the entry's header (the points already read stay the entry's first ones).
"""
from __future__ import annotations

from tailor.importer.lines import Line
from tailor.importer.list_items import line_dates


def header_over_page(line: Line, header: list[Line], bullets: list[Line], after: list[Line]) -> bool:
    """`line` opens a page after the points of an entry that has a title but no dates yet, is set
    below the title's style (not bold, smaller: a role, not the next employer) and has dates on
    it or right after it: the rest of that entry's header. A new entry would open with a title
    set like the last one."""
    if not bullets or not header or any(line_dates(h) for h in header):
        return False
    title = header[0]
    return line.page > bullets[-1].page and not line.bold and not line.heading \
        and bool(line.size) and line.size < title.size - 0.5 and (title.bold or title.heading) \
        and (line_dates(line) or bool(after) and line_dates(after[0]) and not after[0].is_bullet)
