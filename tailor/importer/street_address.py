"""A postal address with its street, read whole: "1420 Granby Street, Norfolk, VA 23510",
"12 rue de la République, 69002 Lyon, France", "221B Baker Street, London NW1 6XE".

A street address is never a place name on its own, yet it holds one: the city, region and
country after the street are where the person (in the header) or the job (under it) is. JSON
Resume's `basics.location` has a field for each piece (address, postalCode, city, region,
countryCode), and `work[].location` is one text, the place ("Norfolk, VA"). Only shapes whose
every piece says what it is are read: the street is its own comma part and holds a house
number, and the place after it is either a US or Canadian "City, ST 23510" (a state's or
province's code and its postal code), or a European "69002 Lyon" (the postal code before a city
the gazetteer knows, or before any city when a country's name follows), or a British "London
NW1 6XE" (a known city and its postcode), or an Indian "Pune, Maharashtra – 411045" (a known city,
its state and a six-digit PIN code) after any street. A line that only looks like one ("Apt 4, Building 2")
stays what it was. See the importer's header and entry steps in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tailor.importer.addresses import country_code
from tailor.importer.places import REGION_CODES, is_city

# "1420 Granby Street", "12 rue de la République", "Seefeldstrasse 214", "221B Baker Street":
# a house number (digits, maybe a letter) first or last, and a word of the street's name
_STREET = re.compile(r"(?:\d{1,5}[A-Za-z]?,?\s+[^\W\d_][^,]*|[^\W\d_][^,]*?\s+\d{1,5}[A-Za-z]?)")
# "Apt 4B", "Suite 200", "Unit 3", "#12": a second part of the street
_UNIT = re.compile(r"(?:apt\.?|apartment|suite|ste\.?|unit|floor|fl\.?|#)\s*\w+", re.I)
_NAME = r"[^\W\d_][^,\d]*?"  # a city's, region's or country's name: no digits, no comma
_NORTH_AMERICA = re.compile(rf"(?P<city>{_NAME}),\s*(?P<region>[A-Z]{{2}})\s+"
                            r"(?P<postal>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)")
_POSTAL_FIRST = re.compile(rf"(?P<postal>(?:[A-Z]{{1,2}}-)?\d{{4,5}})\s+(?P<city>{_NAME})")
_UK = re.compile(rf"(?P<city>{_NAME})\s+(?P<postal>[A-Z]{{1,2}}\d[A-Z\d]? ?\d[A-Z]{{2}})")
# "Flat 304, Shree Residency, Baner Road, Pune, Maharashtra – 411045": an Indian address, its
# flat and building and road before "City, State" and a six-digit PIN code after a dash
_PIN = re.compile(rf"(?P<street>[^,]*\d[^,]*(?:,[^,]+)*?),\s*(?P<city>{_NAME}),\s*(?P<region>{_NAME})"
                  r"(?:\s*[–-]\s*|\s+)(?P<postal>\d{6})")
_STREET_WORDS = 8  # a street's name is this many words at most


@dataclass(frozen=True)
class StreetAddress:
    street: str
    postal: str
    city: str
    region: str = ""
    country: str = ""  # as written: "France", "USA"

    def location(self) -> dict:
        """basics.location as JSON Resume has it: every piece in its own field."""
        code = country_code(self.country) if self.country else ""
        fields = {"address": self.street, "postalCode": self.postal, "city": self.city, "region": self.region,
                  "countryCode": code or ""}
        return {key: value for key, value in fields.items() if value}

    def place(self) -> str:
        """A job's location, the place without the street: "Norfolk, VA", "Lyon, France"."""
        return ", ".join(p for p in (self.city, self.region or self.country) if p)


def street_address(text: str) -> StreetAddress | None:
    """The address `text` is, when it has one of the shapes above; None for any other text."""
    if (pin := _PIN.fullmatch(" ".join(text.split()))) and is_city(pin["city"].strip()):
        return StreetAddress(pin["street"].strip(), pin["postal"], pin["city"].strip(), pin["region"].strip())
    parts = [p.strip() for p in " ".join(text.split()).split(",")]
    country = ""
    if len(parts) >= 3 and country_code(parts[-1]):
        country, parts = parts[-1], parts[:-1]
    for cut in range(1, min(3, len(parts))):  # the street is the first part, or the first two ("Apt 4")
        street, place = parts[:cut], parts[cut:]
        if not _STREET.fullmatch(street[0]) or len(street[0].split()) > _STREET_WORDS \
                or any(not _UNIT.fullmatch(p) for p in street[1:]):
            continue
        if found := _place_after_street(", ".join(place), bool(country)):
            city, region, postal = found
            return StreetAddress(", ".join(street), postal, city, region, country)
    return None


def _place_after_street(text: str, has_country: bool) -> tuple[str, str, str] | None:
    """(city, region, postal code) of the place after a street, in the shapes the module names."""
    if (match := _NORTH_AMERICA.fullmatch(text)) and match["region"] in REGION_CODES:
        return match["city"].strip(), match["region"], match["postal"]
    if (match := _POSTAL_FIRST.fullmatch(text)) and (has_country or is_city(match["city"])):
        return match["city"].strip(), "", match["postal"]
    if (match := _UK.fullmatch(text)) and is_city(match["city"]):
        return match["city"].strip(), "", match["postal"]
    return None
