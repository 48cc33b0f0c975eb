"""Recognising the small fields resumes put on one line: parts, emails, phones, URLs, places.

A header line such as "Staff Engineer — Confluent | Mountain View, CA | Feb 2020 – Present"
is split into parts at separators (|, —, – with spaces, •, ·, tabs); each part is then either
a recognised field or text the caller assigns by position. Date ranges are protected before
splitting, because their own dash would otherwise split them.
"""
from __future__ import annotations

import re

from tailor.importer.dates import NO_START, RANGE, SINGLE

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"^(?:(?:tel|phone|mobile|cell)\s*[:.]?\s*)?\+?[\d\s().\-/]{7,}(?:\s*(?:x|ext\.?)\s*\d+)?$", re.I)
_TLDS = ("com", "org", "net", "io", "dev", "me", "co", "ai", "app", "edu", "gov", "info", "xyz", "tech",
         "site", "page", "us", "uk", "de", "ca", "eu", "fr", "nl", "in", "au", "ch", "se", "es", "it",
         "blog", "online", "cloud", "codes", "design", "so", "sh", "ly", "gg", "to",
         "br", "mx", "ar", "cl", "jp", "kr", "pl", "pt", "ie", "nz", "za", "dk", "fi")
URL = re.compile(r"^(?:https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.(?:" + "|".join(_TLDS) + r")(?:/\S*)?)$", re.I)
_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|"
    "Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
    "Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
    "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
    "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
    "District of Columbia|Ontario|Quebec|British Columbia|Alberta|Manitoba|Nova Scotia|England|Scotland|"
    "Wales|Bavaria|Catalonia|New South Wales|Victoria|Queensland")
_COUNTRIES = (
    "USA|United States|Canada|United Kingdom|Germany|France|Spain|Italy|Netherlands|Belgium|Ireland|"
    "Portugal|Poland|Sweden|Norway|Denmark|Finland|Switzerland|Austria|India|China|Japan|Singapore|"
    "Australia|New Zealand|Brazil|Mexico|Argentina|Israel|Nigeria|Kenya|South Africa|Egypt|Russia|"
    "Ukraine|Belarus|Turkey|Greece|Romania|Bulgaria|Czech Republic|Czechia|Hungary|Slovakia|Croatia|"
    "Serbia|Estonia|Latvia|Lithuania|Iceland|Luxembourg|Vietnam|Philippines|Indonesia|Malaysia|"
    "Thailand|South Korea|Korea|Taiwan|Hong Kong|Pakistan|Bangladesh|Sri Lanka|Nepal|Colombia|Chile|"
    "Peru|Uruguay|Ecuador|Venezuela|Costa Rica|United Arab Emirates|UAE|Saudi Arabia|Qatar|Jordan|"
    "Lebanon|Morocco|Tunisia|Ghana|Ethiopia|Uganda|Tanzania|Rwanda|Scotland|England")
_PLACE = r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|del|la|am|upon|on))*"
LOCATION = re.compile(rf"^(?:{_PLACE}, (?:[A-Z]{{2,3}}|{_STATES}|{_COUNTRIES})(?:, (?:[A-Z]{{2,3}}|{_COUNTRIES}))?"
                      rf"|(?:Remote|Hybrid|On-?site)(?: \(.*\))?(?:,? .*)?)$")
# A state, province or country named alone: "Texas", "Ontario (Compact)" (a remark in brackets after it)
REGION = re.compile(rf"^(?:{_STATES}|{_COUNTRIES})(?:\s*\([^()]*\))?$")
_SEPARATORS = re.compile(r"\s+[|•·▪∙⋅]\s+|\s+[|•·▪∙⋅]$|^[|•·▪∙⋅]\s+|\s+[—–]\s+|\s+@\s+|\s*\|\s*")
# "Issued by: Google", "Awarded by Sulzer", "Published in ACM Queue": who issued an entry, labelled.
ISSUER_LABEL = re.compile(r"^(?:issued|awarded|granted|presented|published)\s+(?:by|in)\b\s*:?\s*", re.I)
_PLACEHOLDER = "\x00{}\x00"


