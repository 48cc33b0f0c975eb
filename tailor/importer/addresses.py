"""The place (city, region, country) in a postal address printed in a resume's header.

JSON Resume keeps the person's city, region and country code; a layout may print the whole
address instead, in one of a few shapes that `contact.py`'s "City, Region, CC" patterns miss:

- glued on one line the way a US or UK envelope puts it, the street running into the city
  without a comma: "920 Lavaca Street Austin, Texas 78701 US", "Seefeldstrasse 214 Zürich, ZH
  8008 CH", "Manchester, Greater Manchester M14 5RB GB";
- a comma list ending with the country's name: "920 Lavaca Street, 78701, Austin, Texas, United
  States", "L5B 2C9, Mississauga, Ontario, Canada", or with the postal code after the country's
  code: "Mississauga, Ontario, CA, L5B 2C9";
- the place's parts set apart by spaces alone: "San Francisco California US", "Zürich ZH CH",
  "920 Lavaca Street Austin Texas 78701 US", "M14 5RB Manchester Greater Manchester GB";
- the country's code in brackets after the city: "920 Lavaca Street, 78701, Austin (US), Texas";
- every field in a comma part of its own, in JSON Resume's order (a theme printing the fields
  one after another): "920 Lavaca Street, Austin, 78701, Texas, US", "Manchester, M14 5RB,
  Greater Manchester, GB".

Each gives "City, Region, CC" (what `location_object` reads). The street and the postal code are
left out in these shapes, where a street cannot be told from a city reliably; a street set apart
by its own comma, with a house number, is read whole by `street_address.py`. A city then its
country's name in the country's own language ("Madrid, España") is a place too. See the
importer steps in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import re

from tailor.importer.fields import is_location
from tailor.importer.name_line import reads_as_title
from tailor.importer.places import city_code, is_city
from tailor.text.normalise import fold

# "..., Region POSTAL CC": a postal code holds a digit ("78701", "01304-001", "L5B 2C9", "M14 5RB").
_ENVELOPE = re.compile(r"(?P<before>.+?),\s*(?P<region>[^\d,]+?)\s+(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9 -]{1,9}[A-Z0-9]"
                       r"\s+(?P<cc>[A-Z]{2})")
# "920 Lavaca Street, 78701, Austin (US), Texas": the country's code in brackets after the city.
_CODE_IN_BRACKETS = re.compile(r"(?:.*,\s*)?(?P<city>[^\W\d][^,()]*?)\s*\((?P<cc>[A-Z]{2})\),"
                               r"\s*(?P<region>[^\W\d][^,()]*)")
# Words that end a street ("Lavaca Street", "Apt 6"), after which the city starts.
_STREET_WORD = re.compile(r"(?i)^(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|ln\.?|drive|dr\.?|"
                          r"way|court|ct\.?|place|pl\.?|terrace|parkway|highway|square|suite|unit|apt\.?|"
                          r"\w+(?:strasse|straße|weg|gasse|straat|laan|vej|gatan|vägen|gade))$")
_PLACE_WORDS = 4  # a city's or region's name is this many words at most
# "78701", "01304-001", "L5B 2C9", "M14 5RB", "8008": a postal code as a comma part of its own
_POSTAL_PART = re.compile(r"(?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9 -]{2,8}[A-Z0-9]")
_COUNTRY_CODES = {
    "united states": "US", "usa": "US", "united states of america": "US", "canada": "CA", "united kingdom": "GB",
    "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "ireland": "IE", "germany": "DE",
    "france": "FR", "spain": "ES", "italy": "IT", "portugal": "PT", "netherlands": "NL", "belgium": "BE",
    "switzerland": "CH", "austria": "AT", "poland": "PL", "sweden": "SE", "norway": "NO", "denmark": "DK",
    "finland": "FI", "czech republic": "CZ", "czechia": "CZ", "greece": "GR", "romania": "RO", "hungary": "HU",
    "brazil": "BR", "mexico": "MX", "argentina": "AR", "chile": "CL", "colombia": "CO", "peru": "PE",
    "india": "IN", "china": "CN", "japan": "JP", "south korea": "KR", "korea": "KR", "singapore": "SG",
    "vietnam": "VN", "philippines": "PH", "indonesia": "ID", "malaysia": "MY", "thailand": "TH",
    "australia": "AU", "new zealand": "NZ", "israel": "IL", "turkey": "TR", "south africa": "ZA",
    "nigeria": "NG", "kenya": "KE", "egypt": "EG", "united arab emirates": "AE", "uae": "AE",
    # the country's own name, as a resume written in its language prints it (folded: no accents)
    "espana": "ES", "deutschland": "DE", "schweiz": "CH", "suisse": "CH", "svizzera": "CH", "osterreich": "AT",
    "italia": "IT", "nederland": "NL", "belgique": "BE", "belgie": "BE", "brasil": "BR", "polska": "PL",
    "sverige": "SE", "norge": "NO", "danmark": "DK", "suomi": "FI", "turkiye": "TR", "eire": "IE",
    "ceska republika": "CZ", "magyarorszag": "HU", "ellada": "GR",
}


def country_code(name: str) -> str:
    """"France" -> "FR", "España" -> "ES", "USA" -> "US": a country's name, in English or in its
    own language, as its ISO code; "" for any other text."""
    return _COUNTRY_CODES.get(fold(name), "")


def city_and_country(text: str) -> bool:
    """"Madrid, España", "Lyon, France": a city the gazetteer knows, then its country's name in
    English or its own language (`fields.is_location` knows English names only)."""
    city, comma, country = " ".join(text.split()).rpartition(", ")
    return bool(comma) and is_city(city) and bool(country_code(country))


def place_of_address(text: str) -> str | None:
    """"City, Region, CC" of an address line in one of the shapes above; None for any other text."""
    text = " ".join(text.split())
    if match := _ENVELOPE.fullmatch(text):
        city = _city_after_street(match["before"].split(",")[-1])
        return f"{city}, {match['region'].strip()}, {match['cc']}" if city else None
    parts = [p.strip() for p in text.split(",")]
    if len(parts) >= 3 and (code := country_code(parts[-1])) \
            and all(re.fullmatch(r"[^\W\d][^\d]*", p) and len(p.split()) <= _PLACE_WORDS for p in parts[-3:-1]) \
            and (is_location(f"{parts[-3]}, {parts[-2]}") or any(re.search(r"\d", p) for p in parts[:-3])):
        return f"{parts[-3]}, {parts[-2]}, {code}"
    if len(parts) == 4 and re.search(r"\d", parts[-1]) and len(parts[-1]) <= 10 \
            and re.fullmatch(r"[A-Z]{2}", parts[2]) and all(re.fullmatch(r"[^\W\d][^\d]*", p) for p in parts[:2]):
        return f"{parts[0]}, {parts[1]}, {parts[2]}"  # "Mississauga, Ontario, CA, L5B 2C9"
    if len(parts) >= 4 and _POSTAL_PART.fullmatch(parts[-3]) \
            and (code := country_code(parts[-1]) or re.fullmatch(r"[A-Z]{2}", parts[-1]) and parts[-1]) \
            and all(re.fullmatch(r"[^\W\d][^\d]*", p) and len(p.split()) <= _PLACE_WORDS
                    for p in (parts[-4], parts[-2])):
        return f"{parts[-4]}, {parts[-2]}, {code}"  # "Austin, 78701, Texas, US": each field in its own part
    if match := _CODE_IN_BRACKETS.fullmatch(text):
        return f"{match['city']}, {match['region']}, {match['cc']}"
    return _spaced_place(text.split(",")[-1].split())


def _spaced_place(words: list[str]) -> str | None:
    """"Unit 1402 San Francisco California 94105 US" (the part after the street's last comma):
    the country code last, a postal code before it, then the region, a known state or province
    or a code of two letters, and before that the city, after the street if one is there; or, in
    JSON Resume's own order, the postal code before a city the gazetteer knows and its region
    ("M14 5RB Manchester Greater Manchester GB"); or, after a postal code, a city it knows before
    a region in title case it may not know ("Manchester Greater Manchester M14 5RB GB")."""
    if len(words) < 3 or not re.fullmatch(r"[A-Z]{2}", words[-1]):
        return None
    words, code, postal = words[:-1], words[-1], False
    for _ in range(2):  # "78701", "L5B 2C9"
        if words and re.search(r"\d", words[-1]) and re.fullmatch(r"[A-Z0-9-]+", words[-1]):
            words, postal = words[:-1], not re.fullmatch(r"(?:19|20)\d\d", words[-1])  # a year is no postal code
    for split in range(len(words) - 1, 0, -1):  # the shortest region first: "San Francisco | California"
        city, region = _city_after_street(" ".join(words[:split])), " ".join(words[split:])
        if city and is_location(f"{city}, {region}") and (region.istitle() or re.fullmatch(r"[A-Z]{2}", region)):
            return f"{city}, {region}, {code}"
    for split in range(len(words) - 1, 0, -1) if postal else ():  # "Manchester Greater Manchester M14 5RB GB":
        city, region = _city_after_street(" ".join(words[:split])), " ".join(words[split:])  # a region it may not know
        if is_city(city) and region.istitle() and len(region.split()) <= _PLACE_WORDS:
            return f"{city}, {region}, {code}"
    # "M14 5RB Manchester Greater Manchester GB" (JSON Resume's order): a city the gazetteer knows
    # right after the postal code, then a region it may not know, in capitals or title case
    starts = [at + 1 for at in range(len(words) - 1) if re.search(r"\d", words[at])]
    for at, size in ((at, size) for at in starts[-1:] for size in (3, 2, 1)):
        city, region = " ".join(words[at:at + size]), " ".join(words[at + size:])
        if region and is_city(city) and (region.istitle() or region.isupper()) and len(region.split()) <= _PLACE_WORDS:
            return f"{city}, {region}, {code}"
    return None


def _city_after_street(text: str) -> str:
    """"920 Lavaca Street Austin" -> "Austin": the words after the last number or street word."""
    words = text.split()
    cut = max((i + 1 for i, w in enumerate(words) if re.search(r"\d", w) or _STREET_WORD.match(w)), default=0)
    return " ".join(words[cut:])


# "London", "Melbourne VIC", "Lagos": one to three capitalised words, a region's code after them
_BARE_PLACE = re.compile(r"(?P<city>[^\W\d_][^\W\d_'’.-]*(?:[ -][^\W\d_][^\W\d_'’.-]*){0,2}),? (?P<code>[A-Z]{2,3})"
                         r"|(?P<alone>[^\W\d_][^\W\d_'’.-]*(?:[ -][^\W\d_][^\W\d_'’.-]*){0,2})")


def bare_place(text: str, known_only: bool = False) -> str | None:
    """"Melbourne VIC" -> "Melbourne, VIC", "London" -> "London": a city named without the comma
    and region `is_location` needs. Only a caller that knows the text sits among contact
    details asks (a label follows the name, a place is printed with the email and phone); even
    then a role or common words ("Freelance", "Data Science") make a title, not a place, and
    each word must read as a name: capitalised, no capitals inside ("DevOps"). A city the
    gazetteer knows may have a postal code after its region ("Sydney NSW 2000"); with
    `known_only` (no contact detail read yet to say this is the contact line) only such a city
    is a place."""
    if place := city_code(text) or _city_and_region(text):
        return place
    if known_only:
        return " ".join(text.split()) if is_city(text) else None
    match = _BARE_PLACE.fullmatch(" ".join(text.split()))
    city = match and (match["city"] or match["alone"])
    if not city or reads_as_title(city) or not all(w[0].isupper() and w[1:] == w[1:].lower()
                                                  for w in re.split(r"[ -]", city)):
        return None
    return f"{city}, {match['code']}" if match["code"] else city


def _city_and_region(text: str) -> str | None:
    """"Manchester, Greater Manchester", "Reading, Berkshire": a city the gazetteer knows, a comma,
    then its region named in one to three capitalised words that read as no title, as a theme
    prints JSON Resume's city and region; `is_location` knows a region only as a state, a
    country or a code, so a county or a region of words needs the city to say it is a place."""
    city, comma, region = " ".join(text.split()).partition(", ")
    words = region.split()
    if not comma or not is_city(city) or not 0 < len(words) <= 3 or reads_as_title(region) \
            or not all(w[0].isupper() and w[1:] == w[1:].lower() for w in words):
        return None
    return f"{city}, {region}"
