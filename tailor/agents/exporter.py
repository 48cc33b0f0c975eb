"""Export: render the tailored resume to HTML and PDF, re-read the PDF, write the run folder.

Pure functions only; the graph node that calls them lives elsewhere. Three concerns shape this
module (see DESIGN.md "ATS rules" and "Security rules"):

* ATS: the PDF must carry every heading, bullet and contact field as extractable text. We do not
  trust the layout engine for that; `missing_in_pdf` re-reads the PDF and says what got lost.
* Security: resume text comes from untrusted corpora and model output. The template autoescapes,
  and WeasyPrint gets a fetcher that refuses the network and every file outside the template
  folder, so `<img src="file:///etc/passwd">` in a bullet can neither render nor leak.
* Page budget: `fit_to_pages` trims the weakest bullets until the PDF fits, and says which.

Text that cannot become PDF text is dealt with before and after rendering: emoji are stripped
(`clean_text`) and listed (`removed_symbols`), and a character no installed font can draw fails
the self-check with its own message (`undrawable_in_pdf`) instead of a list of lost fields.
"""
from __future__ import annotations

import io
import logging
import mimetypes
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from html import escape as escape_html
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from pdfminer.high_level import extract_text
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from weasyprint import HTML
from weasyprint.formatting_structure import boxes
from weasyprint.urls import URLFetcher, URLFetcherResponse

from tailor.corpus.jsonresume import UNTITLED_ROLE
from tailor.corpus.loader import pictographs, strip_pictographs
from tailor.schemas.models import TailoredItem, TailoredResume

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
# The looks a resume can take. Every template gets the same `build_view` dict and holds no
# logic, so the ATS checks below hold for all of them. ("classic" keeps its original file name.)
TEMPLATES: tuple[str, ...] = ("classic", "sidebar")
_TEMPLATE_FILES = {"classic": "resume.html.j2", "sidebar": "sidebar.html.j2"}

# Role kinds in the order their sections appear, with their standard ATS headings.
ROLE_SECTIONS: tuple[tuple[str, str], ...] = (
    ("work", "Experience"),
    ("project", "Projects"),
    ("volunteer", "Volunteer"),
)

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_OPEN_END_WORDS = {"present", "current", "now", "ongoing"}
# Invisible characters that hide or split words for a parser: soft hyphen, zero-width space,
# word joiner, BOM. (ZWJ/ZWNJ stay: some scripts need them.)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"), None)


# --------------------------------------------------------------------------- dates

def format_date(value: str, *, end: bool = False) -> str:
    """Format a corpus date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as `Mon YYYY` (or `YYYY`).

    An empty value means "still ongoing" only for an end date (`end=True` gives `Present`);
    for a start date it stays empty. Anything unparseable is returned as written (stripped):
    the corpus may say "Summer 2019", and dropping it would hide the person's own words.
    """
    text = value.strip()
    if not text:
        return "Present" if end else ""
    if text.lower() in _OPEN_END_WORDS:
        return "Present"
    match = _DATE.match(text)
    if not match:
        return text
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is None:
        return str(year)
    try:
        date(year, month, day or 1)
    except ValueError:
        return text
    return f"{_MONTHS[month - 1]} {year}"


def format_date_range(start: str, end: str) -> str:
    """`Feb 2020 – Present`, `2018 – 2022`, or one date when only the end is known.

    Both empty gives "" (undated entries are common for projects). An end without a start
    (e.g. a graduation date) is shown alone; a start without an end is ongoing.
    """
    first, last = format_date(start), format_date(end, end=True)
    if not first:
        return format_date(end)
    if first == last:
        return first
    return f"{first} – {last}"


# --------------------------------------------------------------------------- HTML

def clean_text(value: str) -> str:
    """Drop invisible characters (soft hyphens first of all), emoji and surrounding whitespace.

    A soft hyphen can make the PDF break "work­flow" into "work-" / "flow", which an ATS reads
    as two words; zero-width characters silently split keywords. Emoji are not text an ATS can
    read, and with no font to draw them they cost far more (see `undrawable_in_pdf`); what goes
    is listed by `removed_symbols`.
    """
    return strip_pictographs(value.translate(_INVISIBLE)).strip()


