"""Page furniture: what a template prints on the page that is not the person's resume, page
credits and page numbers.

Resume builders and themes sign their output ("CV made with ... using theme ...", "Designed
with love by ... for developers", "Design by ...") in a line smaller than the body text, below
everything else on the page, a web page's copyright notice ("© Copyright ... 2016.") over it;
many layouts, LinkedIn's profile PDF among them, number their pages ("Page 1 of 3"). Read as
content either lands in whatever section the page break falls in (a skill, a
certificate name, the employer of the next job), so both are taken out before sections are
split and reported as unparsed, never dropped (docs/ARCHITECTURE.md, "Resume import").
A running header or footer (a Word page header with the contact line, a name printed atop every
page) repeats at the same height on every page: its first occurrence is content, the others are
furniture; and on the first page it is printed above the name, so it is read after the name.
A browser's own print header and footer (Chrome's and Firefox's "Headers and footers": the date
and time, the page's title, its address, "1/2") are furniture on every page, the first too
(`_browser_print`). A block printed twice (a page whose stylesheet failed shows its mobile and
desktop copies) is read once (`printed_twice.py`). A personal web page printed to PDF adds its
buttons and taglines ("HIRE ME", "Let me introduce myself."): `web_furniture.py`.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from tailor.importer.lines import Line
from tailor.importer.printed_twice import SECTION as PRINTED_TWICE
from tailor.importer.printed_twice import split_printed_twice
from tailor.importer.result import Unparsed
from tailor.importer.sections import section_key
from tailor.importer.sign_off import SIGNED
from tailor.importer.web_furniture import SECTION as WEB_PAGE
from tailor.importer.web_furniture import web_furniture

# "Page 2 of 3", "Page 2", "2 / 3", "- 2 -": a line that is nothing but a page's number ("03/2021"
# is a date: a bare "N / M" is a page number only when N <= M <= 20)
_PAGE_NUMBER = re.compile(r"(?:page|seite|página|pagina)\s*\d+(?:\s*(?:of|/|von|de|di)\s*\d+)?|[-–—]\s*\d+\s*[-–—]"
                          r"|(?P<n>\d{1,2})\s*(?:/|of)\s*(?P<m>\d{1,2})", re.I)
_MOST_PAGES = 20
# the sections of what this module takes out: never content, so never offered to a model (classify.py)
FURNITURE_SECTIONS = ("footer", "page header", "page footer", PRINTED_TWICE, WEB_PAGE, SIGNED)
_SAME_HEIGHT = 3.0  # points: a running header or footer stands this close to one height on every page
_NAME_SCALE = 1.5  # the name is set at least this much larger than a page header above it


def page_number(text: str) -> bool:
    """`text` is nothing but a page's number ("Page 1 of 2", "- 2 -", "2 / 3")."""
    match = _PAGE_NUMBER.fullmatch(text.strip())
    return bool(match) and (not match["m"] or int(match["n"]) <= int(match["m"]) <= _MOST_PAGES)


_CREDIT = re.compile(r"\b(?:made|designed|design|built|created|generated|powered|crafted|typeset|theme|template)\s+"
                     r"(?:with|by|using|in)\b", re.I)
# "© Copyright Jo Doe 2024.", "All rights reserved": a web page's footer, never resume content
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b", re.I)


def split_furniture(lines: list[Line]) -> tuple[list[Line], list[Unparsed]]:
    """The lines without a browser's print header and footer, page credits, page numbers, the
    repeats of a running header or footer and the second copy of a block printed twice (those as
    unparsed items), the running header's first occurrence after the name."""
    lines, browser = _browser_print(lines)
    lines, repeats = _running_repeats(lines)
    lines, unparsed = _credits_and_numbers(lines)
    lines, twice = split_printed_twice(lines)  # last: a page number inside a copy would break the match
    lines, web = web_furniture(lines)
    return lines, browser + repeats + unparsed + twice + web


