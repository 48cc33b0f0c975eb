#!/usr/bin/env python3
"""Near-copy test of a rendered candidate layout against the import corpus, by rendered text.

The fork test of a layout walk (bench/data/import_layout_split.json, rotation_2026_12_07d): a
candidate theme whose printed words are nearly those of a layout already in the corpus adds no
new kind of page (theme-rnord printed theme-rocketspacer's pages but for one heading word, and
neither its name nor its npm description said so). For one source resume (senior-engineer by
default), the words of the candidate's PDF text layer (``pdftotext``, lowercased, split on white
space) are compared with the same words of every corpus layout that has a PDF for that source, by
``difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()``; a ratio >= 0.9 to any of them
makes the candidate a near copy.

Only ratios are printed, never the text (the candidate may become a held-out layout, which no one
may read). Layouts with no PDF for the source (the .docx layouts) are skipped.

Usage::

    python bench/near_copy.py /tmp/walk/out/theme-x/senior-engineer.pdf
    python bench/near_copy.py CANDIDATE.pdf --corpus tests/testdata/import_corpus --json
    python bench/near_copy.py CANDIDATE.pdf --extra /tmp/walk/out/theme-y/senior-engineer.pdf

``--extra`` adds PDFs outside the corpus to compare with (candidates accepted earlier in the same
walk, rotation_2026_12_07d_fill), each named by its folder.

Exit code 0: not a near copy; 3: a near copy; 2: the candidate has no text.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
THRESHOLD = 0.9


def words(pdf: Path) -> list[str]:
    """The lowercased words of the PDF's text layer (pdftotext's default reading order)."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=120)
    return out.stdout.lower().split()


def ratios(
    candidate: Path, corpus: Path, stem: str, skip: set[str] = frozenset(), extra: list[Path] = ()
) -> dict[str, float]:
    """Layout -> SequenceMatcher ratio of the candidate's words to that layout's, for one source;
    `extra` PDFs (named by their folder) are compared as well."""
    a = words(candidate)
    result = {}
    for pdf in [*sorted(corpus.glob(f"*/{stem}.pdf")), *extra]:
        layout = pdf.parent.name
        if layout in skip:
            continue
        result[layout] = round(difflib.SequenceMatcher(None, a, words(pdf), autojunk=False).ratio(), 4)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("candidate", type=Path, help="the candidate's PDF of the source")
    ap.add_argument("--corpus", type=Path, default=REPO / "tests/testdata/import_corpus")
    ap.add_argument("--stem", default="senior-engineer", help="source resume stem (default senior-engineer)")
    ap.add_argument("--skip", nargs="*", default=[], help="corpus layouts not to compare with (e.g. itself)")
    ap.add_argument("--extra", nargs="*", type=Path, default=[], help="more PDFs to compare with (named by folder)")
    ap.add_argument("--json", action="store_true", help="print every ratio as JSON")
    args = ap.parse_args(argv)
    if not words(args.candidate):
        print("candidate has no text layer", file=sys.stderr)
        return 2
    r = ratios(args.candidate, args.corpus, args.stem, set(args.skip), args.extra)
    best = max(r, key=r.get) if r else None
    verdict = {"highest": best, "ratio": r.get(best), "near_copy": bool(best and r[best] >= THRESHOLD),
               "compared": len(r)}
    if args.json:
        print(json.dumps({**verdict, "ratios": r}, indent=1))
    else:
        print(json.dumps(verdict))
    return 3 if verdict["near_copy"] else 0


if __name__ == "__main__":
    sys.exit(main())