def _shown_texts(resume: TailoredResume) -> Iterator[tuple[str, str]]:
    """(label, text as written) for every field of `resume` the rendered resume shows.

    Labels name a field the way the self-check's messages do ("bullet b3 (Acme)"), so a
    character found in the PDF's trouble can be traced back to where the person wrote it.
    """
    basics = resume.basics
    for name in ("name", "label", "email", "phone", "location", "url"):
        yield name, getattr(basics, name)
    for i, profile in enumerate(basics.profiles):
        for name in ("network", "username", "url"):
            yield f"profile {i} {name}", getattr(profile, name)
    if resume.summary:
        yield "summary", resume.summary.text
    for role in resume.roles:
        where = f"{role.kind} {role.experience_id}"
        for name in ("organization", "title", "location", "url", "start_date", "end_date"):
            yield f"{where} {name}", getattr(role, name)
        for bullet in role.bullets:
            yield f"bullet {bullet.id} ({_short(clean_text(role.organization), 30)})", bullet.text
    for skill in resume.skills:
        yield "skills", skill.name
    for i, edu in enumerate(resume.education):
        for name in ("institution", "area", "study_type", "score", "start_date", "end_date"):
            yield f"education {i} {name}", getattr(edu, name)
        for course in edu.courses:
            yield f"education {i} courses", course
    for i, cert in enumerate(resume.certificates):
        for name in ("name", "issuer", "date", "url"):
            yield f"certificate {i} {name}", getattr(cert, name)


def removed_symbols(resume: TailoredResume) -> list[str]:
    """One note per shown field that `clean_text` strips emoji or pictographs from.

    The exporter has no channel to the report of its own; `fit_to_pages` returns these in
    `Rendered.removed` so the caller can show them (nothing may vanish from a resume silently).
    """
    notes = []
    for label, text in _shown_texts(resume):
        found = pictographs(text)
        if found:
            notes.append(f"{label}: removed {found} from the rendered resume (emoji and "
                         "pictographs are not text an ATS can read)")
    return notes


def _contact_parts(resume: TailoredResume) -> list[str]:
    basics = resume.basics
    parts = [basics.email, basics.phone, basics.location, basics.url]
    for profile in basics.profiles:
        parts.append(profile.url or ": ".join(p for p in (profile.network, profile.username) if p))
    seen: set[str] = set()
    unique = []
    for part in map(clean_text, parts):
        if part and part not in seen:
            seen.add(part)
            unique.append(part)
    return unique


def _entry(title: str, subtitle: str, meta: list[str], bullets: list[str]) -> dict:
    return {
        "title": clean_text(title),
        "subtitle": clean_text(subtitle),
        "meta": [m for m in map(clean_text, meta) if m],
        "bullets": [b for b in map(clean_text, bullets) if b],
    }


def build_view(resume: TailoredResume) -> dict:
    """Everything the template shows, already cleaned, ordered and formatted.

    Keeping the logic here leaves the template dumb, so the golden HTML changes only when the
    presentation does. Only the tailored (verified) summary is shown, never `basics.summary`.
    """
    role_sections = []
    for kind, heading in ROLE_SECTIONS:
        entries = [
            _entry(_role_title(role.title, role.organization), role.organization,
                   [role.location, format_date_range(role.start_date, role.end_date), role.url],
                   [b.text for b in role.bullets])
            for role in resume.roles if role.kind == kind
        ]
        if entries:
            role_sections.append({"heading": heading, "css_class": kind, "entries": entries})
    education = []
    for edu in resume.education:
        degree = " in ".join(p for p in (edu.study_type.strip(), edu.area.strip()) if p)
        meta = [format_date_range(edu.start_date, edu.end_date),
                f"Score: {edu.score}" if edu.score.strip() else ""]
        if edu.courses:
            meta.append("Courses: " + ", ".join(c for c in map(clean_text, edu.courses) if c))
        education.append(_entry(degree, edu.institution, meta, []))
    certificates = [_entry(c.name, c.issuer, [format_date(c.date), c.url], [])
                    for c in resume.certificates]
    return {
        "name": clean_text(resume.basics.name),
        "label": clean_text(resume.basics.label),
        "contact": _contact_parts(resume),
        "summary": clean_text(resume.summary.text) if resume.summary else "",
        "role_sections": role_sections,
        "skills": [s for s in (clean_text(k.name) for k in resume.skills) if s],
        "education": education,
        "certificates": certificates,
    }


