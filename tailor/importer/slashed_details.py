"""Contact details a header row sets apart with slashes: "Austin US / (512) 555-0188 / jo@example.com".

Most headers set their details apart with bars, bullets or commas (`fields.split_parts`); some
themes join them with " / ". A slash with spaces around it separates details only where one of
the pieces it leaves is a contact detail on its own (an email, a phone number, a web address),
so a title such as "Engineer / Data Scientist" stays whole, and a number written with a slash
inside it ("030 / 1234567") is no two details: a piece of only digits that is no phone number
keeps the part whole. See docs/ARCHITECTURE.md, "Resume import" (the header).
"""
from __future__ import annotations

import re

from tailor.importer.fields import is_contact_detail, is_phone

_SLASH = re.compile(r"\s+/\s+")
_DIGITS = re.compile(r"[\d\s()+.\-]+")


def slashed_details(part: str) -> list[str]:
    """The pieces of a header part at its spaced slashes, when they are contact details set
    apart so; else the part whole."""
    pieces = [piece.strip() for piece in _SLASH.split(part) if piece.strip()]
    if len(pieces) < 2 or not any(is_contact_detail(piece) for piece in pieces) \
            or any(_DIGITS.fullmatch(piece) and not is_phone(piece) for piece in pieces):
        return [part]
    return pieces
