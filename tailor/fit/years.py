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

from tailor.corpus.dates import DAYS_PER_YEAR, merged_days, parse_date

Span = tuple[dt.date, dt.date | None]          # (start, end); end None = still going

_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15}
_YEARS_ASKED = re.compile(
    r"\b(\d{1,2}|" + "|".join(_WORD_NUMBERS) + r")\s*(?:\(\d{1,2}\)\s*)?\+?\s*(?:-\s*\d{1,2}\s*)?"
    r"(?:or more\s+|plus\s+)?(?:years?|yrs?)\b(?!['’]?\s*(?:of\s+age|old|or\s+older))", re.I)


def work_span(start: str, end: str) -> Span | None:
    """A work role's dates, or None when they cannot be read (or end before they start)."""
    first = parse_date(start, end=False)
    if first is None:
        return None
    if not end.strip():
        return first, None
    last = parse_date(end, end=True)
    return (first, last) if last is not None and last >= first else None


def work_years(spans: tuple[Span | None, ...], today: dt.date) -> float:
    """Years covered by at least one work role up to `today`."""
    return merged_days((s, min(e or today, today)) for s, e in (x for x in spans if x) if s <= today) / DAYS_PER_YEAR


def years_asked(requirement: str) -> int | None:
    """The smallest number of years a requirement asks for ("3-5 years" -> 3), or None."""
    found = []
    for match in _YEARS_ASKED.finditer(requirement):
        raw = match.group(1).lower()
        found.append(_WORD_NUMBERS.get(raw) or int(raw))
    found = [n for n in found if 0 < n <= 30]
    return min(found) if found else None
