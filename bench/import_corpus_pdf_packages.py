"""PDF layouts of the import corpus that other people's packages render from structured data (issue 15,
round 22: bench/data/import_layout_split.json, rotation_2026_12_07g_more).

* ``cv-claw`` 0.1.3 (MIT): renders its own resume JSON (a header and a list of sections of four kinds:
  prose, key-value, list, timeline) to one HTML page through its bundled ``classic`` template; its README
  says to print that page from a browser, so ``bench/import_corpus.py`` prints it with Debian's Chromium,
  as it prints the npm themes. Layout ``cvclaw-classic``.
* ``cv-creator-ats`` 1.0.0 (MIT): its dataclasses to a PDF drawn with ReportLab (``generate_cv``).
  Layout ``cvcreatorats-pdf``.
* ``luxresume`` 0.1.24 (MIT; round 23, rotation_2026_12_07h): its YAML (read by littleyaml, a YAML
  subset: plain values, no quotes) through its bundled HTML template, which it prints itself by calling
  ``google-chrome --headless --print-to-pdf``; the bench puts a ``google-chrome`` on its PATH that runs
  Debian's Chromium (``CHROME_LAYOUTS``). Layout ``luxresume-pdf``.
* ``cv-renderer`` 0.1.6 (Apache-2.0; Python >= 3.12; round 23): its YAML data folder (``cv-renderer init``'s
  copy of its examples, with ``data/base_en.yaml`` written from the source) rendered to HTML with its
  "general" profile; its own PDF export needs Playwright's downloaded browser, so Debian's Chromium
  prints the HTML, which sets its own A4 page. Layout ``cvrenderer-general``.

Neither reads JSON Resume, so this module writes each one's input from a JSON Resume source by one
mapping per package, written from its documented schema (its pydantic models and bundled example) before
anything was rendered. Their entries have points and no summary: an entry's summary (a project's
description) goes in as its first point (``POINTS_LEAD``; tailor/importer/corpus_score.py says how that
is counted). What a schema has no place for is not printed; the oracle (``bench/import_corpus.py
--shown``) records what each page printed.

Each package needs its own environment::

    python3 -m venv /tmp/cv-claw && /tmp/cv-claw/bin/pip install cv-claw==0.1.3
    python3 -m venv /tmp/cv-creator-ats && /tmp/cv-creator-ats/bin/pip install cv-creator-ats==1.0.0
    python3 -m venv /tmp/luxresume && /tmp/luxresume/bin/pip install luxresume==0.1.24
    python3.12 -m venv /tmp/cv-renderer && /tmp/cv-renderer/bin/pip install cv-renderer==0.1.6
    CV_CLAW_PYTHON=/tmp/cv-claw/bin/python CV_CREATOR_ATS_PYTHON=/tmp/cv-creator-ats/bin/python \\
        LUXRESUME_PYTHON=/tmp/luxresume/bin/python CV_RENDERER_PYTHON=/tmp/cv-renderer/bin/python \\
        python bench/import_corpus.py --layouts cvclaw-classic,cvcreatorats-pdf,luxresume-pdf,cvrenderer-general
"""
from __future__ import annotations

import json
import os
import re
import shutil
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

LAYOUTS = {"cvclaw-classic": "cv-claw", "cvcreatorats-pdf": "cv-creator-ats", "luxresume-pdf": "luxresume",
           "cvrenderer-general": "cv-renderer"}
HTML_LAYOUTS = {"cvclaw-classic", "cvrenderer-general"}  # the package writes HTML, which Chromium prints
CHROME_LAYOUTS = {"luxresume-pdf"}  # the package prints its HTML itself, with google-chrome
POINTS_LEAD = {"cv-claw": {"work": "summary", "volunteer": "summary", "projects": "description"},
               "cv-creator-ats": {"work": "summary"}, "luxresume": {"work": "summary"},
               "cv-renderer": {"projects": "description"}}
