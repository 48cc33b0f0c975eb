"""A place with its postal code printed after it: "Columbus, OH 43215", "Seattle, Washington, US,
98105", "Toronto, ON M5V 2T6".

A US or Canadian contact line ends its place with the postal code, and JSON Resume's
`basics.location` has a field for it (`postalCode`): the place is read as a place, and the code
is kept in its own field, never dropped. A page header of such a place and contact details is
a contact row, not a name (`word_lines.with_page_header`). See docs/ARCHITECTURE.md, "Resume
import", the header step.
"""
from __future__ import annotations

import re

from tailor.importer.fields import is_location

# "..., OH 43215", "... 98105-1234", "... ON M5V 2T6": the place, then a postal code alone
_POSTAL_AFTER = re.compile(r"(?P<place>.+?),?\s+(?P<postal>\d{4,6}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)")


def place_and_postal(text: str) -> tuple[str, str] | None:
    """(place, postal code) of a place with its postal code after it; None for any other text."""
    match = _POSTAL_AFTER.fullmatch(" ".join(text.split()))
    if match and is_location(match["place"]):
        return match["place"], match["postal"]
    return None


def with_postal(location: dict, postal: str) -> dict:
    """basics.location with the postal code printed after the place, when there was one."""
    return {**location, "postalCode": postal} if postal and location else location
