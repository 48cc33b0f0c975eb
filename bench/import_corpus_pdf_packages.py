"""PDF layouts of the import corpus that other people's packages render from structured data (issue 15,
round 22: bench/data/import_layout_split.json, rotation_2026_12_07g_more).

* ``cv-claw`` 0.1.3 (MIT): renders its own resume JSON (a header and a list of sections of four kinds:
  prose, key-value, list, timeline) to one HTML page through its bundled ``classic`` template; its README
  says to print that page from a browser, so ``bench/import_corpus.py`` prints it with Debian's Chromium,
  as it prints the npm themes. Layout ``cvclaw-classic``.
* ``cv-creator-ats`` 1.0.0 (MIT): its dataclasses to a PDF drawn with ReportLab (``generate_cv``).
  Layout ``cvcreatorats-pdf``.

Neither reads JSON Resume, so this module writes each one's input from a JSON Resume source by one
mapping per package, written from its documented schema (its pydantic models and bundled example) before
anything was rendered. Their entries have points and no summary: an entry's summary (a project's
description) goes in as its first point (``POINTS_LEAD``; tailor/importer/corpus_score.py says how that
is counted). What a schema has no place for is not printed; the oracle (``bench/import_corpus.py
--shown``) records what each page printed.

Each package needs its own environment::

    python3 -m venv /tmp/cv-claw && /tmp/cv-claw/bin/pip install cv-claw==0.1.3
    python3 -m venv /tmp/cv-creator-ats && /tmp/cv-creator-ats/bin/pip install cv-creator-ats==1.0.0
    CV_CLAW_PYTHON=/tmp/cv-claw/bin/python CV_CREATOR_ATS_PYTHON=/tmp/cv-creator-ats/bin/python \\
        python bench/import_corpus.py --layouts cvclaw-classic,cvcreatorats-pdf
"""
from __future__ import annotations

import json
from pathlib import Path

from import_corpus_packages import (
    courses,
    degree,
    from_env,
    month,
    package_version,
    place,
    points,
    run_for,
    span,
    spoken,
)

LAYOUTS = {"cvclaw-classic": "cv-claw", "cvcreatorats-pdf": "cv-creator-ats"}
HTML_LAYOUTS = {"cvclaw-classic"}  # the package writes HTML, which Chromium prints
POINTS_LEAD = {"cv-claw": {"work": "summary", "volunteer": "summary", "projects": "description"},
               "cv-creator-ats": {"work": "summary"}}
