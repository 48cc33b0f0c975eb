"""A section heading a page printed above the name, away from the entries it heads.

A web theme whose first section heading sits in a float or a flex box that breaks can print
that heading at the top of the page, above the name and the contact block ("Work Experience"
in the top corner), while its entries follow the header with no heading over them. Read in
rows, the heading comes first and the section it opens holds the name, and the entries under
the header read as more of the header.

So when the first line of the first page names a known section, in heading type, and the line
after it is the name (the page's largest type, below it), the heading is put back where its
section starts: before the first line in heading type after the header's body text (the
summary, the contact lines), which is the first entry's title. A heading with no such line
after the header, or with another known heading there (its own section would be empty), is
left where it stands. See docs/ARCHITECTURE.md ("Resume import", step 1: reading order).
"""
from __future__ import annotations

from dataclasses import replace

from tailor.importer.lines import Line
from tailor.importer.section_names import HEADINGS, normalise_heading


def heading_put_back(lines: list[Line]) -> list[Line]:
    """`lines` with a heading printed above the name moved to where its entries start."""
    if len(lines) < 3:
        return lines
    heading, name = lines[0], lines[1]
    if heading.page or not heading.heading or normalise_heading(heading.text) not in HEADINGS:
        return lines
    if name.page or name.level != 1 or name.size <= heading.size or name.y <= heading.y:
        return lines
    body = False  # the header's own text in body type seen (summary, contact lines)
    for index in range(2, len(lines)):
        line = lines[index]
        if line.page != heading.page:
            return lines
        if not line.heading:
            body = True
        elif body and any(ch.isalpha() for ch in line.text):
            if normalise_heading(line.text) in HEADINGS:
                return lines
            moved = replace(heading, y=line.y, gap_before=True)
            return [name, *lines[2:index], moved, *lines[index:]]
    return lines
