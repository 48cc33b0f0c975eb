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

Where a PDF tells each line's right edge, a left block is the run of lines set flush right at
one edge (ragged left), however the wraps of its role were joined, and a line of such a run is
never a row's right-hand line ("Head of" / "Process" / "Engineering" under a float). When the
rows' cards are floated into a broken grid, a left block may drop below its employer's line or
beside the next one: then, once the rows found level make the timeline certain, the section's
blocks left over and its right-hand lines left over at the rows' edges are paired in the order
they are read, when there are as many of each.

A header set across two rows at a column's right edge instead (the role floated right of the
employer, the dates alone under it) is joined first (`floated_roles.py`), and so is a degree and
its school printed as one phrase wrapped in a narrow column (`degree_at_school.py`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from tailor.importer.degree_at_school import degree_at_school
from tailor.importer.floated_roles import roles_floated_right
from tailor.importer.lines import Line, join_wrapped
from tailor.importer.sections import section_key

_LEVEL = 0.25      # a row's two first lines: tops this many of the right line's ems apart at most
_APART = 4.0       # the left block starts at least this many ems left of the right line
_IN_COLUMN = 2.0   # the left block's lines start at least this many ems left of the right line
_NEXT_LINE = 2.0   # a block's next line starts at most this many of its ems below the one before
_MIN_ROWS = 2
_FLUSH = 1.5       # points: two lines whose right edges are this close are set flush right together
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def timeline_rows(lines: list[Line]) -> list[Line]:
    """`lines` with each timeline row's left block read right after its right-hand first line."""
    lines = degree_at_school(roles_floated_right(lines))
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
    blocks.update(_rows_in_order(lines, blocks, taken))
    moved = {i for block in blocks.values() for i in block}
    tails = {head: _head_tail(lines, head, moved) for head in blocks}
    moved.update(i for tail in tails.values() for i in tail)
    out: list[Line] = []
    for index, line in enumerate(lines):
        if index in moved:
            continue
        if index in blocks:
            out += _joined([line] + [lines[i] for i in tails[index]])
            out += _joined([lines[i] for i in blocks[index]])
        else:
            out.append(line)
    return out


def _head_tail(lines: list[Line], head: int, moved: set[int]) -> list[int]:
    """The lines a row's right-hand name wrapped onto ("Volvo Construction" / "Equipment"): in its
    type, each a line below the one before, at its left edge or where a float beside it let the
    line start further left."""
    tail: list[int] = []
    last = lines[head]
    while True:
        below = [i for i, line in enumerate(lines) if i != head and i not in moved and i not in tail
                 and line.page == last.page and line.bold == last.bold and len(_right_run(lines, i)) < 2
                 and round(line.size, 1) == round(last.size, 1) and _follows(last, line)
                 and not _YEAR.search(line.text)]
        if not below:
            return tail
        tail.append(min(below, key=lambda i: lines[i].y))
        last = lines[tail[-1]]


def _pairs(lines: list[Line]) -> dict[int, int]:
    """Right-hand first line -> the left block's first line, for rows whose right-hand lines
    share their left edge with another row's."""
    pairs: dict[int, int] = {}
    for head, line in enumerate(lines):
        if not _head_like(lines, head) or not _column_goes_on(lines, line):
            continue
        beside = [i for i, other in enumerate(lines) if i != head and other.bold and other.page == line.page
                  and abs(other.y - line.y) <= _LEVEL * line.size and other.x < line.x - _APART * line.size
                  and _block_start(lines, i)]
        if len(beside) == 1:
            pairs[head] = beside[0]
    return pairs if len(set(pairs.values())) == len(pairs) else {}


def _head_like(lines: list[Line], index: int) -> bool:
    """A bold line with no date that opens no section and is no line of a flush-right run."""
    line = lines[index]
    return bool(line.bold and line.size) and section_key(line) in (None, "unknown") \
        and not _YEAR.search(line.text) and len(_right_run(lines, index)) < 2


def _block_start(lines: list[Line], index: int) -> bool:
    """A left block may open here: a line that opens no section, or the first line of a
    flush-right run (a role "Volunteer" / "Health Educator" set flush right is no heading);
    never a line inside such a run."""
    run = _right_run(lines, index)
    if len(run) >= 2:
        return run[0] == index
    return section_key(lines[index]) in (None, "unknown")


def _right_run(lines: list[Line], index: int) -> list[int]:
    """The run of lines set flush right with `lines[index]` (one right edge, left edges apart,
    each a line below the one before), top to bottom; [index] when it is in none or the PDF
    gave no right edges."""
    line = lines[index]
    if not line.right:
        return [index]
    same = sorted((i for i, other in enumerate(lines) if other.page == line.page
                   and abs(other.right - line.right) <= _FLUSH), key=lambda i: lines[i].y)
    at = same.index(index)
    start = end = at
    while start > 0 and _follows(lines[same[start - 1]], lines[same[start]]):
        start -= 1
    while end + 1 < len(same) and _follows(lines[same[end]], lines[same[end + 1]]):
        end += 1
    run = same[start:end + 1]
    xs = [lines[i].x for i in run]
    return run if len(run) >= 2 and max(xs) - min(xs) > _FLUSH else [index]


def _follows(above: Line, below: Line) -> bool:
    """`below` is the next line of `above`'s block: a line apart at most."""
    if above.bottom:
        return 0 < below.y - above.y and below.y - above.bottom <= (_NEXT_LINE - 1) * above.size
    return 0 < below.y - above.y <= _NEXT_LINE * above.size


def _rows_in_order(lines: list[Line], blocks: dict[int, list[int]], taken: set[int]) -> dict[int, list[int]]:
    """Rows a broken grid set apart: per section, the right-hand lines left over at the found
    rows' edges and the flush-right blocks left over (with a year) at the found blocks' right
    edges, paired in reading order when there are as many of each."""
    edges = {round(lines[head].x) for head in blocks}
    rights = {round(lines[block[0]].right) for block in blocks.values() if lines[block[0]].right}
    if not rights:
        return {}
    blocks_at: dict[int, list[int]] = {}
    heads = [i for i, line in enumerate(lines) if i not in taken and _head_like(lines, i)
             and any(line.x > right + _APART * line.size for right in rights)]
    heads = [i for i in heads if not any(lines[h].page == lines[i].page and _follows(lines[h], lines[i])
                                         and round(lines[h].size, 1) == round(lines[i].size, 1) for h in heads)]
    at = Counter(round(lines[i].x) for i in heads)
    heads = [i for i in heads if round(lines[i].x) in edges or at[round(lines[i].x)] >= _MIN_ROWS]
    starts = []
    for i, line in enumerate(lines):
        right = [lines[h] for h in heads if lines[h].page == line.page and lines[h].x > line.right]
        if i in taken or not line.bold or not right or not _block_start(lines, i) \
                or round(line.right) not in rights and len(_right_run(lines, i)) < 2:
            continue
        block = _block(lines, i, min(right, key=lambda head: head.x), taken)
        if any(_YEAR.search(lines[b].text) for b in block):
            starts.append(i)
            blocks_at[i] = block
            taken.update(block)
    headings = sorted((line.page, line.y) for i, line in enumerate(lines)
                      if section_key(line) not in (None, "unknown") and len(_right_run(lines, i)) < 2)

    def part(index: int) -> int:  # how many section headings are read above the line
        return sum(1 for at in headings if at < (lines[index].page, lines[index].y))

    found: dict[int, list[int]] = {}
    for section in {part(i) for i in heads}:
        mine = sorted((i for i in heads if part(i) == section), key=lambda i: (lines[i].page, lines[i].y))
        theirs = sorted((i for i in starts if part(i) == section),
                        key=lambda i: (lines[i].page, lines[i].y, lines[i].x))
        if len(mine) == len(theirs):
            found.update({head: blocks_at[start] for head, start in zip(mine, theirs)})
    return found


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
    column = [i for i, line in enumerate(lines) if line.x < edge and line.text.strip()
              and (not first.right or abs(line.right - first.right) <= _FLUSH)]
    while True:
        last = lines[block[-1]]
        page_end = not any(lines[i].page == last.page and lines[i].y > last.y for i in column) \
            and not any(line.page == last.page and line.y > last.y and section_key(line) not in (None, "unknown")
                        for line in lines)  # a page break, not the section's end
        dated = any(_YEAR.search(lines[i].text) for i in block)
        options = [i for i in column if i not in taken and i not in block and lines[i].size <= first.size + 0.3
                   and not (dated and lines[i].bold)  # a bold line after the dates opens the next row
                   and (lines[i].page == last.page and _follows(last, lines[i])
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
            text = join_wrapped(out[-1].text.strip(), line.text.strip())
            out[-1] = replace(out[-1], text=text, bold_prefix=text if line.bold else "", bold_runs=())
        else:
            out.append(line)
    return out
