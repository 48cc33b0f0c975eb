"""Whether a posting's keywords appear in a text (the PDF, a resume): whole words on normalised,
case-folded text, so "Python" is not found in "Pythonic" and a soft hyphen hides nothing."""
from __future__ import annotations

import re

from tailor.text.normalise import normalise


def keyword_hits(keywords: list[str], text: str) -> tuple[list[str], list[str]]:
    """Split keywords into found / missing by whole-word match in `text`."""
    hay = normalise(text).lower()
    found, missing = [], []
    for kw in keywords:
        pattern = rf"(?<!\w){re.escape(normalise(kw).lower())}(?!\w)"
        (found if re.search(pattern, hay) else missing).append(kw)
    return found, missing
