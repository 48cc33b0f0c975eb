"""A stress set for finding sections when the headings cannot be read or named.

Each variant renders a sample JSON Resume with Tailor's classic template (or the flex-column
layout of `rendering.py`, headings in a left column beside their content) through WeasyPrint,
with its section headings rewritten the ways real resumes write them: unusual words, an emoji
before the word, an emoji alone, no headings at all, and a summary with no heading under the
name. The PDFs are made at test time (docs/ARCHITECTURE.md, "Resume import", step 2).

The emoji variants print no heading words that pdfminer reads yet: DejaVu has no emoji, so
WeasyPrint writes the font's encoding as an embedded CMap stream, and pdfminer, finding no CMap
of that name, reads no text of that font at all (the name and every bold title are lost too).
"""
from __future__ import annotations

import re

from tailor.importer.roundtrip import render_resume_html
from tailor.render.pdf import render_pdf

# Heading words nobody lists, per heading the templates print.
ODD_WORDS = {"Summary": "What I bring", "Experience": "Journey", "Skills": "Toolbox",
             "Education": "Background", "Certifications": "Paper trail", "Projects": "Things I built",
             "Volunteer": "Giving back"}
ICONS = {"Summary": "\U0001F464", "Experience": "\U0001F4BC", "Skills": "\U0001F6E0",
         "Education": "\U0001F393", "Certifications": "\U0001F4DC", "Projects": "\U0001F527",
         "Volunteer": "\U0001F91D"}
_H2 = re.compile(r"<h2>([^<]*)</h2>")


def _word(heading: str) -> str:
    return next((key for key in ODD_WORDS if heading.startswith(key)), heading)


def _rewrite(heading: str, variant: str) -> str:
    key = _word(heading)
    if variant == "odd_words":
        return f"<h2>{ODD_WORDS.get(key, heading)}</h2>"
    if variant == "emoji_word":
        return f"<h2>{ICONS.get(key, '*')} {heading}</h2>"
    if variant == "emoji_only":
        return f"<h2>{ICONS.get(key, '*')}</h2>"
    if variant == "no_headings":
        return ""
    if variant == "summary_unheaded":
        return "" if key == "Summary" else f"<h2>{heading}</h2>"
    return f"<h2>{heading}</h2>"


VARIANTS = ("plain", "odd_words", "emoji_word", "emoji_only", "no_headings", "summary_unheaded",
            "left_column_odd")


def variant_html(data: dict, variant: str) -> str:
    if variant == "left_column_odd":
        from jinja2 import Environment

        from tailor.importer.roundtrip import full_resume
        from tailor.render.html import build_view
        from tests.importer.rendering import _SIDEBAR

        html = Environment(autoescape=True).from_string(_SIDEBAR).render(**build_view(full_resume(data)))
        return _H2.sub(lambda m: _rewrite(m[1], "odd_words"), html)
    return _H2.sub(lambda m: _rewrite(m[1], variant), render_resume_html(data, "classic"))


def variant_pdf(data: dict, variant: str) -> bytes:
    return render_pdf(variant_html(data, variant))