_ENV = {"cv-claw": ("CV_CLAW_PYTHON", "0.1.3"), "cv-creator-ats": ("CV_CREATOR_ATS_PYTHON", "1.0.0"),
        "luxresume": ("LUXRESUME_PYTHON", "0.1.24"), "cv-renderer": ("CV_RENDERER_PYTHON", "0.1.6")}
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
    # its documented use (README): `luxresume resume.yaml -o resume.pdf`
    "luxresume": "import sys\nfrom luxresume.cli import main\nsys.argv = ['luxresume', *sys.argv[1:]]\nmain()",
    # its documented use (README): `cv-renderer init` (a copy of its examples), fill data/base_en.yaml,
    # `cv-renderer --profile general`; its data folder and output folder are named by CV_DATA_DIR, CV_OUT_DIR
    "cv-renderer": ("import json, os, shutil, sys\nfrom pathlib import Path\nimport yaml\nimport cv_renderer\n"
                    "work = Path(sys.argv[1]).parent\ndata, out = work / 'user-data', work / 'out'\n"
                    "shutil.rmtree(data, ignore_errors=True)\nshutil.rmtree(out, ignore_errors=True)\n"
                    "shutil.copytree(Path(cv_renderer.__file__).parent / 'examples', data)\n"
                    "(data / 'data' / 'base_en.yaml').write_text(yaml.safe_dump(json.load(open(sys.argv[1], "
                    "encoding='utf-8')), allow_unicode=True, sort_keys=False), encoding='utf-8')\n"
                    "os.environ.update(CV_DATA_DIR=str(data), CV_OUT_DIR=str(out))\n"
                    "from cv_renderer.render import render\nshutil.copy(render('general'), sys.argv[2])"),
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


def _bullets(texts: list[str]) -> list[dict]:
    """cv-renderer's bullets: its general profile keeps a bullet only when it carries a tag, and its
    examples' tags.yaml names "always" the tag of what every profile shows."""
    return [{"text": t, "tags": ["always"]} for t in texts if t]


def _bare(url: str | None) -> str:
    return (url or "").split("://", 1)[-1].rstrip("/")


def cv_renderer_input(resume: dict) -> dict:
    """cv-renderer's base_en.yaml for `resume` (its pydantic CVData): a job needs bullets, so one with no
    highlights has its summary as its bullet (and one with neither is left out); a project's description
    is its first bullet; volunteering, awards, publications and interests have no section."""
    b = resume.get("basics") or {}
    net = {(p.get("network") or "").lower(): _bare(p.get("url")) for p in b.get("profiles") or [] if p.get("url")}

    def job(x: dict) -> dict | None:
        lead, rest = x.get("summary") or "", [h for h in x.get("highlights") or [] if h]
        bullets = rest or ([lead] if lead else [])
        return {"company": x.get("name") or "", "title": {"default": x.get("position") or ""},
                "location": place(x.get("location")), "start": month(x.get("startDate")) or "",
                "end": month(x.get("endDate")) or "present", "tags": ["always"],
                "description": lead if rest else "", "bullets": _bullets(bullets)} if bullets else None

    return {
        "meta": {"name": b.get("name") or "", "title": {"default": b.get("label") or ""},
                 "location": place(b.get("location")), "email": b.get("email") or "", "phone": b.get("phone") or "",
                 "links": {"linkedin": net.get("linkedin", ""), "github": net.get("github", ""),
                           "portfolio": _bare(b.get("url"))}},
        "about": {"default": b.get("summary") or ""},
        "experience": [j for j in map(job, resume.get("work") or []) if j],
        "education": [{"institution": x.get("institution") or "", "degree": degree(x, ", "),
                       "location": place(x.get("location")) or None, "start": month(x.get("startDate")) or "",
                       "end": month(x.get("endDate")) or "present", "tags": ["always"]}
                      for x in resume.get("education") or []],
        "skills": [{"category": s.get("name") or "Skills", "tags": ["always"], "items": list(s["keywords"])}
                   for s in resume.get("skills") or [] if s.get("keywords")],
        "projects": [{"name": x.get("name") or "", "subtitle": x.get("entity") or "",
                      "start": month(x.get("startDate")), "end": month(x.get("endDate")) or "present",
                      "tags": ["always"], "bullets": _bullets(points(x, "description"))}
                     for x in resume.get("projects") or []],
        "additional": {
            "languages": [f"{x['language']} ({x['fluency']})" if x.get("fluency") else x["language"]
                          for x in resume.get("languages") or [] if x.get("language")],
            "certifications": [" — ".join(p for p in (c.get("name"), c.get("issuer"), spoken(month(c.get("date"))))
                                          if p) for c in resume.get("certificates") or []]},
    }


def _username(basics: dict, network: str) -> str:
    """A profile's user name (its `username`, or its url's last part): luxresume links that name."""
    for p in basics.get("profiles") or []:
        if (p.get("network") or "").lower() == network:
            return p.get("username") or (p.get("url") or "").rstrip("/").rsplit("/", 1)[-1]
    return ""


def _yaml_key(name: str) -> str:
    """A skill group's name as a littleyaml key ([A-Za-z_-][A-Za-z0-9_-]*): luxresume prints a key with
    "_" and "-" as spaces, title-cased, so a name's other characters become "_"."""
    key = re.sub(r"[^A-Za-z0-9-]+", "_", name).strip("_") or "Skills"
    return key if re.match(r"[A-Za-z_-]", key) else f"_{key}"


