"""Corpus dates (YYYY-MM-DD, YYYY-MM or YYYY) as days, and careers as merged spans of days.

Shared by the screening answers of `tailor batch` ("years of experience") and the fit scorer's
"N+ years" requirements, so both count a career the same way. The corpus loaders use
`impossible_dates` and `end_before_start` so that no nonsense date reaches a resume unannounced.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable

from tailor.corpus.evidence import json_path

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


def date_problem(text: str) -> str:
    """Why a date-shaped `text` names no real day ("month 13 is not between 1 and 12"), or "".

    JSON Resume's date pattern (and the native format, which copies it) checks only the shape:
    `[0-1][0-9]` lets "2018-13" and "2021-02-30" through, and the exporter would print them as
    written. Text that is not date-shaped at all is the schema's to report, so it gives "" here.
    """
    match = _DATE.fullmatch(text.strip())
    if not match:
        return ""
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is not None and not 1 <= month <= 12:
        return f"month {month} is not between 1 and 12"
    if day is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            return f"day {day} is not in {calendar.month_name[month]} {year} (it has {last} days)"
    return ""


# The date fields of both corpus formats and of JSON Resume's other sections (awards, ...).
DATE_KEYS = frozenset({"startDate", "endDate", "date", "releaseDate", "start_date", "end_date"})


def impossible_dates(data: object) -> list[tuple[str, str]]:
    """(JSON path, problem) for each date of each list section that names no real day.

    Every date either format has sits one level down in a list section (`work[2].endDate`,
    `experiences[0].start_date`), which keeps this one loop for both formats.
    """
    problems = []
    for section, items in (data.items() if isinstance(data, dict) else ()):
        for i, item in enumerate(items if isinstance(items, list) else ()):
            for key, value in (item.items() if isinstance(item, dict) else ()):
                why = date_problem(value) if key in DATE_KEYS and isinstance(value, str) else ""
                if why:
                    problems.append((json_path((section, i, key)), f"{value!r} is not a date: {why}"))
    return problems


# What people write for the end of a role they still hold. The schemas want the end left out.
ONGOING = frozenset({"present", "current", "now", "ongoing", "today", "to date", "till date",
                     "till now", "to present"})


def ongoing_ends(data: object, end_key: str) -> tuple[object, list[str]]:
    """A copy of `data` with "Present"-style end dates of its list sections left out (the role
    is still going), and one warning per date so changed, naming the entry."""
    if not isinstance(data, dict):
        return data, []
    out, warnings = dict(data), []
    for section, items in data.items():
        if not isinstance(items, list):
            continue
        fixed = []
        for i, item in enumerate(items):
            value = item.get(end_key) if isinstance(item, dict) else None
            if isinstance(value, str) and value.strip().casefold() in ONGOING:
                item = {k: v for k, v in item.items() if k != end_key}
                warnings.append(f"{json_path((section, i, end_key))}: {value!r} read as still going "
                                f"(leave {end_key} out for a current role)")
            fixed.append(item)
        out[section] = fixed
    return out, warnings


def one_sided_dates(data: object, start_key: str, end_key: str, file: str) -> list[str]:
    """A warning for each entry of a list section with an end date but no start date: the
    resume would print the end alone ("Mar 2022"), which reads as a one-month job. Not for
    education, where a graduation date alone is how most resumes show a degree."""
    warnings = []
    for section, items in (data.items() if isinstance(data, dict) else ()):
        if section == "education":
            continue
        for i, item in enumerate(items if isinstance(items, list) else ()):
            if not isinstance(item, dict):
                continue
            start, end = item.get(start_key), item.get(end_key)
            if isinstance(end, str) and end.strip() and not (isinstance(start, str) and start.strip()):
                warnings.append(f"{json_path((section, i))}: has {end_key} {end!r} but no "
                                f"{start_key}, so the resume shows the end date alone; add "
                                f"{start_key} in {file}")
    return warnings


def end_before_start(start: str, end: str) -> bool:
    """Whether `end` is over before `start` begins (an open or unreadable end is not).

    Mixed precision compares whole periods: "2020-03" to "2020" is fine, since 2020 ends after
    March begins.
    """
    first, last = parse_date(start, end=False), parse_date(end, end=True)
    return first is not None and last is not None and last < first


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


def years_worked(spans: Iterable[Span | None], today: dt.date) -> float:
    """Years covered by at least one span up to `today` (a role starting later counts nothing).
    A role without readable dates (None) counts as nothing: the years can be understated, never
    invented. Callers pass work roles' spans only: graduation years and birth dates say how old
    someone is, not what they have done, and a scorer reading them would be an age filter."""
    return merged_days((span[0], min(span[1] or today, today)) for span in spans
                       if span is not None and span[0] <= today) / DAYS_PER_YEAR
