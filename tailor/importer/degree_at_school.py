"""A degree and its school printed as one phrase, "<degree> at <school>", wrapped in a narrow column.

Some themes print an education entry as one sentence over its dates: "Bachelor of Science in
Computer Science at University of Washington". In a sidebar the phrase wraps over three or four
rows, and a row may open inside the degree ("Science") or inside the school ("Community
College"), so the rows read as a degree cut short, a stray word and a school that starts with
"at". So in an education section, the rows set right above an entry's dates (one left edge, one
type, each right under the one before) are read as that phrase once one of them opens with
"at" and a capital: the rows before it give the degree, that row and the rest (without the
"at") the school. When the word "at" fell inside a row ("... Mathematics at Manchester"), the
phrase is cut at its first "at" before a capital, as long as a row of another entry of the
section opened with "at" (the document's own way to join the two) and the word is in a row
before the last (in the last row it belongs to the school: "University of Texas at Austin") (docs/ARCHITECTURE.md,
"Resume import", step 3).
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer.dates import parse_dates
from tailor.importer.lines import Line, join_wrapped
from tailor.importer.sections import section_key

_AT = re.compile(r"at\s+(?=[A-ZÀ-Þ])")
_INSIDE = re.compile(r"\s+at\s+(?=[A-ZÀ-Þ])")
_LABEL = re.compile(r"^[A-Za-zÀ-ÿ][\w ]{0,24}:\s")  # "Grade: 3.5/4.0": a detail, not the phrase
_NEXT_ROW = 1.6  # a row starts at most this many ems under the one before
_ROWS = 6        # the phrase spans this many rows at most


def degree_at_school(lines: list[Line]) -> list[Line]:
    """`lines` with each education entry's "<degree> at <school>" rows read as a degree line over
    a school line."""
    blocks = [block for block in _blocks(lines) if len(block) >= 2]
    opened = any(_AT.match(lines[i].text.strip()) for block in blocks for i in block[1:])
    if not opened:
        return lines
    replaced: dict[int, list[Line]] = {}
    for block in blocks:
        rows = [lines[i] for i in block]
        split = _split(rows)
        if split:
            replaced[block[0]] = split
            replaced.update({i: [] for i in block[1:]})
    out: list[Line] = []
    for index, line in enumerate(lines):
        out += replaced.get(index, [line])
    return out


def _blocks(lines: list[Line]) -> list[list[int]]:
    """Per education entry, the indices of the rows right above its dates line."""
    blocks, current = [], None
    for index, line in enumerate(lines):
        key = section_key(line)
        if key is not None:
            current = key
            continue
        if current != "education" or not parse_dates(line.text):
            continue
        block: list[int] = []
        at = index - 1
        while at >= 0 and len(block) < _ROWS and _row_of(lines, at, block, lines[index]):
            block.insert(0, at)
            if lines[at].gap_before:
                break
            at -= 1
        blocks.append(block)
    return blocks


def _row_of(lines: list[Line], at: int, block: list[int], dates: Line) -> bool:
    line = lines[at]
    below = lines[block[0]] if block else dates
    if section_key(line) is not None or parse_dates(line.text) or line.bullet or _LABEL.match(line.text) \
            or line.page != below.page or not line.size or round(line.size, 1) != round(below.size, 1):
        return False
    if block and abs(line.x - below.x) > 1:
        return False
    return 0 < below.y - line.y <= _NEXT_ROW * line.size + (line.bottom - line.y if line.bottom else 0)


def _split(rows: list[Line]) -> list[Line] | None:
    """The degree line and the school line the rows spell, or None when they name no school."""
    opening = next((k for k, row in enumerate(rows) if k and _AT.match(row.text.strip())), None)
    if opening is not None:
        degree, school = _joined(rows[:opening]), _joined(rows[opening:])
        school = _AT.sub("", school, count=1)
        top = rows[opening]
    else:
        inside = next((k for k, row in enumerate(rows[:-1]) if _INSIDE.search(row.text)), None)
        if inside is None:  # an "at" in the last row belongs to the school ("University of Texas at Austin")
            return None
        whole = _joined(rows)
        found = _INSIDE.search(whole)
        degree, school = whole[:found.start()], whole[found.end():]
        top = rows[inside]
    if not degree.strip() or not school.strip():
        return None
    return [replace(rows[0], text=degree.strip()), replace(top, text=school.strip(), gap_before=False)]


def _joined(rows: list[Line]) -> str:
    text = rows[0].text.strip()
    for row in rows[1:]:
        text = join_wrapped(text, row.text.strip())
    return text
