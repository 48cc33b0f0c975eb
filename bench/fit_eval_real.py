"""Fit scoring on independently labelled resume-posting data: Tailor's fit vs plain baselines.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/fit_eval_real.py --set vanetik [--split dev|test|all]
    HF_HUB_OFFLINE=1 .venv/bin/python bench/fit_eval_real.py --set rjdb \\
        --data-dir /work/data-research/matching/rjdb-megagon --max-groups 150 [--json out.json]

A dataset folder holds pairs.jsonl (resume_id, posting_id, label), resumes.jsonl (id, text),
postings.jsonl (id, title, text) and split.json (dev/test lists of group ids). Two sets:

* vanetik (bench/data/matching/vanetik, GPL-3.0, see its DATASHEET.md): 29 real developer resumes,
  each ranking the same 5 real developer postings (label = rank 1..5, by a human annotator).
  Groups are resumes; positive = rank 1; NDCG gain = 6 - rank.
* rjdb (Megagon RJDB test split, GPT-4 generated, research/education use only: not committed,
  pass --data-dir; bench/rjdb_to_common.py builds that folder from RJDB's data/test.jsonl): per
  posting a matched resume (label 1) and the same resume with skills or years removed (label 0).
  Groups are postings; positive = label 1; gain = label.

Every pair is read the way `tailor score` reads it: the resume text goes through the importer
(`tailor import`, rules only) into a JSON Resume and then its blind view; the posting is a row of
a postings JSONL (title line + text) parsed by ingest. Systems, all on the same blind resume text:

* fit: Tailor's overall fit as `tailor score` gives it: the shipped combination
  (tailor/fit/combination.json) of the pair signals (tailor/fit/signals.py) over the shipped
  calibration and IDF table;
* fit_mean: the kind-weighted mean of the requirement scores, which was the fit before issue 16
  (as bench/fit_eval.py still computes it);
* tfidf: `tailor.fit.baselines.tfidf_matrix`, vocabulary fit on the postings and resumes scored;
* tfidf_raw: the same on the resume text before import (how much the import loses);
* bm25: Okapi BM25 (k1=1.5, b=0.75, IDF log(1 + (N - n + .5) / (n + .5))), posting as query, the
  resumes scored as the collection (implemented here: rank_bm25 is not a Tailor dependency);
* keywords: `tailor.fit.baselines.keyword_share` with the posting's ingest keywords;
* embed: cosine of all-MiniLM-L6-v2 (bundled) vectors of the whole posting and whole resume
  (the model reads only the first 256 word pieces of each);
* chance: every score tied (AUC 0.5; NDCG = its expected value under a random order).

Metrics, with 95% percentile intervals from a bootstrap that resamples groups: ROC AUC over all
pairs, mean per-group AUC (groups with one class skipped), mean per-group NDCG@10 with graded
gains (sklearn's ndcg_score, ties averaged); and paired bootstrap intervals of fit - tfidf and
fit - bm25 for ROC AUC and NDCG@10.

Honest caveats: vanetik is tiny (29 resumes, 5 near-identical postings) and its two annotators
barely agree (mean per-resume Spearman ~0.1), so its ceiling is low and its intervals wide; with
5 items per group NDCG@10 is high even at chance (see the chance row). RJDB is synthetic and its
negatives differ from the positives by a few deleted skills: it measures sensitivity to missing
requirements, not realistic relevance, and its per-posting AUC is a pairwise accuracy (0, 0.5
or 1). --max-groups scores a fixed, seeded subset of the groups of each split. Per-pair features
(fit signals, requirement mean, keyword share, embedding cosine) are cached under --cache-dir
keyed by the texts, the shipped calibration and IDF table and the source of the Tailor code that
reads and scores them; the fit is combined from the cached signals at read time, so a refitted
combination (bench/fit_calibrate.py --combination, which reads the same cache) needs no re-scoring.

--embedder PATH scores with another sentence-transformers folder (a fine-tuned MiniLM from
tailor/training/fit_embed.py) instead of the bundled model, for the fit's similarities and the embed
row alike. The cache key holds the embedder (a hash of its folder's files; the bundled model's too),
and a tuned model gets its own Chroma folder and model id, so pretrained and tuned features or
vectors are never mixed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import json
import math
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

TODAY = dt.date(2026, 12, 1)     # fixed, as in bench/fit_eval.py
SYSTEMS = {"fit": "Tailor fit (signals combined)", "fit_mean": "Tailor requirement mean (the fit before issue 16)",
           "tfidf": "TF-IDF cosine", "tfidf_raw": "TF-IDF cosine, text before import",
           "bm25": "BM25 (posting as query)", "keywords": "keyword share", "embed": "MiniLM cosine (whole texts)",
           "chance": "chance (all tied)"}
DIFFS = ("tfidf", "bm25")
CODE_DIRS = ("tailor/fit", "tailor/importer", "tailor/corpus", "tailor/text", "tailor/index")
K = 10


@dataclass(frozen=True)
class SetSpec:
    data_dir: Path | None
    group_by: str              # "resume" or "posting"
    rank_labels: bool          # True: label is a rank, 1 = best; False: label is 0/1 (either way positive = 1)


SETS = {"vanetik": SetSpec(ROOT / "bench/data/matching/vanetik", "resume", True),
        "rjdb": SetSpec(None, "posting", False)}


def gain(label: int, spec: SetSpec) -> float:
    """NDCG gain: 6 - rank for ranks 1..5, the label itself for 0/1 labels."""
    return float(6 - label) if spec.rank_labels else float(label)


# --- metrics (pure: tests/test_fit_eval_real.py checks them on hand-made examples) ---

def auc(y, s) -> float | None:
    """ROC AUC by the rank-sum (Mann-Whitney) formula, ties counting 1/2; None with one class."""
    from scipy.stats import rankdata

    y = np.asarray(y, dtype=bool)
    n1 = int(y.sum())
    n0 = len(y) - n1
    if not n1 or not n0:
        return None
    ranks = rankdata(np.asarray(s, dtype=float))
    return float((ranks[y].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def ndcg(gains, s, k: int = K) -> float | None:
    """NDCG@k of one group (sklearn: linear gains, log2 discount, ties averaged); None if all gains are 0."""
    from sklearn.metrics import ndcg_score

    if not any(gains) or len(gains) < 2:
        return None
    return float(ndcg_score(np.asarray([gains], dtype=float), np.asarray([s], dtype=float), k=k))


def group_table(rows: list[dict], systems: list[str]) -> tuple[list[str], dict]:
    """Groups (sorted) and, per system, arrays of per-group AUC and NDCG@k (nan where undefined)."""
    groups = sorted({r["group"] for r in rows})
    by_group = {g: [r for r in rows if r["group"] == g] for g in groups}
    table = {}
    for system in systems:
        aucs, ndcgs = [], []
        for g in groups:
            mine = by_group[g]
            scores = [r["scores"][system] for r in mine]
            a = auc([r["positive"] for r in mine], scores)
            n = ndcg([r["gain"] for r in mine], scores)
            aucs.append(np.nan if a is None else a)
            ndcgs.append(np.nan if n is None else n)
        table[system] = {"group_auc": np.array(aucs), "ndcg": np.array(ndcgs)}
    return groups, table


def _nanmean(values: np.ndarray) -> float | None:
    values = values[~np.isnan(values)]
    return float(values.mean()) if len(values) else None


def point_metrics(rows: list[dict], systems: list[str]) -> dict:
    """Per system: ROC AUC over all pairs, mean per-group AUC, mean per-group NDCG@k."""
    _, table = group_table(rows, systems)
    y = [r["positive"] for r in rows]
    return {system: {"roc_auc": auc(y, [r["scores"][system] for r in rows]),
                     "group_auc": _nanmean(table[system]["group_auc"]),
                     "ndcg": _nanmean(table[system]["ndcg"])} for system in systems}


def bootstrap(rows: list[dict], systems: list[str], n: int, seed: int = 0,
              diffs: tuple[str, ...] = DIFFS) -> dict:
    """95% percentile intervals of each metric, and of fit - other (paired: the same resampled
    groups for every system), from `n` resamples of the groups with replacement."""
    groups, table = group_table(rows, systems)
    index = {g: i for i, g in enumerate(groups)}
    members = [[] for _ in groups]
    for r in rows:
        members[index[r["group"]]].append(r)
    y = [np.array([r["positive"] for r in m]) for m in members]
    s = {system: [np.array([r["scores"][system] for r in m], dtype=float) for m in members] for system in systems}
    rng = np.random.default_rng(seed)
    samples = {system: {"roc_auc": [], "group_auc": [], "ndcg": []} for system in systems}
    for _ in range(n):
        pick = rng.integers(0, len(groups), len(groups))
        ys = np.concatenate([y[i] for i in pick])
        for system in systems:
            a = auc(ys, np.concatenate([s[system][i] for i in pick]))
            samples[system]["roc_auc"].append(np.nan if a is None else a)
            for metric in ("group_auc", "ndcg"):
                m = _nanmean(table[system][metric][pick])
                samples[system][metric].append(np.nan if m is None else m)
    out = {system: {metric: _interval(np.array(v)) for metric, v in by_metric.items()}
           for system, by_metric in samples.items()}
    for other in (d for d in diffs if "fit" in systems and d in systems):
        out[f"fit-{other}"] = {metric: _interval(np.array(samples["fit"][metric]) - np.array(samples[other][metric]))
                               for metric in ("roc_auc", "ndcg")}
    return out


def _interval(values: np.ndarray) -> list[float] | None:
    values = values[~np.isnan(values)]
    return [float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))] if len(values) else None


# --- BM25 ---

def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]", text.lower())


def bm25_matrix(queries: list[str], documents: list[str], k1: float = 1.5, b: float = 0.75) -> np.ndarray:
    """Okapi BM25 [query, document] with the documents as the collection; a query term counts
    once per occurrence in the query."""
    docs = [Counter(tokens(d)) for d in documents]
    lengths = np.array([sum(d.values()) for d in docs], dtype=float)
    avg = lengths.mean() if len(docs) and lengths.mean() > 0 else 1.0
    df = Counter(term for d in docs for term in d)
    idf = {t: math.log(1 + (len(docs) - n + 0.5) / (n + 0.5)) for t, n in df.items()}
    out = np.zeros((len(queries), len(docs)))
    for i, query in enumerate(queries):
        for term, qtf in Counter(tokens(query)).items():
            if term not in idf:
                continue
            for j, d in enumerate(docs):
                tf = d.get(term, 0)
                if tf:
                    out[i, j] += qtf * idf[term] * tf * (k1 + 1) / (tf + k1 * (1 - b + b * lengths[j] / avg))
    return out


# --- data ---

def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").split("\n") if line.strip()]


def load_set(data_dir: Path) -> tuple[list[dict], dict, dict, dict]:
    """(pairs, resumes by id, postings by id, split) of a dataset folder in the common format."""
    split = json.loads((data_dir / "split.json").read_text("utf-8"))
    if set(split["dev"]) & set(split["test"]):
        raise SystemExit(f"{data_dir}/split.json: groups in both dev and test")
    resumes = {r["id"]: r for r in read_jsonl(data_dir / "resumes.jsonl")}
    postings = {p["id"]: p for p in read_jsonl(data_dir / "postings.jsonl")}
    return read_jsonl(data_dir / "pairs.jsonl"), resumes, postings, split


def select_groups(split: dict, name: str, max_groups: int | None, seed: int) -> list[str]:
    groups = sorted(set(split["dev"]) | set(split["test"])) if name == "all" else sorted(split[name])
    if max_groups and max_groups < len(groups):
        groups = sorted(random.Random(f"{seed}:{name}").sample(groups, max_groups))
    return groups


def sha(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def code_hash() -> str:
    """The source of the Tailor code that reads and scores a pair, and the shipped data its signals
    rest on (calibration, IDF table). Not the combination: the cache keeps each pair's signals and
    the fit is combined from them at read time (`fit_of`), so refitting the combination
    (bench/fit_calibrate.py --combination) re-reads the cache instead of re-scoring."""
    files = sorted(p for d in CODE_DIRS for p in (ROOT / d).rglob("*.py")) + [ROOT / f"tailor/fit/{name}" for name in
                                                                             ("calibration.json", "idf.json")]
    return sha(*(f"{p.relative_to(ROOT)}:{hashlib.sha256(p.read_bytes()).hexdigest()}" for p in files))


@functools.lru_cache(maxsize=8)
def embedder_id(path: Path | None) -> str:
    """What scored a pair: the sha256 of the model folder's files (names and bytes); the bundled
    all-MiniLM-L6-v2 when `path` is None. Cached: a run asks several times, and hashing a 90 MB
    model folder each time is wasted reading."""
    from tailor.index.embeddings import bundled_model_dir

    folder = Path(path) if path else bundled_model_dir()
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    return sha(*(f"{p.relative_to(folder)}:{hashlib.sha256(p.read_bytes()).hexdigest()}" for p in files))


def load_embedder(path: Path | None):
    """The bundled embedder, or a MiniLMEmbedder of `path` whose model id names its files (the
    evidence index and the stored requirement vectors are kept per model id)."""
    from tailor.index.embeddings import MODEL_ID, MiniLMEmbedder, default_embedder

    if path is None:
        return default_embedder()
    embedder = MiniLMEmbedder(Path(path))
    embedder.model_id = f"{MODEL_ID}@{embedder_id(path)[:16]}"
    return embedder


def git_state() -> dict:
    """HEAD and the uncommitted changes under tailor/: the numbers belong to that code."""
    import subprocess

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    return {"head": git("rev-parse", "HEAD"), "dirty": git("status", "--porcelain", "--", "tailor").splitlines()}


# --- reading pairs the way `tailor score` does ---

def blind_resume(rid: str, text: str, work: Path):
    """(BlindResume or None, import note): the text imported as `tailor import` would, then blinded."""
    from tailor.corpus.loader import corpus_from_document
    from tailor.errors import TailorError
    from tailor.fit.blind import blind_view
    from tailor.importer import import_resume

    path = work / f"{re.sub(r'[^A-Za-z0-9_-]', '_', rid)}.txt"
    path.write_text(text, "utf-8")
    try:
        result = import_resume(path)
        corpus = corpus_from_document(result.resume, str(path)).corpus
    except TailorError as exc:
        return None, {"error": str(exc)}
    return blind_view(corpus, source=rid), {"unparsed_lines": len(result.unparsed)}


def read_postings_rows(postings: list[dict], work: Path) -> dict:
    """Posting id -> tailor.fit.inputs.Posting, read from a postings JSONL as `tailor score` reads one."""
    from tailor.fit.inputs import read_postings

    unique: dict[str, list[str]] = {}
    for p in postings:
        unique.setdefault(sha(p.get("title") or "", p["text"]), []).append(p["id"])
    path = work / "postings.jsonl"
    rows = [next(p for p in postings if p["id"] == ids[0]) for ids in unique.values()]
    path.write_text("".join(json.dumps({"title": p.get("title") or "", "text": p["text"]}) + "\n" for p in rows))
    parsed = read_postings([path])
    out = {}
    for ids, posting in zip(unique.values(), parsed):
        out.update({pid: posting for pid in ids})
    return out


def pair_features(pairs: list[dict], resumes: dict, postings: dict, cache_dir: Path, log,
                  embedder: Path | None = None) -> dict:
    """(posting id, resume id) -> {fit, keywords, embed, requirements}, from the cache where the
    same texts were scored by the same code and the same embedder (None: the bundled one) before."""
    cache_file = cache_dir / "pairs.json"
    cache = json.loads(cache_file.read_text()) if cache_file.exists() else {}
    version, model = code_hash(), embedder_id(embedder)

    def key(pid: str, rid: str) -> str:
        p = postings[pid]
        return sha(version, f"embedder:{model}", TODAY.isoformat(), p.get("title") or "", p["text"],
                   resumes[rid]["text"])

    missing = [(r["posting_id"], r["resume_id"]) for r in pairs if key(r["posting_id"], r["resume_id"]) not in cache]
    if missing:
        cache.update(_score_pairs(missing, resumes, postings, cache_dir, key, log, embedder))
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(cache))
        tmp.replace(cache_file)
    return {(r["posting_id"], r["resume_id"]): cache[key(r["posting_id"], r["resume_id"])] for r in pairs}


def _score_pairs(missing, resumes, postings, cache_dir, key, log, embedder_path: Path | None = None) -> dict:
    from tailor.fit.baselines import keyword_share
    from tailor.fit.calibration import load_model
    from tailor.fit.combination import load_combination
    from tailor.fit.lexical import load_background
    from tailor.fit.scorer import ScoreOptions, run_features, score_pair
    from tailor.fit.similarity import ChunkSearch
    from tailor.index.store import open_chroma

    model, embedder = load_model(), load_embedder(embedder_path)
    combination, background = load_combination(), load_background()
    chroma = "chroma" if embedder_path is None else f"chroma-{embedder_id(embedder_path)[:16]}"
    search = ChunkSearch(open_chroma(path=cache_dir / chroma), embedder)
    options = ScoreOptions(today=TODAY)
    by_resume: dict[str, list[str]] = {}
    for pid, rid in missing:
        by_resume.setdefault(rid, []).append(pid)
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        parsed = read_postings_rows([postings[p] for p in sorted({p for p, _ in missing})], work)
        log(f"  ingest: {len(parsed)} postings in {time.perf_counter() - started:.0f}s")
        for n, (rid, pids) in enumerate(sorted(by_resume.items()), 1):
            blind, note = blind_resume(rid, resumes[rid]["text"], work)
            text = blind.text() if blind else ""
            posts = [parsed[p] for p in pids]
            vectors = embedder.encode([p.text for p in posts] + [text])
            embed = vectors[:-1] @ vectors[-1]
            signals, means = [None] * len(posts), [0.0] * len(posts)
            if blind:
                features = run_features(posts, [blind], search, options)
                for i in range(len(posts)):
                    pair = score_pair(features, i, 0, model, combination, background)
                    if any(r.evidence_ids for r in pair.requirements):     # else fit 0, as `tailor score`
                        signals[i] = pair.signals
                    means[i] = pair.requirement_mean
            for i, (pid, posting) in enumerate(zip(pids, posts)):
                out[key(pid, rid)] = {"signals": signals[i], "fit_mean": means[i],
                                      "keywords": keyword_share(posting.job.keywords, text),
                                      "embed": float(embed[i]), "requirements": len(posting.job.requirements),
                                      "blind_chars": len(text), **note}
            if n % 50 == 0:
                log(f"  scored {n}/{len(by_resume)} resumes, {time.perf_counter() - started:.0f}s")
    return out


def fit_of(signals: dict | None, combination=None) -> float:
    """The overall fit (0-100) from a pair's cached signals; 0 without signals: a posting without
    requirements, no evidence for any of them, or a resume the importer could not read (as
    `tailor score` gives)."""
    from tailor.fit.combination import load_combination
    from tailor.fit.signals import PairSignals

    return (combination or load_combination()).fit(PairSignals(**signals)) if signals else 0.0


def build_rows(pairs, resumes, postings, spec: SetSpec, cache_dir: Path, log,
               embedder: Path | None = None) -> list[dict]:
    """One row per labelled pair with its group, positive flag, gain and every system's score."""
    features = pair_features(pairs, resumes, postings, cache_dir, log, embedder)
    pids = sorted({r["posting_id"] for r in pairs})
    rids = sorted({r["resume_id"] for r in pairs})
    blind = {rid: _blind_text(rid, resumes) for rid in rids}
    posting_texts = [_posting_text(postings[p]) for p in pids]
    from tailor.fit.baselines import tfidf_matrix

    tfidf = tfidf_matrix(posting_texts, [blind[r] for r in rids])
    tfidf_raw = tfidf_matrix(posting_texts, [resumes[r]["text"] for r in rids])
    bm25 = bm25_matrix(posting_texts, [blind[r] for r in rids])
    pi, ri = {p: i for i, p in enumerate(pids)}, {r: j for j, r in enumerate(rids)}
    rows = []
    for pair in pairs:
        p, r = pair["posting_id"], pair["resume_id"]
        f = features[p, r]
        rows.append({"posting_id": p, "resume_id": r, "group": r if spec.group_by == "resume" else p,
                     "raw_chars": len(resumes[r]["text"]),
                     "label": pair["label"], "positive": int(pair["label"] == 1),
                     "gain": gain(pair["label"], spec), "features": f,
                     "scores": {"fit": fit_of(f["signals"]), "fit_mean": f["fit_mean"],
                                "tfidf": float(tfidf[pi[p], ri[r]]), "tfidf_raw": float(tfidf_raw[pi[p], ri[r]]),
                                "bm25": float(bm25[pi[p], ri[r]]),
                                "keywords": f["keywords"], "embed": f["embed"], "chance": 0.0}})
    return rows


