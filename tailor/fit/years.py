"""Years of experience: asked for by requirements ("3+ years of accounts payable experience"),
judged from work dates only.

Why only work dates: graduation years and birth dates say how old someone is, not what they
have done; a scorer that read them would be an age filter. Work roles' spans are merged so two
jobs held at once count once. A role without readable dates counts as nothing (the score can
then understate experience, never invent it).
"""
from __future__ import annotations

import datetime as dt
import re

from tailor.corpus.dates import Span, work_span, years_worked

__all__ = ["Span", "work_span", "work_years", "years_asked"]   # Span, work_span: for fit.blind

_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15}
_YEARS_ASKED = re.compile(
    r"\b(\d{1,2}|" + "|".join(_WORD_NUMBERS) + r")\s*(?:\(\d{1,2}\)\s*)?\+?\s*(?:-\s*\d{1,2}\s*)?"
    r"(?:or more\s+|plus\s+)?(?:years?|yrs?)\b(?!['’]?\s*(?:of\s+age|old|or\s+older))", re.I)


def work_years(spans: tuple[Span | None, ...], today: dt.date) -> float:
    """Years covered by at least one work role up to `today`; a role without readable dates
    (None) counts as nothing."""
    return years_worked((span for span in spans if span is not None), today)


def years_asked(requirement: str) -> int | None:
    """The smallest number of years a requirement asks for ("3-5 years" -> 3), or None."""
    found = []
    for match in _YEARS_ASKED.finditer(requirement):
        raw = match.group(1).lower()
        found.append(_WORD_NUMBERS.get(raw) or int(raw))
    found = [n for n in found if 0 < n <= 30]
    return min(found) if found else None
