"""Convert Megagon's RJDB test file into the common matching format that bench/fit_eval_real.py,
bench/fit_calibrate.py, bench/fit_embed_data.py and bench/score_bench.py read.

    git clone https://github.com/megagonlabs/rjdb   # data/test.jsonl, 1,000 rows (CC BY-SA 4.0,
                                                    # research and education use: never committed)
    .venv/bin/python bench/rjdb_to_common.py rjdb/data/test.jsonl OUT_DIR

Each RJDB row is one group: a generated posting, the resume generated to match it (label 1) and
the same resume with skills or years filtered out (label 0). Ids are the row number
(posting `rjdb-p0001`, resumes `rjdb-r0001-matched` / `-unmatched`). Split, fixed here before any
scoring: the 1,000 posting ids shuffled with random.Random(20261206); the first 500 are dev, the
rest test. (The conversion used for the numbers reported before 2026-12-06 was not committed and
its split cannot be rebuilt, so those numbers cannot be reproduced exactly; a test read on this
split must follow a combination refitted on this split's dev part.)
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 20261206


def title_of(posting: str) -> str:
    """The text under RJDB's "## Job title" heading, if any."""
    match = re.search(r"##\s*Job title\s*\n+\s*(.+)", posting)
    return match.group(1).strip() if match else ""


def convert(source: Path, out: Path) -> dict:
    rows = [json.loads(line) for line in source.read_text("utf-8").split("\n") if line.strip()]
    out.mkdir(parents=True, exist_ok=True)
    postings, resumes, pairs = [], [], []
    for number, row in enumerate(rows, 1):
        pid = f"rjdb-p{number:04d}"
        text = row["Job-Description"].strip()
        postings.append({"id": pid, "title": title_of(text), "text": text})
        for kind, label in (("matched", 1), ("unmatched", 0)):
            rid = f"rjdb-r{number:04d}-{kind}"
            resumes.append({"id": rid, "text": row[f"Resume-{kind}"].strip()})
            pairs.append({"resume_id": rid, "posting_id": pid, "label": label, "label_kind": "binary",
                          "label_source": f"RJDB Resume-{kind}"})
    ids = [p["id"] for p in postings]
    random.Random(SEED).shuffle(ids)
    half = len(ids) // 2
    split = {"dev": sorted(ids[:half]), "test": sorted(ids[half:])}
    for name, items in (("postings", postings), ("resumes", resumes), ("pairs", pairs)):
        (out / f"{name}.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), "utf-8")
    (out / "split.json").write_text(json.dumps(split, indent=1) + "\n", "utf-8")
    return {"postings": len(postings), "resumes": len(resumes), "dev": half, "test": len(ids) - half}


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    print(convert(Path(sys.argv[1]), Path(sys.argv[2])))
