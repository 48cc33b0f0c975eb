"""Link targets of a PDF: a printed web address that its own link contradicts is read as the
link's address, and a name set as a link keeps where it points.

A layout may print an address in a shortened or restyled form ("linkedin.com/in/janedoe-eng"
for a profile whose address has a hyphen the template dropped) while the link under it keeps
the address the person typed. The link annotation is what a reader clicking it gets, so when
the printed text and the link name the same site, the link's address is taken, in the printed
form (no scheme when none was printed). Printed text that is not an address (a name, "LinkedIn")
is left alone: which field a link behind a word belongs to is a guess this module does not make.
Reading order and layout come from `pdf.py`; this module only looks at `/Link` annotations.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from tailor.importer.fields import is_url
from tailor.importer.lines import Line

_SCHEME = re.compile(r"^[a-z]+://", re.I)
# "https://https://hachyderm.io/@jo": a template that puts its own scheme before an address the
# person typed whole (LaTeX's moderncv \social does) links to the address after the second one
_DOUBLED_SCHEME = re.compile(r"^https?://(?=https?://)", re.I)


def link_targets(path: Path) -> dict[int, list[tuple[tuple[float, float, float, float], str]]]:
    """page -> [((x0, top, x1, bottom) from the page's top, URI)] of its web links; {} when the
    file's annotations cannot be read (links are a refinement, never a reason to fail)."""
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
                    if isinstance(uri, str) and uri.lower().startswith(("http://", "https://")):
                        uri = _DOUBLED_SCHEME.sub("", uri)
                        x0, y0, x1, y1 = (float(v) for v in resolve1(annot.get("Rect")))
                        out.setdefault(number, []).append(((min(x0, x1), height - max(y0, y1),
                                                           max(x0, x1), height - min(y0, y1)), uri))
    except Exception:  # noqa: BLE001 - a damaged annotation must not stop the import
        return {}
    return out


def relink(lines: list[Line], targets: dict) -> list[Line]:
    """`lines` with each printed address that its link contradicts replaced by the link's."""
    return [_relinked(line, targets.get(line.page, [])) for line in lines]


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
