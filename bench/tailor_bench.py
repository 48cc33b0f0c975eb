"""Time Tailor end to end: `python bench/tailor_bench.py [--backends local extractive] [--runs 3]`.

For each backend: model load time, one cold run (new process state: fresh Chroma folder, first
call into every library) and `--runs` warm runs in the same session, time per node, and
generation tokens/s. Prints a Markdown table to paste into the README, with the machine it ran
on. Timings are measured here, never asserted in tests.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def machine() -> str:
    import torch
    return (f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, torch {torch.__version__} "
            f"({torch.get_num_threads()} threads)")


def bench(backend: str, job: Path, corpus: Path, runs: int, cache: Path) -> dict:
    from tailor.llm.spec import ModelSpec
    from tailor.run.session import open_session

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        session = open_session(model=ModelSpec.parse(backend), cache_dir=cache,
                               chroma_path=Path(tmp) / "chroma")  # cold: nothing embedded yet
        load = time.perf_counter() - start
        walls, results = [], []
        for i in range(runs + 1):
            start = time.perf_counter()
            results.append(session.tailor_files(job, corpus, Path(tmp) / f"run{i}"))
            walls.append(time.perf_counter() - start)
    warm = results[1:]
    nodes = sorted({n for r in warm for n in r.report.timings})
    tokens = sum(r.report.generation.new_tokens for r in warm)  # per run since report.generation
    seconds = sum(r.report.generation.seconds for r in warm)   # counts each run's own tokens
    return {
        "backend": backend, "load": load, "cold": walls[0],
        "warm": statistics.median(walls[1:]),
        "nodes": {n: statistics.median(r.report.timings.get(n, 0.0) for r in warm) for n in nodes},
        "tok_s": tokens / seconds if seconds else 0.0,
        "repairs": [r.report.repair_rounds for r in results],
        "truth": [r.report.metrics.truth_score for r in results],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backends", nargs="+", default=["extractive", "local"])
    parser.add_argument("--runs", type=int, default=3, help="warm runs per backend")
    parser.add_argument("--job", type=Path, default=ROOT / "examples/senior-full-stack-engineer.txt")
    parser.add_argument("--corpus", type=Path,
                        default=ROOT / "tailor/corpus/examples/experiences.json")
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache/tailor")
    args = parser.parse_args()
    rows = [bench(b, args.job, args.corpus, args.runs, args.cache) for b in args.backends]
    print(f"Machine: {machine()}\n")
    print("| backend | model load s | cold run s | warm run s (median) | gen tok/s | " +
          " | ".join(f"{n} s" for n in rows[0]["nodes"]) + " |")
    print("|" + "---|" * (5 + len(rows[0]["nodes"])))
    for r in rows:
        print(f"| {r['backend']} | {r['load']:.2f} | {r['cold']:.2f} | {r['warm']:.2f} | "
              f"{r['tok_s']:.1f} | " + " | ".join(f"{r['nodes'].get(n, 0):.2f}"
                                               for n in rows[0]["nodes"]) + " |")
    for r in rows:
        print(f"\n{r['backend']}: repair rounds per run {r['repairs']}, TruthScore {r['truth']}")


if __name__ == "__main__":
    main()
