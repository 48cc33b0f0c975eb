"""Render a JSON Resume with all of its content: Tailor's templates and a flex-column layout.

The importer's end-to-end tests read PDFs made by the real renderer (WeasyPrint), so what is
tested is what users' Tailor resumes look like, not a mock of it.
"""
from __future__ import annotations

import json
from pathlib import Path

from tailor.importer.roundtrip import full_resume, render_resume_pdf  # noqa: F401 - re-exported to tests
from tailor.render.html import build_view
from tailor.render.pdf import render_pdf

RESUMES = Path(__file__).resolve().parents[1] / "testdata" / "resumes"
RESUME_FILES = ("complete-resume.json", "senior-engineer.resume.json", "new-grad.resume.json",
                "career-changer.resume.json")


def load(name: str) -> dict:
    return json.loads((RESUMES / name).read_text("utf-8"))


# A third layout besides the shipped templates: headings in a flex column beside the content,
# which pdfminer may read heading-after-content; the importer must use y to fix it.
_SIDEBAR = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: Letter; margin: 0.5in; }
html { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.3; }
h1 { font-size: 18pt; margin: 0; } p { margin: 0; } ul { margin: 2pt 0 0 0; padding-left: 12pt; }
section { display: flex; margin-top: 8pt; }
h2 { width: 1.4in; flex: none; font-size: 10pt; text-transform: uppercase; margin: 0; }
.body { flex: 1; } .entry { margin-bottom: 5pt; }
</style></head><body>
<h1>{{ name }}</h1>{% if label %}<p>{{ label }}</p>{% endif %}<p>{{ contact | join(" | ") }}</p>
{% macro entry(e) %}<div class="entry"><p>{% if e.title %}<b>{{ e.title }}</b>
{%- if e.subtitle %}, {{ e.subtitle }}{% endif %}{% else %}<b>{{ e.subtitle }}</b>{% endif %}</p>
{% if e.meta %}<p>{{ e.meta | join(" | ") }}</p>{% endif %}
{% if e.bullets %}<ul>{% for b in e.bullets %}<li>{{ b }}</li>{% endfor %}</ul>{% endif %}</div>{% endmacro %}
{% if summary %}<section><h2>Summary</h2><div class="body"><p>{{ summary }}</p></div></section>{% endif %}
{% for s in role_sections %}<section><h2>{{ s.heading }}</h2><div class="body">
{% for e in s.entries %}{{ entry(e) }}{% endfor %}</div></section>{% endfor %}
{% if skills %}<section><h2>Skills</h2><div class="body"><p>{{ skills | join(", ") }}</p></div></section>
{% endif %}{% if education %}<section><h2>Education</h2><div class="body">
{% for e in education %}{{ entry(e) }}{% endfor %}</div></section>{% endif %}
{% if certificates %}<section><h2>Certifications</h2><div class="body">
{% for e in certificates %}{{ entry(e) }}{% endfor %}</div></section>{% endif %}
</body></html>"""


def render_sidebar_pdf(data: dict) -> bytes:
    from jinja2 import Environment

    html = Environment(autoescape=True).from_string(_SIDEBAR).render(**build_view(full_resume(data)))
    return render_pdf(html)