def little_yaml(value, indent: int = 0) -> str:
    """`value` in littleyaml's subset: "key: value" and "- item" lines, two spaces a level, plain values on
    one line (littleyaml keeps quotes as part of a value, so none are written). It cannot read an empty
    value, so an empty field is left out, as the template's own example leaves out what a person lacks."""
    pad = " " * indent
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:\n{little_yaml(item, indent + 2)}")
            elif _one_line(item) and not isinstance(item, (dict, list)):
                lines.append(f"{pad}{key}: {_one_line(item)}")
        return "\n".join(lines)
    return "\n".join(f"{pad}- {little_yaml(item, indent + 2).lstrip()}" if isinstance(item, (dict, list))
                     else f"{pad}- {_one_line(item)}" for item in value)


def _one_line(value) -> str:
    return " ".join(str(value or "").split())


def luxresume_input(resume: dict) -> str:
    """luxresume's YAML for `resume`, the fields its template prints (name, profession, location, email,
    LinkedIn and GitHub user names, summary, skills by group, experience, education); it has no phone, no
    job summary (a job's summary goes in as its first point) and no other section."""
    b = resume.get("basics") or {}
    data = {
        "name": b.get("name") or "", "profession": b.get("label") or "", "location": place(b.get("location")),
        "email": b.get("email") or "", "linkedin": _username(b, "linkedin"), "github": _username(b, "github"),
        "summary": b.get("summary") or "",
        "skills": {_yaml_key(s.get("name") or "Skills"): list(s["keywords"])
                   for s in resume.get("skills") or [] if s.get("keywords")},
        "experience": [{"title": x.get("position") or "", "company": x.get("name") or "",
                        "location": place(x.get("location")), "start": spoken(month(x.get("startDate"))),
                        "end": spoken(month(x.get("endDate"))), "highlights": points(x)}
                       for x in resume.get("work") or []],
        "education": [{"qualification": degree(x, " in "), "institution": x.get("institution") or "",
                       "location": place(x.get("location")), "start": spoken(month(x.get("startDate"))),
                       "end": spoken(month(x.get("endDate")))} for x in resume.get("education") or []],
    }
    return little_yaml(data) + "\n"


_INPUT = {"cv-claw": cv_claw_input, "cv-creator-ats": cv_creator_ats_input, "luxresume": luxresume_input,
          "cv-renderer": cv_renderer_input}
_OUTPUT = {"cv-claw": "resume.html", "cv-creator-ats": "resume.pdf", "luxresume": "resume.pdf",
           "cv-renderer": "resume.html"}
_SOURCE = {"luxresume": "resume.yaml"}


def _chrome_path(work: Path) -> dict:
    """An environment whose PATH has a `google-chrome` that runs Debian's Chromium (with --no-sandbox, as
    the bench runs as root), for a package that prints its own HTML with Chrome."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        raise RuntimeError("Chromium not found: install it with `apt-get install -y chromium`")
    shim = work / "chrome-shim"
    shim.mkdir(parents=True, exist_ok=True)
    (shim / "google-chrome").write_text(f'#!/bin/sh\nexec "{chromium}" --no-sandbox "$@"\n')
    (shim / "google-chrome").chmod(0o755)
    return {**os.environ, "PATH": f"{shim}:{os.environ.get('PATH', '')}"}


def _render(layout: str, resume: dict, work: Path) -> Path:
    package = LAYOUTS[layout]
    work.mkdir(parents=True, exist_ok=True)
    src, out = work / _SOURCE.get(package, "resume.json"), work / _OUTPUT[package]
    data = _INPUT[package](resume)
    src.write_text(data if isinstance(data, str) else json.dumps(data, indent=1, ensure_ascii=False), "utf-8")
    args = [str(src), "-o", str(out)] if package == "luxresume" else [str(src), str(out)]
    env = _chrome_path(work) if layout in CHROME_LAYOUTS else None
    run_for(out, package, [python(package), "-c", _RENDER[package], *args], work, env)
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
           "cv-creator-ats": "its ReportLab layout (generate_cv)",
           "luxresume": "its bundled template, which it prints with google-chrome (Debian's Chromium)",
           "cv-renderer": "its 'general' profile and main template, printed by headless Chromium"}[package]
    return dict(kind="html-pdf" if layout in HTML_LAYOUTS else "pdf",
                generator=f"PyPI {package}: {how}, from its input written by bench/import_corpus_pdf_packages.py "
                "(one mapping, from its documented schema)", package=package,
                license="Apache-2.0" if package == "cv-renderer" else "MIT",
                tools={k: tools[k] for k in (package, *(["chromium"] if layout in HTML_LAYOUTS | CHROME_LAYOUTS
                                                         else []))},
                points_lead=POINTS_LEAD[package])
