"""Section words set like entry titles: "Certificates" on a line of its own opens Certificates
when the lines under it read as certificates.

Some layouts give their later sections ("Languages", "Awards", "Certificates") the style of
project names and skill group names, smaller than their first headings. `sections.py` judges a
heading by the document's own heading style, which rightly keeps "Tools" over a skill list or
"Open Source" over interests as content; a whole known section name, set apart (bold or large),
still opens its section when what follows fits it: dates or an issuer under "Certificates",
fluency under "Languages", a degree or school under "Education", a sentence under "About".
See docs/ARCHITECTURE.md, "Resume import".
"""
from __future__ import annotations

import re

from tailor.importer.dates import SINGLE
from tailor.importer.education import DEGREE, INSTITUTION
from tailor.importer.lines import Line

_WINDOW = 4  # lines after the heading that must show what the section holds
_FLUENCY = re.compile(r"\b(native|fluent|bilingual|proficien\w*|conversational|elementary|intermediate|"
                      r"advanced|basic|beginner|mother tongue|limited working)\b|^[ABC][12]\b", re.I)
_ISSUER = re.compile(r"^(issued|awarded|published|granted|presented)\b|\b(by|in)\s*:", re.I)
_SHORT_ITEM_WORDS = 4
_PROSE_WORDS = 8  # a summary opens with a sentence: this many words, ending in a full stop


def fits_section(key: str, heading: Line, after: list[Line]) -> bool:
    """Whether the lines after a section word, up to the next line set like it (the next
    heading), read as that section's content."""
    window = []
    for line in after[:_WINDOW]:
        if (round(line.size), line.bold) == (round(heading.size), heading.bold):
            break
        window.append(line.text)
    if not window:
        return False
    if key == "languages":
        return any(_FLUENCY.search(text) for text in window)
    if key in ("certificates", "awards", "publications"):
        return any(SINGLE.search(text) or _ISSUER.search(text) for text in window)
    if key == "education":
        return any(DEGREE.match(text) or INSTITUTION.search(text) for text in window)
    if key == "interests":
        return len(window) >= 2 and all(len(text.split()) <= _SHORT_ITEM_WORDS and not SINGLE.search(text)
                                        for text in window)
    if key == "summary":
        return _prose(window[0])
    return False


def _prose(text: str) -> bool:
    """A sentence, not an entry's title or dates: "About" over "Engineer with eight years of
    building web applications." is the person's summary, "About" over "Acme Corp" is not."""
    return len(text.split()) >= _PROSE_WORDS and text.rstrip().endswith((".", "!")) and not SINGLE.search(text)
