"""Fit the 0-5 mapping of `tailor score` on the DEV split only and write tailor/fit/calibration.json;
with --idf, rebuild the lexical background (tailor/fit/idf.json); with --combination, fit the
overall fit's combination of pair signals on dev parts only (tailor/fit/combination.json).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/fit_calibrate.py [--dry-run]
    HF_HUB_OFFLINE=1 .venv/bin/python bench/fit_calibrate.py --idf
    HF_HUB_OFFLINE=1 .venv/bin/python bench/fit_calibrate.py --combination \
        --rjdb-dir /work/data-research/matching/rjdb-megagon [--dry-run]

The lexical background (--idf): document frequencies of the public-domain USAJobs postings
01-60 committed in bench/data/postings/usajobs and the dev postings of bench/data/fit_split.json, nothing else:
no evaluation set's test part, no resume. Deterministic (sorted files, sorted JSON).

The combination (--combination): the overall fit is 100 * sigmoid(bias + sum w_s * signal_s)
over `tailor.fit.signals` (see `tailor.fit.combination`). Its rows are the dev pairs of three
sets, read as their benchmarks read them: bench/fit_eval.py's dev postings x its resumes
(positive = label >= 2), and the dev groups of bench/fit_eval_real.py's vanetik and rjdb sets
(signals from its cache, scored there first if missing). Weights are bounded to the signs of
`SIGN` (monotone), with a small L2 penalty and one intercept per set (the sets' base rates
differ: 5% to 50% positive); the shipped bias is the bench/fit_eval.py set's, whose labels mean
"a recruiter would call" (label >= 2). Which signals are kept is chosen by 5-fold
cross-validation over dev groups: the mean over SELECT_SETS of ROC AUC + mean per-group AUC,
and of the candidates within PARSIMONY of the best, the one with the fewest signals.

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
import tempfile
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


# --- the lexical background (--idf) ---

IDF_USAJOBS_LAST = 60   # the table was built from postings 01-60; 61-160 came later, for ingest


def write_background(dry_run: bool) -> int:
    import subprocess

    from tailor.fit.lexical import IDF_FILE, build_background

    listed = subprocess.run(["git", "ls-files", "bench/data/postings/usajobs"], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.split()      # committed files only: reproducible
    sources = sorted(ROOT / f for f in listed if Path(f).name[:1].isdigit() and f.endswith(".txt")
                     and int(Path(f).name.split("_")[0]) <= IDF_USAJOBS_LAST)
    sources += [ROOT / "tests/testdata/jobs" / name for name in sorted(load_split()["dev"])]
    provenance = {"script": "bench/fit_calibrate.py --idf", "min_df": 2, "documents": len(sources),
                  "sources": "bench/data/postings/usajobs/*.txt committed (public domain) + the dev postings of "
                             "bench/data/fit_split.json (tests/testdata/jobs)",
                  "files_sha256": sha256_of([p.relative_to(ROOT).as_posix() + ":" + sha256(p) for p in sources])}
    background = build_background([p.read_text("utf-8") for p in sources], provenance)
    print(f"background: {background.documents} documents, {len(background.df)} terms, "
          f"mean length {background.mean_length:.0f} terms")
    if not dry_run:
        path = ROOT / "tailor/fit" / IDF_FILE
        path.write_text(json.dumps(background.to_json(), indent=0, sort_keys=False) + "\n")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


def sha256_of(lines: list[str]) -> str:
    import hashlib

    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


# --- the overall combination (--combination) ---

COMBINATION_L2 = 1e-4
COMBINATION_FOLDS = 5
SHIPPED_BIAS_SET = "fit_eval"
# Sets whose CV choose the signals: vanetik's two annotators barely agree (its DATASHEET: mean
# per-resume Spearman ~0.1), so its 15 dev groups are fitted on but would pick by noise.
SELECT_SETS = ("fit_eval", "rjdb")
PARSIMONY = 0.005         # the fewest signals whose CV score is within this of the best
# Candidate signal sets, each a subset of tailor.fit.combination.SIGN; the CV picks one.
COMBINATION_CANDIDATES = {
    "requirements": ["requirements"],
    "requirements+lexical": ["requirements", "lexical"],
    "requirements+lexical+gaps": ["requirements", "lexical", "must_have_gaps"],
    "requirements+lexical+keywords": ["requirements", "lexical", "keywords"],
    "requirements+lexical+keywords+posting": ["requirements", "lexical", "keywords", "posting_terms"],
    "requirements+lexical+keywords+posting+title": ["requirements", "lexical", "keywords", "posting_terms", "title"],
    "all": ["requirements", "must_have_gaps", "lexical", "posting_terms", "keywords", "title", "years"],
}


def own_rows(cache_dir: Path) -> list[dict]:
    """bench/fit_eval.py's dev postings x its resumes: one row per labelled pair with its signals."""
    from tailor.fit.calibration import load_model
    from tailor.fit.lexical import load_background
    from tailor.fit.scorer import signals_of

    dev = sorted(load_split()["dev"])
    labels = {(r["posting"], r["resume"]): r["label"] for r in load_labels() if r["posting"] in dev}
    features = features_for(dev, sorted({r for _, r in labels}), cache_dir)
    model, background = load_model(), load_background()
    rows = []
    for (i, j), reqs in features.pairs.items():
        key = (Path(features.postings[i].source).name, str(Path(features.resumes[j].source).relative_to(ROOT)))
        if key in labels and reqs:
            signals = signals_of(features.postings[i], features.documents[j], reqs, model, background)
            rows.append({"set": SHIPPED_BIAS_SET, "group": key[0], "positive": int(labels[key] >= 2),
                         "signals": signals.as_dict()})
    return rows