def _posting_text(posting: dict) -> str:
    """What `tailor score` reads as the posting's text for a JSONL row: the title line, then the text."""
    title = (posting.get("title") or "").strip()
    return (f"{title}\n\n" if title else "") + posting["text"]


def _blind_text(rid: str, resumes: dict) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        blind, _ = blind_resume(rid, resumes[rid]["text"], Path(tmp))
    return blind.text() if blind else ""


# --- report ---

def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _fmt(value, interval=None) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" + (f" [{interval[0]:.3f}, {interval[1]:.3f}]" if interval else "")


def _signed(value, interval) -> str:
    return "-" if value is None else f"{value:+.3f} [{interval[0]:+.3f}, {interval[1]:+.3f}]"


def markdown(title: str, point: dict, intervals: dict) -> str:
    lines = [f"### {title}", "", "| system | ROC AUC | mean per-group AUC | NDCG@10 |", "|---|---|---|---|"]
    for system, m in point.items():
        ci = intervals[system]
        lines.append(f"| {SYSTEMS[system]} | {_fmt(m['roc_auc'], ci['roc_auc'])} | "
                     f"{_fmt(m['group_auc'], ci['group_auc'])} | {_fmt(m['ndcg'], ci['ndcg'])} |")
    lines += ["", "| paired difference | ROC AUC | NDCG@10 |", "|---|---|---|"]
    for other in DIFFS:
        ci = intervals[f"fit-{other}"]
        d = {m: None if point["fit"][m] is None or point[other][m] is None else point["fit"][m] - point[other][m]
             for m in ("roc_auc", "ndcg")}
        lines.append(f"| fit - {other} | {_signed(d['roc_auc'], ci['roc_auc'])} | {_signed(d['ndcg'], ci['ndcg'])} |")
    return "\n".join(lines)


