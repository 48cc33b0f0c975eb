"""Page credits: "Made with ... by ..." printed small at the foot of a page is the template's, not
the person's.

Resume builders and themes sign their output ("CV made with ... using theme ...", "Designed
with love by ... for developers") in a line smaller than the body text, below everything else
on the page. Read as content it lands in whatever section ends the page (a skill, a
certificate name), so it is taken out before sections are split and reported as unparsed, never
dropped (docs/ARCHITECTURE.md, "Resume import").
"""
from __future__ import annotations

import re
from collections import Counter

from tailor.importer.lines import Line
from tailor.importer.result import Unparsed

_CREDIT = re.compile(r"\b(?:made|designed|built|created|generated|powered|crafted|typeset)\s+(?:with|by|using|in)\b",
                     re.I)


def split_credits(lines: list[Line]) -> tuple[list[Line], list[Unparsed]]:
    """The lines without page credits, and the credits as unparsed items."""
    body = _body_size(lines)
    bottoms = {}
    for index, line in enumerate(lines):
        if line.page not in bottoms or line.y >= lines[bottoms[line.page]].y:
            bottoms[line.page] = index
    credits = {index for index in bottoms.values()
               if body and 0 < lines[index].size < body - 0.25 and _CREDIT.search(lines[index].text)}
    kept = [line for index, line in enumerate(lines) if index not in credits]
    return kept, [Unparsed("footer", lines[index].text, "a page credit of the template, not resume content")
                  for index in sorted(credits)]


def _body_size(lines: list[Line]) -> float:
    """The size most of the text is set in (by characters), 0 when sizes are unknown."""
    sizes = Counter()
    for line in lines:
        if line.size:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0
