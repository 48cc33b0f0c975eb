"""The ATS self-check: re-read the PDF and say what of the resume did not survive as text.

We do not trust the layout engine for that: every heading, bullet and contact field must be
found in the PDF's extracted text, and a character no installed font can draw fails with its
own message (`undrawable_in_pdf`) instead of a list of lost fields.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from html import escape as escape_html

from tailor.render.html import ROLE_SECTIONS, build_view, clean_text, language_text, short, shown_texts
from tailor.render.pdf import render_pdf
from tailor.schemas.models import TailoredResume
from tailor.text.normalise import compact, normalise

# --------------------------------------------------------------------------- PDF check

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
    if any(clean_text(language_text(language)) for language in resume.languages):
        headings.append("Languages")
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
    fields = [label for label, value in shown_texts(resume)
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

    haystack = compact(text)

    def check(label: str, value: str) -> None:
        shown = clean_text(value)
        needle = compact(shown)
        if needle and needle not in haystack and not _found_right_to_left(shown, haystack):
            missing.append(f"{label} '{short(shown)}' not found")

    basics = resume.basics
    check("name", basics.name)
    check("email", basics.email)
    check("phone", basics.phone)
    if resume.summary:
        check(f"summary {resume.summary.id}", resume.summary.text)
    for role in resume.roles:
        for bullet in role.bullets:
            check(f"bullet {bullet.id} ({short(clean_text(role.organization), 30)})", bullet.text)
    for language in resume.languages:
        check("language", language_text(language))
    return missing
