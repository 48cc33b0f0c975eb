"""What a personal web page prints that is no part of the resume: its buttons and its taglines.

People print their portfolio site or a one-page resume site to PDF and import that. Such a page
has calls to action drawn as buttons ("HIRE ME", "DOWNLOAD CV", "MORE ABOUT ME", "Read more"), a
small label over each section's title (a "kicker": "RESUME" over the résumé's part of the page),
and a tagline in large type under a section's heading that speaks to the visitor ("Let me
introduce myself.", "More of my credentials."). Read as content, a button becomes a skill or the
employer of the next job and a tagline the summary's first sentence. So they are taken out before
sections are split and reported as furniture (`page_furniture.FURNITURE_SECTIONS`), never as
lines the user must place (docs/ARCHITECTURE.md, "Resume import", step 2).

Each cue is the whole line: a sentence of a summary that says "read more" stays content.
"""
from __future__ import annotations

import re

from tailor.importer.lines import Line
from tailor.importer.result import Unparsed
from tailor.importer.sections import section_key

SECTION = "web page"
# A button's words, the whole line: what a page asks its visitor to do, never what a person did
_BUTTON = re.compile(r"(?:hire me|download(?: my)? (?:cv|r[ée]sum[ée]|pdf)|(?:read|learn|see|view|show) more"
                     r"|more about me|view (?:my )?(?:work|portfolio|projects)|scroll(?: down)?|back to top"
                     r"|join my (?:professional )?network|connect with me|follow me)"
                     r"[\s!.›»→>]*", re.I)
# A profile page's tab bar: "Overview  Experiences 6  Writing 2", tab names with their counts
_TAB = re.compile(r"(?:overview|about|activity|experiences?|projects|repositories|writing|posts|articles|stars"
                  r"|followers|following|packages|contributions)(?:\s+\d+)?", re.I)
_TAB_SEPARATOR = re.compile(r"\s*[,·|]\s*|\s{2,}")
# A line that names the document, alone in the body: a section's kicker, not content
_DOCUMENT = re.compile(r"r[ée]sum[ée]|curriculum vitae|lebenslauf", re.I)
# A tagline speaks as or to a person: words no heading and no entry's title holds
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|me|my|myself|you|your)\b", re.I)
_TAGLINE_WORDS = 6
_LARGER = 1.3  # a tagline is set at least this much larger than the body text


def web_furniture(lines: list[Line]) -> tuple[list[Line], list[Unparsed]]:
    """The lines without a web page's buttons, kickers and taglines (those as unparsed items)."""
    body = _body_size(lines)
    out: list[Line] = []
    dropped: list[Unparsed] = []
    for index, line in enumerate(lines):
        text = line.text.strip()
        if _BUTTON.fullmatch(text):
            dropped.append(Unparsed(SECTION, line.text, "a button of a web page, not resume content"))
        elif _tab_bar(text):
            dropped.append(Unparsed(SECTION, line.text, "a profile page's tabs, not resume content"))
        elif index and _DOCUMENT.fullmatch(text):
            dropped.append(Unparsed(SECTION, line.text, "names the document, not resume content"))
        elif index and _tagline(line, lines[index - 1], body):
            dropped.append(Unparsed(SECTION, line.text, "a web page's tagline under a heading, not resume content"))
        else:
            out.append(line)
    return out, dropped


def _tab_bar(text: str) -> bool:
    """Two or more tab names, one of them with its count at least ("Experiences 6"): a row of
    section words alone with numbers is a page's navigation, never a heading or an entry."""
    tabs = [tab for tab in _TAB_SEPARATOR.split(text) if tab]
    return len(tabs) >= 2 and all(_TAB.fullmatch(tab) for tab in tabs) and any(re.search(r"\d", tab) for tab in tabs)


def _tagline(line: Line, before: Line, body: float) -> bool:
    """A short sentence in the first or second person, in type larger than the body's, right
    under a section's heading or a line naming the document ("ABOUT" over "Let me introduce
    myself."); a heading's own words never speak as a person."""
    text = line.text.strip()
    return bool(body) and line.size >= _LARGER * body and len(text.split()) <= _TAGLINE_WORDS \
        and text.endswith((".", "!")) and bool(_FIRST_PERSON.search(text)) \
        and (section_key(before) not in (None, "unknown") or bool(_DOCUMENT.fullmatch(before.text.strip())))


def _body_size(lines: list[Line]) -> float:
    """The size most of the text is set in (by characters), 0 when sizes are unknown."""
    sizes: dict[float, int] = {}
    for line in lines:
        if line.size:
            sizes[round(line.size, 1)] = sizes.get(round(line.size, 1), 0) + len(line.text)
    return max(sizes, key=sizes.get) if sizes else 0.0