def split_parts(text: str) -> list[str]:
    """Parts of a line at its separators; "a - b" splits only where nothing stronger does."""
    ranges = [m[0] for m in RANGE.finditer(text)] + [m[0] for m in NO_START.finditer(text)]
    protected = text
    for i, value in enumerate(ranges):
        protected = protected.replace(value, _PLACEHOLDER.format(i), 1)
    parts = [p.strip() for p in _SEPARATORS.split(protected) if p and p.strip()]
    if len(parts) == 1 and " - " in parts[0]:
        parts = [p.strip() for p in parts[0].split(" - ") if p.strip()]
    out = []
    for part in parts:
        for i, value in enumerate(ranges):
            part = part.replace(_PLACEHOLDER.format(i), value)
        out += _range_and_address(part, ranges)
    return out


def _range_and_address(part: str, ranges: list[str]) -> list[str]:
    """"JUN 2015 — JAN 2020 https://www.dropbox.com/": a date range and an address a layout set
    in one right-aligned cell, with a space only between them, are two parts; so are a single
    date and an address ("2019-03-01 https://aws.amazon.com/certification/")."""
    head, _, rest = part.strip().rpartition(" ")
    if head and is_url(rest) and SINGLE.fullmatch(head.strip()):
        return [head.strip(), rest]
    for value in ranges:
        rest = part.replace(value, " ", 1).strip() if value in part else ""
        if rest and " " not in rest and is_url(rest) and part.strip().startswith((value, rest)):
            return [value, rest] if part.strip().startswith(value) else [rest, value]
    return [part]


def is_email(text: str) -> bool:
    return bool(EMAIL.fullmatch(text.strip().removeprefix("mailto:")))


def is_phone(text: str) -> bool:
    """7+ digits in phone punctuation, and not a date range ("2019 - 2021")."""
    return bool(PHONE.match(text.strip())) and sum(c.isdigit() for c in text) >= 7 and not RANGE.search(text) \
        and not SINGLE.fullmatch(text.strip())  # "15/03/2018": a date, not a number to call


def is_url(text: str) -> bool:
    return bool(URL.match(text.strip())) and "@" not in text.split("/")[0]


def is_contact_detail(text: str) -> bool:
    """An email, a phone number or a web address."""
    return is_email(text) or is_phone(text) or is_url(text)


def is_location(text: str) -> bool:
    return bool(LOCATION.match(text.strip()))


# "Mississauga, Ontario, CA", "Manchester, Greater Manchester, GB": city, region, country code,
# as a contact block prints a JSON Resume's location. Not a `LOCATION` (its middle part is any
# region), since "Acme Corp, Austin, TX" has the same shape in an entry header.
_CODED_PLACE = re.compile(rf"^{_PLACE}, {_PLACE}, [A-Z]{{2}}$")


def is_coded_place(text: str) -> bool:
    return bool(_CODED_PLACE.match(text.strip()))


def label_value(text: str, *labels: str) -> str | None:
    """The value of "Label: value" (or "Label value") when `text` starts with one of `labels`."""
    for label in labels:
        if match := re.match(rf"^{label}\b\s*[:\-]?\s*(.+)$", text.strip(), re.I):
            return match[1].strip()
    return None


def split_list(text: str) -> list[str]:
    """Items of "a, b; c | d" (commas inside parentheses do not split). Nor does a comma inside a
    number: a thousands separator ("over 1,200 reviews", "€1,200,000", "2,500+ users") or a
    decimal comma ("Note 1,8", "4,5 Jahre"); a list of numbers puts a space after its commas, or
    has more than one ("Windows 7,8,10")."""
    items, depth, current = [], 0, ""
    for index, char in enumerate(text):
        depth += char in "([{"
        depth -= char in ")]}" and depth > 0
        if char in ",;|•·" and depth == 0 and not (char == "," and _in_number(text, index)):
            items.append(current)
            current = ""
        else:
            current += char
    items.append(current)
    return [" ".join(item.split()) for item in items if item.strip()]


# "1,200" (thousands) or "1,8" (a decimal comma: one or two decimals, no list of numbers around it,
# "Windows 7,8,10" and "2019,2020" are lists typed without spaces)
_IN_NUMBER = re.compile(r"\d,\d{3}(?!\d)|(?<![\d,])\d{1,3},\d{1,2}(?![\d,])")


def _in_number(text: str, comma: int) -> bool:
    """Whether the comma at `comma` stands inside a number (`_IN_NUMBER`)."""
    return any(m.start() < comma < m.end() for m in _IN_NUMBER.finditer(text, max(comma - 4, 0), comma + 5))


def is_tag_list(text: str) -> bool:
    """"Next.js, PostgreSQL, Prisma": three or more short names, no sentence: keywords."""
    items = split_list(text)
    return len(items) >= 3 and not text.rstrip().endswith(".") and all(len(i.split()) <= 3 for i in items)