def _role_title(title: str, organization: str) -> str:
    """The title, or `UNTITLED_ROLE` when neither title nor organization has text to show.

    Without a heading line the role's bullets would read as the previous role's, crediting one
    employer with another's work. The placeholder invents nothing, is plainly a placeholder,
    and the loader warns about the entry, so the person fixes the file rather than ship it.
    (The dates would look more natural, but an ATS would take them for a job title, and a role
    may have none.)
    """
    if clean_text(title) or clean_text(organization):
        return title
    return UNTITLED_ROLE


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def template_file(template: str) -> str:
    """The Jinja file of a template name in `TEMPLATES`; a ValueError names the choices."""
    try:
        return _TEMPLATE_FILES[template]
    except KeyError:
        raise ValueError(f"unknown resume template {template!r}: choose one of "
                         f"{', '.join(TEMPLATES)}") from None


def render_html(resume: TailoredResume, template: str = "classic") -> str:
    """The resume as one self-contained HTML document (the stylesheet is inlined).

    Inlining keeps `resume.html` in the output folder readable on its own and means the PDF
    render needs no fetch at all for our own content.
    """
    return _environment().get_template(template_file(template)).render(**build_view(resume))


# --------------------------------------------------------------------------- PDF

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9.+-]*):")


class FetchRefused(Exception):
    """Raised inside the fetcher; WeasyPrint catches it, logs it and skips the resource."""


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


@dataclass
class Rendered:
    resume: TailoredResume
    html: str
    pdf: bytes
    dropped: list[TailoredItem]  # bullets trimmed to fit the page budget
    removed: list[str] = field(default_factory=list)  # emoji left out (`removed_symbols`)
    fill: float = 0.0  # share of the last page's height the content uses (`page_fill`)


def fit_to_pages(resume: TailoredResume, pages: int, template: str = "classic",
                 must_haves: frozenset[str] = frozenset()) -> Rendered:
    """Render with `template`, dropping the least valuable bullets until the PDF fits `pages`.

    The planner's budget is an estimate; this is the measurement (per template: their fonts and
    spacing differ). The planner offers more bullets than a page usually holds, so the page is
    filled before it is declared full. Bullets are dropped in `drop_order` (`must_haves`: ids of
    the posting's must-have requirements, whose last evidence goes last); a binary search over
    how many to drop keeps it to a few layouts (~0.5 s each).
    """
    template_file(template)  # an unknown name fails before any layout
    order = drop_order(resume, must_haves)

    def without(count: int) -> TailoredResume:
        gone = {b.id for b in order[:count]}
        roles = [r.model_copy(update={"bullets": [b for b in r.bullets if b.id not in gone]})
                 for r in resume.roles]
        return resume.model_copy(update={"roles": [r for r in roles if r.bullets]})

    def layout(count: int):
        html = render_html(without(count), template)
        return html, _layout(html)

    html, document = layout(0)
    best = 0
    if len(document.pages) > pages and order:
        low, high = 1, len(order)  # dropping `high` is the most we may do
        while low < high:
            mid = (low + high) // 2
            if len(layout(mid)[1].pages) <= pages:
                high = mid
            else:
                low = mid + 1
        best = low
        html, document = layout(best)
    final = without(best)
    return Rendered(final, html, document.write_pdf(), order[:best], removed_symbols(final),
                    page_fill(document))


def page_fill(document) -> float:
    """How much of the last page's content height is used, 0-1: the bottom of its last line
    of text over the space between the page margins."""
    page = document.pages[-1]._page_box
    top, height = page.content_box_y(), page.height
    bottoms = [box.position_y + box.height for box in _descendants(page)
               if isinstance(box, boxes.LineBox)]
    return round(min(1.0, max((max(bottoms, default=top) - top) / height, 0.0)), 4)


def _descendants(box) -> Iterator:
    for child in getattr(box, "children", None) or ():
        yield child
        yield from _descendants(child)


