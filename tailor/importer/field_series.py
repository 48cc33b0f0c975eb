"""Where a field of study starts that a layout printed right after its qualification with no
separator (docs/ARCHITECTURE.md, the importer's entry step: `education.py` reads degree lines).

A qualification named by no degree word, "X in Y", and its field after a comma: where the field
is a series of fields, the series' first item is the qualification's last words.

"CAS in Technology Leadership, Management, Technology and Economics" is cut at its first comma.
"CAS in Technology Leadership Management, Technology and Economics" (the field set after a space)
has one comma only, and an English series of three items or more sets a comma after every item
but the last two, which "and" joins: one comma before "B and C" closes the first item, "A, B and
C". When the items after the comma are fields of study of one length, the words of that length
before the comma, a field too, are the first item and open the field; not a word that names a
field only with the word before it ("Computer Science, Mathematics and Physics": "Science").

A qualification's own title in another language, then its field in English ("Técnico Superior en
Dirección de Cocina Culinary Arts"): a resume written in English keeps a foreign qualification's
name as awarded and gives its field in the resume's language, so the English words that end the
text on a field's word, after a word that is none, are the field (`english_field`).

A qualification awarded "with" a class or status ("with Honours", "with Distinction", "with
Qualified Teacher Status") names that award last: the phrase closes on the award's noun, and
capitalised words after it are the field ("PGCE with Qualified Teacher Status Secondary
Mathematics", `awarded_field`).
"""
from __future__ import annotations

import re

from tailor.importer.degree_words import FIELD_OF_STUDY, degree_rank
from tailor.importer.lines import FUNCTION_WORDS

_QUALIFIED = re.compile(r"^([^,]+? in [^,]+?),\s*(.+)$")
_TWO_ITEMS = re.compile(r"^(\S+(?: \S+)*?) (?:and|&) (\S+(?: \S+)*)$")
_AWARDED = re.compile(r"^(\S.*?\swith\s(?:[A-Z]\w*\s)*?(?i:honou?rs|distinction|merit|commendation|status))"
                      r"\s+([A-Z]\w*(?:\s(?:[A-Z]\w*|and|of|&))*)$")
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


def _english(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower())) or word.lower() in FUNCTION_WORDS


def english_field(text: str) -> tuple[str, str] | None:
    """("Técnico Superior en Dirección de Cocina", "Culinary Arts"): a qualification (`degree_rank`)
    whose words are mostly no English ones, its last one included, then capitalised English words
    ending on a field's word; None for any other text."""
    words = text.split()
    start = len(words)
    while start > 1 and words[start - 1][:1].isupper() and _english(words[start - 1].strip(",")):
        start -= 1
    head = words[:start]
    if start == len(words) or not FIELD_OF_STUDY.fullmatch(words[-1]) or len(head) < 3 or not degree_rank(text):
        return None
    foreign = [word for word in head if not _english(word)]
    if head[-1] not in foreign or 2 * len(foreign) <= len(head):
        return None
    return " ".join(head), " ".join(words[start:])


def awarded_field(text: str) -> tuple[str, str] | None:
    """("PGCE with Qualified Teacher Status", "Secondary Mathematics"): a qualification
    (`degree_rank`) with its award, then a field in capitalised words; None otherwise."""
    match = _AWARDED.match(text)
    if not match or not degree_rank(match[1]) or degree_rank(match[2]):
        return None
    return match[1], match[2]
