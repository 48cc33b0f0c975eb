"""Page furniture: what a template prints on the page that is not the person's resume, page
credits and page numbers.

Resume builders and themes sign their output ("CV made with ... using theme ...", "Designed
with love by ... for developers") in a line smaller than the body text, below everything else
on the page; many layouts, LinkedIn's profile PDF among them, number their pages ("Page 1 of
3"). Read as content either lands in whatever section the page break falls in (a skill, a
certificate name, the employer of the next job), so both are taken out before sections are
split and reported as unparsed, never dropped (docs/ARCHITECTURE.md, "Resume import").
"""
from __future__ import annotations

import re
from collections import Counter

from tailor.importer.lines import Line
from tailor.importer.result import Unparsed

# "Page 2 of 3", "Page 2", "2 / 3", "- 2 -": a line that is nothing but a page's number ("03/2021"
# is a date: a bare "N / M" is a page number only when N <= M <= 20)
_PAGE_NUMBER = re.compile(r"(?:page|seite|página|pagina)\s*\d+(?:\s*(?:of|/|von|de|di)\s*\d+)?|[-–—]\s*\d+\s*[-–—]"
                          r"|(?P<n>\d{1,2})\s*(?:/|of)\s*(?P<m>\d{1,2})", re.I)
_MOST_PAGES = 20


def _page_number(text: str) -> bool:
    match = _PAGE_NUMBER.fullmatch(text.strip())
    return bool(match) and (not match["m"] or int(match["n"]) <= int(match["m"]) <= _MOST_PAGES)


_CREDIT = re.compile(r"\b(?:made|designed|built|created|generated|powered|crafted|typeset)\s+(?:with|by|using|in)\b",
                     re.I)


def split_furniture(lines: list[Line]) -> tuple[list[Line], list[Unparsed]]:
    """The lines without page credits and page numbers, and those as unparsed items."""
    body = _body_size(lines)
    bottoms = {}
    for index, line in enumerate(lines):
        if line.page not in bottoms or line.y >= lines[bottoms[line.page]].y:
            bottoms[line.page] = index
    credits = {index for index in bottoms.values()
               if body and 0 < lines[index].size < body - 0.25 and _CREDIT.search(lines[index].text)}
    numbers = {index for index, line in enumerate(lines) if _page_number(line.text)}
    kept = [line for index, line in enumerate(lines) if index not in credits | numbers]
    return kept, [Unparsed("footer", lines[index].text, "a page credit of the template, not resume content"
                           if index in credits else "a page number")
                  for index in sorted(credits | numbers)]


def _body_size(lines: list[Line]) -> float:
    """The size most of the text is set in (by characters), 0 when sizes are unknown."""
    sizes = Counter()
    for line in lines:
        if line.size:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0
