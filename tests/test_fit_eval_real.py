"""bench/fit_eval_real.py: its metric code on hand-made examples with known answers, and the
consistency of the committed vanetik data. The scorer is never run here."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tests.bench_scripts import bench_script

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench/data/matching/vanetik"


def _bench():
    return bench_script("fit_eval_real")


bench = _bench()


def _row(group, positive, gain, **scores):
    return {"group": group, "positive": positive, "gain": gain, "scores": scores}


def test_auc_counts_pairs_and_ties():
    assert bench.auc([1, 1, 0, 0], [0.9, 0.8, 0.3, 0.1]) == 1.0
    assert bench.auc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]) == 0.0
    # positives 0.8, 0.4; negatives 0.6, 0.4: pairs won 1 + 0 + 1 + 0.5 of 4
    assert bench.auc([1, 0, 1, 0], [0.8, 0.6, 0.4, 0.4]) == pytest.approx(0.625)
    assert bench.auc([1, 1], [0.3, 0.2]) is None


def test_ndcg_uses_graded_gains_and_averages_ties():
    assert bench.ndcg([5, 4, 3, 2, 1], [5, 4, 3, 2, 1]) == pytest.approx(1.0)
    discounts = 1 / np.log2(np.arange(2, 5))
    worst = np.dot([1, 2, 3], discounts) / np.dot([3, 2, 1], discounts)
    assert bench.ndcg([3, 2, 1], [0.1, 0.2, 0.3]) == pytest.approx(worst)
    tied = np.mean([3, 2, 1]) * discounts.sum() / np.dot([3, 2, 1], discounts)
    assert bench.ndcg([3, 2, 1], [0, 0, 0]) == pytest.approx(tied)
    assert bench.ndcg([1, 0], [0.2, 0.9]) == pytest.approx(1 / np.log2(3))
    assert bench.ndcg([0, 0], [0.2, 0.9]) is None


def test_point_metrics_and_bootstrap_on_a_tiny_set():
    rows = [_row("a", 1, 1.0, good=0.9, bad=0.1), _row("a", 0, 0.0, good=0.2, bad=0.8),
            _row("b", 1, 1.0, good=0.7, bad=0.3), _row("b", 0, 0.0, good=0.6, bad=0.4)]
    point = bench.point_metrics(rows, ["good", "bad"])
    assert point["good"] == {"roc_auc": 1.0, "group_auc": 1.0, "ndcg": pytest.approx(1.0)}
    assert point["bad"]["roc_auc"] == 0.0 and point["bad"]["group_auc"] == 0.0
    assert point["bad"]["ndcg"] == pytest.approx(1 / np.log2(3))
    renamed = [dict(r, scores={"fit": r["scores"]["good"], "tfidf": r["scores"]["bad"]}) for r in rows]
    intervals = bench.bootstrap(renamed, ["fit", "tfidf"], 50, diffs=("tfidf",))
    assert intervals["fit"]["group_auc"] == [1.0, 1.0]
    assert intervals["fit-tfidf"]["roc_auc"] == [1.0, 1.0]


def test_bm25_prefers_the_document_with_the_query_terms():
    scores = bench.bm25_matrix(["python django developer"],
                               ["java spring developer", "python and django developer", "chef"])
    assert scores[0].argmax() == 1 and scores[0, 2] == 0.0


def _jsonl(name):
    return [json.loads(line) for line in (DATA / name).read_text("utf-8").split("\n") if line.strip()]


def test_vanetik_files_are_consistent():
    pairs, split = _jsonl("pairs.jsonl"), json.loads((DATA / "split.json").read_text("utf-8"))
    resumes = {r["id"] for r in _jsonl("resumes.jsonl")}
    postings = {p["id"] for p in _jsonl("postings.jsonl")}
    assert all(p["resume_id"] in resumes and p["posting_id"] in postings for p in pairs)
    assert not set(split["dev"]) & set(split["test"])
    assert {p["resume_id"] for p in pairs} == set(split["dev"]) | set(split["test"])
    for rid in {p["resume_id"] for p in pairs}:     # each resume ranks the 5 postings 1..5
        assert sorted(p["label"] for p in pairs if p["resume_id"] == rid) == [1, 2, 3, 4, 5]
    assert (DATA / "LICENSE").read_text("utf-8").lstrip().startswith("GNU GENERAL PUBLIC LICENSE")


def test_fit_is_combined_from_cached_signals_at_read_time():
    """The cache keeps signals, not fits: refitting the combination re-reads it (and the code hash
    that keys it leaves combination.json out), and a pair without signals scores 0."""
    from tailor.fit.combination import Combination

    bench = _bench()
    model = Combination(weights={"requirements": 2.0, "lexical": 1.0}, bias=-1.0, typical={})
    signals = {"requirements": 0.5, "must_have_gaps": 0.0, "lexical": 1.0, "posting_terms": 0.2, "keywords": 0.0,
               "title": 0.0, "years": 0.5}
    assert bench.fit_of(signals, model) == pytest.approx(100 / (1 + np.exp(-1.0)))
    assert bench.fit_of(None, model) == 0.0
    hashed = bench.code_hash()
    assert isinstance(hashed, str) and len(hashed) == 64
