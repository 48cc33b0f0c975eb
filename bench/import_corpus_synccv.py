"""sync-cv-formatter layouts of the import corpus (issue 15, round 21: bench/data/import_layout_split.json,
rotation_2026_12_07f_more).

sync-cv-formatter (PyPI ``sync-cv-formatter`` 1.5.0, MIT, SyncQues/CV-Formatter) is the renderer of a
commercial resume product: 20 HTML templates (Jinja2 + CSS) over one ResumeDocument schema, printed to
PDF by Chromium through Playwright. This module writes a ResumeDocument from a JSON Resume source by
ONE mapping for every template (the rotation's rule: fixed only on the package's validation errors and
on what a dev template's page shows), renders it with the package's own ``populate_html_template``,
and prints it the way its ``render_html_to_pdf`` does (A4, backgrounds, the CSS page size, no margins,
after the network settles), with Debian's Chromium instead of the browser Playwright would download.
Its templates ask for web fonts and link icons from the network; offline they fall back, as the
other HTML layouts of the corpus do.

The package needs Python 3.12 and its own environment::

    python3.12 -m venv /tmp/synccv && /tmp/synccv/bin/pip install sync-cv-formatter==1.5.0 playwright
    SYNCCV_PYTHON=/tmp/synccv/bin/python python bench/import_corpus.py --layouts synccv-modern
"""
from __future__ import annotations

import json
from pathlib import Path

from import_corpus_packages import MissingPackage, from_env, package_version, run_for

TEMPLATES = ("academic", "aurora", "bold", "classic", "compact", "consulting", "creative", "editorial", "executive",
             "finance", "healthcare", "minimal", "modern", "noir", "portfolio", "professional", "sidebar", "studio",
             "tech", "timeline")
LAYOUTS = {f"synccv-{name}": name for name in TEMPLATES}
CHROMIUM = "/usr/bin/chromium"
# the package's own render path, with the browser this machine has
_RENDER = """
import json, sys
from pathlib import Path
from playwright.sync_api import sync_playwright
from sync_cv_formatter import ResumeDocument, populate_html_template
data, template, html_path, pdf_path, chromium = json.load(open(sys.argv[1], encoding="utf-8")), *sys.argv[2:6]
document = ResumeDocument.model_validate({**data, "metadata": ResumeDocument.default_metadata().model_dump()})
Path(html_path).write_text(populate_html_template(document, template), encoding="utf-8")
with sync_playwright() as playwright:
    browser = playwright.chromium.launch(headless=True, executable_path=chromium, args=[
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run"])
    page = browser.new_page()
    page.goto(Path(html_path).resolve().as_uri(), wait_until="networkidle")
    page.pdf(path=pdf_path, format="A4", print_background=True, prefer_css_page_size=True,
             margin={"top": "0", "right": "0", "bottom": "0", "left": "0"})
    browser.close()
"""


def python() -> str:
    exe = from_env("SYNCCV_PYTHON", "sync-cv-formatter is missing: python3.12 -m venv /tmp/synccv && "
                   "/tmp/synccv/bin/pip install sync-cv-formatter==1.5.0 playwright")
    if not Path(CHROMIUM).exists():
        raise MissingPackage("Chromium is missing: apt-get install -y chromium")
    return exe


def _place(loc) -> str | None:
    if isinstance(loc, str):
        return loc.strip() or None
    if not isinstance(loc, dict):
        return None
    return ", ".join(p for p in (loc.get("city"), loc.get("region") or loc.get("countryCode")) if p) or None


def _lines(*parts) -> str:
    """Bullet lines, as the templates split a description (one point per line)."""
    return "\n".join(" ".join(str(p).split()) for p in parts if p)


def _custom(id_: str, title: str, items: list[dict]) -> list[dict]:
    kept = [{k: v for k, v in item.items() if v} for item in items]
    return [{"id": id_, "title": title, "items": kept}] if kept else []


# A ResumeDocument entry has one description, which the templates print a line (a point) each: an
# entry's summary goes in as its first line (tailor/importer/corpus_score.py says how it is counted)
POINTS_LEAD = {"work": "summary", "volunteer": "summary", "projects": "description"}


