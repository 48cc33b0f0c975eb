"""No line lost: the content words of each corpus file an import puts in no field and not in the unparsed list.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/import_lost_words.py --layouts theme-even docx-table ... [--show]

Issue 15: `tailor import` must put every line into a field or the unparsed list the user reviews.
For each file of the given layouts (never the whole corpus: pass the dev list), the importer's
own lines are compared word by word with what the import returned (`tailor.importer.lost_words`:
heading words, date words, contact labels, markers and page numbers are not counted). Prints per
layout: files, content words, lost words; `--show` lists each lost word with its line.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "tests" / "testdata" / "import_corpus"
SPLIT = ROOT / "bench" / "data" / "import_layout_split.json"


def measure(path: Path):
    """(content words, lost words) of one file."""
    from tailor.importer import import_resume
    from tailor.importer.extract import extract_lines
    from tailor.importer.lost_words import lost_words

    return lost_words(extract_lines(path), import_resume(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--layouts", nargs="+", required=True, help="the layouts to measure (the dev list)")
    parser.add_argument("--show", action="store_true", help="list every lost word with its line")
    parser.add_argument("--json", action="store_true", help="print layout -> file -> lost words as JSON")
    args = parser.parse_args(argv)
    held = set(json.loads(SPLIT.read_text("utf-8")).get("held_out", []))
    manifest = json.loads((CORPUS / "manifest.json").read_text("utf-8"))["layouts"]
    out: dict = {}
    totals = [0, 0, 0]
    for layout in args.layouts:
        if layout in held or layout not in manifest:
            print(f"[{layout}] skipped ({'held out' if layout in held else 'not in the corpus'})", file=sys.stderr)
            continue
        files = words = lost = 0
        for item in manifest[layout]["files"]:
            path = CORPUS / item["file"]
            total, missing = measure(path)
            files, words, lost = files + 1, words + total, lost + len(missing)
            out.setdefault(layout, {})[path.name] = [[w.word, w.line] for w in missing]
            if args.show and not args.json:
                for w in missing:
                    print(f"  {layout}/{path.name}: {w.word!r} in {w.line!r}")
        totals = [totals[0] + files, totals[1] + words, totals[2] + lost]
        if not args.json:
            print(f"{layout:32} files {files:3}  content words {words:6}  lost {lost:5}")
    if args.json:
        print(json.dumps(out, indent=1, ensure_ascii=False))
    else:
        print(f"{'TOTAL':32} files {totals[0]:3}  content words {totals[1]:6}  lost {totals[2]:5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