def real_rows(name: str, data_dir: Path | None, max_groups: int | None, cache_dir: Path) -> list[dict]:
    """The dev groups of a bench/fit_eval_real.py set: one row per labelled pair with its signals."""
    import fit_eval_real as real

    spec = real.SETS[name]
    pairs, resumes, postings, split = real.load_set(data_dir or spec.data_dir)
    groups = set(real.select_groups(split, "dev", max_groups, 0))
    group_of = "resume_id" if spec.group_by == "resume" else "posting_id"
    pairs = [p for p in pairs if p[group_of] in groups]
    features = real.pair_features(pairs, resumes, postings, cache_dir / name, lambda m: print(m, file=sys.stderr))
    return [{"set": name, "group": p[group_of], "positive": int(p["label"] == 1),
             "signals": features[p["posting_id"], p["resume_id"]]["signals"]}
            for p in pairs if features[p["posting_id"], p["resume_id"]]["signals"]]


def fit_signals(rows: list[dict], names: list[str]) -> tuple[dict[str, float], dict[str, float]]:
    """(weights, intercept per set): logistic loss, each set weighing as much as the others,
    weights bounded to their signs, L2 on the weights."""
    from scipy.optimize import minimize

    from tailor.fit.combination import SIGN

    sets = sorted({r["set"] for r in rows})
    x = np.array([[r["signals"][n] for n in names] for r in rows]).reshape(-1, len(names))
    y = np.array([r["positive"] for r in rows], dtype=float)
    which = np.array([sets.index(r["set"]) for r in rows])
    weight = np.array([1.0 / np.sum(which == k) for k in which]) * len(rows) / len(sets)

    def loss(theta):
        z = theta[which] + x @ theta[len(sets):]
        return np.sum(weight * (np.logaddexp(0, z) - y * z)) / len(rows) + COMBINATION_L2 * np.sum(
            theta[len(sets):] ** 2)

    bounds = [(None, None)] * len(sets) + [(0, None) if SIGN[n] > 0 else (None, 0) for n in names]
    theta = minimize(loss, np.zeros(len(sets) + len(names)), method="L-BFGS-B", bounds=bounds).x
    return dict(zip(names, map(float, theta[len(sets):]))), dict(zip(sets, map(float, theta[:len(sets)])))


def combination_cv(rows: list[dict], names: list[str]) -> dict[str, dict]:
    """Per set: ROC AUC and mean per-group AUC of held-out scores, 5 folds over (set, group)."""
    import fit_eval_real as real

    groups = sorted({(r["set"], r["group"]) for r in rows})
    order = np.random.default_rng(0).permutation(len(groups))
    fold = {groups[i]: k % COMBINATION_FOLDS for k, i in enumerate(order)}
    held = [0.0] * len(rows)
    for f in range(COMBINATION_FOLDS):
        weights, _ = fit_signals([r for r in rows if fold[r["set"], r["group"]] != f], names)
        for k, r in enumerate(rows):
            if fold[r["set"], r["group"]] == f:
                held[k] = sum(w * r["signals"][n] for n, w in weights.items())
    out = {}
    for name in sorted({r["set"] for r in rows}):
        mine = [dict(r, gain=float(r["positive"]), scores={"cv": s}) for r, s in zip(rows, held) if r["set"] == name]
        m = real.point_metrics(mine, ["cv"])["cv"]
        out[name] = {"roc_auc": round(m["roc_auc"], 4), "group_auc": round(m["group_auc"], 4)}
    return out


