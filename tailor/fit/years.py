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

_ROUTES = re.compile(r"\bor\b", re.I)


def work_years(spans: tuple[Span | None, ...], today: dt.date) -> float:
    """Years covered by at least one work role up to `today`; a role without readable dates
    (None) counts as nothing."""
    return years_worked((span for span in spans if span is not None), today)


def years_asked(requirement: str) -> int | None:
    """The years of work a requirement asks for, or None: the lower end of a range ("3-5 years"
    -> 3); the fewest of routes joined by "or" ("a degree plus 2 years, or 5 years" -> 2); else the
    most, since every count must hold and a part lies within the whole ("5+ years, including 2
    years supervising" -> 5)."""
    found: list[tuple[int, int, int]] = []
    for match in _YEARS_ASKED.finditer(requirement):
        raw = match.group(1).lower()
        number = _WORD_NUMBERS.get(raw) or int(raw)
        if 0 < number <= 30:
            found.append((match.start(), match.end(), number))
    if not found:
        return None
    numbers = [n for _, _, n in found]
    between = requirement[found[0][1]:found[-1][0]]
    return min(numbers) if _ROUTES.search(between) else max(numbers)
