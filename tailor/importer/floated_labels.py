"""Section labels a page floated to the right of the text they should head.

A layout that sets each section's name in a label column beside its content ("Contact",
"Work", "Skills" on the left) can break when a section is as wide as the page: the browser
floats the next labels to the right margin, past the text column's right edge, and each lands
level with the START of the section before it ("Skills" beside the first job, "Education"
beside the first skill group, "Awards" beside the first school). Read in rows, every such label
would open its section one section early: later jobs read as skills, skills as courses.

So the labels set past the right edge of every other line of their page, in the type of the
page's known headings, are taken out of the rows and each is put back where the next one
stands (the line level with it), the last at the end: the order the label column meant. Two
such labels at least, so one heading that merely ends a short row is left alone. See
docs/ARCHITECTURE.md (resume import, step 1: reading order).
"""
from __future__ import annotations

from collections import Counter

from tailor.importer.section_names import HEADINGS, normalise_heading

_EDGE_SLACK = 2.0  # points: a label may start this far inside the text's right edge
_WINDOW = 15  # label heights: how far below (or above) a label its neighbouring text is looked for
_MIN_LABELS = 2  # fewer floated labels than this: no pattern, leave the rows alone


def _names_section(line) -> bool:
    return normalise_heading(line.text) in HEADINGS


def _heading_size(lines: list) -> float | None:
    """The type size most lines naming a known section are set in, when it is larger than the
    body's (the most common size of all lines)."""
    named = Counter(round(line.size, 1) for line in lines if _names_section(line))
    body = Counter(round(line.size, 1) for line in lines)
    if not named or not body:
        return None
    size = named.most_common(1)[0][0]
    return size if size > body.most_common(1)[0][0] else None


def floated_labels(lines: list) -> tuple[list, list]:
    """(the floated section labels in page order, the other lines). Each line needs page, top,
    bottom, x0, x1, size and text."""
    size = _heading_size(lines)
    if size is None:
        return [], lines
    labels = [line for line in lines if round(line.size, 1) == size and _names_section(line)]
    named = {id(line) for line in labels}
    text = [line for line in lines if id(line) not in named]
    floated = [label for label in labels if _past_edge(label, [line for line in text if line.page == label.page])]
    if len(floated) < _MIN_LABELS:
        return [], lines
    floated.sort(key=lambda line: (line.page, line.top))
    taken = {id(line) for line in floated}
    return floated, [line for line in lines if id(line) not in taken]


def _past_edge(label, text: list) -> bool:
    """Whether the label starts at or past the right edge of the text beside and below it (the
    text above it when none is below), with text to its left: nothing of its own under it."""
    reach = _WINDOW * (label.bottom - label.top)
    near = [line for line in text if label.top - 1 <= line.top <= label.top + reach] or \
        [line for line in text if label.top - reach <= line.top <= label.top]
    if not near:
        return False
    return label.x0 >= max(line.x1 for line in near) - _EDGE_SLACK and label.x0 > min(line.x0 for line in near)


def with_labels(ordered: list, floated: list) -> list:
    """The lines in reading order with each floated label put back before the first line that
    stands level with or below the next label (the last label at the end)."""
    spots = [len(ordered) if after is None else _first_at(ordered, after)
             for after in floated[1:] + [None]]
    out: list = []
    for index, line in enumerate(ordered):
        out += [label for label, spot in zip(floated, spots) if spot == index]
        out.append(line)
    return out + [label for label, spot in zip(floated, spots) if spot == len(ordered)]


def heads(floated: list, lines: list) -> dict[int, object]:
    """id of the line each floated label will head (the first, by page and height, level with
    or below the next label) -> the label: `pdf.py` lets a run of columns under it see its
    heading (`twin_columns.py`), as it would under a heading in the flow."""
    out: dict[int, object] = {}
    for label, after in zip(floated, floated[1:]):
        below = [line for line in lines if line.page > after.page
                 or line.page == after.page and (line.top + line.bottom) / 2 >= after.top]
        if below:
            out[id(min(below, key=lambda line: (line.page, (line.top + line.bottom) / 2)))] = label
    return out


def rows_with_heads(rows: list[list], headed: dict) -> tuple[list[list], list[list]]:
    """`rows` with each floated label that will head one of them (`heads`) set as a row of its
    own above it, and those rows: a run of columns under it sees its heading there
    (`twin_columns.py`); the caller drops them again, `with_labels` puts the labels back."""
    out: list[list] = []
    marks: list[list] = []
    for row in rows:
        label = next((headed[id(p)] for p in row if id(p) in headed), None)
        if label is not None:
            marks.append([label])
            out.append(marks[-1])
        out.append(row)
    return out, marks


def _first_at(lines: list, label) -> int:
    """Index of the first line, in reading order, on the label's page whose middle is not above
    the label's top, or on a later page."""
    for index, line in enumerate(lines):
        if line.page > label.page or (line.page == label.page and (line.top + line.bottom) / 2 >= label.top):
            return index
    return len(lines)
