"""Retrieval-embedder fine-tuning: settings, relevance labels, pairs, metrics, and a smoke run on
the real bundled MiniLM (weights change, the bundled folder is never written)."""
from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

import numpy as np
import pytest

from tailor.errors import UserInputError
from tailor.training.dataset import load_rows
from tailor.training.embed import DEFAULT_CONFIG, EmbedSettings, load_settings, main, run_embed
from tailor.training.retrieval_data import EvalSet, heldout_eval_set, label_problems, load_labels, training_pairs
from tailor.training.retrieval_metrics import (
    average_precision_at_k,
    evaluate,
    is_better,
    recall_at_k,
    reciprocal_rank_at_k,
    retrieval_metrics,
)

ROWS = load_rows()
LABELED = load_labels()


# --- settings ------------------------------------------------------------------------------------

def test_default_config_matches_dataclass_defaults():
    assert load_settings(DEFAULT_CONFIG) == EmbedSettings()
    s = EmbedSettings()
    assert (s.learning_rate, s.num_train_epochs, s.per_device_train_batch_size) == (2e-5, 4, 16)
    assert (s.top_k, s.seed) == (10, 42)


@pytest.mark.parametrize("text, needle", [
    ("learning_rte: 0.1\n", "learning_rte"),
    ("learning_rate: 2e-5\n", "learning_rate"),  # PyYAML reads this as a string
    ("per_device_train_batch_size: 1\n", "per_device_train_batch_size"),
    ("top_k: 0\n", "top_k"),
    ("- a list\n", "mapping"),
])
def test_bad_settings_are_refused(tmp_path, text, needle):
    cfg = tmp_path / "embed.yaml"
    cfg.write_text(text)
    with pytest.raises(UserInputError, match=needle):
        load_settings(cfg)


