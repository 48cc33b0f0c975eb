"""What the words at a line break say about it, read from the text alone: a list point whose
marker the PDF lost opens with an action verb ("Automated weekly reporting"), a group's label
opens a group of its own ("DevOps: Docker, ..."), a parenthesis left open is closed on the next
line, a line that opens and ends a sentence is a point of its own. `wraps.py` weighs these with
the layout (room, left edges, type); see the importer steps in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import re

from tailor.importer.dates import parse_dates
from tailor.importer.fields import is_url, split_parts
from tailor.text.posting_vocabulary import FUNCTION_WORDS

_PAST_IRREGULAR = frozenset("wrote built cut led ran won taught grew made drove set sold kept held brought began "
                            "took gave spoke oversaw undertook met sped rebuilt rewrote shipped".split())


def opens_point(first: str, second: str) -> bool:
    """"...across vendors" then "Automated weekly reporting": a list point whose marker the PDF
    lost starts with a capitalised action verb after a line that did not stop mid-phrase; a
    wrapped line goes on mid-phrase ("...in Python and" / "SQL") or in lower case."""
    words, last = second.split(), first.split()
    if not words or not last or last[-1].lower().strip(",;:") in FUNCTION_WORDS or last[-1].endswith((",", "-")):
        return False
    if (_GROUP_LABEL.match(second) or _ANY_LABEL.match(first) and _ANY_LABEL.match(second)) and not label_cut(first):
        return True  # "... GraphQL, REST APIs" then "DevOps: Docker, ...": a group of its own
    head = words[0].rstrip(",;:")  # "Hired, trained, and retained ..."
    return head[:1].isupper() and head[1:].islower() and (
        head.lower() in _PAST_IRREGULAR or head.endswith("ed") and len(head) > 4)


# A group's label opening a line: up to three capitalised words and a colon, then its list; in a
# list of such groups ("Cuisine: Spanish, ... Pastry basics" over "Kitchen management: Menu
# costing"), the label's words after the first in any case: a line of groups opens each group
_GROUP_LABEL = re.compile(r"^[A-Z][\w&/+.-]*(?: [&A-Z][\w&/+.-]*){0,2}: \S")
_ANY_LABEL = re.compile(r"^[A-Z][\w&/+.-]*(?: [\w&/+.-]+){0,2}: \S")
_PART_BREAK = re.compile(r"\s[|•·]\s")
_LABELLED = re.compile(r"^[A-Z][^:]{0,30}: \S")  # "Veterans' Preference: 10-point"
_CUT_LABEL_WORDS = 2


def label_cut(first: str) -> bool:
    """"Citizenship: United States | Veterans' Preference: 10-point | Security" over "Clearance:
    Secret (active)": a line of labelled parts ("Label: value", set apart by "|", "•" or "·")
    that ends on a word or two with no colon yet was broken inside its last part's label, so the
    label the next line opens with is that part's rest, not a group of its own."""
    parts = [part.strip() for part in _PART_BREAK.split(first.strip())]
    return len(parts) >= 2 and ":" not in parts[-1] and 0 < len(parts[-1].split()) <= _CUT_LABEL_WORDS \
        and all(_LABELLED.match(part) for part in parts[:-1])


def closes_parenthesis(first: str, second: str) -> bool:
    """"Amazon Web Services (APRIL" / "2023)": a parenthesis left open at the line's end is
    closed on the next line, which goes on it, whatever it starts with (dates, capitals)."""
    closing, opening = second.find(")"), second.find("(")
    return first.count("(") > first.count(")") and closing >= 0 and (opening < 0 or closing < opening) \
        and len(second.split()) <= 4


def one_line_sentence(first: str, second: str) -> bool:
    """"Cut trailer dwell time by 22% by coordinating door schedules with the team." then "Run
    cycle counts ...": a line that opens a sentence and ends it, followed by a capitalised line,
    is a point of its own in a list whose markers the PDF lost, even when the next word would
    not have fit after it. Inside a paragraph a line seldom both opens and ends a sentence; a
    marked point ("• Cut ...") opens with its marker, so its second sentence stays with it."""
    words = first.split()
    return len(words) >= 4 and (words[0][:1].isupper() or words[0][:1].isdigit()) \
        and re.search(r"[.!?][)\"'”’]?$", first) is not None and second[:1].isupper()


LIST_GOES_ON = (",", "·", "|", "&")  # a line of a list that ends on one of these goes on
JOINING_WORDS = frozenset("a an the and or of in at for to by with from on & de del da do di du en y und et "
                          "für".split())  # a line cannot end on one of these


def address_word(word: str) -> bool:
    """An email or web address (a bare domain too) starts in lower case without going on a phrase."""
    return "@" in word or is_url(word) or re.fullmatch(r"[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?", word) is not None


def starts_with_dates(text: str) -> bool:
    """The line opens with dates ("Sep 2012 – May 2014 | Austin"), or is a short line of them."""
    parts = split_parts(text)
    return bool(parts) and parse_dates(parts[0]) is not None and (len(parts) > 1 or len(text) < 40)
