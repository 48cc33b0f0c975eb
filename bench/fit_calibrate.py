"""Fit the 0-5 mapping of `tailor score` on the DEV split only and write tailor/fit/calibration.json.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/fit_calibrate.py [--dry-run]

Only the dev postings of bench/data/fit_split.json are read (with every resume labelled for them);
test postings are never loaded. The labels are per pair (posting, resume, 0..3), not per
requirement, so the mapping is fit through the overall formula: per requirement
exact = 5 * sigmoid(bias + sum(w_f * feature_f)) (0 without evidence), pair fit = the kind-weighted
mean of exact / 5, and the loss is the cross-entropy between that fit and label / 3 (plus a small
L2 penalty on the weights, with similarities scaled x 10 so it weighs the features alike).
So a fit of 67 reads "about a label-2 match".

Which features, and the no-evidence similarity, are chosen by leave-one-posting-out
cross-validation within dev (mean per-posting AUC + ROC AUC over the held-out pairs, with the
shipped integer rounding); the winner is then fit on all of dev and written with its provenance.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_eval import LABELS, ROOT, SPLIT, features_for, load_labels, load_split, metrics, sha256  # noqa: E402

CANDIDATES = {
    "similarity": ["similarity"],
    "similarity+keywords": ["similarity", "keyword_share", "no_keywords"],
    "similarity+keywords+years": ["similarity", "keyword_share", "no_keywords", "years"],
    "top3+keywords+years": ["similarity_top3", "keyword_share", "no_keywords", "years"],
    "similarity+top3+keywords+years": ["similarity", "similarity_top3", "keyword_share", "no_keywords", "years"],
}
NO_EVIDENCE = [0.25, 0.3, 0.35, 0.4]
L2 = 0.01
# Similarities vary over ~0.1 where keyword shares vary over ~1: the fit runs on similarities x 10
# so that one L2 penalty treats the features alike; the file stores weights for the raw features.
SCALE = {"similarity": 10.0, "similarity_top3": 10.0}
MAX_SCORE = 5


class PairData:
    """Every requirement of every labelled dev pair as one flat table (row -> pair), and labels."""

    def __init__(self, features, rows: list[dict]):
        from tailor.schemas import KIND_WEIGHT

        labels = {(r["posting"], r["resume"]): r["label"] for r in rows}
        self.keys, self.labels = [], []
        vectors, pair, weight = [], [], []
        for (i, j), reqs in features.pairs.items():
            key = (Path(features.postings[i].source).name,
                   str(Path(features.resumes[j].source).relative_to(ROOT)))
            if key not in labels:
                continue
            for r, f in reqs:
                vectors.append(f.vector())
                pair.append(len(self.keys))
                weight.append(KIND_WEIGHT[r.kind])
            self.keys.append(key)
            self.labels.append(labels[key])
        self.vectors, self.pair, self.weight = vectors, np.array(pair, dtype=int), np.array(weight)
        self.similarity = np.array([v["similarity"] for v in vectors])
        self.found = np.array([v["keyword_share"] > 0 for v in vectors])
        self.total = np.bincount(self.pair, self.weight, minlength=len(self.keys))

    def matrix(self, names: list[str]) -> np.ndarray:
        """Feature rows (scaled, see SCALE) for the named features."""
        raw = np.array([[v[n] for n in names] for v in self.vectors]).reshape(-1, len(names))
        return raw * np.array([SCALE.get(n, 1.0) for n in names])


def pair_fits(theta: np.ndarray, mat: np.ndarray, data: PairData, idx, threshold: float,
              rounded: bool = False) -> np.ndarray:
    """Pair fits (0-1) of the pairs `idx` under parameters theta = (bias, weights...)."""
    exact = MAX_SCORE / (1 + np.exp(-(theta[0] + mat @ theta[1:])))
    exact = np.where((data.similarity >= threshold) | data.found, exact, 0.0)
    if rounded:
        exact = np.floor(exact + 0.5)
    sums = np.bincount(data.pair, data.weight * exact, minlength=len(data.keys))
    fits = np.divide(sums, MAX_SCORE * data.total, out=np.zeros_like(sums), where=data.total > 0)
    return fits[np.asarray(idx, dtype=int)]


def fit(names: list[str], data: PairData, mat: np.ndarray, idx, threshold: float) -> np.ndarray:
    from scipy.optimize import minimize

    target = np.array([data.labels[k] / 3 for k in idx])

    def loss(theta):
        p = np.clip(pair_fits(theta, mat, data, idx, threshold), 1e-6, 1 - 1e-6)
        return -np.mean(target * np.log(p) + (1 - target) * np.log(1 - p)) + L2 * np.sum(theta[1:] ** 2)

    start = np.zeros(len(names) + 1)
    return minimize(loss, start, method="L-BFGS-B").x


def cross_validate(names, data: PairData, threshold: float) -> dict:
    mat = data.matrix(names)
    postings = sorted({p for p, _ in data.keys})
    scores = {}
    for held in postings:
        train = [k for k, (p, _) in enumerate(data.keys) if p != held]
        test = [k for k, (p, _) in enumerate(data.keys) if p == held]
        theta = fit(names, data, mat, train, threshold)
        for k, value in zip(test, pair_fits(theta, mat, data, test, threshold, rounded=True)):
            scores[data.keys[k]] = {"fit": value}
    rows = [{"posting": p, "resume": r, "label": label} for (p, r), label in zip(data.keys, data.labels)]
    return metrics(rows, scores, "fit")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print the choice, do not write the file")
    parser.add_argument("--cache-dir", type=Path, default=Path.home() / ".cache/tailor")
    args = parser.parse_args(argv)

    split = load_split()
    dev = sorted(split["dev"])
    rows = [r for r in load_labels() if r["posting"] in dev]
    resumes = sorted({r["resume"] for r in rows})
    data = PairData(features_for(dev, resumes, args.cache_dir), rows)
    print(f"dev: {len(dev)} postings, {len(data.keys)} labelled pairs ({sum(x >= 2 for x in data.labels)} positive)")
    print("| features | no-evidence sim | CV ROC AUC | CV mean per-posting AUC | CV NDCG@5 |\n|---|---|---|---|---|")
    results = []
    for name, names in CANDIDATES.items():
        for threshold in NO_EVIDENCE:
            m = cross_validate(names, data, threshold)
            results.append((m["posting_auc"] + m["roc_auc"], name, threshold, m))
            print(f"| {name} | {threshold} | {m['roc_auc']:.3f} | {m['posting_auc']:.3f} | {m['ndcg5']:.3f} |")
    _, name, threshold, m = max(results, key=lambda r: r[0])
    names = CANDIDATES[name]
    theta = fit(names, data, data.matrix(names), list(range(len(data.keys))), threshold)
    model = {
        "version": f"1-dev-{dt.date.today().isoformat()}",
        "weights": {n: round(float(w) * SCALE.get(n, 1.0), 4) for n, w in zip(names, theta[1:])},
        "bias": round(float(theta[0]), 4),
        "no_evidence_similarity": threshold,
        "provenance": {
            "script": "bench/fit_calibrate.py", "split": "dev", "features": name,
            "labels_sha256": sha256(LABELS), "split_sha256": sha256(SPLIT),
            "dev_postings": dev, "test_postings": sorted(split["test"]), "dev_pairs": len(data.keys),
            "objective": "cross-entropy(pair fit / 100, label / 3) + 0.01 * |w|^2 (similarities x 10)",
            "cv": {k: (round(v, 4) if isinstance(v, float) else v) for k, v in m.items()},
            "embedder": "sentence-transformers/all-MiniLM-L6-v2",
        },
    }
    print(f"\nchosen: {name}, no-evidence similarity {threshold}\n" + json.dumps(model["weights"]) +
          f" bias {model['bias']}")
    if not args.dry_run:
        from tailor.fit.calibration import shipped_path
        shipped_path().write_text(json.dumps(model, indent=2) + "\n")
        print(f"wrote {shipped_path().relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
