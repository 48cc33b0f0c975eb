"""Dates as resumes write them -> JSON Resume's ISO dates (`YYYY-MM`, `YYYY`, `YYYY-MM-DD`).

Handles "Mar 2021", "March 2021", "Sept. 2019", "1 December 2024", "December 1, 2024", "1st March
2019" (the day is dropped: a resume's dates are months), "01/09/2019" and "1.9.2019" (day first), "03/2021",
"2021-03", "2021-Mar" (year first, then the month's name), "2021.03" and "03.2021", "2021", ranges
joined by -, --, –, —, "to", "until", a season ("Summer 2019", which JSON Resume can only hold as its
year, "2019"), and an open end ("Present", "Current", "Now", or nothing after the dash) which JSON
Resume expresses as a missing endDate. "Present - 2010" is a template filling in a start the
person left out: only the end is known. A lone year is only taken as a date when it stands alone
in its part of the line (so "TechConf 2022" stays a name).
Month names and open ends in French, Spanish, German, Portuguese, Italian and Dutch ("janv.
2019 – aujourd'hui", "März 2020 – heute") come from `heading_words`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from tailor.importer.heading_words import OPEN_WORDS, foreign_month, month_pattern

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          rf"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|{month_pattern()})\.?")
_YEAR = r"(?:19|20)\d\d(?!\d)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
# "01/09/2019", "1.9.2019", "15/03/2018": a day, a month and a year in figures (Europass and most
# of the world write the day first; "06/15/2019", whose second number cannot be a month, is read
# month first, as Americans write it)
_DAY_MONTH_YEAR = rf"(?<![\d/.])\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}"
# "GS-2005-09", "WG-1990", "NH-2010-03": a US federal or military pay grade (a plan's letters,
# a series, a grade) is a code, never a date, however much its series looks like a year; so a
# year is not read right after one to three capitals and a hyphen ("GS-", "NH-"), a code's start
_PAY_PLAN = r"(?<!(?-i:\b[A-Z]-))(?<!(?-i:\b[A-Z]{2}-))(?<!(?-i:\b[A-Z]{3}-))"
# "2020.03", "03.2020": a month and a year joined by a dot, as Chinese, Korean and Japanese
# resumes (year first) and German and Polish ones (month first) write them; the month is two
# figures from 01 to 12, and no figure or dot touches the pair, so a version ("1.2.2019"), a
# grade ("3.8") or an amount ("2019.50") is no date
_DOTTED = r"(?<![\d.])(?:{y}\.(?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])\.{y})(?!\d|\.\d)".format(y=r"(?:19|20)\d\d")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"  # "1", "1st", "30th": a day, with the ordinal's ending British CVs write
ONE = (rf"(?:(?:{_DAY}\s+)?{_MONTH}\s*(?:{_DAY}\s*)?,?\s*{_YEAR}"  # a day may lead or follow the month
       rf"|{_SEASON}\s+{_YEAR}|{_DAY_MONTH_YEAR}|(?<!\d)\d{{1,2}}/{_YEAR}"
       rf"|(?<!\d){_PAY_PLAN}{_YEAR}-\d\d(?:-\d\d)?(?!\d)"
       rf"|(?<!\d){_YEAR}-{_MONTH}(?![a-z])"
       rf"|{_DOTTED}"
       rf"|(?<![\d/.]){_PAY_PLAN}{_YEAR})")
# "July 2019 – Till Date", "2019 – till now", "2019 - to date": Indian and British CVs write an open end
# with "till"/"to"/"up to" before the word, which is the same open end
OPEN = (rf"(?:(?:till|until|up\s+to|upto|to)\s+(?:date|now|present|today)|present|current|now|ongoing|today|date"
        rf"|{OPEN_WORDS})")  # and other languages' words
RANGE = re.compile(rf"(?<!\w)(?P<start>{ONE})\s*(?:--?|–|—|to|until|through|thru)\s*"
                   rf"(?P<end>{ONE}|{OPEN})(?!\w)", re.I)
NO_START = re.compile(rf"{OPEN}\s*(?:--?|–|—)\s*({ONE})", re.I)  # "Present - 2010": a template's stand-in
SINGLE = re.compile(rf"(?<!\w)(?:{ONE})(?!\w)", re.I)
_MONTH_DATE = re.compile(rf"(?<!\w)(?:{_MONTH}\s*,?\s*{_YEAR}|{_SEASON}\s+{_YEAR}|{_DAY_MONTH_YEAR}|\d{{1,2}}/{_YEAR}"
                         rf"|{_PAY_PLAN}{_YEAR}-\d\d(?:-\d\d)?|{_YEAR}-{_MONTH}|{_DOTTED})(?!\w)",
                         re.I)  # "(2011-06-01)"


# "1 year 4 months", "8 mos", "2 yrs": how long an entry lasted, which its dates already say; "a year",
# "a month" as a web page's relative time ("a year" ago, humanised) prints one.
_DURATION = re.compile(r"(?:\d+\s*(?:years?|yrs?)(?:,?\s*\d+\s*(?:months?|mos?))?|\d+\s*(?:months?|mos?)"
                       r"|an?\s+(?:year|month))\.?", re.I)


def is_duration(text: str) -> bool:
    return bool(_DURATION.fullmatch(text.strip().strip("()")))


# "January 2018 - Present (9 years)", "Mar 2020 - Jan 2022 · 1 yr 10 mos": LinkedIn and others
# print how long a range lasted after it; the range says it already.
_DURATION_AFTER = re.compile(rf"\s*(?:\(\s*{_DURATION.pattern}\s*\)|[·•|]\s*{_DURATION.pattern})\s*$", re.I)


def without_duration(text: str) -> str:
    """`text` without the duration printed after its dates."""
    return _DURATION_AFTER.sub("", text)


@dataclass(frozen=True)
class Dates:
    start: str = ""
    end: str = ""
    ongoing: bool = False
    # the text read as these dates ("GS-2005-09" once was): a message about a second date quotes it
    text: str = field(default="", compare=False, repr=False)


def to_iso(token: str) -> str:
    """One date as written -> ISO; "" when it is not a date we know."""
    token = token.strip().lower().replace(",", " ")
    if match := re.fullmatch(rf"{_SEASON}\s+(\d{{4}})", token):
        return match[1]  # a season has no month of its own
    token = re.sub(rf"^{_DAY}\s+(?=[^\W\d_])|(?<=[^\W\d_])(\.?)\s*{_DAY}\s+(?=\d{{4}})", r"\1 ",
                   token).strip()  # the day
    if match := re.fullmatch(r"(\d{4})-([a-z]+)\.?", token):  # "2021-Mar"
        token = f"{match[2]} {match[1]}"
    if match := re.fullmatch(r"([^\W\d_]+\.?)\s*(\d{4})", token):
        if number := foreign_month(match[1]):  # "févr. 2019", "März 2020", "set. 2018"
            return f"{match[2]}-{number:02d}"
        month = match[1][:3]
        return f"{match[2]}-{_MONTHS.index(month) + 1:02d}" if month in _MONTHS else ""
    if match := re.fullmatch(r"(\d{1,2})([/.])(\d{1,2})[/.](\d{4})", token):
        first, second = int(match[1]), int(match[3])
        month = first if second > 12 and match[2] == "/" else second  # "06/15/2019": month first
        return f"{match[4]}-{month:02d}" if 1 <= month <= 12 and min(first, second) >= 1 else ""
    if match := re.fullmatch(r"(\d{4})\.(\d\d)", token):  # "2020.03"
        token = f"{match[2]}/{match[1]}"
    if match := re.fullmatch(r"(\d{1,2})[/.](\d{4})", token):
        return f"{match[2]}-{int(match[1]):02d}" if 1 <= int(match[1]) <= 12 else ""
    if match := re.fullmatch(r"(\d{4})-(\d\d)(-\d\d)?", token):
        return token if 1 <= int(match[2]) <= 12 else ""
    return token if re.fullmatch(r"\d{4}", token) else ""


# "Issued on: May 01, 2024", "Graduated: 2019": a label that only says the value is a date; a verb
# says so without its colon too ("Completed in May 2017", "Awarded in 2023", "Expected May 2026")
_DATE_LABEL = re.compile(r"^(?:(?:(?:issued|awarded|earned|received|completed|graduated|granted|obtained|expected)"
                         r"(?:\s+(?:on|in))?|since)\s*:?\s+|(?:date[sd]?|period)\s*:\s*)", re.I)


# "seit 03/2019", "since 2019", "depuis 2018", "desde 2020": one date after "since" is a start with
# no end yet, which JSON Resume writes as a missing endDate (not as a one-month job)
_SINCE = re.compile(r"^(?:since|seit|depuis|desde|dal|sinds)\s+", re.I)
# "Oct 2023 – Jul 2027 (expected)": a student's end still to come; the dates are the dates
_EXPECTED_AFTER = re.compile(
    r"\s*[(\[]?\s*(?:expected|anticipated|projected|voraussichtlich|pr[ée]vu[e]?)\s*[)\]]?\s*$", re.I)


def parse_dates(text: str) -> Dates | None:
    """The dates `text` consists of (a range or one date), else None. One date after "since"
    ("seit 03/2019") has an open end; an "(expected)" after the dates is dropped."""
    text = _EXPECTED_AFTER.sub("", text) if SINGLE.search(text) else text
    if (since := _SINCE.match(text.strip())) and (dates := _parse_dates(text.strip()[since.end():])) \
            and dates.start == dates.end and dates.start:
        return Dates(dates.start, "", True, text=" ".join(text.split()))
    dates = _parse_dates(text)
    return replace(dates, text=" ".join(text.split())) if dates else None


def _parse_dates(text: str) -> Dates | None:
    text = without_duration(_DATE_LABEL.sub("", text.strip())).strip("()[]").strip()
    if match := RANGE.fullmatch(text):
        start, end = to_iso(match["start"]), match["end"]
        if re.fullmatch(OPEN, end, re.I):
            return Dates(start, "", True) if start else None
        end_iso = to_iso(end)
        return Dates(start, end_iso) if start and end_iso else None
    if SINGLE.fullmatch(text):
        iso = to_iso(text)
        return Dates(iso, iso) if iso else None
    if (open_end := re.fullmatch(r"(.+?)\s*(?:--?|–|—)", text)) and SINGLE.fullmatch(open_end[1]):
        return Dates(to_iso(open_end[1]), "", True) if to_iso(open_end[1]) else None  # "2019-03 —": no end yet
    if re.fullmatch(OPEN, text, re.I):
        return Dates("", "", True)
    if (no_start := re.fullmatch(r"[–—]\s*(.+)", text)) and SINGLE.fullmatch(no_start[1]):
        return Dates("", to_iso(no_start[1])) if to_iso(no_start[1]) else None  # "— May 2010": start left out
    if (no_start := NO_START.fullmatch(text)) and SINGLE.fullmatch(no_start[1]):
        return Dates("", to_iso(no_start[1])) if to_iso(no_start[1]) else None  # "Present - 2010": no start given
    return None


_BRACKETED_YEAR = re.compile(rf"\s*[(\[]\s*({_YEAR})\s*[)\]]\s*$")


def trailing_dates(text: str) -> tuple[str, Dates] | None:
    """Split "Acme Corp, Jan 2020 - Present" into ("Acme Corp", dates): a range, or a month date,
    at the end of a part. A bare trailing year is not taken (it is often part of a name:
    "TechConf 2022"), unless it stands in brackets of its own ("B.S. CS (2018)"), which set it
    apart from the name as its date, or after "since" in a header of names ("Acme Ltd, since
    2019", not a sentence's "... adults since 2018"), which makes it a start with no end yet. A
    range typed before a capitalised title ("2019 – 2023 Data Analyst, Acme Ltd", as many CVs
    typed in a text file open an entry) is split off the same way."""
    text = without_duration(_EXPECTED_AFTER.sub("", text) if SINGLE.search(text) else text)
    if (bracketed := _BRACKETED_YEAR.search(text)) and (head := text[:bracketed.start()].rstrip(" ,;:-–—|")):
        return head, Dates(bracketed[1], bracketed[1], text=bracketed[0].strip())
    head = text[:since.start()].rstrip(" ,;:([-–—|") if (since := _SINCE_YEAR.search(text)) else ""
    if head and not re.search(r"(?<![\w'’])[a-z]\w{3,}", head):  # "Acme Ltd, since 2019", never a deed's
        # "Screened more than 600 adults since 2018": a header's words are names, capitalised
        return head, Dates(since[1], "", True, text=since[0].strip())
    for pattern in (RANGE, _MONTH_DATE):
        for match in pattern.finditer(text):
            rest = text[match.end():].strip(" )]")
            if rest:
                continue
            head = _TRAILING_LABEL.sub("", text[:match.start()]).rstrip(" ,;:([-–—|")
            dates = parse_dates(match[0])
            if dates and (since := _SINCE_AFTER.search(head)) and dates.start == dates.end:
                head, dates = head[:since.start()].rstrip(" ,;:([-–—|"), replace(dates, end="", ongoing=True)
            if head and dates:
                return head, dates
    lead = RANGE.match(text)  # "2019 – 2023 Data Analyst, Acme Ltd": a range typed before the title
    rest = text[lead.end():].lstrip(" ,;:|·–—-") if lead else ""
    return (rest, dates) if rest[:1].isupper() and (dates := parse_dates(lead[0])) else None


_SINCE_YEAR = re.compile(rf"(?<=[\s|,;(])(?:since|seit|depuis|desde|dal|sinds)\s+({_YEAR})\s*\)?$", re.I)
_SINCE_AFTER = re.compile(r"(?:^|(?<=[\s|,;]))(?:since|seit|depuis|desde|dal|sinds)$", re.I)  # "Bosch | seit 03/2019"
# "... Associate of Applied ScienceCompleted in": a date's label before it, glued onto the text
# before it when the layout floated the date right up against that text
_TRAILING_LABEL = re.compile(r"(?:(?<=[a-z)])|\s+)(?:Completed|Graduated|Awarded|Issued|Expected|Earned|Obtained)"
                             r"(?:\s+(?:in|on))?:?\s*$")


def date_goes_on(first: str, second: str) -> bool:
    """"Sep 2008 - Jun" over "2010" in a narrow dates cell, "Diploma, Business · (2012 -" over
    "2014)" in a narrow column: a range cut after its dash or its end month goes on with what
    ends it; a line with whole dates of its own does not. So does a date cut after its month,
    alone ("Skill Standards Council | Mar." over "2018") or as a range's start ("University
    Hospital Galway | Mar" over "2019 – Present"): a month's name cannot end a line that holds
    no date, and with the next line it makes one (docs/ARCHITECTURE.md, "Resume import", step 1)."""
    if RANGE.search(first) or not re.search(r"(?:[-–—]|\bto|[A-Za-z]\.?)$", first.strip()):
        return False
    end, words = second.strip().rstrip(")]"), first.split()
    if re.match(_YEAR, end) and words[-1][:1].isalpha() \
            and (SINGLE.fullmatch(f"{words[-1]} {end}") or RANGE.fullmatch(f"{words[-1]} {end}")):
        return True
    return any(RANGE.fullmatch(f"{first[start.start():].strip()} {end}") for start in SINGLE.finditer(first))


def stacked_dates(first: str, second: str) -> str | None:
    """"2021" over "2025", "December" over "2024": a timeline column sets an entry's dates on
    lines of their own, the start above the end or the month above the year. The two lines
    read as one date text ("2021 – 2025", "December 2024"), else None."""
    first, second = first.strip(), second.strip()
    if re.fullmatch(_MONTH, first, re.I) and re.fullmatch(_YEAR, second):
        return f"{first} {second}"
    start, end = parse_dates(first), parse_dates(second)
    if not start or not end or start.start != start.end or start.ongoing or not start.start \
            or end.start != end.end and not end.ongoing:
        return None
    if end.start and end.start < start.start:
        return None
    return f"{first} – {second}"
