"""Which of two plain names in an education entry is the school, when neither names a degree
nor a school by its words: "IBEW/NECA Joint Apprenticeship Training Program, Springfield, IL"
over "Inside Wireman Apprenticeship, 5-year program". `education.assign_education` then takes
the first name for the degree by order alone; the place says otherwise: the name a line prints
with its city ("X, Springfield, IL") is the body that runs the program, where it is; a programme
or qualification has no place of its own. (How long a program runs, "5-year program", is no
cue: a layout prints it after the program or after the body that runs it, "Hack Reactor,
12-week course".) `entries.py` asks `program_and_school` once the entry's texts are placed.
See the importer's entry step in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

from tailor.importer import fields
from tailor.importer.dates import trailing_dates
from tailor.importer.degree_words import INSTITUTION, degree_rank
from tailor.importer.lines import Line


def program_and_school(header: list[Line], entry: dict) -> None:
    """Swap `entry`'s institution and studyType when only the studyType was printed with a place."""
    school, program = entry.get("institution", ""), entry.get("studyType", "")
    if not school or not program or "area" in entry \
            or any(degree_rank(t) or INSTITUTION.search(t) for t in (school, program)):
        return
    if any(_placed(line.text, program) for line in header) and not any(_placed(line.text, school) for line in header):
        entry["institution"], entry["studyType"] = program, school


def _placed(text: str, name: str) -> bool:
    """`text` is `name`, then its place after a separator ("X, Springfield, IL", "X | Leeds")."""
    text = text.strip()
    if not text.startswith(name) or text == name:
        return False
    rest = text[len(name):].strip(" ,;|·•–—-")
    rest = split[0].rstrip(" ,;|·•–—-(") if (split := trailing_dates(rest)) else rest
    return bool(rest) and fields.is_location(rest)