def test_main_reports_a_bad_config_without_traceback(tmp_path, capsys):
    cfg = tmp_path / "embed.yaml"
    cfg.write_text("scale: hot\n")
    assert main(["--config", str(cfg), "--output-dir", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error:") and "scale" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


# --- labels --------------------------------------------------------------------------------------

def test_every_shipped_evidence_bullet_has_a_valid_label():
    ids = {e.id for row in ROWS for e in row.evidence}
    assert ids == set(LABELED)
    assert label_problems(ROWS, LABELED) == []
    assert len(ids) == 276  # 46 persons x 6 bullets


def test_every_heldout_requirement_has_relevant_heldout_evidence():
    evalset = heldout_eval_set(ROWS, LABELED)
    held_occs = {r.occupation for r in ROWS if r.split == "heldout"}
    assert len(evalset.queries) == 3 * len(held_occs) == 18
    assert all(evalset.relevant[q] for q, _ in evalset.queries)
    assert len(evalset.pool) == 60  # 10 held-out persons x 6 bullets


def test_label_problems_are_found():
    labels = dict(LABELED)
    del labels["book-01-e1"]
    labels["book-01-e2"] = [3]
    labels["nobody-e1"] = [0]
    problems = label_problems(ROWS, labels)
    assert "book-01-e1: no label" in problems
    assert any(p.startswith("book-01-e2: index [3]") for p in problems)
    assert "nobody-e1: not an evidence id of the dataset" in problems


@pytest.mark.parametrize("text", ["{not json", '["book-01-e1"]', '{"book-01-e1": "0"}'])
def test_malformed_label_files_are_refused(tmp_path, text):
    path = tmp_path / "labels.json"
    path.write_text(text)
    with pytest.raises(UserInputError):
        load_labels(path)


# --- pairs and the evaluation set -----------------------------------------------------------------

def test_pairs_come_from_the_train_split_only():
    pairs = training_pairs(ROWS, LABELED)
    train_text = {e.text for r in ROWS if r.split == "train" for e in r.evidence}
    held_text = {e.text for r in ROWS if r.split == "heldout" for e in r.evidence}
    assert pairs and len(pairs) == len(set(pairs))
    assert {p for _, p in pairs} <= train_text
    assert not {p for _, p in pairs} & held_text
    assert not {a for a, _ in pairs} & held_text
    train_reqs = {q for r in ROWS if r.split == "train" for q in r.requirements}
    assert {a for a, _ in pairs} <= train_reqs
    # a bullet labelled [] gives no pair; one labelled [0, 1] gives two
    assert not any(p.startswith("answered the accounts payable inbox") for _, p in pairs)
    po = [a for a, p in pairs if p.startswith("priorities were set in meetings")]
    assert len(po) == 2


def test_pairs_ignore_heldout_rows_even_when_labelled():
    held = [r for r in ROWS if r.split == "heldout"]
    assert training_pairs(held, LABELED) == []


def test_eval_set_pools_every_heldout_person():
    evalset = heldout_eval_set(ROWS, LABELED)
    persons = {eid.rsplit("-e", 1)[0] for eid, _ in evalset.pool}
    assert persons == {"ap-02", "cdl-02", "hoa-01", "hoa-02", "reg-01", "reg-02",
                       "elec-01", "elec-02", "hvac-01", "hvac-02"}
    assert evalset.relevant["regulatory_affairs#1"] == {"reg-01-e2", "reg-02-e1", "reg-02-e2"}


# --- metrics -------------------------------------------------------------------------------------

def test_metrics_on_a_hand_made_ranking():
    ranked = ["a", "b", "c", "d", "e"]
    relevant = {"b", "d"}
    assert recall_at_k(ranked, relevant, 3) == 0.5       # only b in the first 3
    assert recall_at_k(ranked, relevant, 4) == 1.0
    assert reciprocal_rank_at_k(ranked, relevant, 3) == 0.5  # first hit at rank 2
    assert reciprocal_rank_at_k(ranked, {"e"}, 4) == 0.0     # beyond the cut-off
    assert average_precision_at_k(ranked, relevant, 4) == pytest.approx((1 / 2 + 2 / 4) / 2)
    assert average_precision_at_k(ranked, relevant, 3) == pytest.approx((1 / 2) / 2)
    assert recall_at_k(ranked, set(), 3) == reciprocal_rank_at_k(ranked, set(), 3) == 0.0


def test_metric_means_over_queries():
    out = retrieval_metrics({"q1": ["a", "b"], "q2": ["c", "d"]},
                            {"q1": {"a"}, "q2": {"d"}}, k=2)
    assert out["recall@2"] == 1.0
    assert out["mrr@2"] == pytest.approx((1 + 1 / 2) / 2)
    assert out["map@2"] == pytest.approx((1 + 1 / 2) / 2)
    assert out["per_query"]["q2"] == {"recall@2": 1.0, "rr@2": 0.5, "ap@2": 0.5}


def test_evaluate_ranks_by_cosine_with_a_known_encoder():
    vectors = {"cats": [1, 0], "dogs": [0, 1],
               "tabby": [0.9, 0.1], "puppy": [0.2, 0.8], "kitten": [0.6, 0.4]}

    def encode(texts):
        v = np.array([vectors[t] for t in texts], dtype=np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    evalset = EvalSet(queries=[("q-cat", "cats"), ("q-dog", "dogs")],
                      pool=[("p1", "puppy"), ("p2", "kitten"), ("p3", "tabby")],
                      relevant={"q-cat": {"p2"}, "q-dog": {"p1"}})
    out = evaluate(encode, evalset, k=1)
    # cats: tabby > kitten > puppy, so the kitten is at rank 2 (outside k=1); dogs: puppy first
    assert out["per_query"]["q-cat"] == {"recall@1": 0.0, "rr@1": 0.0, "ap@1": 0.0}
    assert out["per_query"]["q-dog"] == {"recall@1": 1.0, "rr@1": 1.0, "ap@1": 1.0}
    assert evaluate(encode, evalset, k=2)["mrr@2"] == pytest.approx((1 / 2 + 1) / 2)


def test_better_needs_higher_mrr_and_no_lower_recall():
    base = {"recall@10": 0.8, "mrr@10": 0.7}
    assert is_better(base, {"recall@10": 0.8, "mrr@10": 0.75}, 10)
    assert not is_better(base, {"recall@10": 0.79, "mrr@10": 0.9}, 10)
    assert not is_better(base, {"recall@10": 0.9, "mrr@10": 0.7}, 10)


# --- slow: the real bundled model -----------------------------------------------------------------

def folder_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_smoke_run_trains_and_leaves_the_bundled_model_alone(tmp_path):
    from safetensors.torch import load_file

    from tailor.index.embeddings import bundled_model_dir

    base = bundled_model_dir()
    before = folder_digest(base)
    tiny = [r for r in ROWS if r.person in {"book-01", "swe-01", "disp-01"}
            or r.split == "heldout"]
    settings = EmbedSettings(per_device_train_batch_size=4, logging_steps=1)
    out = tmp_path / "run"
    metrics = run_embed(tiny, LABELED, out, settings, max_steps=3)

    assert metrics["steps"] == 3
    assert len(metrics["losses"]) == 3 and all(math.isfinite(x) for x in metrics["losses"])
    assert math.isfinite(metrics["train_loss"])

    trained = load_file(out / "model" / "model.safetensors")
    original = load_file(base / "model.safetensors")
    shared = [k for k in trained if k in original]
    assert shared and any(not (trained[k] == original[k]).all() for k in shared)
    assert folder_digest(base) == before

    saved = json.loads((out / "metrics.json").read_text())
    for model in ("pretrained", "finetuned"):
        assert set(saved[model]) == {"recall@10", "mrr@10", "map@10"}
        assert all(0 <= v <= 1 for v in saved[model].values())
    assert saved["heldout_queries"] == 18 and saved["pool"] == 60
    assert saved["train_pairs"] == len(training_pairs(tiny, LABELED))
    assert isinstance(saved["better"], bool)
    assert "| fine-tuned |" in (out / "eval.md").read_text()
    assert not (out / ".trainer").exists() and not (out / ".model.partial").exists()

    from tailor.index.embeddings import MiniLMEmbedder
    vectors = MiniLMEmbedder(out / "model").encode(["reconciled bank accounts"])
    assert vectors.shape == (1, 384)
