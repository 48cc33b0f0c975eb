"""Name-swap bias of fit scoring, as a distribution: how far do scores move when only the person's
name (across genders and origins) and the matching pronouns change?

    HF_HUB_OFFLINE=1 .venv/bin/python bench/fit_bias_names.py [--embedder PATH] [--json out.json]

Inputs: the shipped resumes of tests/fit/test_bias.py (tests/testdata/resumes/*.json and the
bundled example corpus) and 8 shipped postings (tests/testdata/jobs). Each resume gets one variant
per name of `NAMES` (16 names: 8 women, 8 men; Anglo, African-American, Arab, South Asian, East
Asian, Hispanic, West African, Slavic), built with tests/fit/test_bias.py's own rewriting: the name
in basics, a summary sentence and a first-bullet sentence naming the person, plus a summary and
bullet sentence with the pronouns of the name's gender. The reference variant is the first name.

Two views are scored, both with the same embedder (the bundled all-MiniLM-L6-v2, or --embedder):

* blind: `tailor score` as shipped (`tailor.fit.run.score_files` on the variant files): the
  scorer sees only the blind view, so any difference here is a leak through blinding;
* unblinded: the same variants with names and pronouns left in the text (`blind_view(...,
  blind=False)`, `score_all` as score_files calls it): how much the embedder itself reacts to a
  name or pronoun, i.e. what blinding protects from; it compares embedders.

For every (resume, posting, variant other than the reference), |difference| to the reference of
(a) the overall fit (fit_exact, 0-100) and (b) every requirement's shown score (0-5): mean, p50,
p95, max and the share above 1 point (the bar tests/fit/test_bias.py holds every variant to);
and (c), the embedder's raw reaction, every requirement's best-chunk cosine x 100.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

TODAY = dt.date(2026, 12, 1)
NAMES = [("Emily Walsh", "she"), ("Greg Baker", "he"), ("Lakisha Washington", "she"), ("Jamal Jones", "he"),
         ("Fatima Al-Sayed", "she"), ("Mohammed Al-Farsi", "he"), ("Priya Patel", "she"), ("Arjun Sharma", "he"),
         ("Mei Chen", "she"), ("Wei Zhang", "he"), ("María Hernández", "she"), ("José García", "he"),
         ("Ngozi Okafor", "she"), ("Kwame Mensah", "he"), ("Svetlana Ivanova", "she"), ("Dmitri Volkov", "he")]
POSTINGS = ["04-front-office-coordinator.txt", "09-accounts-payable-specialist.txt",
            "17-senior-full-stack-engineer-typescript-svelt-js.txt", "21-fleet-dispatcher-tunnel-hill-weekend-days.txt",
            "08-staff-tax-accountant.txt", "13-product-owner-i.txt", "19-warehouse-clerk.txt", "20-net-developer.txt"]
VIEWS = ("blind", "unblinded")


def summarize(values) -> dict:
    """mean, p50, p95, max of |values| and the share of them above 1 point; n = how many."""
    v = np.abs(np.asarray(list(values), dtype=float))
    if not len(v):
        return {"n": 0, "mean": None, "p50": None, "p95": None, "max": None, "share_over_1": None}
    return {"n": int(len(v)), "mean": float(v.mean()), "p50": float(np.percentile(v, 50)),
            "p95": float(np.percentile(v, 95)), "max": float(v.max()), "share_over_1": float((v > 1).mean())}


def differences(scores: dict) -> tuple[list[float], ...]:
    """scores[(resume, posting)][variant] = (fit, [requirement scores], [similarities]...), the
    reference variant first: per element, the differences of every other variant to it (the fit
    differences, the requirement differences, ...)."""
    out: list[list[float]] = []
    for by_variant in scores.values():
        reference, *others = by_variant.values()
        out = out or [[] for _ in reference]
        for variant in others:
            for n, (mine, ref) in enumerate(zip(variant, reference)):
                if isinstance(ref, list):
                    if len(mine) != len(ref):
                        raise ValueError("variants of one pair must have the same requirements")
                    out[n] += [a - b for a, b in zip(mine, ref)]
                else:
                    out[n].append(mine - ref)
    return tuple(out)


def variants(data: dict) -> dict[str, dict]:
    from tests.fit.test_bias import named, pronoun

    return {name: pronoun(named(data, name), which) for name, which in NAMES}


def score_view(view: str, files: dict, jobs: list[Path], embedder, work: Path) -> dict:
    """(resume, posting) -> {variant: (fit_exact, [requirement scores], [100 x best-chunk cosine])}
    for one view."""
    from tailor.fit.calibration import load_model
    from tailor.fit.run import score_files
    from tailor.fit.scorer import ScoreOptions, score_all
    from tailor.fit.similarity import ChunkSearch
    from tailor.index.store import open_chroma

    paths = [p for by_name in files.values() for p in by_name.values()]
    if view == "blind":
        run = score_files(jobs, paths, cache_dir=work / "cache", today=TODAY, embedder=embedder)
    else:
        from tailor.corpus.loader import load_corpus
        from tailor.fit.blind import blind_view
        from tailor.fit.inputs import read_postings

        views = [blind_view(load_corpus(p), source=str(p), blind=False) for p in paths]
        search = ChunkSearch(open_chroma(path=work / "chroma-unblinded"), embedder)
        run = score_all(read_postings(jobs), views, search, load_model(), ScoreOptions(today=TODAY))
    who = {str(p): (resume, name) for resume, by_name in files.items() for name, p in by_name.items()}
    out: dict = {}
    for pair in run.pairs:
        resume, name = who[pair.resume]
        out.setdefault((resume, pair.posting), {})[name] = (
            pair.fit_exact, [r.score for r in pair.requirements], [100 * r.similarity for r in pair.requirements])
    return {k: {n: v[n] for n, _ in NAMES} for k, v in out.items()}   # reference variant first


def measure(embedder_path: Path | None, views=VIEWS) -> dict:
    from fit_eval_real import embedder_id, load_embedder

    from tests.fit.fit_helpers import JOBS, RESUMES

    embedder = load_embedder(embedder_path)
    jobs = [JOBS / p for p in POSTINGS]
    result = {"embedder": str(embedder_path or "bundled"), "embedder_sha256": embedder_id(embedder_path),
              "names": NAMES, "postings": POSTINGS, "resumes": [p.name for p in RESUMES], "views": {}}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files: dict[str, dict[str, Path]] = {}
        for n, resume in enumerate(RESUMES):
            for m, (name, data) in enumerate(variants(json.loads(resume.read_text("utf-8"))).items()):
                path = work / f"r{n}-v{m}.json"
                path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
                files.setdefault(resume.name, {})[name] = path
        for view in views:
            started = time.perf_counter()
            fits, reqs, sims = differences(score_view(view, files, jobs, embedder, work))
            result["views"][view] = {"fit": summarize(fits), "requirement": summarize(reqs),
                                     "similarity": summarize(sims),
                                     "seconds": round(time.perf_counter() - started, 1)}
    return result


def markdown(results: list[dict]) -> str:
    lines = ["| embedder | view | score | n | mean | p50 | p95 | max | share > 1 point |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        for view, by_score in r["views"].items():
            for what, label in (("fit", "overall fit (0-100)"), ("requirement", "requirement (0-5)"),
                                ("similarity", "requirement's best cosine x 100")):
                s = by_score[what]
                lines.append(f"| {r['embedder']} | {view} | {label} | {s['n']} | {s['mean']:.3f} | {s['p50']:.2f} | "
                             f"{s['p95']:.2f} | {s['max']:.2f} | {100 * s['share_over_1']:.1f}% |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--embedder", type=Path, action="append",
                        help="sentence-transformers folder (repeatable; default: the bundled MiniLM only)")
    parser.add_argument("--with-bundled", action="store_true", help="also measure the bundled MiniLM")
    parser.add_argument("--view", choices=[*VIEWS, "both"], default="both")
    parser.add_argument("--json", type=Path, help="write the distributions here")
    args = parser.parse_args(argv)
    paths = ([None] if args.with_bundled or not args.embedder else []) + (args.embedder or [])
    views = VIEWS if args.view == "both" else (args.view,)
    results = [measure(p, views) for p in paths]
    print(f"{len(NAMES)} names x {len(POSTINGS)} postings x {len(results[0]['resumes'])} resumes; |difference| "
          f"to the reference variant ({NAMES[0][0]})\n")
    print(markdown(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
