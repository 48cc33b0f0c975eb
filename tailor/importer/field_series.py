"""A qualification named by no degree word, "X in Y", and its field after a comma: where the
field is a series of fields the layout printed right after the qualification with no separator,
the series' first item is the qualification's last words (docs/ARCHITECTURE.md, the importer's
entry step: `education.py` reads degree lines).

"CAS in Technology Leadership, Management, Technology and Economics" is cut at its first comma.
"CAS in Technology Leadership Management, Technology and Economics" (the field set after a space)
has one comma only, and an English series of three items or more sets a comma after every item
but the last two, which "and" joins: one comma before "B and C" closes the first item, "A, B and
C". When the items after the comma are fields of study of one length, the words of that length
before the comma, a field too, are the first item and open the field; not a word that names a
field only with the word before it ("Computer Science, Mathematics and Physics": "Science").
"""
from __future__ import annotations

import re

from tailor.importer.degree_words import FIELD_OF_STUDY, degree_rank

_QUALIFIED = re.compile(r"^([^,]+? in [^,]+?),\s*(.+)$")
_TWO_ITEMS = re.compile(r"^(\S+(?: \S+)*?) (?:and|&) (\S+(?: \S+)*)$")
_GENERIC = re.compile(r"^(?:sciences?|studies|engineering|arts)$", re.I)  # "Computer Science", "Fine Arts"


def qualified_field(text: str) -> tuple[str, str] | None:
    """("CAS in Technology Leadership", "Management, Technology and Economics") for both
    printings above; None where the text is no "X in Y, field" with no degree word."""
    match = _QUALIFIED.match(text)
    if not match or match[1].count(" in ") != 1 or degree_rank(match[1]) != 1 \
            or not FIELD_OF_STUDY.search(match[2]) or degree_rank(match[2]):
        return None
    study, rest = match[1].strip(), match[2].strip()
    items = _TWO_ITEMS.match(rest) if "," not in rest else None
    if items and len(items[1].split()) == len(items[2].split()):
        head, subject = study.split(" in ")
        words, size = subject.split(), len(items[1].split())
        first = " ".join(words[-size:])
        if len(words) > size and all(FIELD_OF_STUDY.fullmatch(item) for item in (first, items[1], items[2])) \
                and first[:1].isupper() and not _GENERIC.match(first):
            return f"{head} in {' '.join(words[:-size])}", f"{first}, {rest}"
    return study, rest
