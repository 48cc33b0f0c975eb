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
* ``resume-cli-generator`` 1.0.1 (MIT; round 23): the data its interactive prompts collect, rendered by
  its ``render_to_pdf`` (its bundled template through WeasyPrint). Layout ``resumecli-pdf``.
* ``yaml-to-resume`` 0.2.0 (MIT; round 23): its YAML through its ``Default`` template (WeasyPrint, one
  A4-wide page as tall as the content), after ``yaml-to-resume init``. Layout ``yamltoresume-default``.

Round 24's layouts (rotation_2026_12_08) are run by bench/import_corpus_pdf_packages2.py, which names
them and their environment variables; this module hands them to it.

None reads JSON Resume: bench/import_corpus_pdf_mappings.py writes each one's input from a JSON Resume
source, and this module runs the packages. Where an entry has points and no summary, the summary (a
project's description) goes in as its first point (``POINTS_LEAD``; tailor/importer/corpus_score.py says
how that is counted).

Each package needs its own environment::

    python3 -m venv /tmp/cv-claw && /tmp/cv-claw/bin/pip install cv-claw==0.1.3
    python3 -m venv /tmp/cv-creator-ats && /tmp/cv-creator-ats/bin/pip install cv-creator-ats==1.0.0
    python3 -m venv /tmp/luxresume && /tmp/luxresume/bin/pip install luxresume==0.1.24
    python3.12 -m venv /tmp/cv-renderer && /tmp/cv-renderer/bin/pip install cv-renderer==0.1.6
    python3 -m venv /tmp/resume-cli-generator && /tmp/resume-cli-generator/bin/pip install resume-cli-generator==1.0.1
    python3 -m venv /tmp/yaml-to-resume && /tmp/yaml-to-resume/bin/pip install yaml-to-resume==0.2.0
    CV_CLAW_PYTHON=/tmp/cv-claw/bin/python CV_CREATOR_ATS_PYTHON=/tmp/cv-creator-ats/bin/python \\
        LUXRESUME_PYTHON=/tmp/luxresume/bin/python CV_RENDERER_PYTHON=/tmp/cv-renderer/bin/python \\
        RESUME_CLI_GENERATOR_PYTHON=/tmp/resume-cli-generator/bin/python \\
        YAML_TO_RESUME_PYTHON=/tmp/yaml-to-resume/bin/python python bench/import_corpus.py --layouts \\
        cvclaw-classic,cvcreatorats-pdf,luxresume-pdf,cvrenderer-general,resumecli-pdf,yamltoresume-default
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import import_corpus_pdf_packages2 as round24
from import_corpus_packages import from_env, package_version, run_for
from import_corpus_pdf_mappings import (
    cv_claw_input,
    cv_creator_ats_input,
    cv_renderer_input,
    luxresume_input,
    resume_cli_generator_input,
    yaml_to_resume_input,
)

LAYOUTS = {"cvclaw-classic": "cv-claw", "cvcreatorats-pdf": "cv-creator-ats", "luxresume-pdf": "luxresume",
           "cvrenderer-general": "cv-renderer", "resumecli-pdf": "resume-cli-generator",
           "yamltoresume-default": "yaml-to-resume"}
HTML_LAYOUTS = {"cvclaw-classic", "cvrenderer-general"}  # the package writes HTML, which Chromium prints
CHROME_LAYOUTS = {"luxresume-pdf"}  # the package prints its HTML itself, with google-chrome
# round 24's layouts (rotation_2026_12_08), run by bench/import_corpus_pdf_packages2.py
LAYOUTS.update(round24.LAYOUTS)
HTML_LAYOUTS |= round24.HTML_LAYOUTS
CHROME_LAYOUTS |= round24.CHROME_LAYOUTS
POINTS_LEAD = {"cv-claw": {"work": "summary", "volunteer": "summary", "projects": "description"},
               "cv-creator-ats": {"work": "summary"}, "luxresume": {"work": "summary"},
               "cv-renderer": {"projects": "description"}, "resume-cli-generator": {},
               "yaml-to-resume": {"work": "summary", "projects": "description"}}
