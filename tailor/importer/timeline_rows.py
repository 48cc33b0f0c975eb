"""Entries set as rows of a timeline: the role and dates in a left column, level with the employer.

Portfolio pages and some designed resumes draw each job as a row across a vertical timeline:
the role (in bold, right-aligned, wrapped over two or three short lines) and the dates under it
on the left, the employer (in bold) and the description on the right, the two set level at the
row's top. Read as columns, the roles and dates of every job come after all the employers (or a
sidebar reader takes them for a column of their own, read at the end of the document); read row
by row, a role's second line lands inside a description. Either way no job gets its role or
dates. So a block of the left column whose first line is bold and level with a bold line of the
right column is read right after that line, its lines of one type joined back (the role
"Data Analyst" / "(Contract)", the dates "Aug 2024 - Apr" / "2025"): an entry's header as a
one-column page prints it, the employer (or school) over the role (or degree) and its dates
(docs/ARCHITECTURE.md, "Resume import", step 1).

Only when two rows or more of a document pair up so, their right-hand lines at one left edge,
each left block holding a year (a row's dates) and each right-hand line a name (no date) at
the edge of a column of text: a bold name beside a bold title once is a header, a place or a date floated
right of an employer is no column, a skill's level in a sidebar level with a job is no row. Then a row that a float
pushed right (its left block under the one before, its right-hand lines further right) is
read the same way.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from tailor.importer.lines import Line
from tailor.importer.sections import section_key

_LEVEL = 0.25      # a row's two first lines: tops this many of the right line's ems apart at most
_APART = 4.0       # the left block starts at least this many ems left of the right line
_IN_COLUMN = 2.0   # the left block's lines start at least this many ems left of the right line
_NEXT_LINE = 2.0   # a block's next line starts at most this many of its ems below the one before
_MIN_ROWS = 2
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def timeline_rows(lines: list[Line]) -> list[Line]:
    """`lines` with each timeline row's left block read right after its right-hand first line."""
    pairs = _pairs(lines)
    blocks: dict[int, list[int]] = {}
    taken = set(pairs)
    for head, start in sorted(pairs.items(), key=lambda pair: pair[1]):
        block = _block(lines, start, lines[head], taken)
        if any(_YEAR.search(lines[i].text) for i in block):  # a row of a timeline has its dates
            blocks[head] = block
            taken.update(block)
    edges = Counter(round(lines[head].x) for head in blocks)
    if not edges or edges.most_common(1)[0][1] < _MIN_ROWS:
        return lines
    moved = {i for block in blocks.values() for i in block}
    out: list[Line] = []
    for index, line in enumerate(lines):
        if index in moved:
            continue
        out.append(line)
        if index in blocks:
            out += _joined([lines[i] for i in blocks[index]])
    return out


def _pairs(lines: list[Line]) -> dict[int, int]:
    """Right-hand first line -> the left block's first line, for rows whose right-hand lines
    share their left edge with another row's."""
    pairs: dict[int, int] = {}
    for head, line in enumerate(lines):
        if not (line.bold and line.size) or section_key(line) not in (None, "unknown") or _YEAR.search(line.text) \
                or not _column_goes_on(lines, line):
            continue
        beside = [i for i, other in enumerate(lines) if i != head and other.bold and other.page == line.page
                  and abs(other.y - line.y) <= _LEVEL * line.size and other.x < line.x - _APART * line.size
                  and section_key(other) in (None, "unknown")]
        if len(beside) == 1:
            pairs[head] = beside[0]
    return pairs if len(set(pairs.values())) == len(pairs) else {}


def _column_goes_on(lines: list[Line], head: Line) -> bool:
    """The right-hand line starts at the left edge of a column of text (a description in plain
    type starts there too, somewhere in the document): a place or a date floated right of a
    header line starts wherever its length puts it."""
    return any(not line.bold and abs(line.x - head.x) <= 1 for line in lines)


def _block(lines: list[Line], start: int, head: Line, taken: set[int]) -> list[int]:
    """The left block that opens at `start`: each next line the nearest below the one before,
    in the left column, a line apart at most and in no larger type (a heading); when the block
    ends its page's left column, a line at the next page's top goes on (a page break)."""
    block, first = [start], lines[start]
    edge = head.x - _IN_COLUMN * head.size
    column = [i for i, line in enumerate(lines) if line.x < edge and line.text.strip()]
    while True:
        last = lines[block[-1]]
        page_end = not any(lines[i].page == last.page and lines[i].y > last.y for i in column)
        options = [i for i in column if i not in taken and i not in block and lines[i].size <= first.size + 0.3
                   and (lines[i].page == last.page and 0 < lines[i].y - last.y <= _NEXT_LINE * last.size
                        or page_end and lines[i].page == last.page + 1
                        and lines[i].y <= _page_top(lines, lines[i].page) + 0.5 * lines[i].size)]
        if not options:
            return block
        block.append(min(options, key=lambda i: (lines[i].page, lines[i].y)))


def _page_top(lines: list[Line], page: int) -> float:
    return min(line.y for line in lines if line.page == page)


def _joined(block: list[Line]) -> list[Line]:
    """The block's lines with each run of one type (size and weight) joined into one line."""
    out: list[Line] = []
    for line in block:
        if out and round(out[-1].size, 1) == round(line.size, 1) and out[-1].bold == line.bold:
            text = f"{out[-1].text.strip()} {line.text.strip()}"
            out[-1] = replace(out[-1], text=text, bold_prefix=text if line.bold else "", bold_runs=())
        else:
            out.append(line)
    return out
