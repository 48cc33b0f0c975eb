"""The one text normalisation used wherever two texts are compared (the PDF against the resume,
keywords against the page), so that a curly quote, a ligature or a soft hyphen never decides
whether something is "there".
"""
from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
})
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
_INVISIBLE_ALL = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def normalise(text: str) -> str:
    """Unicode-normalise for comparison: NFKC (expands ligatures such as U+FB01 'ﬁ'), invisible
    characters dropped, curly quotes straightened, every dash a hyphen-minus, whitespace single."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE_ALL.sub("", text).translate(_QUOTES)
    text = _DASHES.sub("-", text)
    return " ".join(text.split())


def without_accents(text: str) -> str:
    """"Expérience" -> "Experience", "März" -> "Marz": the letters without their accents (NFKD,
    combining marks dropped), for looking a word up in a table kept without them. A letter that
    is no base letter plus a mark ("ł") stays."""
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


def fold(text: str) -> str:
    """"  Kraków " -> "krakow": `without_accents`, then lower case ("ß" -> "ss") and single spaces:
    the key a place's name is kept and looked up by (the importer's gazetteer and its builder)."""
    return " ".join(without_accents(text).casefold().split())


def compact(text: str) -> str:
    """`normalise`, then drop all whitespace and hyphens.

    Line wrapping inserts breaks, and hyphenation at a break may add ("work-\\nflow") or keep
    ("state-\\nof-the-art") a hyphen; removing both on each side makes all these compare equal.
    """
    return re.sub(r"[\s\-]+", "", normalise(text))