_ENV = {"cv-claw": ("CV_CLAW_PYTHON", "0.1.3"), "cv-creator-ats": ("CV_CREATOR_ATS_PYTHON", "1.0.0"),
        "luxresume": ("LUXRESUME_PYTHON", "0.1.24"), "cv-renderer": ("CV_RENDERER_PYTHON", "0.1.6"),
        "resume-cli-generator": ("RESUME_CLI_GENERATOR_PYTHON", "1.0.1"),
        "yaml-to-resume": ("YAML_TO_RESUME_PYTHON", "0.2.0")}
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
    # its documented use (README): the prompts' answers (saved as JSON) -> render_to_pdf
    "resume-cli-generator": ("import json, sys\nfrom resume_generator.cli import render_to_pdf\n"
                             "render_to_pdf(json.load(open(sys.argv[1], encoding='utf-8')), sys.argv[2])"),
    # its documented use (README): `yaml-to-resume init -y`, then `yaml-to-resume build resume.yaml -o out.pdf`;
    # its configuration lives under XDG_CONFIG_HOME, which the bench points into the work folder
    "yaml-to-resume": ("import sys\nfrom main import run\nfrom utils.configuration import "
                       "initialize_reinitialize_configurations\ninitialize_reinitialize_configurations(False)\n"
                       "sys.argv = ['yaml-to-resume', 'build', sys.argv[1], '-o', sys.argv[2]]\nrun()"),
}


def python(package: str) -> str:
    if package in round24.LAYOUTS.values():
        return round24.python(package)
    variable, version = _ENV[package]
    return from_env(variable, f"{package} is missing: python3 -m venv /tmp/{package} && "
                    f"/tmp/{package}/bin/pip install {package}=={version}")


_INPUT = {"cv-claw": cv_claw_input, "cv-creator-ats": cv_creator_ats_input, "luxresume": luxresume_input,
          "cv-renderer": cv_renderer_input, "resume-cli-generator": resume_cli_generator_input,
          "yaml-to-resume": yaml_to_resume_input}
_OUTPUT = {"cv-claw": "resume.html", "cv-renderer": "resume.html"}  # the others write resume.pdf
_SOURCE = {"luxresume": "resume.yaml", "yaml-to-resume": "resume.yaml"}


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
    src, out = work / _SOURCE.get(package, "resume.json"), work / _OUTPUT.get(package, "resume.pdf")
    data = _INPUT[package](resume)
    src.write_text(data if isinstance(data, str) else json.dumps(data, indent=1, ensure_ascii=False), "utf-8")
    args = [str(src), "-o", str(out)] if package == "luxresume" else [str(src), str(out)]
    env = _chrome_path(work) if layout in CHROME_LAYOUTS else None
    if package == "yaml-to-resume":
        env = {**os.environ, "XDG_CONFIG_HOME": str(work / "config")}
    run_for(out, package, [python(package), "-c", _RENDER[package], *args], work, env)
    return out


def html(layout: str, resume: dict, work: Path) -> str:
    """`resume` rendered by an HTML layout's package to one page (its text), for Chromium to print."""
    if layout in round24.LAYOUTS:
        return round24.html(layout, resume, work)
    return _render(layout, resume, work).read_text("utf-8")


def build(layout: str, resume: dict, target: Path, work: Path) -> None:
    """`resume` rendered by a PDF layout's package into `target`."""
    if layout in round24.LAYOUTS:
        return round24.build(layout, resume, target, work)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(_render(layout, resume, work).read_bytes())


def version(layout: str) -> str:
    if layout in round24.LAYOUTS:
        return round24.version(layout)
    return package_version(python(LAYOUTS[layout]), LAYOUTS[layout])


def manifest_entry(layout: str, tools: dict) -> dict:
    if layout in round24.LAYOUTS:
        return round24.manifest_entry(layout, tools)
    package = LAYOUTS[layout]
    how = {"cv-claw": "its bundled 'classic' template, printed by headless Chromium as its README says",
           "cv-creator-ats": "its ReportLab layout (generate_cv)",
           "luxresume": "its bundled template, which it prints with google-chrome (Debian's Chromium)",
           "cv-renderer": "its 'general' profile and main template, printed by headless Chromium",
           "resume-cli-generator": "its bundled template through WeasyPrint (render_to_pdf)",
           "yaml-to-resume": "its Default template through WeasyPrint"}[package]
    return dict(kind="html-pdf" if layout in HTML_LAYOUTS else "pdf",
                generator=f"PyPI {package}: {how}, from its input written by bench/import_corpus_pdf_packages.py "
                "(one mapping, from its documented schema)", package=package,
                license="Apache-2.0" if package == "cv-renderer" else "MIT",
                tools={k: tools[k] for k in (package, *(["chromium"] if layout in HTML_LAYOUTS | CHROME_LAYOUTS
                                                         else []))},
                points_lead=POINTS_LEAD[package])
