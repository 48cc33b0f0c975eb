"""Page plan on the shared sample resumes x real postings (extractive, 1 page): how full the
page is, whether relevant bullets were left out while space remained, and whether any covered
must-have lost its only evidence to trimming.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/page_plan.py [--postings 25] [--json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from pathlib import Path

from tailor.agents.report import TRIMMED, left_out_relevant
from tailor.corpus.loader import load_corpus
from tailor.llm.spec import ModelSpec
from tailor.run.session import open_session
from tailor.schemas import TailoredResume

ROOT = Path(__file__).resolve().parents[1]
RESUMES = sorted((ROOT / "tests/testdata/resumes").glob("*.json"))
JOBS = sorted((ROOT / "tests/testdata/jobs").glob("*.txt"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=len(JOBS))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        session = open_session(model=ModelSpec.parse("extractive"), cache_dir=Path(tmp) / "cache", pages=1)
        for resume in RESUMES:
            corpus = load_corpus(resume)
            for job in JOBS[:args.postings]:
                out = Path(tmp) / f"{resume.stem}-{job.stem}"
                result = session.tailor_files(job, resume, out)
                report = json.loads((out / "report.json").read_text())
                tailored = json.loads((out / "tailored.json").read_text())
                lost = [g["requirement_id"] for g in report["gaps"] if TRIMMED in g["note"]
                        and any(r["requirement_id"] == g["requirement_id"] and r["kind"] == "must_have"
                                for r in report["requirements"])]
                rows.append({"resume": resume.stem, "job": job.stem[:2],
                             "fill": report["metrics"]["page_fill"],
                             "bullets": sum(len(r["bullets"]) for r in tailored["roles"]),
                             "unused_relevant": len(left_out_relevant(result.report.requirements,
                                                                      TailoredResume(**tailored), corpus)),
                             "trimmed": sum(r["outcome"] == "trimmed_to_fit" for r in report["repairs"]),
                             "must_haves_lost_to_trim": lost})
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    fills = [r["fill"] for r in rows]
    short = [r for r in rows if r["fill"] < 0.85 and r["unused_relevant"]]
    print(f"{len(rows)} runs; page fill median {statistics.median(fills):.2f}, min {min(fills):.2f}; "
          f"under 85% with unused relevant bullets: {len(short)}; "
          f"must-haves lost to trimming: {sum(len(r['must_haves_lost_to_trim']) for r in rows)}")
    for r in short + [r for r in rows if r["must_haves_lost_to_trim"]]:
        print(" ", r)


if __name__ == "__main__":
    main()