def drop_order(resume: TailoredResume, must_haves: frozenset[str] = frozenset()) -> list[TailoredItem]:
    """Bullets from least to most valuable, never including the last one left.

    Least valuable first: bullets that answer no requirement before those that do, and among
    them projects and volunteering before work, older roles before recent ones, and a role's
    later bullets (the planner orders them by strength) before its first. Later: a bullet that is
    the only cover left of a requirement (the requirement would become a gap). Later still: the
    first bullet of every job but the oldest, since dropping it hides the job and leaves a hole
    in the work history. Last of all: the only evidence left of a must-have, which a screener
    checks first. "Left" is counted as bullets go, so of two bullets covering one must-have, the
    second to go is protected.
    """
    covers: dict[str, int] = {}
    for item in resume.items():
        for req in set(item.requirement_ids):
            covers[req] = covers.get(req, 0) + 1
    jobs = [r.experience_id for r in resume.roles if r.kind == "work"]
    remaining = [(position, index, role, bullet) for position, role in enumerate(resume.roles)
                 for index, bullet in enumerate(role.bullets)]

    def value(entry) -> tuple:
        position, index, role, bullet = entry
        reqs = set(bullet.requirement_ids)
        sole_must = sum(covers[q] == 1 for q in reqs & must_haves)
        sole = sum(covers[q] == 1 for q in reqs)
        keeps_job_visible = index == 0 and role.experience_id in jobs[:-1]
        return (sole_must, keeps_job_visible, sole, len(reqs) > 0, role.kind == "work",
                -position, -index)

    order = []
    while len(remaining) > 1:
        least = min(remaining, key=value)
        remaining.remove(least)
        order.append(least[3])
        for req in set(least[3].requirement_ids):
            covers[req] -= 1
    return order


def _layout(html: str):
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


