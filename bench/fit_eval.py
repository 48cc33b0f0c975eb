"""Fit scoring benchmark: Tailor's fit vs the TF-IDF and keyword-share baselines.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/fit_eval.py [--split all|dev|test] [--json bench/fit_eval.json]

Labelled pairs come from bench/data/fit_labels.jsonl ({"posting": file in tests/testdata/jobs/,
"resume": repo-relative corpus path, "label": 0..3}); the postings are split into dev and test by
bench/data/fit_split.json. The calibration (bench/fit_calibrate.py) sees the dev split only; this
script scores exactly the postings of the splits asked for (with --split dev, no test posting is
even read), so test numbers cannot leak into choices made while developing.

Metrics, per system (fit, fit_mean, tfidf, keywords) and per split: ROC AUC over all pairs (positive = label
>= 2), the mean per-posting AUC (ranking the resumes for one posting; postings whose labels are all
one class are skipped) and the mean per-posting NDCG@5 with the graded labels as gains
(sklearn's ndcg_score; postings whose labels are all 0 are skipped). Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

LABELS = ROOT / "bench/data/fit_labels.jsonl"
SPLIT = ROOT / "bench/data/fit_split.json"
JOBS = ROOT / "tests/testdata/jobs"
TODAY = dt.date(2026, 12, 1)     # fixed, so "still going" roles count the same on every run
SYSTEMS = {"fit": "Tailor fit (signals combined)", "fit_mean": "Tailor requirement mean (fit before issue 16)",
           "tfidf": "TF-IDF cosine", "keywords": "keyword share"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_labels(path: Path = LABELS) -> list[dict]:
    """(posting, resume, label) rows; the labeller's free-text reasons are not read."""
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows.append({"posting": row["posting"], "resume": row["resume"], "label": int(row["label"])})
    return rows


def load_split(path: Path = SPLIT) -> dict[str, list[str]]:
    split = json.loads(path.read_text("utf-8"))
    overlap = set(split["dev"]) & set(split["test"])
    if overlap:
        raise SystemExit(f"{path}: postings in both dev and test: {sorted(overlap)}")
    return {"dev": list(split["dev"]), "test": list(split["test"])}


def features_for(postings: list[str], resumes: list[str], cache_dir: Path):
    """RunFeatures of these postings x resumes (the embedder loaded once, all in one run)."""
    from tailor.fit.inputs import read_postings, read_resumes
    from tailor.fit.scorer import ScoreOptions, run_features
    from tailor.fit.similarity import ChunkSearch
    from tailor.index.embeddings import default_embedder
    from tailor.index.store import open_chroma

    posts = read_postings([JOBS / p for p in postings])
    blind = read_resumes([ROOT / r for r in resumes])
    search = ChunkSearch(open_chroma(path=cache_dir / "chroma"), default_embedder())
    return run_features(posts, blind, search, ScoreOptions(today=TODAY))


def system_scores(features, model) -> dict[tuple[str, str], dict[str, float]]:
    """(posting file name, repo-relative resume) -> {system: score}: the fit exactly as `tailor
    score` computes it (`score_pair`), and the kind-weighted requirement mean it grew from."""
    from tailor.fit.baselines import keyword_share
    from tailor.fit.combination import load_combination
    from tailor.fit.lexical import load_background
    from tailor.fit.scorer import score_pair

    combination, background = load_combination(), load_background()
    out = {}
    for i, j in features.pairs:
        posting, resume = features.postings[i], features.resumes[j]
        pair = score_pair(features, i, j, model, combination, background)
        key = (Path(posting.source).name, str(Path(resume.source).relative_to(ROOT)))
        out[key] = {"fit": pair.fit_exact, "fit_mean": pair.requirement_mean,
                    "tfidf": float(features.tfidf[i, j]),
                    "keywords": keyword_share(posting.job.keywords, resume.text())}
    return out


def metrics(rows: list[dict], scores: dict, system: str) -> dict:
    """ROC AUC over all pairs, mean per-posting AUC, mean per-posting NDCG@5."""
    import numpy as np
    from sklearn.metrics import ndcg_score, roc_auc_score

    y = [int(r["label"] >= 2) for r in rows]
    s = [scores[r["posting"], r["resume"]][system] for r in rows]
    result = {"pairs": len(rows), "positives": sum(y),
              "roc_auc": roc_auc_score(y, s) if 0 < sum(y) < len(y) else None}
    aucs, ndcgs = [], []
    for posting in sorted({r["posting"] for r in rows}):
        mine = [(r["label"], scores[r["posting"], r["resume"]][system]) for r in rows if r["posting"] == posting]
        labels = [label for label, _ in mine]
        binary = [int(label >= 2) for label in labels]
        if 0 < sum(binary) < len(binary):
            aucs.append(roc_auc_score(binary, [x for _, x in mine]))
        if any(labels):
            ndcgs.append(ndcg_score(np.asarray([labels]), np.asarray([[x for _, x in mine]]), k=5))
    result.update(posting_auc=float(np.mean(aucs)) if aucs else None, postings_with_auc=len(aucs),
                  ndcg5=float(np.mean(ndcgs)) if ndcgs else None, postings_with_ndcg=len(ndcgs))
    return result


def evaluate(rows: list[dict], split: dict[str, list[str]], which: list[str], scores: dict) -> dict:
    report = {}
    for name in which:
        postings = set(split["dev"]) | set(split["test"]) if name == "all" else set(split[name])
        subset = [r for r in rows if r["posting"] in postings]
        report[name] = {system: metrics(subset, scores, system) for system in SYSTEMS}
    return report


def _fmt(value) -> str:
    return "-" if value is None else f"{value:.3f}"


def markdown(report: dict) -> str:
    lines = ["| split | system | pairs (pos.) | ROC AUC | mean per-posting AUC | NDCG@5 |",
             "|---|---|---|---|---|---|"]
    for name, systems in report.items():
        for system, m in systems.items():
            lines.append(f"| {name} | {SYSTEMS[system]} | {m['pairs']} ({m['positives']}) | {_fmt(m['roc_auc'])} | "
                         f"{_fmt(m['posting_auc'])} (n={m['postings_with_auc']}) | "
                         f"{_fmt(m['ndcg5'])} (n={m['postings_with_ndcg']}) |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["all", "dev", "test"], default="all",
                        help="all: dev, test and both together (default)")
    parser.add_argument("--json", type=Path, help="write the metrics (and provenance) here")
    parser.add_argument("--cache-dir", type=Path, default=Path.home() / ".cache/tailor")
    args = parser.parse_args(argv)

    from tailor.fit.calibration import load_model

    rows, split = load_labels(), load_split()
    which = ["dev", "test", "all"] if args.split == "all" else [args.split]
    postings = sorted(set(split["dev"]) | set(split["test"])) if args.split == "all" else sorted(split[args.split])
    rows = [r for r in rows if r["posting"] in postings]
    resumes = sorted({r["resume"] for r in rows})
    started = time.perf_counter()
    model = load_model()
    scores = system_scores(features_for(postings, resumes, args.cache_dir), model)
    report = evaluate(rows, split, which, scores)
    print(markdown(report))
    print(f"\n{len(postings)} postings x {len(resumes)} resumes, {len(rows)} labelled pairs, "
          f"calibration {model.version}, {time.perf_counter() - started:.0f}s")
    if args.json:
        args.json.write_text(json.dumps({
            "metrics": report, "calibration": model.to_json(), "labels_sha256": sha256(LABELS),
            "split_sha256": sha256(SPLIT), "today": TODAY.isoformat()}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
