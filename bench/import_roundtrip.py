"""Import round trip: how much of a resume survives Tailor's PDF and `tailor import` reading it back.

    .venv/bin/python bench/import_roundtrip.py [--templates classic sidebar] [--json] [--wrong] [--identity]
    .venv/bin/python bench/import_roundtrip.py --corpus [--layouts theme-even docx-table ...] [--wrong]

`--corpus` measures the third-party layouts of tests/testdata/import_corpus/ instead (community
JSON Resume themes printed by Chromium, a LaTeX resume, a Word-style DOCX and its PDF; made by
bench/import_corpus.py). There a field counts only if the layout printed it
(`tailor.importer.field_shown.shown_on_page`): exactly, from the marked renders recorded in
tests/testdata/import_corpus/shown.json (`bench/import_corpus.py --shown`), else, for a file that
has no such answer, if its value is in the document's text. The layouts held out of importer
development (bench/data/import_layout_split.json) are marked as such.

For each JSON Resume in tests/testdata/resumes/ and each template, the whole resume is rendered
(`tailor.importer.roundtrip.render_resume_pdf`), read back with `tailor.importer.import_resume(pdf).resume`
and compared field by field (`tailor.importer.roundtrip.compare`): only fields the template shows count,
and fields it does not show are listed, so the percentage is not flattered by what was never on
the page. Accuracy is pooled over all fields of all resumes (a resume with more bullets weighs
more). `--identity` skips the importer and compares each source with itself: it checks the
bench (100% by construction), not an importer. Timings are printed, never asserted in tests.
"""
from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RESUMES = ROOT / "tests" / "testdata" / "resumes"
CORPUS = ROOT / "tests" / "testdata" / "import_corpus"
SHOWN = CORPUS / "shown.json"  # which fields each layout printed (bench/import_corpus.py --shown)
SPLIT = ROOT / "bench" / "data" / "import_layout_split.json"
CONTACT = ("basics.name", "basics.email", "basics.phone")

Importer = Callable[[Path, dict], dict]


def real_importer() -> Importer:
    from tailor.importer import import_resume

    return lambda pdf, source: import_resume(pdf).resume


def identity_importer(pdf: Path, source: dict) -> dict:
    return copy.deepcopy(source)


def run(templates: list[str], importer: Importer) -> dict:
    """template -> resume file name -> (FieldReport, render seconds, import seconds)."""
    from tailor.importer.roundtrip import compare, render_resume_pdf

    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for template in templates:
            for path in sorted(RESUMES.glob("*.json")):
                source = json.loads(path.read_text("utf-8"))
                started = time.perf_counter()
                pdf = Path(tmp) / f"{path.stem}.{template}.pdf"
                pdf.write_bytes(render_resume_pdf(source, template))
                rendered = time.perf_counter()
                imported = importer(pdf, source)
                done = time.perf_counter()
                results.setdefault(template, {})[path.name] = (
                    compare(source, imported), rendered - started, done - rendered)
    return results


def run_corpus(layouts: list[str] | None, importer: Importer) -> dict:
    """layout -> file name -> (FieldReport over what the page shows, 0, import seconds)."""
    from tailor.importer.corpus_score import corpus_report
    from tailor.importer.field_shown import printed_paths
    from tailor.importer.page_text import page_text

    manifest = json.loads((CORPUS / "manifest.json").read_text("utf-8"))["layouts"]
    shown = json.loads(SHOWN.read_text("utf-8")) if SHOWN.exists() else None
    results: dict = {}
    exact_answers: dict[str, int] = {}
    for layout, entry in manifest.items():
        if layouts and layout not in layouts:
            continue
        for item in entry["files"]:
            path, source = CORPUS / item["file"], json.loads((ROOT / item["source"]).read_text("utf-8"))
            started = time.perf_counter()
            imported = importer(path, source)
            seconds = time.perf_counter() - started
            printed = printed_paths(shown, layout, path.stem, source)
            exact_answers[layout] = exact_answers.get(layout, 0) + (printed is not None)
            report = corpus_report(source, imported, page_text(path), printed, entry.get("points_lead"))
            results.setdefault(layout, {})[Path(item["source"]).name] = (report, 0.0, seconds)
    for layout, by_file in results.items():
        if exact_answers[layout] < len(by_file):
            print(f"[{layout}] what the layout printed is guessed from the page's words for "
                  f"{len(by_file) - exact_answers[layout]} of {len(by_file)} files (no answer in {SHOWN.name})",
                  file=sys.stderr)
    return results


def held_out() -> set[str]:
    return set(json.loads(SPLIT.read_text("utf-8"))["held_out"])


