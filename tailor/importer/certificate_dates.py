"""A certificate's date and licence number where a line prints them inside its name or issuer.

"OSHA 30-Hour Construction Safety Card, 2019": a year set after the last comma of a certificate
line is its date, not the end of its name (a bare year glued to a name, "TechConf 2022", stays).
"CPR/AED, American Red Cross (renewed 2025)", "(issued Mar 2021)": a renewal or issue date in
brackets is the date, not part of the issuer. "(expires 2027)", "(valid until 2027)": an expiry
is no date the certificate was earned, and JSON Resume's certificate has one date only (a page
prints it as when the certificate was earned), so it leaves the name and is listed whole, with
why; so is "exp. 10/2027" set in a column of its own beside the name (a table's cell).
"License No. JE-0458821", "Lic. #12345": a licence's number is no issuer, and JSON Resume has no
field for it, so it stays in the certificate's name, as printed, where the page shows it.
`entries.py` asks `certificate_asides` for every certificate header line and `numbers_into_name`
for the text parts of an entry ("Name, License No. X" was cut as a name and an issuer);
`certificate_names.another_certificate` asks `dated_certificate` (two dated lines are two
certificates). See the importer's entry step in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import re

from tailor.importer.dates import parse_dates, trailing_dates

_DATE = r"(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2}[/.])?(?:19|20)\d\d"  # "2025", "Mar 2021", "03/2026"
_EARNED_WORDS = r"renewed|re-?certified|issued|earned|obtained|completed|awarded|certified|passed|received"
_EXPIRY_WORDS = r"expires?|expiring|expired|exp\.?|valid\s+(?:until|through|thru|to)|good\s+(?:until|through)"
# "(renewed 2025)", "(expires 2027)", "[exp. 03/2026]"; after a comma at the line's end: ", expires 2027";
# in a column of its own (a table's cell, a tab stop: "Name | exp. 10/2027"), the line's last
_PHRASE = re.compile(rf"\s*(?:[(\[]\s*(?P<word>{_EARNED_WORDS}|{_EXPIRY_WORDS})\s*:?\s*(?P<date>{_DATE})\s*[)\]]"
                     rf"|(?:,|\s[|·•]|\t)\s*(?P<word2>{_EARNED_WORDS}|{_EXPIRY_WORDS})\s*:?\s*(?P<date2>{_DATE})\s*$)",
                     re.I)
_EXPIRY = re.compile(rf"^(?:{_EXPIRY_WORDS})$", re.I)
# ", 2019" ending the line: after a comma, a year alone is the certificate's date
_TRAILING_YEAR = re.compile(r",\s*(?P<date>(?:19|20)\d\d)\s*$")
# "May 01", "March": the year after them ends a whole date, not a name
_DAY_OR_MONTH = re.compile(r"\b(?:\d{1,2}|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                           r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$", re.I)
# "License No. JE-0458821", "Lic. #12345", "Certificate Number: 0042-17", "Licence: RN123456", "#A-1234"
_LICENCE_NUMBER = re.compile(
    r"^(?:(?:state\s+|professional\s+)?(?:licen[cs]e|lic\.?|certificate|cert\.?|registration|reg\.?|credential)\s*)?"
    r"(?:no\.?|#|number|nr\.?|num\.?|id\b)\s*:?\s*#?\s*[A-Z0-9][\w./-]*\d[\w./-]*$"
    r"|^(?:licen[cs]e|registration)\s*:\s*[A-Z]*\d[\w./-]*$", re.I)
_EXPIRY_REASON = ("when the certificate expires: JSON Resume's certificate has one date, when it was earned; "
                  "add the expiry to its name to show it")


def certificate_asides(text: str) -> tuple[str, str, list[tuple[str, str]]]:
    """`text` without the dates set inside it, the date it was earned or renewed ("" if none),
    and the expiry it printed, each with why it found no field."""
    date, asides = "", []
    while match := _PHRASE.search(text):
        word, when = match["word"] or match["word2"], match["date"] or match["date2"]
        if _EXPIRY.match(word.strip()):
            asides.append((match[0].strip(" ,()[]|·•\t"), _EXPIRY_REASON))
        elif not date and parse_dates(when):
            date = when
        else:
            asides.append((match[0].strip(" ,()[]|·•\t"), "a second date of the certificate: its date holds the first"))
        text = (text[:match.start()] + text[match.end():]).strip()
    if (year := _TRAILING_YEAR.search(text)) and not date and not _DAY_OR_MONTH.search(text[:year.start()]):
        date, text = year["date"], text[:year.start()].rstrip()  # never "Issued on: May 01, 2024"'s year alone
    return text, date, asides


def dated_certificate(text: str) -> bool:
    """A line that names something and carries its own date: "OSHA 10, 2019", "CPR (renewed
    2025)", "PMP, Mar 2021"; a line of a date alone ("Issued 2019", "Expires Jan 2023") is none."""
    rest, date, asides = certificate_asides(text)
    if not date and not asides and (split := trailing_dates(rest)):
        rest, date = split[0], split[1].text or "dated"
    words = re.sub(rf"\b(?:{_EARNED_WORDS}|{_EXPIRY_WORDS}|on|in|date|since)\b", "", rest, flags=re.I)
    return bool(date or asides) and len(re.findall(r"[^\W\d_]", words)) >= 3


def is_licence_number(text: str) -> bool:
    """"License No. JE-0458821", "Lic. #12345": a licence's number, never its issuer."""
    return bool(_LICENCE_NUMBER.match(text.strip()))


def numbers_into_name(texts: list[str]) -> list[str]:
    """A certificate's text parts with a licence number set apart ("Journeyman Licence" over
    "Licence No. 123") put back after the name, as printed: the number is no issuer."""
    if len(texts) < 2 or is_licence_number(texts[0]):
        return texts
    numbers = [t for t in texts[1:] if is_licence_number(t)]
    if not numbers:
        return texts
    return [", ".join([texts[0], *numbers]), *(t for t in texts[1:] if t not in numbers)]
