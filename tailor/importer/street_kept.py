"""The street and postal code of an address line whose place was read by its shape.

`addresses.place_of_address` reads "City, Region, CC" out of an address line that has a street
before it ("920 Lavaca Street, Austin, Texas, US") without the postal code that
`street_address.py` needs to read the whole. The street before the city is then the person's
`basics.location.address`, and a postal code after it their `postalCode`: kept, not dropped, so
no line of the header is lost (issue 15, docs/ARCHITECTURE.md, "Resume import").
"""
from __future__ import annotations

import re

# "78701", "01304-001", "L5B 2C9", "M14 5RB": every piece holds a digit ("ZH 8008": the region, then the code)
_POSTAL = re.compile(r"(?<![\w-])(?=[A-Z0-9]{3})[A-Z]{0,2}\d[A-Z0-9]{0,4}(?:[ -][A-Z]?\d[A-Z0-9]{1,3})?(?![\w-])")
_EDGE = " ,;–—-|·•"


def street_and_postal(text: str, place: str) -> dict:
    """{"address": ..., "postalCode": ...} of `text` around `place`'s city: the words before the
    city when they hold a number (a house number: "920 Lavaca Street", "Seefeldstrasse 214"), or
    the postal code alone there ("38118, Memphis, TN, US", JSON Resume's order), and a code with a
    digit after the city (not in `place`: "Memphis, TN 38118 US", "Memphis, 38118, TN, US"); {}
    when neither is there, or when words without a number stand before the city ("Data Team, ...").
    A city named again in its region ("Manchester Greater Manchester M14 5RB") is the one before it."""
    text = " ".join(text.split())
    city, region = (part.strip() for part in [*place.split(","), ""][:2])
    at = text.rfind(city) if city else -1
    while region and at > 0 and not text[at + len(city):].lstrip(_EDGE).startswith(region) \
            and text.rfind(city, 0, at) >= 0:
        at = text.rfind(city, 0, at)  # "Manchester Greater Manchester M14 5RB": the city is the one before its region
    if at < 0:
        return {}
    street = text[:at].strip(_EDGE)
    out: dict = {}
    if _POSTAL.fullmatch(street):
        out = {"postalCode": street}  # "38118, Memphis, TN, US": the code before the city, no street
    elif street:
        if not re.search(r"\d", street) or not re.search(r"[^\W\d_]{2}", street):
            return {}
        out = {"address": street}
        head, comma, last = street.rpartition(",")
        if comma and re.search(r"\d", head) and _POSTAL.fullmatch(last.strip()):
            out = {"address": head.strip(_EDGE), "postalCode": last.strip()}  # "88 Harrison St, 94105, San Francisco"
    rest = text[at + len(city):]
    for code in _POSTAL.findall(rest):
        if "postalCode" not in out and code.strip() not in place:
            out["postalCode"] = code.strip()
            break
    return out
