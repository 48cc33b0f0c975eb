"""PDF: WeasyPrint with a fetcher that refuses the network and every file outside the template
folder (so `<img src="file:///etc/passwd">` in a bullet can neither render nor leak), and the
PDF's text and fonts read back with pdfminer.
"""
from __future__ import annotations

import io
import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from pdfminer.high_level import extract_text
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from tailor.errors import FetchRefused
from tailor.render.html import TEMPLATES_DIR

# --------------------------------------------------------------------------- PDF

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9.+-]*):")


@dataclass(frozen=True)
class Refusal:
    url: str
    reason: str

    def __str__(self) -> str:
        return f"refused {self.url}: {self.reason}"


class TemplateOnlyFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that serves files from one folder and refuses everything else.

    WeasyPrint >= 66 expects a `URLFetcher` instance (its `fetch()` helper reads the fetcher's
    `_fail_on_errors` attribute, so a bare function only works until the first refusal); we
    subclass it and override `fetch`, never reaching urllib. Network schemes (http, https,
    ftp, ...), `data:` and `file:` URLs that resolve (symlinks included) outside `root` are
    refused; each refusal is recorded in `refused` so the caller can report it.
    """

    def __init__(self, root: Path = TEMPLATES_DIR):
        super().__init__(allowed_protocols=("file",), allow_redirects=False, timeout=1)
        self.root = Path(root).resolve()
        self.fetched: list[str] = []
        self.refused: list[Refusal] = []

    def _refuse(self, url: str, reason: str) -> FetchRefused:
        self.refused.append(Refusal(url, reason))
        return FetchRefused(f"{url}: {reason}")

    def allowed_path(self, url: str) -> Path:
        """The local file `url` names, or raise `FetchRefused` (recorded) if it is not allowed."""
        match = _SCHEME.match(url)
        if not match:
            raise self._refuse(url, "not an absolute URL")
        scheme = match[1].lower()
        if scheme != "file":
            raise self._refuse(url, f"{scheme}: URLs are not allowed (no network, no inline data)")
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise self._refuse(url, "file URLs on another host are not allowed")
        path = Path(url2pathname(parts.path)).resolve()
        if not path.is_relative_to(self.root):
            raise self._refuse(url, f"outside the template folder {self.root}")
        if not path.is_file():
            raise FileNotFoundError(f"{url}: no such file in the template folder")
        return path

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        path = self.allowed_path(url)
        body = path.read_bytes()
        self.fetched.append(url)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if mime.startswith("text/"):
            mime += "; charset=utf-8"
        return URLFetcherResponse(path.as_uri(), body, {"Content-Type": mime})


def render_pdf(html: str, *, fetcher: TemplateOnlyFetcher | None = None) -> bytes:
    """The PDF of `html`; resources load only through the template-only fetcher."""
    base_url = TEMPLATES_DIR.as_uri() + "/"
    return HTML(string=html, base_url=base_url,
                url_fetcher=fetcher or TemplateOnlyFetcher()).write_pdf()


def layout(html: str):
    base_url = TEMPLATES_DIR.as_uri() + "/"
    return HTML(string=html, base_url=base_url, url_fetcher=TemplateOnlyFetcher()).render()


def pdf_text(pdf: bytes) -> str:
    """The PDF's text layer as an ATS would read it (pdfminer.six, default layout analysis)."""
    return extract_text(io.BytesIO(pdf))


def _name(value: object) -> str:
    return str(getattr(value, "name", value))


def pdf_fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the PDF uses -> whether its program is embedded (a /FontFile, /FontFile2 or
    /FontFile3 stream). WeasyPrint writes compressed object streams, so the raw bytes cannot be
    grepped; pdfminer resolves the objects. A base-14 font without a descriptor is not embedded.
    """
    document = PDFDocument(PDFParser(io.BytesIO(pdf)))
    fonts: dict[str, bool] = {}
    for xref in document.xrefs:
        for objid in xref.get_objids():
            try:
                obj = document.getobj(objid)
            except Exception:  # noqa: BLE001 - free or broken entries are not fonts
                continue
            if not isinstance(obj, dict):
                continue
            kind = _name(obj.get("Type"))
            if kind == "FontDescriptor":
                fonts[_name(obj.get("FontName"))] = any(k.startswith("FontFile") for k in obj)
            elif kind == "Font" and _name(obj.get("Subtype")) == "Type1" \
                    and "FontDescriptor" not in obj:
                fonts.setdefault(_name(obj.get("BaseFont")), False)
    return fonts


