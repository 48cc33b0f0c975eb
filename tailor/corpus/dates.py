"""Corpus dates (YYYY-MM-DD, YYYY-MM or YYYY) as days, and careers as merged spans of days.

Shared by the screening answers of `tailor batch` ("years of experience") and the fit scorer's
"N+ years" requirements, so both count a career the same way.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

DAYS_PER_YEAR = 365.2425
Span = tuple[dt.date, dt.date | None]          # a role's (first day, last day); None = still going
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_date(text: str, *, end: bool) -> dt.date | None:
    """A corpus date as a day: a month or a year names the whole period, so a start is its
    first day and an end its last ("2019-03" ends on 31 March). None when it is not a date."""
    match = _DATE.fullmatch(text.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day:
            return dt.date(year, month, day)
        if not end:
            return dt.date(year, month or 1, 1)
        if month:
            return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, 12, 31)
    except ValueError:  # "2021-13", "2021-02-30"
        return None


def merged_days(spans: Iterable[tuple[dt.date, dt.date]]) -> int:
    """Days covered by at least one span (ends inclusive): two jobs at once are one career."""
    merged: list[tuple[dt.date, dt.date]] = []
    for start, end in sorted(s for s in spans if s[0] <= s[1]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return sum((end - start).days + 1 for start, end in merged)


def work_span(start: str, end: str) -> Span | None:
    """A role's days (an empty end: still going), or None when the corpus does not say: no start
    date, a date Tailor cannot read, or an end before the start. What a caller makes of None is
    its own policy."""
    first = parse_date(start, end=False)
    if first is None:
        return None
    if not end.strip():
        return first, None
    last = parse_date(end, end=True)
    return (first, last) if last is not None and last >= first else None


def years_worked(spans: Iterable[Span], today: dt.date) -> float:
    """Years covered by at least one span up to `today` (a role starting later counts nothing)."""
    return merged_days((s, min(e or today, today)) for s, e in spans if s <= today) / DAYS_PER_YEAR
