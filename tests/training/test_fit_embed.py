"""Fit-embedder fine-tuning (tailor/training/fit_embed.py): the dev split rule, triplet building
on tiny hand-made inputs, the in-house triplets, and a two-step training run on the real bundled
MiniLM (the bundled folder is only read)."""
from __future__ import annotations

import json
import time

import pytest

from tailor.errors import UserInputError
from tailor.training.dataset import load_rows
from tailor.training.fit_embed import (
    FitEmbedSettings,
    assemble,
    group_triplets,
    inhouse_triplets,
    read_triplets,
    removed_words,
    run_fit_embed,
    split_dev_groups,
)
from tailor.training.retrieval_data import load_labels

SPLIT = {"dev": [f"J{n:04d}" for n in range(0, 400, 2)], "test": [f"J{n:04d}" for n in range(1, 400, 2)]}
REQS = ["Customer Service: Experience in helping clients with technical issues.",
        "VMware: Experience in managing VMware environments.",
        "Networking: TCP/IP networking skills."]
POS = [("w0", "Junior Systems Admin (2019 - 2023)"),
       ("skills[0]", "Skills: 1. Analysis, 2. Customer Service, 3. Networking, 4. VMware")]
NEG = [("w0", "Junior Systems Admin (2019 - 2021)"),
       ("skills[0]", "Skills: 1. Analysis, 2. VMware")]


# --- the split ------------------------------------------------------------------------------------

def test_split_is_deterministic_disjoint_and_dev_only():
    train, validation = split_dev_groups(SPLIT)
    assert (train, validation) == split_dev_groups(json.loads(json.dumps(SPLIT)))
    assert not set(train) & set(validation)
    assert set(train) | set(validation) == set(SPLIT["dev"])
    assert not (set(train) | set(validation)) & set(SPLIT["test"])
    assert 0.5 < len(train) / len(SPLIT["dev"]) < 0.7          # 60% by the rule, about


def test_split_does_not_depend_on_the_other_groups():
    train, _ = split_dev_groups(SPLIT)
    fewer = {"dev": SPLIT["dev"][:50], "test": []}
    assert split_dev_groups(fewer)[0] == [g for g in train if g in set(SPLIT["dev"][:50])]


def test_a_group_in_dev_and_test_is_refused():
    with pytest.raises(UserInputError, match="both dev and test"):
        split_dev_groups({"dev": ["J1", "J2"], "test": ["J2"]})


def _write(tmp_path, rows):
    path = tmp_path / "triplets.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_read_triplets_refuses_test_groups_and_the_wrong_side(tmp_path):
    train, validation = split_dev_groups(SPLIT)
    row = {"anchor": "a", "positive": "p", "negative": "n"}
    ok = [{"group": train[0], "split": "train", **row}, {"group": validation[0], "split": "validation", **row}]
    read = read_triplets(_write(tmp_path, ok), SPLIT)
    assert (len(read["train"]), len(read["validation"])) == (1, 1)
    for bad in ({"group": SPLIT["test"][0], "split": "train", **row},      # a test group
                {"group": validation[0], "split": "train", **row}):        # a validation group as train
        with pytest.raises(UserInputError, match="is not a train group"):
            read_triplets(_write(tmp_path, [bad]), SPLIT)


# --- rjdb triplets ----------------------------------------------------------------------------------

def test_triplets_pair_the_requirement_with_the_chunk_that_lost_its_skill():
    assert removed_words(POS[1][1], [t for _, t in NEG]) == {"customer", "service", "networking"}
    assert group_triplets(REQS, POS, NEG) == [(REQS[0], POS[1][1], NEG[1][1]), (REQS[2], POS[1][1], NEG[1][1])]


def test_no_triplet_when_the_weakened_resume_still_has_the_word_elsewhere():
    negatives = [*NEG, ("w1", "Customer service and networking lead for the help desk")]
    assert group_triplets(REQS, POS, negatives) == []


def test_counterpart_is_found_by_shared_words_when_ids_shift():
    positives = [("w1", "Built VMware clusters and Kubernetes platforms for the bank")]
    negatives = [("w0", "Ran the help desk"), ("w1", "Answered phones"),
                 ("w2", "Built VMware clusters for the bank")]
    reqs = ["Kubernetes administration", "VMware"]
    assert group_triplets(reqs, positives, negatives) == [(reqs[0], positives[0][1], negatives[2][1])]


def test_triplets_are_deterministic_and_capped():
    assert group_triplets(REQS, POS, NEG) == group_triplets(list(REQS), list(POS), list(NEG))
    assert group_triplets(REQS, POS, NEG, per_group=1) == [(REQS[0], POS[1][1], NEG[1][1])]
    assert group_triplets(REQS, POS, []) == []
    assert group_triplets(REQS, POS, POS) == []                  # nothing lost: no triplet


def test_assemble_drops_duplicates_and_samples_with_its_seed():
    many = [(f"a{n}", "p", "n") for n in range(50)]
    assert assemble(many[:3], many[:3], 100, 1) == many[:3]
    assert assemble(many, [], 10, 7) == assemble(many, [], 10, 7)
    assert len(assemble(many, [], 10, 7)) == 10


# --- in-house triplets --------------------------------------------------------------------------------

def test_inhouse_triplets_come_from_the_train_split_only_with_unlabelled_negatives():
    rows, labels = load_rows(), load_labels()
    triplets = inhouse_triplets(rows, labels)
    assert triplets
    train_text = {e.text for r in rows if r.split == "train" for e in r.evidence}
    held_text = {e.text for r in rows if r.split == "heldout" for e in r.evidence}
    relevant = {}
    for r in rows:
        if r.split == "train":
            for e in r.evidence:
                relevant.setdefault(e.text, set()).update(r.requirements[i] for i in labels.get(e.id, []))
    for anchor, positive, negative in triplets:
        assert positive in train_text and negative in train_text
        assert positive not in held_text - train_text and negative not in held_text - train_text
        assert anchor in relevant[positive] and anchor not in relevant[negative]
    assert triplets == inhouse_triplets(rows, labels)


# --- a tiny real run ------------------------------------------------------------------------------------

def test_two_training_steps_on_the_real_model(tmp_path):
    from tailor.index.embeddings import MiniLMEmbedder

    triplets = {"train": [(REQS[0], POS[1][1], NEG[1][1]), (REQS[2], POS[1][1], NEG[1][1]),
                          ("Kubernetes administration", "Ran Kubernetes clusters", "Ran the help desk")],
                "validation": [(REQS[0], POS[1][1], NEG[1][1])]}
    settings = FitEmbedSettings(per_device_train_batch_size=2, inhouse=False, logging_steps=1)
    started = time.perf_counter()
    metrics = run_fit_embed(triplets, tmp_path / "out", settings, max_steps=2)
    assert time.perf_counter() - started < 120
    assert metrics["steps"] == 2 and metrics["train_triplets"] == 3
    assert metrics["pretrained"]["rjdb_validation"]["triplets"] == 1
    saved = json.loads((tmp_path / "out/metrics.json").read_text())
    assert saved["split_rule"].startswith("int(sha256('fit-embed-001:'")
    vectors = MiniLMEmbedder(tmp_path / "out/model").encode(["VMware", "Customer Service"])
    assert vectors.shape == (2, 384)
