"""A full stop that ends an employer's name in an entry header written as a sentence:
"Staff Engineer - Confluent. Mountain View, CA, 2020 - Present".

Some themes join an entry's fields into one phrase, the employer's name closed by a full stop
before its place and dates. The stop is the phrase's punctuation, not the name's: "Confluent."
is "Confluent". A name's own abbreviation keeps its stop ("Acme Inc.", "St.", "S.A."), and so
does text that reads as a sentence (lower-case words: a deed, not a name). Only a header's
pieces are read here (a line cut into two or more), never a line of prose. See
docs/ARCHITECTURE.md, "Resume import", step 3.
"""
from __future__ import annotations

import re

_ABBREVIATION = re.compile(r"(?:^|\s)(?:inc|ltd|co|corp|bros|jr|sr|st|dept|assn|intl|mfg|pty|pvt|pte|no|nr)\.$"
                           r"|(?:^|\s|\()(?:[^\W\d_]\.)+$", re.I)
_SMALL = frozenset("a an and at by de del der di du for in of on the to und van von y".split())
_NAME_WORDS = 12


def name_without_stop(piece: str) -> str:
    """`piece` without the full stop that closes it when it is a name (every longer word opens
    with a capital) that ends in no abbreviation; else `piece` as it is."""
    text = piece.rstrip()
    if not text.endswith(".") or text.endswith("..") or _ABBREVIATION.search(text):
        return piece
    words = re.findall(r"(?<!\w)[^\W\d_][\w'’&-]*", text)
    if not words or len(words) > _NAME_WORDS \
            or any(word[0].islower() and word.lower() not in _SMALL for word in words):
        return piece
    return text[:-1].rstrip()