# What a browser prints in a page's margins when "Headers and footers" is on: the date and time
# in the locale's short form ("12/6/26, 10:07 AM", "06.12.26, 10:07", "6 Dec 2026, 10:07:33") ...
_DATE = r"(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}\.? [A-Z][a-z]{2,8}\.? \d{4})"
_STAMP = re.compile(rf"{_DATE},?\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?")
# ... and the page's address: a local file or a blank page is never the person's own address
_LOCAL = re.compile(r"(?:file|about|data|blob|chrome|edge|moz-extension):\S*|[A-Z]:[\\/]\S*", re.I)
_ADDRESS = re.compile(r"https?://\S+", re.I)
_ROW = 3.0  # points: lines this close to one height are one row of the page


def _browser_print(lines: list[Line]) -> tuple[list[Line], list[Unparsed]]:
    """The lines without what a browser prints in the page margins when "Headers and footers" is
    on. Chrome sets the date and time at top left, the page's title at top centre, its address
    at bottom left and "1/2" at bottom right; Firefox the title and the address at the top, the
    number and the date at the bottom. Read as text, the title becomes the name or the label,
    the date a detail and the address a publication or a site. A row qualifies when it is the
    topmost or bottommost of its page, all of it set smaller than the body text, and one of its
    lines has a browser's shape: a date with a time of day, a local address (file:,
    about:blank), or a web address beside a page number; a web address alone in such a row goes
    too when the page's other edge has one of those (Firefox). Then the whole row is furniture
    (the title with it), on one page as on many: nothing here needs a second copy to be known."""
    body = _body_size(lines)
    if not body:
        return lines, []
    strong: dict[int, list[list[int]]] = defaultdict(list)
    weak: dict[int, list[list[int]]] = defaultdict(list)
    for page in {line.page for line in lines}:
        for row in _edge_rows(lines, page):
            texts = [lines[i].text.strip() for i in row]
            if not all(0 < lines[i].size < body - 0.25 for i in row) or not all(texts):
                continue
            if any(_STAMP.match(t) or _LOCAL.fullmatch(t.split()[0]) for t in texts) \
                    or any(_ADDRESS.match(t) for t in texts) and any(page_number(t) for t in texts):
                strong[page].append(row)
            elif any(_ADDRESS.fullmatch(t) for t in texts):
                weak[page].append(row)
    out = {i for page, rows in strong.items() for row in rows + weak.get(page, []) for i in row}
    return [line for i, line in enumerate(lines) if i not in out], [
        Unparsed("page header" if lines[i].y <= _page_middle(lines, lines[i].page) else "page footer",
                 lines[i].text, "the browser's print header or footer (date, title, address, page)")
        for i in sorted(out, key=lambda i: (lines[i].page, lines[i].y, lines[i].x))]


def _edge_rows(lines: list[Line], page: int) -> list[list[int]]:
    """The topmost and the bottommost row of a page (the indices of their lines)."""
    on_page = [i for i, line in enumerate(lines) if line.page == page]
    if len(on_page) < 2:
        return []
    top, bottom = min(lines[i].y for i in on_page), max(lines[i].y for i in on_page)
    rows = [[i for i in on_page if abs(lines[i].y - top) <= _ROW]]
    return rows + ([[i for i in on_page if abs(lines[i].y - bottom) <= _ROW]] if bottom - top > _ROW else [])


def _credits_and_numbers(lines: list[Line]) -> tuple[list[Line], list[Unparsed]]:
    body = _body_size(lines)
    bottoms = {}
    for index, line in enumerate(lines):
        if line.page not in bottoms or line.y >= lines[bottoms[line.page]].y:
            bottoms[line.page] = index
    credits = {index for index in bottoms.values() if _footer_credit(lines[index], body)}
    for index in sorted(credits):  # "© Copyright Jo Doe 2024." over "Design by ...": the page's footer
        while index and lines[index - 1].page == lines[index].page and _footer_credit(lines[index - 1], body):
            index -= 1
            credits.add(index)
    numbers = {index for index, line in enumerate(lines) if page_number(line.text)}
    kept = [line for index, line in enumerate(lines) if index not in credits | numbers]
    return kept, [Unparsed("footer", lines[index].text, "a page credit of the template, not resume content"
                           if index in credits else "a page number")
                  for index in sorted(credits | numbers)]


