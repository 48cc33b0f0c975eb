"""The writer on real resumes: 4 shared sample resumes x 5 shared postings, one system at a time.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/writer_real.py --model extractive
    HF_HUB_OFFLINE=1 .venv/bin/python bench/writer_real.py --model local [--adapter DIR|none]

Resumes: the four JSON Resumes in tests/testdata/resumes/ (copies of ../shared/data/resumes).
Postings: the five shared postings in the sample resumes' fields (07 talent acquisition, 13
product owner, 16 hardware program manager, 17 full-stack engineer, 20 .NET developer): a
posting no bullet matches (a fleet dispatcher for a software engineer) leaves nothing to tailor.
One page, `--max-repairs 2`, as `tailor` runs by default. Per system:

* tailored: share of shipped items (summary and bullets) that are a model rewrite
  (origin model/repaired), not the person's own words;
* first-draft meaning changes: share of first drafts in which the claim check raised a claim
  (report.json `claims`, round 0), and shipped meaning changes: shipped items whose text raises
  a claim over the evidence they cite (must be 0: the critic sends them back);
* rubric: the critic's rubric (`rubric.rubric_score`: keyword coverage, a quantified result,
  clarity; 0 for an untrue item) averaged over shipped items;
* TruthScore, ATS keyword hit rate (report metrics), seconds per run.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tailor.agents.rubric import rubric_score  # noqa: E402
from tailor.corpus.loader import load_corpus  # noqa: E402
from tailor.llm.spec import ModelSpec  # noqa: E402
from tailor.run.session import open_session  # noqa: E402
from tailor.schemas import TailoredResume  # noqa: E402
from tailor.text.claims import claim_changes, raised  # noqa: E402
from tailor.text.posting import read_posting  # noqa: E402

RESUMES = sorted((ROOT / "tests/testdata/resumes").glob("*.json"))
POSTINGS = [p for p in sorted((ROOT / "tests/testdata/jobs").glob("*.txt"))
            if p.name[:2] in ("07", "13", "16", "17", "20")]


def run_system(model: str, adapter: str | None, cache: Path) -> dict:
    session = open_session(model=ModelSpec.parse(model, adapter=adapter), cache_dir=cache)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for resume_path in RESUMES:
            corpus = load_corpus(resume_path)
            evidence = corpus.evidence()
            for job_path in POSTINGS:
                out = Path(tmp) / f"{resume_path.stem}-{job_path.stem}"
                start = time.perf_counter()
                result = session.tailor_files(job_path, resume_path, out)
                seconds = time.perf_counter() - start
                shipped = TailoredResume.model_validate_json((out / "tailored.json").read_text())
                job = read_posting(job_path)
                items = shipped.items()
                changed = [i.id for i in items if raised(claim_changes(
                    i.text, [evidence[s].text for s in i.source_ids if s in evidence]))]
                firsts = {c.item_id: c.passed for c in result.report.claims if c.round == 0}
                rows.append({
                    "resume": resume_path.stem, "posting": job_path.stem, "items": len(items),
                    "tailored": sum(i.origin in ("model", "repaired") for i in items),
                    "first_draft_meaning_changes": sum(not ok for ok in firsts.values()),
                    "shipped_meaning_changes": len(changed),
                    "rubric": statistics.mean(rubric_score(i, corpus, job, session.embedder)
                                              for i in items) if items else 0.0,
                    "truth_score": result.report.metrics.truth_score,
                    "ats_keyword_hit_rate": result.report.metrics.ats_keyword_hit_rate,
                    "seconds": round(seconds, 2)})
                print(f"  {rows[-1]['resume']} x {rows[-1]['posting']}: "
                      f"{rows[-1]['tailored']}/{rows[-1]['items']} tailored, "
                      f"rubric {rows[-1]['rubric']:.3f}, {seconds:.1f} s", flush=True)
    items = sum(r["items"] for r in rows)
    return {"model": model, "adapter": adapter, "runs": len(rows), "items": items,
            "tailored_share": sum(r["tailored"] for r in rows) / items,
            "first_draft_meaning_change_share": sum(r["first_draft_meaning_changes"]
                                                    for r in rows) / items,
            "shipped_meaning_changes": sum(r["shipped_meaning_changes"] for r in rows),
            "mean_rubric": statistics.mean(r["rubric"] for r in rows),
            "mean_truth_score": statistics.mean(r["truth_score"] for r in rows),
            "mean_ats_keyword_hit_rate": statistics.mean(
                r["ats_keyword_hit_rate"] for r in rows if r["ats_keyword_hit_rate"] is not None),
            "mean_seconds": statistics.mean(r["seconds"] for r in rows), "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="local")
    parser.add_argument("--adapter", default=None, help="PEFT adapter folder, or none")
    parser.add_argument("--cache-dir", type=Path,
                        default=Path(os.environ.get("TAILOR_CACHE_DIR", Path.home() / ".cache/tailor")))
    parser.add_argument("--json", type=Path, help="write the numbers here")
    args = parser.parse_args()
    summary = run_system(args.model, args.adapter, args.cache_dir)
    print(json.dumps({k: v for k, v in summary.items() if k != "rows"}, indent=2))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n")


if __name__ == "__main__":
    main()
