"""What a page break cuts: an entry's header split around some of its points, and a line
whose wrap a page's number stands between.

A layout that sets the role, its dates and the first point in one row (a grid or a table under
the employer's name) may keep the employer and a point or two at the foot of a page and move
that row to the top of the next one. Read in order, the role and dates then follow points, which
in every other layout means a new entry; the entry's points are split over two entries and the
second has no employer. `entries.group_entries` asks `header_over_page` whether the line goes
back into the entry's header (the points already read stay the entry's first ones).

A point cut by the page break goes on at the top of the next page ("... zero specimen-labelling"
/ "errors in 2015."), but in reading order the page's number stands between the two halves
("Page 1 of 2"), which are then two lines, the second a new entry. `pdf.py` judges the wrap past
that number (`over_page_number`) as if it were not there, as in a layout that numbers no pages.

Every page's first line reads as set after a gap (the break hides how far below the last line
it would have stood), which splits an entry whose title row ends a page: "Certified Energy
Manager  May 2019" at the foot, its issuer "Association of Energy Engineers" at the top of the
next page became a certificate of its own. `gaps_over_pages` takes that gap back where the page's
first line is plain text under a bold title row that opened its entry and ended the page alone:
no entry is its title alone, and the next entry would open with a title set like it. The row
opened its entry when its first piece was set after a gap, the title or its date before it in a
column of dates ("May 2019  Certified Energy Manager").
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer.lines import Line
from tailor.importer.list_items import line_dates
from tailor.importer.page_furniture import page_number


def page_numbers(lines: list) -> set[int]:
    """The ids of the physical lines that are a page's number (`page_furniture.page_number`) set
    at the foot or the head of its page, no line of the page wholly below (or above) it."""
    return {id(p) for p in lines if page_number(p.text)
            and (not any(q.top > p.bottom for q in lines if q.page == p.page)
                 or not any(q.bottom < p.top for q in lines if q.page == p.page))}


def over_page_number(groups: list[list], line, numbers: set[int]) -> list | None:
    """The group of physical lines `line` may go on: the last one read, or the one before it
    when that is a page's number alone (`numbers`) and `line` is on a later page than the line
    before the number (a wrap across the page break, the number read between its halves)."""
    if len(groups) > 1 and len(groups[-1]) == 1 and id(groups[-1][0]) in numbers \
            and groups[-2][-1].page < line.page:
        return groups[-2]
    return groups[-1] if groups else None


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


def gaps_over_pages(lines: list[Line]) -> list[Line]:
    """`lines` with no gap before a page's first line that goes on the entry its title row opened
    at the foot of the page before (see the module docstring); a page's number (and a running
    footer with it) between is skipped."""
    out, last = list(lines), None
    for at, line in enumerate(out):
        if last is not None and last.page < line.page and line.gap_before and not (
                line.bold or line.bold_prefix or line.heading or line.is_bullet):
            row = [q for q in out[:at] if q.page == last.page and abs(q.y - last.y) < 0.5 * (q.size or 1)
                   and not _numbered(q.text)]
            titles = [q for q in row if q.bold and not q.heading]
            if titles and row[0].gap_before and all(q.bold or line_dates(q) for q in row) \
                    and all(line.size <= q.size + 0.3 for q in titles):
                out[at] = replace(line, gap_before=False)
        last = line if not _numbered(line.text) else last
    return out


def _numbered(text: str) -> bool:
    """A page's number, alone or after a running footer's text ("Jo Doe - Page 1 of 2")."""
    return page_number(text) or page_number(re.split(r"\s+[-–—|·•]\s+", text)[-1])
