"""PDF layouts of the import corpus that other people's packages render from structured data, round 24
(issue 15: bench/data/import_layout_split.json, rotation_2026_12_08); bench/import_corpus_pdf_packages.py
has the earlier rounds' and hands these layouts to this module.

* ``cvgen`` 0.5.0 (PyPI licence field empty; its wheel's LICENSE file and README say MIT): its YAML,
  validated by its pydantic model and drawn by WeasyPrint through its one template (``load_data`` and
  ``render``, what its ``cvgen input.yaml`` command runs before it calls macOS's ``open`` on the PDF).
  Layout ``cvgen-pdf``. Its pin ``weasyprint>=62.3,<63`` lets pip take pydyf 0.13, with which WeasyPrint
  62.3 fails on every page (``'super' object has no attribute 'transform'``), so pydyf<0.11 is installed
  with it.
* ``cv-parser`` 0.5 (PyPI licence field empty; its LICENSE file and classifier say MIT; soloidx/cv-parser;
  it pins Pillow 7.1.1, which crashes on Python 3.11, so pyenv's 3.8.18): its YAML (the shape of its
  repository's example/my_cv.yml) drawn with FPDF by ``cv_parser --render-type pdf my_cv.yml``, which
  writes output/my_cv.pdf. Layout ``cvparser-pdf``. Its pin jinja2==2.11.2 needs markupsafe<2.1 (pip
  takes 2.1.5, which has no soft_unicode, and every run fails on the import).
* ``cvforge`` 1.2.1 (MIT): its cv.yaml (README's field table, ``cvforge init``'s example.yaml) through its
  one Typst template, ats-friendly-resume (``cvforge cv.yaml``; the typst package compiles it, offline,
  with the system's fonts). Layout ``cvforge-ats``.
* ``cv-cli`` 1.1.0 (MIT): its wheel ships no template (its code looks for templates/ and profiles/ beside
  its source tree), so it runs from its PyPI sdist's tree (``pip download --no-binary :all: cv-cli==1.1.0``,
  unpacked under the environment as sdist/): a profile YAML (the sdist's profiles/example.yaml) through its
  ``default`` template (``cv-cli build -p <profile> -t default -o <pdf>``; latexmk -pdf). Layout
  ``cvcli-default``.

None reads JSON Resume: bench/import_corpus_pdf_mappings2.py writes each one's input from a JSON Resume
source, and this module runs the packages. Where an entry has points and no summary, the summary goes
in as its first point (``POINTS_LEAD``; tailor/importer/corpus_score.py says how that is counted).

Each package needs its own environment, named by an environment variable::

    python3 -m venv /work/v-cvgen && /work/v-cvgen/bin/pip install cvgen==0.5.0 "pydyf<0.11"
    ~/.pyenv/versions/3.8.18/bin/python -m venv /work/v-cv-parser
    /work/v-cv-parser/bin/pip install cv-parser==0.5 "markupsafe<2.1"
    python3 -m venv /work/v-cvforge && /work/v-cvforge/bin/pip install cvforge==1.2.1
    python3 -m venv /work/v-cv-cli && /work/v-cv-cli/bin/pip install cv-cli==1.1.0
    /work/v-cv-cli/bin/pip download --no-deps --no-binary :all: cv-cli==1.1.0 -d /tmp/dl-cvcli
    mkdir -p /work/v-cv-cli/sdist && tar xzf /tmp/dl-cvcli/cv_cli-1.1.0.tar.gz -C /work/v-cv-cli/sdist
    CVGEN_PYTHON=/work/v-cvgen/bin/python CV_PARSER_PYTHON=/work/v-cv-parser/bin/python \\
        CVFORGE_PYTHON=/work/v-cvforge/bin/python CV_CLI_PYTHON=/work/v-cv-cli/bin/python \\
        python bench/import_corpus.py --layouts cvgen-pdf,cvparser-pdf,cvforge-ats,cvcli-default

Variables: CVGEN_PYTHON, CV_PARSER_PYTHON, CVFORGE_PYTHON, CV_CLI_PYTHON (cv-cli's sdist tree is
<its environment>/sdist/cv_cli-1.1.0).

Walked and not a layout (bench/data/import_layout_split.json, rotation_2026_12_08's result; their
mappings are in this module's history): pyresume 0.1.3 (429ab5b: its pdflatex template cannot set a
Vietnamese name), codeurcv 0.6.1 (9c7ec47) and yaml-resume-builder 1.1.2 (77a4141, c666a6a) (Jake's
template, whose Projects list LaTeX refuses empty, so every source without projects fails),
awesomecv-jinja 0.1.0 (c64a14f: its class needs fontawesome6, which Debian's TeX Live 2022 lacks).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import yaml
from import_corpus_packages import from_env, package_version, run_for
from import_corpus_pdf_mappings2 import (
    cv_cli_input,
    cv_parser_input,
    cvforge_input,
    cvgen_input,
)

LAYOUTS = {"cvgen-pdf": "cvgen", "cvparser-pdf": "cv-parser", "cvforge-ats": "cvforge", "cvcli-default": "cv-cli"}
HTML_LAYOUTS: set[str] = set()  # the package writes HTML, which Chromium prints
CHROME_LAYOUTS: set[str] = set()  # the package prints its HTML itself, with google-chrome
POINTS_LEAD = {"cvgen": {"work": "summary", "volunteer": "summary", "projects": "description"},
               "cv-parser": {"work": "summary"}, "cvforge": {"work": "summary", "projects": "description"},
               "cv-cli": {"work": "summary", "projects": "description"}}
LICENSE = {"cvgen": "MIT (its LICENSE file and README; the PyPI licence field is empty)",
           "cv-parser": "MIT (its LICENSE file and classifier; the PyPI licence field is empty)",
           "cvforge": "MIT (its LICENSE file, which its PyPI licence field quotes)",
           "cv-cli": "MIT (its PyPI licence field and LICENSE file)"}
_ENV = {"cvgen": ("CVGEN_PYTHON", "0.5.0"), "cv-parser": ("CV_PARSER_PYTHON", "0.5"),
        "cvforge": ("CVFORGE_PYTHON", "1.2.1"), "cv-cli": ("CV_CLI_PYTHON", "1.1.0")}
_PYTHON = {"cv-parser": "~/.pyenv/versions/3.8.18/bin/python"}
_INPUT = {"cvgen": cvgen_input, "cv-parser": cv_parser_input, "cvforge": cvforge_input, "cv-cli": cv_cli_input}
_SOURCE = {"cvgen": "resume.yaml", "cv-parser": "my_cv.yml", "cvforge": "cv.yaml", "cv-cli": "resume.yaml"}
_OUTPUT: dict[str, str] = {}  # the others write resume.pdf


def python(package: str) -> str:
    variable, version = _ENV[package]
    return from_env(variable, f"{package} is missing: {_PYTHON.get(package, 'python3')} -m venv "
                    f"/work/v-{package} && /work/v-{package}/bin/pip install {package}=={version}")


def _render(layout: str, resume: dict, work: Path) -> Path:
    package = LAYOUTS[layout]
    work.mkdir(parents=True, exist_ok=True)
    src, out = work / _SOURCE.get(package, "resume.json"), work / _OUTPUT.get(package, "resume.pdf")
    data = _INPUT[package](resume)
    if src.suffix in {".yaml", ".yml"} and not isinstance(data, str):
        data = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    src.write_text(data if isinstance(data, str) else json.dumps(data, indent=1, ensure_ascii=False), "utf-8")
    if package == "cv-parser":
        # its documented use (README): `cv_parser --render-type pdf my_cv.yml` writes ./output/my_cv.pdf
        out = work / "output" / "my_cv.pdf"
        run_for(out, package, [python(package), str(Path(python(package)).parent / "cv_parser"), "--render-type", "pdf",
                               src.name], work)
        return out
    if package == "cvforge":
        # its documented use (README): `cvforge cv.yaml` writes cv.pdf beside it
        out = work / "cv.pdf"
        run_for(out, package, [str(Path(python(package)).parent / "cvforge"), src.name], work)
        return out
    if package == "cv-cli":
        # its documented use (README): `cv-cli build -p <profile> -t default`, the profile being
        # profiles/<profile>.yaml of its tree; run from its sdist's tree, as its wheel has no templates
        tree = Path(python(package)).parent.parent / "sdist" / "cv_cli-1.1.0"
        if not (tree / "templates" / "default").is_dir():
            raise RuntimeError(f"cv-cli's sdist tree is missing: {tree} (see bench/import_corpus_pdf_packages2.py)")
        (tree / "profiles" / "bench.yaml").write_text(src.read_text("utf-8"), "utf-8")
        run_for(out, package, [python(package), "-c", "import sys\nfrom cv_cli.cli import main\n"
                               "sys.argv = ['cv-cli', *sys.argv[1:]]\nmain()", "build", "-p", "bench", "-t", "default",
                               "-o", str(out)], work, {**os.environ, "PYTHONPATH": str(tree / "src")})
        return out
    run_for(out, package, [python(package), "-c", _RENDER[package], str(src), str(out)], work)
    return out


_RENDER = {
    # its documented use (README): `cvgen input.yaml`, which loads and validates the YAML (load_data),
    # renders it (render) and then opens the PDF with macOS's `open`; the bench calls the first two
    "cvgen": ("import sys\nfrom cvgen.main import load_data, render\n"
              "render(load_data(sys.argv[1], False), sys.argv[2])"),
}


def html(layout: str, resume: dict, work: Path) -> str:
    """`resume` rendered by an HTML layout's package to one page (its text), for Chromium to print."""
    return _render(layout, resume, work).read_text("utf-8")