def _credit(text: str) -> bool:
    return bool(_CREDIT.search(text) or _COPYRIGHT.search(text))


# A credit that names its makers by handle ("Built by @jdoe using Primer") or invites the reader
# to make their own ("Create your own portfolio with ..."): no resume line says either, so such a
# line at a page's foot is the template's in any type size (a web theme sets it as its body text)
_SIGNED_CREDIT = re.compile(r"\b(?:made|designed|built|created|crafted|inspired|developed|powered)\s+by\s+@\w"
                            r"|^create your own (?:portfolio|r[ée]sum[ée]|cv|site|website|page|profile)\b", re.I)


def _footer_credit(line: Line, body: float) -> bool:
    """A line of a template's credit at a page's foot: a credit set smaller than the body text,
    or one signed by handle or inviting the reader (`_SIGNED_CREDIT`) in any size."""
    return bool(_SIGNED_CREDIT.search(line.text.strip())) \
        or bool(body) and 0 < line.size < body - 0.25 and _credit(line.text)


def _body_size(lines: list[Line]) -> float:
    """The size most of the text is set in (by characters), 0 when sizes are unknown."""
    sizes = Counter()
    for line in lines:
        if line.size:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _running_repeats(lines: list[Line]) -> tuple[list[Line], list[Unparsed]]:
    """The lines without the repeats of a running header or footer (as unparsed items), and with
    the running header's first occurrence on the first page read after the name below it. A
    running line that holds nothing but the person's name, the page's number and a word for the
    document ("Maria Jensen · Page 1 of 2", "Jo Doe – CV – 2") tells nothing the header does not:
    its first copy goes too, or it would be read as a reference or a job where the page ends."""
    running = {i for i in _running(lines) if not page_number(lines[i].text)}  # a page number alone: below
    first: dict[str, int] = {}
    for index in sorted(running, key=lambda i: (lines[i].page, lines[i].y)):
        first.setdefault(_key(lines[index].text), index)
    name = _name(lines)
    repeats = running - {i for i in first.values() if not _only_name_and_page(lines[i].text, name)}
    edge = _name_at_page_edge(lines, name) - running
    repeats |= edge
    kept = [index for index in range(len(lines)) if index not in repeats]
    return _name_first([lines[i] for i in kept], {kept.index(i) for i in first.values() if i not in repeats}), \
        [Unparsed("page header" if lines[i].y <= _page_middle(lines, lines[i].page) else "page footer",
                  lines[i].text, "the name and the page's number at the page's edge (a page header or footer)"
                  if i in edge else "printed again on every page (a running header or footer)")
         for i in sorted(repeats)]


def _key(text: str) -> str:
    """The text as it repeats from page to page: the page's own number ("Page 2 of 3") aside."""
    return _PAGE_NUMBER_WORD.sub("#", " ".join(text.split()).casefold())


_PAGE_NUMBER_WORD = re.compile(r"(?<![\d.,/-])\d{1,2}(?!\d|[.,/-]\d)")
_DOCUMENT_WORDS = re.compile(r"\b(?:page|seite|página|pagina|of|von|de|di|curriculum vitae|resume|résumé|cv"
                             r"|lebenslauf|currículum)\b|#", re.I)


def _name(lines: list[Line]) -> str:
    """The first page's largest line: the person's name."""
    first = [line for line in lines if line.page == min(line.page for line in lines)] if lines else []
    return max(first, key=lambda line: line.size).text if first and any(line.size for line in first) else ""


