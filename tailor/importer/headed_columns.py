"""Two sections set side by side, each under its own heading: read the left one whole, then the right.

A personal web page or a two-column card layout prints two short sections in one row ("Profile"
beside "Skills", "Languages" beside "Interests"), their headings level, their lines at the same
heights. Read row by row, the two interleave: a skill lands between a contact label and its
value, and the second heading opens right after the first, so the first section holds nothing.
When two known section headings stand level on one row, next to each other in reading order,
and the lines under them on that page fall into two columns, the lines are read column by
column, left first, each under its own heading (docs/ARCHITECTURE.md, "Resume
import", step 1).

The block ends at the page's end or at the next heading: what follows (a section across the
page) keeps its place. Two level headings right under a section's heading are the names of
groups set side by side inside that section (skill groups in a grid), not two sections.
First, a title set level with the name in another column is put right after the name
(`name_row.py`).
"""
from __future__ import annotations

from tailor.importer.lines import Line
from tailor.importer.name_row import title_after_name
from tailor.importer.sections import section_key

_LEVEL = 3.0  # points: two headings this close to one height stand in one row
_APART = 8.0  # the right heading starts at least this many of its type's sizes right of the left one


def side_by_side(lines: list[Line]) -> list[Line]:
    """`lines` with each pair of sections set side by side read column by column."""
    out = title_after_name(lines)
    index = 0
    while index + 1 < len(out):
        left, right = out[index], out[index + 1]
        under_heading = index > 0 and section_key(out[index - 1]) not in (None, "unknown")
        if _level_headings(left, right) and not under_heading:
            end = _block_end(out, index + 2, left, right)
            out[index:end] = _by_column(out[index:end], right)
        index += 1
    return out


def _level_headings(left: Line, right: Line) -> bool:
    return bool(left.size and right.size) and left.page == right.page and abs(left.y - right.y) <= _LEVEL \
        and right.x - left.x >= _APART * left.size \
        and section_key(left) not in (None, "unknown") and section_key(right) not in (None, "unknown")


def _block_end(lines: list[Line], start: int, left: Line, right: Line) -> int:
    """Where the block under two level headings ends: at another page, a line above the
    headings (another column's), or the next heading: a line in their type that names a section
    (not a group's name in the body's type, "Tools"), or one in a larger type."""
    end = start
    while end < len(lines):
        line = lines[end]
        if line.page != left.page or line.y < left.y or line.size > left.size + 0.3 \
                or section_key(line) not in (None, "unknown") and abs(line.size - left.size) < 0.3:
            break
        end += 1
    return end


def _by_column(block: list[Line], right: Line) -> list[Line]:
    """The block left column first (the headings are its first two lines); unchanged when one
    of the columns is empty under its heading (a line across the page under two level words)."""
    edge = right.x - 0.5 * right.size
    columns = [line.x >= edge for line in block]
    if all(columns[2:]) or not any(columns[2:]):
        return block
    return [line for line, on_right in zip(block, columns) if not on_right] + \
        [line for line, on_right in zip(block, columns) if on_right]