def fit_combination(args) -> int:
    from tailor.fit.combination import Combination, shipped_path

    if args.rjdb_dir is None:
        raise SystemExit("--combination needs --rjdb-dir (the RJDB set is not committed)")
    rows = own_rows(args.cache_dir) + real_rows("vanetik", None, None, args.real_cache_dir) + \
        real_rows("rjdb", args.rjdb_dir, args.rjdb_max_groups, args.real_cache_dir)
    sets = sorted({r["set"] for r in rows})
    print("dev rows: " + ", ".join(f"{s} {sum(r['set'] == s for r in rows)} "
                                   f"({sum(r['positive'] for r in rows if r['set'] == s)} positive)" for s in sets))
    print("| signals | " + " | ".join(f"{s} CV ROC AUC / group AUC" for s in sets) + " |\n|---|" + "---|" * len(sets))
    results = []
    for label, names in COMBINATION_CANDIDATES.items():
        cv = combination_cv(rows, names)
        results.append((np.mean([cv[s]["roc_auc"] + cv[s]["group_auc"] for s in SELECT_SETS]), label, cv))
        print(f"| {label} | " + " | ".join(f"{cv[s]['roc_auc']:.3f} / {cv[s]['group_auc']:.3f}" for s in sets) + " |")
    best = max(r[0] for r in results)
    _, label, cv = min((r for r in results if r[0] >= best - PARSIMONY),
                       key=lambda r: len(COMBINATION_CANDIDATES[r[1]]))
    names = COMBINATION_CANDIDATES[label]
    weights, intercepts = fit_signals(rows, names)
    typical = {n: round(float(np.mean([r["signals"][n] for r in rows])), 4) for n in names}
    combination = Combination(
        weights={n: round(w, 4) for n, w in weights.items()}, bias=round(intercepts[SHIPPED_BIAS_SET], 4),
        typical=typical, version=f"1-dev-{dt.date.today().isoformat()}",
        provenance={"script": "bench/fit_calibrate.py --combination", "split": "dev", "signals": label,
                    "selected_on": list(SELECT_SETS), "parsimony": PARSIMONY,
                    "sets": {s: sum(r["set"] == s for r in rows) for s in sets},
                    "rjdb_max_groups": args.rjdb_max_groups,
                    "intercepts": {s: round(v, 4) for s, v in intercepts.items()},
                    "objective": f"logistic loss, sets weighted alike, one intercept per set, "
                                 f"L2 {COMBINATION_L2}, weights bounded to tailor.fit.combination.SIGN",
                    "cv": cv, "idf": "tailor/fit/idf.json"})
    print(f"\nchosen: {label}\n{json.dumps(combination.weights)} bias {combination.bias}")
    if not args.dry_run:
        shipped_path().write_text(json.dumps(combination.to_json(), indent=2) + "\n")
        print(f"wrote {shipped_path().relative_to(ROOT)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print the choice, do not write the file")
    parser.add_argument("--cache-dir", type=Path, default=Path.home() / ".cache/tailor")
    parser.add_argument("--idf", action="store_true", help="rebuild tailor/fit/idf.json and stop")
    parser.add_argument("--combination", action="store_true",
                        help="fit tailor/fit/combination.json on the dev parts of the real sets and stop")
    parser.add_argument("--rjdb-dir", type=Path, help="the RJDB set in the common format (for --combination)")
    parser.add_argument("--rjdb-max-groups", type=int, help="a seeded subset of RJDB dev postings")
    parser.add_argument("--real-cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "tailor-fit-eval-real",
                        help="bench/fit_eval_real.py's cache of pair signals (shared with it)")
    args = parser.parse_args(argv)
    if args.idf:
        return write_background(args.dry_run)
    if args.combination:
        return fit_combination(args)

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
