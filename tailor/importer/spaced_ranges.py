"""Two dates side by side with only a space between them, "Jun 2019 Feb 2021" or "Mar 2021
Present", are one range whose dash was lost (docs/ARCHITECTURE.md, "Resume import", step 1).

A generator that joins a start and an end with a dash its font or its template dropped, or a
person who set the two dates apart with a space alone ("(Mar 2021 Present)"), prints a range
the date rules cannot read: the dates stay glued to the employer ("TechCorp Inc (Mar 2021"). The
pair is read as a range only when nothing else can be meant: the start names its month and the
end is a month date no earlier than it, or the end is an open end ("Present", after a month or a
year alone: "(2021 Present)"), and the pair fills its part of the line (the line's end or start,
a bracket, a separator), so a sentence that names two dates keeps them. The range is written
with an en dash, as the date rules read it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer.dates import ONE, OPEN, to_iso
from tailor.importer.lines import Line

_PAIR = re.compile(rf"(?<!\w)(?P<start>{ONE})[^\S\n]+(?P<end>{ONE}|{OPEN})(?!\w)", re.I)
# what may stand right before and after the pair: the line's edge, a bracket, a separator
_BEFORE = re.compile(r"(?:^|[(\[|,;·•–—]|\s[-–—]|\t)\s*$")
_AFTER = re.compile(r"^\s*(?:$|[)\]|,;·•–—]|[-–—]\s|\t)")


def _month_date(token: str) -> str:
    """The ISO month of a date that names its month ("Jun 2019" -> "2019-06"), else ""."""
    iso = to_iso(token)
    return iso if len(iso) == 7 else ""


def spaced_range(text: str) -> str:
    """`text` with each spaced date pair that is a range written "start – end"."""
    for match in reversed(list(_PAIR.finditer(text))):
        start, end = _month_date(match["start"]), match["end"]
        if not _BEFORE.search(text[:match.start()]) or not _AFTER.match(text[match.end():]):
            continue
        if re.fullmatch(OPEN, end, re.I):
            if not (start or re.fullmatch(r"\d{4}", to_iso(match["start"]))):
                continue  # "(2021 Present)": a year before an open end is a start too
        elif not (start and _month_date(end) and _month_date(end) >= start):
            continue
        text = f"{text[:match.start()]}{match['start']} – {end}{text[match.end():]}"
    return text


def spaced_ranges(lines: list[Line]) -> list[Line]:
    """Every line, each spaced range written with its dash (`spaced_range`), in its bold runs too,
    so a run that held the dates still matches the line's text."""
    out = []
    for line in lines:
        text = spaced_range(line.text)
        out.append(line if text == line.text else replace(
            line, text=text, bold_prefix=spaced_range(line.bold_prefix), bold_tail=spaced_range(line.bold_tail),
            bold_runs=tuple(spaced_range(run) for run in line.bold_runs)))
    return out
