"""Whether a header line is a summary's first sentence rather than the person's label (their job
title, `contact.py`): a label is a short title, while a line that ends a sentence and is followed,
in the same type and at the same left edge, within one line's leading, by more prose is the opening
of a paragraph ("Staff engineer with 14 years building storage systems." / "I lead cross-team
direction, ..."). Only PDF lines know where one line ends and the next begins (`Line.bottom`):
paragraphs of a DOCX stand apart by definition. See docs/ARCHITECTURE.md (the header)."""
from __future__ import annotations

import re

from tailor.importer.lines import Line

_MIN_WORDS = 6   # "Data engineer." alone is a title set with a full stop, not a sentence opening prose
_PROSE_WORDS = 5  # the next line is prose: a sentence, or a run of words as long


def opens_paragraph(lines: list[Line], index: int) -> bool:
    """`lines[index]` is a whole sentence and the next line goes on the same paragraph."""
    if index + 1 >= len(lines):
        return False
    line, after = lines[index], lines[index + 1]
    text, more = line.text.strip(), after.text.strip()
    if not re.search(r"\w\.$", text) or len(text.split()) < _MIN_WORDS or line.bold or after.bold:
        return False
    same_type = after.page == line.page and abs(after.size - line.size) < 0.5 and abs(after.x - line.x) < 1.5
    next_row = line.bottom > 0 and not after.gap_before and 0 <= after.y - line.bottom < 0.6 * line.size
    return same_type and next_row and len(more.split()) >= _PROSE_WORDS and more[:1].isupper()