def input_notes(rows: list[dict]) -> dict:
    """What reading the inputs the CLI's way did: import failures, unparsed lines, empty postings."""
    per_resume = {r["resume_id"]: dict(r["features"], raw_chars=r["raw_chars"]) for r in rows}
    per_posting = {r["posting_id"]: r["features"]["requirements"] for r in rows}
    unparsed = [f.get("unparsed_lines", 0) for f in per_resume.values()]
    kept = [f["blind_chars"] / max(f["raw_chars"], 1) for f in per_resume.values()]
    return {"resumes": len(per_resume), "import_failures": sorted(r for r, f in per_resume.items() if "error" in f),
            "resumes_empty_after_import": sorted(r for r, f in per_resume.items() if not f["blind_chars"]),
            "median_share_of_chars_kept": round(float(np.median(kept)), 3) if kept else None,
            "resumes_with_unparsed_lines": sum(u > 0 for u in unparsed),
            "median_unparsed_lines": float(np.median(unparsed)) if unparsed else 0.0,
            "postings": len(per_posting),
            "postings_without_requirements": sorted(p for p, n in per_posting.items() if n == 0),
            "median_requirements": float(np.median(list(per_posting.values()))) if per_posting else 0.0,
            "pairs_with_fit_0": sum(r["scores"]["fit"] == 0 for r in rows)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), required=True)
    parser.add_argument("--data-dir", type=Path, help="dataset folder in the common format (required for rjdb)")
    parser.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    parser.add_argument("--bootstrap", type=int, default=1000)
    parser.add_argument("--max-groups", type=int, help="score a seeded subset of this many groups per split")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="write metrics, intervals, per-pair scores and provenance here")
    parser.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "tailor-fit-eval-real")
    parser.add_argument("--embedder", type=Path,
                        help="sentence-transformers folder to score with (default: the bundled MiniLM)")
    args = parser.parse_args(argv)
    if args.embedder and not (args.embedder / "modules.json").is_file():
        parser.error(f"--embedder {args.embedder}: not a sentence-transformers folder (no modules.json)")

    spec = SETS[args.set]
    data_dir = args.data_dir or spec.data_dir
    if data_dir is None:
        parser.error(f"--set {args.set} needs --data-dir")
    started = time.perf_counter()
    pairs, resumes, postings, split = load_set(data_dir)
    groups = set(select_groups(split, args.split, args.max_groups, args.seed))
    group_of = "resume_id" if spec.group_by == "resume" else "posting_id"
    pairs = [p for p in pairs if p[group_of] in groups]
    rows = build_rows(pairs, resumes, postings, spec, args.cache_dir / args.set, _log, args.embedder)
    systems = list(SYSTEMS)
    point = point_metrics(rows, systems)
    intervals = bootstrap(rows, systems, args.bootstrap, args.seed)
    notes = input_notes(rows)
    seconds = time.perf_counter() - started
    subset = f", seeded subset of {len(groups)} groups" if args.max_groups else ""
    print(markdown(f"{args.set} {args.split}: {len(rows)} pairs ({sum(r['positive'] for r in rows)} positive), "
                   f"{len(groups)} {spec.group_by} groups{subset}", point, intervals))
    print(f"\ninputs: {json.dumps(notes)}\n{args.bootstrap} bootstrap resamples of the groups, {seconds:.0f}s, "
          f"code {code_hash()[:12]} (tailor/, calibration), embedder {args.embedder or 'bundled'} "
          f"{embedder_id(args.embedder)[:12]}, git {git_state()}")
    if args.json:
        from tailor.fit.calibration import load_model
        from tailor.fit.combination import load_combination
        args.json.write_text(json.dumps({
            "set": args.set, "split": args.split, "data_dir": str(data_dir), "groups": sorted(groups),
            "max_groups": args.max_groups, "seed": args.seed, "bootstrap": args.bootstrap,
            "metrics": point, "intervals": intervals, "inputs": notes, "seconds": round(seconds, 1),
            "calibration": load_model().version, "combination": load_combination().to_json(),
            "code_sha256": code_hash(), "git": git_state(),
            "embedder": str(args.embedder or "bundled"), "embedder_sha256": embedder_id(args.embedder),
            "today": TODAY.isoformat(),
            "files_sha256": {f: hashlib.sha256((data_dir / f).read_bytes()).hexdigest()
                             for f in ("pairs.jsonl", "resumes.jsonl", "postings.jsonl", "split.json")},
            "pairs": [{k: r[k] for k in ("posting_id", "resume_id", "label", "scores")} for r in rows]},
            indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
