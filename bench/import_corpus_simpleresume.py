"""simple-resume layouts of the import corpus (issue 15, round 21: bench/data/import_layout_split.json,
rotation_2026_12_07f).

simple-resume (PyPI ``simple-resume`` 0.3.2, MIT, athola/simple-resume) renders a resume through one of
its bundled HTML templates (Jinja2 + CSS, printed by WeasyPrint): two-column pages with a coloured
sidebar, skill bars and palettes, a kind of page the corpus's other sources do not make. It reads a
JSON Resume itself, through its own converter; that converter sets no section titles, which every
template reads ("'titles' is undefined"), so this module takes the converter's output, adds the
titles block of simple-resume's own sample (sample/input/sample_1.yaml) and the template's name, and
renders it with simple-resume's command line. Nothing else of ours comes between source and page.

What its converter leaves out (volunteering, certificates, languages, ...) or runs together (a
degree and its field, "Bachelor of Science Computer Science") is the page's truth: the oracle
(`bench/import_corpus.py --shown`) records what each page printed, as for every layout.

simple-resume needs its own environment::

    python3 -m venv /tmp/simple-resume
    /tmp/simple-resume/bin/pip install simple-resume==0.3.2
    SIMPLE_RESUME=/tmp/simple-resume/bin/simple-resume python bench/import_corpus.py --layouts simpleresume-modern
"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from import_corpus_packages import from_env, package_version, run_for

TEMPLATES = ("creative", "modern", "no_bars", "professional", "with_bars")
LAYOUTS = {f"simpleresume-{name}": f"resume_{name}" for name in TEMPLATES}
# the section titles of simple-resume's sample_1.yaml, which its JSON Resume converter does not set
TITLES = {"contact": "Contact", "certification": "Certifications", "expertise": "Expertise",
          "programming": "Programming", "keyskills": "Key Skills"}
_CONVERT = ("import json, sys\n"
            "from simple_resume.core.importers.json_resume import json_resume_to_simple_resume\n"
            "print(json.dumps(json_resume_to_simple_resume(json.load(sys.stdin)), ensure_ascii=False))")


def simple_resume_exe() -> str:
    return from_env("SIMPLE_RESUME", "simple-resume is missing: python3 -m venv /tmp/simple-resume && "
                    "/tmp/simple-resume/bin/pip install simple-resume==0.3.2")


def _python() -> str:
    return str(Path(simple_resume_exe()).with_name("python"))


def page_input(resume: dict, template: str) -> dict:
    """simple-resume's own conversion of `resume`, with its sample's section titles and `template`."""
    proc = subprocess.run([_python(), "-c", _CONVERT], input=json.dumps(resume, ensure_ascii=False),
                          capture_output=True, text=True, timeout=120, check=True)
    data = json.loads(proc.stdout)
    data.update(template=template, titles=dict(TITLES))
    data.setdefault("config", {})["template"] = template
    return data


def build(layout: str, resume: dict, target: Path, work: Path) -> None:
    """Render `resume` through `layout` into `target` with simple-resume's CLI."""
    data_dir = work / target.stem
    (data_dir / "input").mkdir(parents=True, exist_ok=True)
    name = "resume"
    # JSON is YAML: simple-resume reads a .yaml input as YAML
    (data_dir / "input" / f"{name}.yaml").write_text(
        json.dumps(page_input(resume, LAYOUTS[layout]), indent=1, ensure_ascii=False), "utf-8")
    run_for(target, "simple-resume", [simple_resume_exe(), "generate", name, "--format", "pdf", "--template",
                                       LAYOUTS[layout], "--data-dir", str(data_dir.resolve()), "--output",
                                       str(target.resolve())], data_dir)


def version() -> str:
    return package_version(_python(), "simple-resume")


def manifest_entry(layout: str, tools: dict) -> dict:
    return dict(
        kind="html-weasyprint-pdf",
        generator=f"simple-resume's bundled '{LAYOUTS[layout]}' HTML template with its default palette, from "
        "simple-resume's own JSON Resume conversion plus its sample's section titles "
        "(bench/import_corpus_simpleresume.py), rendered by `simple-resume generate --format pdf` (WeasyPrint)",
        package="simple-resume", license="MIT", tools={"simple-resume": tools["simple-resume"]},
    )
