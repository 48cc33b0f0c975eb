"""A field of study with its degree after it in brackets: "Computer Science (Ph.D.)".

Many JSON Resume themes print a school's `area` and then its `studyType` in brackets on one
line ("Business Administration (Associate of Applied Science)", "Mathematics (Licencjat
(BSc))"). Read whole, the line names a degree, but the degree's words stand inside the
brackets and the field before them: the bracket holds the degree, the words before it the
field. Only when those words end in a field of study's word (`FIELD_OF_STUDY`: "Civilingenjör
(MSc)" is a degree with its abbreviation) and name no degree or school, and the bracket names a degree
(`degree_rank`), not what a field's bracket often adds ("Minor in Mathematics", "Honours").
See docs/ARCHITECTURE.md ("Resume import", step 3: entries).
"""
from __future__ import annotations

import re

from tailor.importer.degree_words import FIELD_OF_STUDY, INSTITUTION, degree_rank

# what a bracket after a field adds to it when it is no degree: a minor, a focus, a track
_NO_DEGREE = re.compile(r"^(?:minor|major|concentration|speciali[sz]ation|emphasis|focus|track|option|"
                        r"honou?rs|with\b)", re.I)


def field_and_degree(text: str) -> tuple[str, str] | None:
    """(field, degree) of "Field (Degree)", the degree the last bracket of the line holds
    (brackets inside it kept: "Civilingenjör (MSc)"); else None."""
    text = text.strip()
    if not text.endswith(")"):
        return None
    depth = 0
    for at in range(len(text) - 1, -1, -1):  # the bracket that the last ")" closes
        depth += {")": 1, "(": -1}.get(text[at], 0)
        if depth == 0:
            break
    else:
        return None
    head, degree = text[:at].strip(), text[at + 1:-1].strip()
    words = re.findall(r"[^\W\d_]+", head)
    if not words or not FIELD_OF_STUDY.search(words[-1]) or degree_rank(head) or INSTITUTION.search(head):
        return None  # "Civilingenjör (MSc)", "Engineering Civilingenjör (MSc)": the bracket abbreviates a degree
    rank = degree_rank(degree)  # "Ontario College Diploma" names a school's word, and a degree
    if _NO_DEGREE.match(degree) or not rank or rank < 2 and INSTITUTION.search(degree):
        return None
    return head, degree
