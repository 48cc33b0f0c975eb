"""A "Label: value" row of a list section whose value goes on over the rows under it, and how
long an item of such a list may be.

A theme that prints a block of labelled lists ("Additional Information") sets each label beside
its value and every further item under the value, at its left edge (a hanging indent):

    Certificates: Google Data Analytics Professional Certificate — Google / Coursera — May 2024
                  Databases and SQL for Data Science — IBM / Coursera — Sep 2024

The rows under the value are more items of the label's list, not lines of the section around it
(where the label would be read as the first certificate's name), so they go on the labelled row,
set apart by ";" as `sections.inline_sections` reads a list's items. A row counts as hanging
under the value when it starts where the value starts (the label's share of its row's width on,
within an em and a half), right of the label, in the row's type. An item with its own date is
an entry of parts ("name — issuer — date"), so it is measured part by part against the words a
list's item may have, not whole as a sentence would be. See docs/ARCHITECTURE.md, "Resume import".
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.dates import trailing_dates
from tailor.importer.fields import split_parts
from tailor.importer.lines import Line

_EDGE_EMS = 1.5  # how far a hanging row may start from the value's estimated left edge


def hanging_values(lines: list[Line]) -> list[Line]:
    """`lines` with each row hanging under a labelled list row's value joined onto that row."""
    from tailor.importer.sections import inline_sections  # sections reads the rows this module joins

    out: list[Line] = []
    edge, size = None, 0.0  # the value's left edge of the labelled row being continued
    for line in lines:
        if edge is not None and _hangs(out[-1], line, edge, size) and not inline_sections(line):
            out[-1] = replace(out[-1], text=f"{out[-1].text.rstrip().rstrip(';')}; {line.text.strip()}",
                              bottom=max(out[-1].bottom, line.bottom))
            continue
        edge, size = None, 0.0
        found = inline_sections(line) if line.right > line.x and ":" in line.text else []
        if len(found) == 1:
            label = line.text.strip().partition(":")[0] + ": "
            edge, size = line.x + (line.right - line.x) * len(label) / max(len(line.text.strip()), 1), line.size
        out.append(line)
    return out


def _hangs(row: Line, line: Line, edge: float, size: float) -> bool:
    return line.page == row.page and line.y > row.y and not line.bullet and not line.gap_before \
        and abs(line.size - size) < 0.6 and line.x > row.x + size and abs(line.x - edge) <= _EDGE_EMS * size


def item_words(item: str) -> int:
    """The words of a list's item: of its longest part when it ends on its own date ("AWS
    Certified Solutions Architect - Professional — Amazon Web Services — Mar 2019"), else all."""
    if trailing_dates(item):
        return max(len(part.split()) for part in split_parts(item))
    return len(item.split())
