"""Link targets of a PDF: a printed web address that its own link contradicts is read as the
link's address, and a name set as a link keeps where it points.

A layout may print an address in a shortened or restyled form ("linkedin.com/in/janedoe-eng"
for a profile whose address has a hyphen the template dropped) while the link under it keeps
the address the person typed. The link annotation is what a reader clicking it gets, so when
the printed text and the link name the same site, the link's address is taken, in the printed
form (no scheme when none was printed). Printed text that is not an address (a name, "LinkedIn")
is left alone: which field a link behind a word belongs to is a guess this module does not make,
except on a contact row (`_contact_row`): "Email | LinkedIn | GitHub | Portfolio", each word its own
link, is a line of contact details only, so each word is read as its own link's address.
Reading order and layout come from `pdf.py`; this module only looks at `/Link` annotations and,
for a line that may be a contact row, at the glyphs under each link (its text). A DOCX paragraph's
hyperlinks say their text themselves (`relink_words`). See docs/ARCHITECTURE.md, "Resume import"."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote

from tailor.importer import fields
from tailor.importer.fields import is_url
from tailor.importer.lines import Line
from tailor.importer.networks import NETWORK_NAMES, profile_handle

_SCHEME = re.compile(r"^[a-z]+://", re.I)
# "https://https://hachyderm.io/@jo": a template that puts its own scheme before an address the
# person typed whole (LaTeX's moderncv \social does) links to the address after the second one
_DOUBLED_SCHEME = re.compile(r"^https?://(?=https?://)", re.I)


def link_targets(path: Path, glyphs: dict[int, list[tuple[float, float, str]]] | None = None) -> dict[int, list[tuple]]:
    """page -> [((x0, top, x1, bottom) from the page's top, URI, the text under it)] of its web,
    mail and phone links; {} when the file's annotations cannot be read (links are a refinement,
    never a reason to fail). The text under each link comes from `glyphs` (page -> (x, y from
    the top, character) of each glyph's middle, which `pdf.py` has from its own layout pass)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    out: dict[int, list] = {}
    try:
        with open(path, "rb") as handle:
            for number, page in enumerate(PDFPage.create_pages(PDFDocument(PDFParser(handle)))):
                height = page.mediabox[3]
                for annot in resolve1(page.annots) or []:
                    annot = resolve1(annot)
                    action = resolve1(annot.get("A")) if isinstance(annot, dict) else None
                    uri = resolve1(action.get("URI")) if isinstance(action, dict) else None
                    if isinstance(uri, bytes):
                        uri = uri.decode("utf-8", "replace")
                    if isinstance(uri, str) and uri.lower().startswith(_SCHEMES):
                        uri = _DOUBLED_SCHEME.sub("", uri.strip())
                        x0, y0, x1, y1 = (float(v) for v in resolve1(annot.get("Rect")))
                        rect = (min(x0, x1), height - max(y0, y1), max(x0, x1), height - min(y0, y1))
                        out.setdefault(number, []).append((rect, uri, _text_in((glyphs or {}).get(number, []), rect)))
    except Exception:  # noqa: BLE001 - a damaged annotation must not stop the import
        return {}
    return out


_SCHEMES = ("http://", "https://", "mailto:", "tel:")


def link_text(link: tuple) -> str:
    """The text under a link ("" when nobody read it)."""
    return link[2] if len(link) > 2 else ""


def _text_in(glyphs: list[tuple[float, float, str]], rect: tuple[float, float, float, float]) -> str:
    """The glyphs whose middles lie in `rect`, row by row, a letter and its accent drawn apart
    composed into one (NFC), as `lines.clean` composes the text it is found in."""
    x0, top, x1, bottom = rect
    inside = sorted((g for g in glyphs if x0 <= g[0] <= x1 and top <= g[1] <= bottom),
                    key=lambda g: (round(g[1]), g[0]))
    return unicodedata.normalize("NFC", "".join(g[2] for g in inside).strip())


def relink(lines: list[Line], targets: dict) -> list[Line]:
    """`lines` with each printed address that its link contradicts replaced by the link's, and
    each contact row's linked words read as their links' addresses (`_contact_row`)."""
    out = []
    for index, line in enumerate(lines):
        links = targets.get(line.page, [])
        row = _contact_row(line, links, _row_end(lines, index)) if links else None
        out.append(row or _relinked(line, [link[:2] for link in links if link[1].lower().startswith("http")]))
    return out


def _relinked(line: Line, links: list) -> Line:
    text, middle = line.text.strip(), line.y + line.size / 2
    for (x0, top, x1, bottom), uri in links:
        if not (x0 - 2 <= line.x <= x1 and top - 2 <= middle <= bottom + 2):
            continue
        if not is_url(text) or " " in text:
            return replace(line, link=uri)  # a name set as a link (an employer, a project)
        target = _printed_form(uri, text)
        if target and _host(target) == _host(text) and _bare(target) != _bare(text):
            return replace(line, text=target)
        return line
    return line


def _row_end(lines: list[Line], index: int) -> float:
    """Where the rows of `lines[index]` end: at the next line below its first row on its page (a
    logical line may hold a wrapped second row; what lies below belongs to other lines)."""
    line = lines[index]
    below = [other.y for other in lines if other.page == line.page and other.y > line.y + max(line.size, 1) / 2]
    return min(below, default=line.y + 2 * max(line.size, 1))


# Words a person sets as a link's text in place of the address: a network's name, or what the
# address is ("Email", "Portfolio"); the address under the word is the detail.
_LINK_WORDS = NETWORK_NAMES | {
    "email", "e-mail", "mail", "email me", "contact me", "write to me", "phone", "tel", "telephone", "mobile",
    "cell", "call", "call me",
    "website", "web", "site", "homepage", "home page", "personal website", "personal site", "portfolio", "blog",
    "resume", "cv", "contact", "url", "profile", "linkedin profile", "github profile", "twitter"}
_LINK_WORDS_MOST = 3  # "Personal website", "My GitHub profile": a link's text is a few words at most
_ROW_SEPARATORS = re.compile(r"^[\s|•·▪∙⋅,;/—–-]*$")


def _contact_row(line: Line, links: list[tuple], row_end: float) -> Line | None:
    """"Email | LinkedIn | GitHub | Portfolio", "in/jdoe github jdoe.dev": a line made of contact
    details and words set as links, each to its own address, has its linked words replaced by
    those addresses ("Email" by the mail link's address, "GitHub" by the profile's), so every
    one of them reaches the contact fields; a line keeps one `link`, so no other way carries
    more than one. Each link is placed by its text (the glyphs under its rectangle) on the
    line's rows. A line qualifies when every linked word names a network or what a contact
    link is ("Portfolio"), or is the handle of the profile it links to ("in/jdoe"), or is itself
    a printed address, and the rest of the line is separators and contact details: a project's
    "Tailor | GitHub | Demo" keeps its name. A single web link at the line's start is left to
    `_relinked` (its `link`); a mail or phone link is read wherever it qualifies, since no
    `link` holds one."""
    middle = line.y + line.size / 2
    rows = [link for link in links if line.y - 2 <= (link[0][1] + link[0][3]) / 2 < row_end]
    words = sum(len(part.split()) for part in fields.split_parts(line.text) if not _contact_rest(part))
    if not rows or not words or words > _LINK_WORDS_MOST * len(rows) and not _prints_detail(line.text) \
            or len(rows) == 1 and rows[0][1].lower().startswith("http") \
            and rows[0][0][0] - 2 <= line.x <= rows[0][0][2] and rows[0][0][1] - 2 <= middle <= rows[0][0][3] + 2:
        return None  # printed details only, prose, or one web link at the line's start (`_relinked`)
    return _linked_words(line, _spans(line, [(link[1], link_text(link)) for link in
                                             sorted(rows, key=lambda link: (round(link[0][1]), link[0][0]))]))


def relink_words(line: Line, linked: list[tuple[str, str]]) -> Line:
    """A line of a format that knows which text each link covers (a DOCX paragraph's hyperlinks:
    (text, address) in order): a contact row's linked words read as their addresses, as in a
    PDF (`_contact_row`); else a line that is one web link's text whole keeps it as its `link`
    (a name set as a link, a "LinkedIn" alone)."""
    if not linked:
        return line
    words = sum(len(part.split()) for part in fields.split_parts(line.text) if not _contact_rest(part))
    if words and words <= _LINK_WORDS_MOST * len(linked) \
            and (row := _linked_words(line, _spans(line, [(uri, text) for text, uri in linked]))):
        return row
    text, uri = linked[0]
    whole = len(linked) == 1 and " ".join(text.split()) == line.text.strip()
    return replace(line, link=uri) if whole and uri.lower().startswith(("http://", "https://")) else line


def _linked_words(line: Line, spans: list[tuple[int, int, str]]) -> Line | None:
    """`line` with the linked words of a contact row (`_contact_row`) replaced by their addresses;
    None when it is no contact row or nothing would change."""
    if not spans or len({uri for _, _, uri in spans}) == 1 and spans[0][2].lower().startswith("http") \
            and _ROW_SEPARATORS.match(line.text[:spans[0][0]] + line.text[spans[-1][1]:]):
        return None  # one web address on the line (an icon and its handle both linked): its `link`
    pieces, at, changed = [], 0, False
    for start, end, uri in spans:
        rest = line.text[at:start]
        if not (_contact_rest(rest) or not pieces and _details_after_title(rest, line.text)):
            return None
        word = line.text[start:end].strip()
        address = _address(word, uri)
        if address is None:
            return None
        changed |= address != word
        pieces += [rest, address]
        at = end
    if not _contact_rest(line.text[at:]) or not changed:
        return None
    pieces.append(line.text[at:])
    # between two details, separators alone (", " too, which contact parts are not cut at) become " | "
    last = len(pieces) - 1
    text = "".join(piece if index % 2 or not _ROW_SEPARATORS.match(piece) else " | " if 0 < index < last else ""
                   for index, piece in enumerate(pieces))
    return replace(line, text=" ".join(text.split()), link="")


def _spans(line: Line, links: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, URI) in `line.text` of each (URI, text) link whose text is found in it, in
    order; spaces are not compared (a PDF may draw none between words)."""
    squeezed, where = [], []
    for index, char in enumerate(line.text):
        if not char.isspace():
            squeezed.append(char.casefold())
            where.append(index)
    haystack, spans, at = "".join(squeezed), [], 0
    for uri, text in links:
        needle = "".join(text.split()).casefold()
        found = haystack.find(needle, at)
        if not needle or found < 0:
            continue
        spans.append((where[found], where[found + len(needle) - 1] + 1, uri))
        at = found + len(needle)
    return spans


def _contact_rest(text: str) -> bool:
    """Text between linked words that is separators or contact details only."""
    parts = [part for part in fields.split_parts(text) if not _ROW_SEPARATORS.match(part)]
    return all(fields.is_contact_detail(p) or fields.is_location(p)
               for p in parts)


def _details_after_title(rest: str, text: str) -> bool:
    """"Data Analyst • Manchester, Greater Manchester • jo@example.com • LinkedIn": a row that
    prints an email or a phone number is a row of the header's details, and what it prints
    before its first linked word (a title, a place in any form) stays as printed, to be read by
    the header; a project's "Tailor | GitHub" prints neither, so its name keeps the row whole."""
    return _prints_detail(text) and bool(rest.strip())


def _prints_detail(text: str) -> bool:
    """Whether a line prints an email or a phone number among its parts."""
    return any(fields.is_email(p) or fields.is_phone(p) for p in fields.split_parts(text))


def _address(word: str, uri: str) -> str | None:
    """What a linked word stands for on a contact row: the mail address, the phone number or
    the web address of its link (a printed address stays as printed unless the link contradicts
    it); None when the word is no contact link's text (a project's name)."""
    scheme = uri.split(":", 1)[0].lower()
    target = unquote(uri.split(":", 1)[1].split("?")[0]).strip() if scheme in ("mailto", "tel") else uri
    bare = _without_icons(word)
    if fields.is_email(bare) or fields.is_phone(bare):
        return word
    if is_url(bare):
        printed = _printed_form(uri, bare) if scheme.startswith("http") else ""
        return printed if printed and _host(printed) == _host(bare) and _bare(printed) != _bare(bare) else word
    squeezed = "".join(bare.split())
    handle = squeezed.rsplit("/", 1)[-1]  # "in/jdoe", "@jdoe", "jdoe": the profile's handle, as printed
    if bare.casefold().rstrip(":") in _LINK_WORDS \
            or profile_handle(Line(handle, link=uri)) and _bare(uri).endswith(squeezed.casefold().lstrip("@")):
        return target
    return None


def _without_icons(word: str) -> str:
    """The word without an icon font's glyph drawn inside its link (a private-use character or a
    symbol: an envelope before "Email")."""
    return "".join(c for c in word if not (0xE000 <= ord(c) <= 0xF8FF or unicodedata.category(c) == "So")).strip()


def _printed_form(uri: str, printed: str) -> str:
    """The link's address written as the printed one was: with or without its scheme and "www."."""
    target = uri if _SCHEME.match(printed) else _SCHEME.sub("", uri)
    if not _SCHEME.match(printed) and not printed.lower().startswith("www."):
        target = re.sub(r"^www\.", "", target, flags=re.I)
    return target.rstrip("/") if not printed.endswith("/") else target


def _host(text: str) -> str:
    return re.sub(r"^www\.", "", _SCHEME.sub("", text).split("/")[0].lower())


def _bare(text: str) -> str:
    return re.sub(r"^www\.", "", _SCHEME.sub("", text).lower()).rstrip("/")