def document(resume: dict) -> dict:
    """The ResumeDocument (without its metadata) for `resume`; one mapping for every template."""
    b = resume.get("basics") or {}
    links = {str(p.get("network") or "profile").lower(): p["url"] for p in b.get("profiles") or [] if p.get("url")}
    if b.get("url"):
        links = {"website": b["url"], **links}
    sections = {
        "skills": {"categorized": {s.get("name") or "Skills": list(s.get("keywords") or [])
                                   for s in resume.get("skills") or []}},
        "experience": [{"title": x.get("position") or "", "company": x.get("name") or "",
                        "location": _place(x.get("location")), "start_date": x.get("startDate"),
                        "end_date": x.get("endDate") or "Present",
                        "description": _lines(x.get("summary"), *(x.get("highlights") or []))}
                       for x in resume.get("work") or []],
        "education": [{"institution": x.get("institution") or "", "degree": x.get("studyType") or "",
                       "field_of_study": x.get("area"), "start_date": x.get("startDate"),
                       "end_date": x.get("endDate") or "Present", "gpa": x.get("score"),
                       "description": f"Courses: {', '.join(x['courses'])}" if x.get("courses") else None}
                      for x in resume.get("education") or []],
        "projects": [{"title": x.get("name") or "",
                      "description": _lines(x.get("description"), *(x.get("highlights") or [])),
                      "technologies": list(x.get("keywords") or []), "project_url": x.get("url"),
                      "start_date": x.get("startDate"), "end_date": x.get("endDate")}
                     for x in resume.get("projects") or []],
        "achievements": [{"title": a.get("title") or "", "organization": a.get("awarder"),
                          "description": a.get("summary"), "date_earned": a.get("date")}
                         for a in resume.get("awards") or []],
        "custom": [
            *_custom("certifications", "Certifications",
                     [{"title": c.get("name"), "subtitle": c.get("issuer"), "start_date": c.get("date"),
                       "links": [{"url": c["url"]}] if c.get("url") else []}
                      for c in resume.get("certificates") or []]),
            *_custom("volunteer", "Volunteer",
                     [{"title": x.get("position"), "subtitle": x.get("organization"), "start_date": x.get("startDate"),
                       "end_date": x.get("endDate") or ("Present" if x.get("startDate") else None),
                       "description": _lines(x.get("summary"), *(x.get("highlights") or []))}
                      for x in resume.get("volunteer") or []]),
            *_custom("publications", "Publications",
                     [{"title": p.get("name"), "subtitle": p.get("publisher"), "start_date": p.get("releaseDate"),
                       "description": p.get("summary")} for p in resume.get("publications") or []]),
            *_custom("languages", "Languages",
                     [{"title": x.get("language"), "subtitle": x.get("fluency")}
                      for x in resume.get("languages") or []]),
            *_custom("interests", "Interests",
                     [{"title": x.get("name"), "description": ", ".join(x.get("keywords") or [])}
                      for x in resume.get("interests") or []]),
        ],
    }
    basics = {"full_name": b.get("name") or "", "email": b.get("email") or "", "phone": b.get("phone"),
              "location": _place(b.get("location")), "summary": b.get("summary"), "social_links": links}
    return {"basics": basics, "sections": sections}


def build(layout: str, resume: dict, target: Path, work: Path) -> None:
    """Render `resume` through `layout` into `target`."""
    work.mkdir(parents=True, exist_ok=True)
    src = work / f"{target.stem}.synccv.json"
    src.write_text(json.dumps({**document(resume), "template_id": LAYOUTS[layout]}, ensure_ascii=False), "utf-8")
    html = work / f"{target.stem}.html"
    run_for(target, "sync-cv-formatter", [python(), "-c", _RENDER, str(src), LAYOUTS[layout], str(html),
                                          str(target.resolve()), CHROMIUM], work)


def version() -> str:
    return package_version(python(), "sync-cv-formatter")


def manifest_entry(layout: str, tools: dict) -> dict:
    return dict(
        kind="html-pdf",
        generator=f"sync-cv-formatter's '{LAYOUTS[layout]}' template (populate_html_template), from a ResumeDocument "
        "written by bench/import_corpus_synccv.py (one mapping for every template), printed as its "
        "render_html_to_pdf does (Playwright, A4, backgrounds, no margins) with Debian's Chromium",
        package="sync-cv-formatter", license="MIT", tools={"sync-cv-formatter": tools["sync-cv-formatter"]},
        points_lead=POINTS_LEAD,
    )