def build(layout: str, resume: dict, target: Path, work: Path) -> None:
    """`resume` rendered by a PDF layout's package into `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(_render(layout, resume, work).read_bytes())


def version(layout: str) -> str:
    return package_version(python(LAYOUTS[layout]), LAYOUTS[layout])


_HOW = {"cvgen": "its one template and stylesheet through WeasyPrint (load_data and render)",
        "cv-parser": "its FPDF layout (cv_parser --render-type pdf)",
        "cvforge": "its ats-friendly-resume Typst template (cvforge cv.yaml; the typst package, system fonts)",
        "cv-cli": "its default LaTeX template, from its sdist's tree (cv-cli build -t default; latexmk -pdf)"}


def manifest_entry(layout: str, tools: dict) -> dict:
    package = LAYOUTS[layout]
    return dict(kind="html-pdf" if layout in HTML_LAYOUTS else "pdf",
                generator=f"PyPI {package}: {_HOW[package]}, from its input written by "
                "bench/import_corpus_pdf_mappings2.py (one mapping, from its documented schema)", package=package,
                license=LICENSE[package],
                tools={k: tools[k] for k in (package, *(["chromium"] if layout in HTML_LAYOUTS | CHROME_LAYOUTS
                                                         else []))},
                points_lead=POINTS_LEAD[package])
