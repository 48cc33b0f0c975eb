"""Whether a short piece of a resume names a real place: a city ("Dublin", "Kraków"), or a city
and its state's or province's code with no comma ("Melbourne VIC", "Sydney NSW 2000", "Toronto ON").

`fields.is_location` knows a place only by its shape ("City, ST", "City, Country"). A resume
written outside the US names the city alone after the employer ("Beaumont Hospital, Dublin",
"Allegro · Kraków", "Unilever⇥London"), and a shape cannot tell "Dublin" from "Acme". So the
names come from a gazetteer: GeoNames' places of 15,000 people or more
(`text/data/geonames_places.txt`, CC BY 4.0, folded to lower case without accents), read
lazily the first time a piece is asked about. Callers ask only where the structure already
says "a piece after the employer" or "a piece among contact details"; a name alone is never a
place here. The table leaves out a small town's name that is also a common English word ("Bend",
"Union"; `text/data/make_geonames_places.py`), and a role before a comma keeps what follows it
("Software Engineer, Mobile" names a team). See the importer steps in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from tailor.importer.roles import COMPANY_SUFFIX, ROLE_WORDS, is_role
from tailor.text.normalise import fold

_TABLE = Path(__file__).resolve().parent.parent / "text" / "data" / "geonames_places.txt"
# First-level subdivisions written as a code after the city, without a comma (ISO 3166-2 and
# the postal abbreviations): US states, Canadian provinces and territories, Australian states.
REGION_CODES = frozenset((
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
    "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY "
    "AB BC MB NB NL NS NT NU ON PE QC SK YT "
    "NSW VIC QLD TAS ACT").split())
# "Sydney NSW 2000", "Toronto ON M5V 2T6": a postal code may follow the region's code
_CITY_CODE = re.compile(r"(?P<city>.+?),? (?P<code>[A-Z]{2,3})(?: (?:\d{4,5}|[A-Z]\d[A-Z] ?\d[A-Z]\d))?")
# small words inside a place's name ("Stoke on Trent", "Frankfurt am Main", "Rio de Janeiro")
_PARTICLES = {"on", "upon", "am", "de", "del", "da", "do", "la", "le", "les", "el", "en", "of", "the", "sur", "im"}
# "University of California, Berkeley": a university system's name, then which campus
_CAMPUS = re.compile(r"(?:^|\s)(?:university|universidad|université|universität|college) of [\w .'&-]+$", re.I)


@cache
def _names() -> frozenset[str]:
    lines = _TABLE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _named_like_a_place(text: str) -> bool:
    """Each word capitalised as a name is ("Dublin", "Stoke-on-Trent"), small joining words aside."""
    words = text.split()
    return bool(words) and len(words) <= 4 and words[0][:1].isupper() and all(
        w[:1].isupper() or w in _PARTICLES for w in words) and not any(c.isdigit() for c in text)


def is_city(text: str) -> bool:
    """"Dublin", "Kraków", "Coalville": a city in the gazetteer, written as a name, that names no
    role ("Chef")."""
    text = " ".join(text.split())
    return _named_like_a_place(text) and fold(text) in _names() and not ROLE_WORDS.search(text)


def city_code(text: str) -> str | None:
    """"Melbourne VIC" -> "Melbourne, VIC", "Sydney NSW 2000" -> "Sydney, NSW": a known city, then
    the code of its state or province (Australian and Canadian addresses put no comma there).
    None for any other text."""
    match = _CITY_CODE.fullmatch(" ".join(text.split()))
    if not match or match["code"] not in REGION_CODES or not is_city(match["city"]):
        return None
    return f"{match['city']}, {match['code']}"


def is_place(text: str) -> bool:
    """A city alone or a city and its region's code (`is_city`, `city_code`)."""
    return is_city(text) or city_code(text) is not None


def trailing_place(piece: str) -> list[str] | None:
    """"Beaumont Hospital, Dublin" -> ["Beaumont Hospital", "Dublin"], "Chin Chin (Melbourne)" ->
    ["Chin Chin", "Melbourne"]: an employer, then its city after a comma or in brackets at the
    end. Nothing else marks the end of a name, so "Bank of America" and "Dublin City Council"
    stay whole. Not cut: a role alone before the comma ("Nurse, Galway" reads either way, and
    "Engineer, Platform" names a team), a university system before its campus ("University of
    California, Berkeley"), or a company suffix ("Acme, Inc."). None when nothing is cut."""
    text = " ".join(piece.split())
    if (match := re.fullmatch(r"(.+?)\s*\(([^()]+)\)", text)) and is_place(match[2]):
        return [match[1], match[2]]
    head, comma, tail = text.rpartition(", ")
    if not comma or not head or not is_place(tail) or COMPANY_SUFFIX.match(tail) or _CAMPUS.search(head) \
            or is_role(head) and not _has_employer(head) or is_place(head):
        return None
    return [head, tail]


def _has_employer(head: str) -> bool:
    """"Head Chef, Chin Chin": a role and, after its comma, a name that is no role."""
    first, comma, rest = head.partition(", ")
    return bool(comma) and is_role(first) and not is_role(rest)
