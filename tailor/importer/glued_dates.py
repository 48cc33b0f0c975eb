"""Dates set in a type size of their own right against the text before them, with no space.

A web theme may print an entry's title and its dates as two spans side by side ("Freelance" in
one size, "2024 - 2025" in another) with no space character and no margin between them: the
page shows "Freelance2024 - 2025", and so does the PDF's text. Read so, the employer ends in a
year ("Freelance2024") and the range loses its start. Where the type size changes between two
glyphs with no space between them, and everything from that glyph on is dates and nothing else,
the two spans are two texts: a space goes between them. The size change is the cue: a name
that runs into a number in one size ("Windows2000") is left as written. See docs/ARCHITECTURE.md
("Resume import", step 1).
"""
from __future__ import annotations

from tailor.importer.dates import parse_dates

_SIZE_STEP = 0.1  # a size differing by less than this share of the larger is the same type size


def glued_date_at(glyphs: list) -> int | None:
    """The index of the glyph where dates in another type size start right after the text
    before them, with no space between, when the rest of the line is those dates; else None.
    Each glyph needs `get_text()` and `size` (pdfminer's LTChar)."""
    texts = [glyph.get_text() for glyph in glyphs]
    for index in range(1, len(glyphs)):
        before, glyph = glyphs[index - 1], glyphs[index]
        if not texts[index - 1].strip() or not texts[index].strip() or not texts[index - 1][-1].isalnum():
            continue
        if abs(before.size - glyph.size) < _SIZE_STEP * max(before.size, glyph.size):
            continue
        rest = "".join(texts[index:]).strip()
        if parse_dates(rest) and "".join(texts[:index]).strip():
            return index
        return None  # the first change of size decides: a date further on is not this cue's
    return None