def _name_at_page_edge(lines: list[Line], name: str) -> set[int]:
    """Lines in a page's topmost or bottommost row, smaller than the name, that hold nothing
    but the name and the page's number: a header or footer printed on some pages only ("Jo Doe
    – 2" atop the pages after the first), or on a one-page resume ("Jo Doe · Page 1 of 1")."""
    size = max((line.size for line in lines if line.text == name), default=0.0)
    first = min((line.page for line in lines), default=0)
    return {i for page in {line.page for line in lines} for row in _edge_rows(lines, page) for i in row
            if 0 < lines[i].size < size and _only_name_and_page(lines[i].text, name) and not page_number(lines[i].text)
            and (page != first or "#" in _key(lines[i].text))}


def _only_name_and_page(text: str, name: str) -> bool:
    """`text` is the person's name or the page's number, with the other and the document's name
    at most ("Jo Doe", "2", "Jo Doe – CV – Page 2 of 3")."""
    key = _key(text)
    named = bool(name.strip()) and _key(name) in key
    rest = _DOCUMENT_WORDS.sub(" ", key.replace(_key(name), " ") if named else key)
    return (named or "#" in key) and not any(ch.isalnum() for ch in rest)


def _page_middle(lines: list[Line], page: int) -> float:
    heights = [line.y for line in lines if line.page == page]
    return (min(heights) + max(heights)) / 2


def _running(lines: list[Line]) -> set[int]:
    """Lines whose text stands at the same height at the very top or bottom of every page, the
    first page aside (a document may print its first page's header apart), with nothing but such
    lines above or below them there: the same words in the middle of a page are content, and so
    is a label that two pages happen to open with ("Highlights" atop pages 2 and 3 of 6)."""
    edges = _repeated(lines, _at_edges(lines, _repeated(lines, set(range(len(lines))))))
    pages = sorted({line.page for line in lines})
    on: dict[str, set[int]] = defaultdict(set)
    for index in edges:
        on[_key(lines[index].text)].add(lines[index].page)
    return {index for index in edges if on[_key(lines[index].text)] >= set(pages[1:])}


def _repeated(lines: list[Line], among: set[int]) -> set[int]:
    """The lines of `among` whose text stands at the same height on another page, among `among`."""
    places: dict[str, list[int]] = defaultdict(list)
    for index in sorted(among):
        places[_key(lines[index].text)].append(index)
    return {i for same in places.values() for i in same
            if any(lines[j].page != lines[i].page and abs(lines[j].y - lines[i].y) <= _SAME_HEIGHT for j in same)}


def _at_edges(lines: list[Line], repeated: set[int]) -> set[int]:
    """The lines of `repeated` at the top or bottom of their page with only such lines beyond them."""
    edges: set[int] = set()
    for page in {line.page for line in lines}:
        on_page = sorted((i for i, line in enumerate(lines) if line.page == page), key=lambda i: lines[i].y)
        for order in (on_page, on_page[::-1]):
            for index in order:
                if index not in repeated:
                    break
                edges.add(index)
    return edges


def _name_first(lines: list[Line], running: set[int]) -> list[Line]:
    """A page header printed above the name (a small line over the page's largest one, the first
    thing read) is read after the name and what is printed under it (a label), where the first
    section opens: the header of a resume opens with the name, and a label read after the contact
    details would open a section (docs/ARCHITECTURE.md, "Resume import"). A line qualifies when
    it runs on every page (`running`) or, where nothing repeats (a one-page document), when it is
    set smaller than the body text; either way the name must be much larger than it, so a label or
    title set near the name's size stays where it is."""
    page = [i for i, line in enumerate(lines) if line.page == lines[0].page] if lines else []
    largest = max((lines[i].size for i in page), default=0.0)
    name_at = next((i for i in page if lines[i].size == largest), 0)
    body = _body_size(lines)
    name = lines[name_at] if lines else None
    if not name_at or any(lines[i].page != name.page or lines[i].y >= name.y or not 0 < lines[i].size
                          or lines[i].size * _NAME_SCALE > name.size
                          or i not in running and not lines[i].size < body - 0.25 for i in range(name_at)):
        return lines
    after = next((i for i in page if i > name_at and section_key(lines[i]) not in (None, "unknown")), name_at + 1)
    return lines[name_at:after] + lines[:name_at] + lines[after:]