_ENV = {"cv-claw": ("CV_CLAW_PYTHON", "0.1.3"), "cv-creator-ats": ("CV_CREATOR_ATS_PYTHON", "1.0.0")}
_RENDER = {
    "cv-claw": ("import sys\nfrom pathlib import Path\nfrom cvclaw.render import render_file\n"
                "render_file(Path(sys.argv[1]), output_path=Path(sys.argv[2]))"),
    # its documented use (README, generate_cv's docstring): CVData of its dataclasses -> generate_cv
    "cv-creator-ats": ("import json, shutil, sys\nfrom pathlib import Path\nimport cv_creator as c\n"
                       "d = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                       "data = c.CVData(contact=c.ContactInfo(**d['contact']), summary=d['summary'],\n"
                       "    experience=[c.ExperienceEntry(**x) for x in d['experience']], skills=d['skills'],\n"
                       "    education=[c.EducationEntry(**x) for x in d['education']],\n"
                       "    certifications=[c.CertificationEntry(**x) for x in d['certifications']],\n"
                       "    projects=[c.ProjectEntry(**x) for x in d['projects']],\n"
                       "    languages=[c.LanguageEntry(**x) for x in d['languages']])\n"
                       "out = Path(sys.argv[1]).parent / 'build'\nout.mkdir(exist_ok=True)\n"
                       "shutil.copy(c.generate_cv(data, output_dir=str(out)), sys.argv[2])"),
}


def python(package: str) -> str:
    variable, version = _ENV[package]
    return from_env(variable, f"{package} is missing: python3 -m venv /tmp/{package} && "
                    f"/tmp/{package}/bin/pip install {package}=={version}")


def _dates(item: dict) -> str | None:
    return span(item, " – ") or None


def _item(title: str | None, org: str | None = None, location: str | None = None, dates: str | None = None,
          href: str | None = None, bullets: list[str] | None = None) -> dict:
    out = {"title": title or "", "org": org, "location": location or None, "dates": dates, "href": href,
           "bullets": [b for b in bullets or [] if b]}
    return {k: v for k, v in out.items() if v not in (None, [])}


def _section(name: str, kind: str, data: dict) -> list[dict]:
    items = data.get("items")
    return [{"name": name, "kind": kind, "data": data}] if (items if items is not None else data.get("body")) else []


def cv_claw_input(resume: dict) -> dict:
    """cv-claw's resume JSON for `resume`: every JSON Resume section that one of its four section kinds
    can hold, in JSON Resume's order."""
    b = resume.get("basics") or {}
    links = [{"label": b["url"].split("://", 1)[-1].rstrip("/"), "href": b["url"]}] if b.get("url") else []
    links += [{"label": p["url"].split("://", 1)[-1].rstrip("/"), "href": p["url"]}
              for p in b.get("profiles") or [] if p.get("url")]
    contact = {k: v for k, v in (("location", place(b.get("location"))), ("email", b.get("email")),
                                 ("phone", b.get("phone"))) if v}
    sections = [
        *_section("Summary", "prose", {"body": b.get("summary") or ""}),
        *_section("Experience", "timeline", {"items": [
            _item(x.get("position"), x.get("name"), place(x.get("location")), _dates(x), x.get("url"), points(x))
            for x in resume.get("work") or []]}),
        *_section("Volunteer", "timeline", {"items": [
            _item(x.get("position"), x.get("organization"), None, _dates(x), x.get("url"), points(x))
            for x in resume.get("volunteer") or []]}),
        *_section("Education", "timeline", {"items": [
            _item(degree(x, ", "), x.get("institution"), None, _dates(x), x.get("url"),
                  [x.get("score") or "", courses(x)])
            for x in resume.get("education") or []]}),
        *_section("Projects", "timeline", {"items": [
            _item(x.get("name"), x.get("entity"), None, _dates(x), x.get("url"), points(x, "description"))
            for x in resume.get("projects") or []]}),
        *_section("Skills", "keyvalue", {"items": [
            {"label": f"{s.get('name') or 'Skills'}:", "value": ", ".join(s.get("keywords") or [])}
            for s in resume.get("skills") or [] if s.get("keywords")]}),
        *_section("Certifications", "list", {"items": [
            {"text": " — ".join(p for p in (c.get("name"), c.get("issuer"), spoken(month(c.get("date")))) if p),
             **({"href": c["url"]} if c.get("url") else {})} for c in resume.get("certificates") or []]}),
        *_section("Awards", "list", {"items": [
            {"text": " — ".join(p for p in (a.get("title"), a.get("awarder"), spoken(month(a.get("date")))) if p)}
            for a in resume.get("awards") or []]}),
        *_section("Publications", "list", {"items": [
            {"text": " — ".join(p for p in (x.get("name"), x.get("publisher"), spoken(month(x.get("releaseDate"))))
                                if p), **({"href": x["url"]} if x.get("url") else {})}
            for x in resume.get("publications") or []]}),
        *_section("Languages", "keyvalue", {"items": [
            {"label": f"{x['language']}:", "value": x.get("fluency") or ""}
            for x in resume.get("languages") or [] if x.get("language")]}),
        *_section("Interests", "list", {"items": [
            {"text": ": ".join(p for p in (x.get("name"), ", ".join(x.get("keywords") or [])) if p)}
            for x in resume.get("interests") or [] if x.get("name")]}),
    ]
    return {"template": "classic", "header": {"name": b.get("name") or "", **({"contact": contact} if contact else {}),
                                             "links": links}, "sections": sections}


def cv_creator_ats_input(resume: dict) -> dict:
    """cv-creator-ats's CVData fields for `resume`: it refuses more than five points a job, so a job gets
    its first five (summary first); volunteering, awards and interests, which it has no section for, and
    skill group names (its skills are one list) are left out."""
    b = resume.get("basics") or {}
    profiles = {(p.get("network") or "").lower(): p.get("url") for p in b.get("profiles") or [] if p.get("url")}
    return {
        "contact": {"name": b.get("name") or "", "email": b.get("email") or "", "phone": b.get("phone") or "",
                    "city": place(b.get("location")), "linkedin": profiles.get("linkedin"), "portfolio": b.get("url")},
        "summary": b.get("summary") or None,
        "experience": [{"company": x.get("name") or "", "title": x.get("position") or "",
                        "start_date": spoken(month(x.get("startDate"))),
                        "end_date": spoken(month(x.get("endDate"))) or "Present", "bullets": points(x)[:5]}
                       for x in resume.get("work") or []],
        "skills": list(dict.fromkeys(k for s in resume.get("skills") or [] for k in s.get("keywords") or [] if k)),
        "education": [{"institution": x.get("institution") or "", "degree": x.get("studyType") or "",
                       "field": x.get("area") or "", "end_date": spoken(month(x.get("endDate"))),
                       "gpa": x.get("score")} for x in resume.get("education") or []],
        "certifications": [{"name": c.get("name") or "", "issuer": c.get("issuer") or "",
                            "date": spoken(month(c.get("date")))} for c in resume.get("certificates") or []],
        "projects": [{"name": x.get("name") or "", "description": x.get("description") or "", "url": x.get("url"),
                      "technologies": list(x.get("keywords") or [])} for x in resume.get("projects") or []],
        "languages": [{"language": x["language"], "level": x.get("fluency") or ""}
                      for x in resume.get("languages") or [] if x.get("language")],
    }


_INPUT = {"cv-claw": cv_claw_input, "cv-creator-ats": cv_creator_ats_input}
_OUTPUT = {"cv-claw": "resume.html", "cv-creator-ats": "resume.pdf"}


def _render(layout: str, resume: dict, work: Path) -> Path:
    package = LAYOUTS[layout]
    work.mkdir(parents=True, exist_ok=True)
    src, out = work / "resume.json", work / _OUTPUT[package]
    src.write_text(json.dumps(_INPUT[package](resume), indent=1, ensure_ascii=False), "utf-8")
    run_for(out, package, [python(package), "-c", _RENDER[package], str(src), str(out)], work)
    return out


def html(layout: str, resume: dict, work: Path) -> str:
    """`resume` rendered by an HTML layout's package to one page (its text), for Chromium to print."""
    return _render(layout, resume, work).read_text("utf-8")


def build(layout: str, resume: dict, target: Path, work: Path) -> None:
    """`resume` rendered by a PDF layout's package into `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(_render(layout, resume, work).read_bytes())


def version(layout: str) -> str:
    return package_version(python(LAYOUTS[layout]), LAYOUTS[layout])


def manifest_entry(layout: str, tools: dict) -> dict:
    package = LAYOUTS[layout]
    how = {"cv-claw": "its bundled 'classic' template, printed by headless Chromium as its README says",
           "cv-creator-ats": "its ReportLab layout (generate_cv)"}[package]
    return dict(kind="html-pdf" if layout in HTML_LAYOUTS else "pdf",
                generator=f"PyPI {package}: {how}, from its input written by bench/import_corpus_pdf_packages.py "
                "(one mapping, from its documented schema)", package=package, license="MIT",
                tools={k: tools[k] for k in (package, *(["chromium"] if layout in HTML_LAYOUTS else []))},
                points_lead=POINTS_LEAD[package])