# --------------------------------------------------------------------------- PDF check

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
})
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
_INVISIBLE_ALL = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def normalise(text: str) -> str:
    """Unicode-normalise for comparison: NFKC (expands ligatures such as U+FB01 'ﬁ'), invisible
    characters dropped, curly quotes straightened, every dash a hyphen-minus, whitespace single."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE_ALL.sub("", text).translate(_QUOTES)
    text = _DASHES.sub("-", text)
    return " ".join(text.split())


def _compact(text: str) -> str:
    """`normalise`, then drop all whitespace and hyphens.

    Line wrapping inserts breaks, and hyphenation at a break may add ("work-\\nflow") or keep
    ("state-\\nof-the-art") a hyphen; removing both on each side makes all these compare equal.
    """
    return re.sub(r"[\s\-]+", "", normalise(text))


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _found_right_to_left(value: str, haystack: str) -> bool:
    """Whether `value`, holding Arabic or Hebrew, is in the compacted `haystack` word by word.

    pdfminer.six returns right-to-left runs in visual order ("قدت فريقًا" comes out reversed,
    word order included, with neutral punctuation moved to the run's other end), so the text is
    there but not as one substring. Every word (a run of letters or digits), as written or
    reversed, is the check we can make without a bidi algorithm.
    """
    if not any(unicodedata.bidirectional(c) in ("R", "AL") for c in value):
        return False
    return all(word in haystack or word[::-1] in haystack
               for word in re.findall(r"\w+", normalise(value)))


def expected_headings(resume: TailoredResume) -> list[str]:
    """The section headings the rendered resume must show, in order."""
    headings = ["Summary"] if resume.summary and clean_text(resume.summary.text) else []
    kinds = {role.kind for role in resume.roles}
    headings += [heading for kind, heading in ROLE_SECTIONS if kind in kinds]
    if any(clean_text(s.name) for s in resume.skills):
        headings.append("Skills")
    if resume.education:
        headings.append("Education")
    if resume.certificates:
        headings.append("Certifications")
    return headings


def lost_characters(resume: TailoredResume, text: str) -> list[str]:
    """The characters the rendered resume shows that the PDF's extracted `text` lacks entirely,
    in order of first appearance (both sides `normalise`d; whitespace ignored)."""
    found = set(normalise(text))
    return [c for c in dict.fromkeys(normalise(" ".join(_view_strings(build_view(resume)))))
            if not c.isspace() and c not in found]


def _view_strings(value: object) -> Iterator[str]:
    """Every string of a `build_view` dict that the template prints (not the CSS classes)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "css_class":
                yield from _view_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _view_strings(item)


class _NotdefRecorder(logging.Handler):
    """Collects the characters WeasyPrint reports drawing as .notdef (no font has a glyph)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.characters: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if str(record.msg).startswith(".notdef") and record.args:
            self.characters.append(str(record.args[0]))


def undrawable(characters: Iterable[str]) -> list[str]:
    """Those of `characters` that no installed font can draw, in the given order.

    WeasyPrint logs each such character while drawing; a tiny probe document (regular and bold,
    the two faces the templates use) asks it. Font fallback goes through every installed font,
    so the answer does not depend on the template.
    """
    chars = list(dict.fromkeys(characters))
    if not chars:
        return []
    text = escape_html(" ".join(chars))
    probe = (f'<body style="font-family: \'DejaVu Sans\', sans-serif"><p>{text}</p>'
             f"<p><b>{text}</b></p></body>")
    logger, recorder = logging.getLogger("weasyprint"), _NotdefRecorder()
    level = logger.level
    logger.addHandler(recorder)
    logger.setLevel(logging.WARNING)  # whoever quietened WeasyPrint, this probe must hear it
    try:
        render_pdf(probe)
    finally:
        logger.removeHandler(recorder)
        logger.setLevel(level)
    return [c for c in chars if c in set(recorder.characters)]


def undrawable_in_pdf(resume: TailoredResume, text: str) -> str:
    """One message naming the characters no installed font can draw, or "" when there are none.

    A missing glyph costs more than the character: WeasyPrint then gives the whole font (all the
    regular text, or all the bold text) an embedded encoding that pdfminer.six, like many an
    ATS, cannot read, so the name, the email or every heading vanish from the text layer too.
    Listing each lost field would point the person at the wrong problem. Only characters the PDF
    lost are probed, so a resume that extracts cleanly costs no extra render.
    """
    bad = undrawable(c for c in lost_characters(resume, text) if not c.isascii())
    if not bad:
        return ""
    shown = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in bad[:5])
    more = f" and {len(bad) - 5} more" if len(bad) > 5 else ""
    fields = [label for label, value in _shown_texts(resume)
              if any(c in unicodedata.normalize("NFKC", clean_text(value)) for c in bad)]
    where = ", ".join(dict.fromkeys(fields[:3])) + (" and more" if len(fields) > 3 else "")
    return (f"no installed font can draw {shown}{more} (in {where}), and a PDF with a missing "
            "glyph loses every other word set in the same font from its text layer. Install a "
            "font covering the script (on Debian: fonts-noto-cjk for Chinese, Japanese and "
            "Korean, fonts-noto-core for most other scripts), then rerun")


def missing_in_pdf(resume: TailoredResume, text: str) -> list[str]:
    """What an ATS would not find in the PDF's extracted `text`; empty means all is there.

    Headings must stand on a line of their own (an ATS uses them to split sections); the name,
    email, phone, summary and every bullet must occur anywhere, tolerating line wraps,
    hyphenation artefacts, ligatures, quote and dash variants. Characters no installed font
    can draw are the one problem reported when present, since they cause the other losses.
    """
    font_problem = undrawable_in_pdf(resume, text)
    if font_problem:
        return [font_problem]
    missing: list[str] = []
    lines = {normalise(line) for line in text.splitlines()}
    for heading in expected_headings(resume):
        if heading not in lines:
            missing.append(f"heading '{heading}' is not on a line of its own")

    haystack = _compact(text)

    def check(label: str, value: str) -> None:
        shown = clean_text(value)
        needle = _compact(shown)
        if needle and needle not in haystack and not _found_right_to_left(shown, haystack):
            missing.append(f"{label} '{_short(shown)}' not found")

    basics = resume.basics
    check("name", basics.name)
    check("email", basics.email)
    check("phone", basics.phone)
    if resume.summary:
        check(f"summary {resume.summary.id}", resume.summary.text)
    for role in resume.roles:
        for bullet in role.bullets:
            check(f"bullet {bullet.id} ({_short(clean_text(role.organization), 30)})", bullet.text)
    return missing