def summarise(results: dict) -> dict:
    """Pooled accuracy per template and group, and whether name/email/phone were always exact."""
    from tailor.importer.field_compare import GROUPS

    out: dict = {}
    for template, by_resume in results.items():
        groups: dict[str, list[int]] = {}
        contact_misses = []
        for name, (report, _, _) in by_resume.items():
            for group, (exact, total) in report.counts().items():
                pooled = groups.setdefault(group, [0, 0])
                pooled[0] += exact
                pooled[1] += total
            contact_misses += [f"{name}: {path}" for path in CONTACT if not report.is_exact(path)]
        exact, total = sum(g[0] for g in groups.values()), sum(g[1] for g in groups.values())
        out[template] = {
            "overall": exact / total if total else None, "exact": exact, "fields": total,
            "groups": {g: {"exact": groups[g][0], "fields": groups[g][1], "accuracy": groups[g][0] / groups[g][1]}
                       for g in GROUPS if g in groups},
            "contact_exact_everywhere": not contact_misses, "contact_misses": contact_misses,
            "resumes": {name: {**report.to_dict(), "render_seconds": round(r, 3), "import_seconds": round(i, 3)}
                        for name, (report, r, i) in by_resume.items()},
        }
    return out


def _cell(exact: int, total: int) -> str:
    return f"{exact / total:.1%} ({exact}/{total})" if total else "-"


def print_tables(summary: dict, show_wrong: bool) -> None:
    templates = list(summary)
    groups = list(dict.fromkeys(g for t in templates for g in summary[t]["groups"]))
    hidden = held_out()
    print("| field group | " + " | ".join(f"{t} (held out)" if t in hidden else t for t in templates) + " |")
    print("|---" * (len(templates) + 1) + "|")
    for group in groups:
        cells = [_cell(summary[t]["groups"][group]["exact"], summary[t]["groups"][group]["fields"])
                 if group in summary[t]["groups"] else "-" for t in templates]
        print(f"| {group} | " + " | ".join(cells) + " |")
    print("| **overall** | " + " | ".join(_cell(summary[t]["exact"], summary[t]["fields"]) for t in templates) + " |")
    print("| name/email/phone exact on every resume | "
          + " | ".join("yes" if summary[t]["contact_exact_everywhere"] else "NO" for t in templates) + " |")
    print()
    print("| resume | " + " | ".join(templates) + " |")
    print("|---" * (len(templates) + 1) + "|")
    for name in dict.fromkeys(n for t in templates for n in summary[t]["resumes"]):
        cells = [f"{summary[t]['resumes'][name]['accuracy']:.1%} "
                 f"(import {summary[t]['resumes'][name]['import_seconds']:.2f}s)"
                 if name in summary[t]["resumes"] else "-" for t in templates]
        print(f"| {name} | " + " | ".join(cells) + " |")
    for template in templates:
        not_rendered: Counter = Counter()
        for data in summary[template]["resumes"].values():
            not_rendered.update(data["not_rendered"])
        print(f"\nNot counted [{template}], not shown by the layout (values over all resumes): "
              + ", ".join(f"{key} {n}" for key, n in sorted(not_rendered.items())))
    for template in templates:
        for miss in summary[template]["contact_misses"]:
            print(f"contact field not exact [{template}] {miss}")
        if show_wrong:
            for name, data in summary[template]["resumes"].items():
                for f in data["wrong"]:
                    print(f"[{template}] {name} {f['path']}: expected {f['expected']!r}, got {f['got']!r}")


def main(argv: list[str] | None = None) -> int:
    from tailor.render.html import TEMPLATES

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--templates", nargs="+", choices=TEMPLATES, default=list(TEMPLATES))
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--wrong", action="store_true", help="list every field that did not come back exact")
    parser.add_argument("--identity", action="store_true",
                        help="compare each source with itself (checks the bench, not an importer)")
    parser.add_argument("--corpus", action="store_true",
                        help="measure the third-party layouts of tests/testdata/import_corpus/")
    parser.add_argument("--layouts", nargs="+", help="with --corpus: only these layouts")
    parser.add_argument("--dev", action="store_true", help="with --corpus: leave the held-out layouts out")
    args = parser.parse_args(argv)
    if args.identity:
        importer = identity_importer
    else:
        try:
            importer = real_importer()
        except ImportError as exc:
            print(f"tailor.importer.import_resume is not importable ({exc}); "
                  "use --identity to check the bench itself", file=sys.stderr)
            return 2
    if args.corpus:
        manifest = json.loads((CORPUS / "manifest.json").read_text("utf-8"))["layouts"]
        layouts = [name for name in (args.layouts or manifest) if not (args.dev and name in held_out())]
        summary = summarise(run_corpus(layouts, importer))
    else:
        summary = summarise(run(args.templates, importer))
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print_tables(summary, args.wrong)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
