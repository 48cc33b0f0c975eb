"""Critic speed on a one-page resume: the whole critique, and the claim check alone.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/critic_bench.py [--runs 20]

Tailors the shipped example (examples/senior-full-stack-engineer.txt with
tailor/corpus/examples/experiences.json, extractive, one page), then times `critic.critique` on
the tailored resume with MiniLM loaded (every call encodes the items and their evidence again,
as a critic round of a run does) and `claims.claim_changes` on every item. Prints the median
of --runs.
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

from tailor.agents.critic import critique  # noqa: E402
from tailor.corpus.loader import load_corpus  # noqa: E402
from tailor.llm.spec import ModelSpec  # noqa: E402
from tailor.run.session import open_session  # noqa: E402
from tailor.schemas import TailoredResume  # noqa: E402
from tailor.text.claims import claim_changes  # noqa: E402
from tailor.text.posting import read_posting  # noqa: E402

JOB = ROOT / "examples/senior-full-stack-engineer.txt"
CORPUS = ROOT / "tailor/corpus/examples/experiences.json"


def median_seconds(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        session = open_session(model=ModelSpec.parse("extractive"), cache_dir=Path(tmp) / "cache")
        session.tailor_files(JOB, CORPUS, Path(tmp) / "out")
        resume = TailoredResume.model_validate_json((Path(tmp) / "out/tailored.json").read_text())
    corpus, job = load_corpus(CORPUS), read_posting(JOB)
    evidence = corpus.evidence()
    embedder = session.embedder
    critique(resume, corpus, job, embedder)  # the model is loaded on first use
    items = resume.items()
    whole = median_seconds(lambda: critique(resume, corpus, job, embedder), args.runs)
    claims = median_seconds(lambda: [claim_changes(i.text, [evidence[s].text for s in i.source_ids])
                                     for i in items], args.runs)
    print(f"{len(items)} items, {len(resume.skills)} skills; {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores")
    print(f"critique (all checks, MiniLM loaded): {whole * 1000:.1f} ms median of {args.runs}")
    print(f"claim check alone: {claims * 1000:.1f} ms median of {args.runs}")


if __name__ == "__main__":
    main()
