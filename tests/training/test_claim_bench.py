"""The claim-change benchmark (bench/data/claims): its integrity, and the critic held to its
thresholds on the held-out test split with the real MiniLM embedder."""
import json
from collections import Counter
from pathlib import Path

import pytest

from tailor.training.claim_bench import load_pairs, rates, rejected, verdicts

DATA = Path(__file__).resolve().parents[2] / "bench" / "data" / "claims"
CHANGES = {"ownership", "completion", "skill_level", "scope", "attribution", "role_title",
           "polarity", "superlative", "frequency", "puffery"}
FAITHFUL = {"tense", "first_person", "reorder", "concision", "synonym", "keyword", "downgrade",
            "unchanged"}
KEYS = {"id", "occupation", "split", "item", "evidence", "rewrite", "faithful", "kind", "note"}


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text("utf-8").splitlines() if line]


def test_rows_are_well_formed_and_split_by_occupation():
    dev = [r for f in sorted(DATA.glob("dev*.jsonl")) for r in rows(f.name)]
    test = rows("test.jsonl")
    for r in dev + test:
        assert set(r) == KEYS, r["id"]
        assert r["kind"] in (FAITHFUL if r["faithful"] else CHANGES), r["id"]
        assert r["item"] in ("bullet", "summary") and r["evidence"] and r["rewrite"], r["id"]
    assert {r["split"] for r in dev} == {"dev"} and {r["split"] for r in test} == {"test"}
    assert not {r["occupation"] for r in dev} & {r["occupation"] for r in test}
    assert len({r["id"] for r in dev + test}) == len(dev + test)
    assert len(dev + test) >= 200 and len({r["occupation"] for r in dev + test}) >= 12


def test_every_kind_has_ten_test_pairs():
    counts = Counter(r["kind"] for r in rows("test.jsonl"))
    assert all(counts[k] >= 10 for k in CHANGES), counts


@pytest.fixture(scope="module")
def test_verdicts():
    from tailor.index.embeddings import default_embedder
    pairs = load_pairs(DATA / "test.jsonl")
    return pairs, verdicts(pairs, default_embedder())


def test_critic_meets_its_thresholds_on_the_test_split(test_verdicts):
    pairs, checks = test_verdicts
    table = rates(pairs, {p.id: rejected(checks[p.id], "critic") for p in pairs})
    assert table["all changes"]["rate"] >= 0.90, table
    assert table["all faithful"]["rate"] >= 0.85, table


def test_the_claim_check_is_what_catches_them(test_verdicts):
    """Without the claim check the same critic catches few meaning changes: the thresholds
    above cannot hold by the older checks alone."""
    pairs, checks = test_verdicts
    before = rates(pairs, {p.id: rejected(checks[p.id], "before") for p in pairs})
    claims = rates(pairs, {p.id: rejected(checks[p.id], "claims") for p in pairs})
    assert before["all changes"]["rate"] < 0.5
    assert claims["all changes"]["rate"] >= 0.85 and claims["all faithful"]["rate"] >= 0.90
