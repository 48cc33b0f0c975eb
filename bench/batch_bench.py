"""Postings per hour of `tailor batch`: `python bench/batch_bench.py [--postings 25] [--configs ...]`.

Each configuration (writer x engine x workers) runs a fresh batch (new output folder and ledger)
over the same postings and corpus, in this process as the CLI would. Two rates are reported:
end to end (worker start-up and model loading included) and steady state (from the first
posting handed to a worker to the last result). Prints a Markdown table with the machine it ran
on. Timings are measured here, never asserted in tests.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

DEFAULT_CONFIGS = ["extractive:local:1", "extractive:local:2", "local:local:1", "local:local:2",
                   "extractive:ray:2", "local:ray:2"]


def machine() -> str:
    import torch
    return (f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, torch {torch.__version__}")


def bench(config: str, jobs: list[Path], corpus: Path, cache: Path) -> dict:
    from tailor.batch.options import BatchOptions
    from tailor.batch.runner import BatchRun
    from tailor.llm.spec import ModelSpec

    model, engine, workers = config.split(":")
    with tempfile.TemporaryDirectory() as tmp:
        marks: dict[str, float] = {}

        def on_event(event: str, source: str, details: dict) -> None:
            marks.setdefault(event, time.perf_counter())
            if event in ("done", "failed"):
                marks["last"] = time.perf_counter()

        started = time.perf_counter()
        summary = BatchRun(BatchOptions(
            jobs=jobs, corpus=corpus, out_root=Path(tmp) / "out",
            ledger=Path(tmp) / "ledger.sqlite", cache_dir=cache, model=ModelSpec.parse(model),
            engine=engine, workers=int(workers)), on_event=on_event).run()
        total = time.perf_counter() - started
    worked = summary.done + summary.failed
    steady = marks.get("last", 0) - marks.get("running", 0)
    return {"config": config, "n": worked, "failed": summary.failed, "seconds": total,
            "per_hour": worked / total * 3600,
            "steady_per_hour": worked / steady * 3600 if steady > 0 else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=Path, default=ROOT / "tests/testdata/jobs")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tailor/corpus/examples/experiences.json")
    parser.add_argument("--postings", type=int, default=25, help="first N .txt postings of --jobs")
    parser.add_argument("--configs", nargs="+", default=DEFAULT_CONFIGS,
                        help="MODEL:ENGINE:WORKERS, e.g. local:ray:2")
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get(
        "TAILOR_CACHE_DIR", Path.home() / ".cache" / "tailor")))
    args = parser.parse_args()
    jobs = sorted(args.jobs.glob("*.txt"))[: args.postings]
    rows = []
    for config in args.configs:
        row = bench(config, jobs, args.corpus, args.cache)
        print(f"{config}: {row}", file=sys.stderr, flush=True)
        rows.append(row)
    print(f"\n{len(jobs)} postings, {args.corpus.name}; {machine()}; {time.strftime('%Y-%m-%d')}\n")
    print("| writer | engine | workers | postings | failed | wall s | postings/h (end to end) "
          "| postings/h (steady) |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        model, engine, workers = r["config"].split(":")
        print(f"| {model} | {engine} | {workers} | {r['n']} | {r['failed']} | {r['seconds']:.0f} "
              f"| {r['per_hour']:.0f} | {r['steady_per_hour']:.0f} |")


if __name__ == "__main__":
    main()
