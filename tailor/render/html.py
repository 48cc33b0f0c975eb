"""HTML for a tailored resume: the view model, dates as people write them, and the templates.

Resume text comes from untrusted corpora and model output: the templates autoescape, and text
that cannot become PDF text (emoji) is stripped (`clean_text`) and listed (`removed_symbols`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from tailor.corpus.jsonresume import UNTITLED_ROLE
from tailor.corpus.loader import pictographs, strip_pictographs
from tailor.schemas.models import Language, TailoredResume

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


def short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown_texts(resume: TailoredResume) -> Iterator[tuple[str, str]]:
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
            yield f"bullet {bullet.id} ({short(clean_text(role.organization), 30)})", bullet.text
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
    for i, language in enumerate(resume.languages):
        yield f"language {i}", language_text(language)


def removed_symbols(resume: TailoredResume) -> list[str]:
    """One note per shown field that `clean_text` strips emoji or pictographs from.

    The exporter has no channel to the report of its own; `fit_to_pages` returns these in
    `Rendered.removed` so the caller can show them (nothing may vanish from a resume silently).
    """
    notes = []
    for label, text in shown_texts(resume):
        found = pictographs(text)
        if found:
            notes.append(f"{label}: removed {found} from the rendered resume (emoji and "
                         "pictographs are not text an ATS can read)")
    return notes


def language_text(language: Language) -> str:
    """"Spanish (Conversational)", or "Spanish" when no fluency is given."""
    fluency = language.fluency.strip()
    return f"{language.language.strip()} ({fluency})" if fluency else language.language.strip()


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
        "languages": [text for text in map(clean_text, map(language_text, resume.languages)) if text],
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


