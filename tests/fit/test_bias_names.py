"""bench/fit_bias_names.py: its statistics on hand-made numbers with known answers, its name list,
and the embedder identity bench/fit_eval_real.py keys its cache with. No scoring here."""
from __future__ import annotations

import pytest

from tests.bench_scripts import bench_script

bias = bench_script("fit_bias_names")
real = bench_script("fit_eval_real")


def test_summarize_known_values():
    s = bias.summarize([0, 0, -2, 1, 0.5, 0, 0, 0, 0, 3])
    assert s["n"] == 10
    assert s["mean"] == pytest.approx(0.65)
    assert s["p50"] == pytest.approx(0.0)
    assert s["max"] == 3.0                         # absolute values: -2 counts as 2
    assert s["share_over_1"] == pytest.approx(0.2)  # 2 and 3; exactly 1 is not over
    assert s["p95"] == pytest.approx(2.55)          # numpy's linear percentile of |values|


def test_summarize_nothing():
    assert bias.summarize([])["mean"] is None


def test_differences_against_the_first_variant():
    scores = {("r", "p1"): {"A": (50.0, [3, 4], [70, 60]), "B": (52.5, [3, 2], [70, 50]),
                            "C": (49.0, [4, 4], [75, 60])},
              ("r", "p2"): {"A": (10.0, [1], [30]), "B": (10.0, [1], [30]), "C": (11.0, [0], [20])}}
    fits, reqs, sims = bias.differences(scores)
    assert fits == [2.5, -1.0, 0.0, 1.0]
    assert reqs == [0, -2, 1, 0, 0, -1]
    assert sims == [0, -10, 5, 0, 0, -10]
    with pytest.raises(ValueError):
        bias.differences({("r", "p"): {"A": (1.0, [1, 2]), "B": (1.0, [1])}})


def test_names_are_many_and_balanced():
    names = [n for n, _ in bias.NAMES]
    assert len(set(names)) == len(names) >= 12
    assert sorted(p for _, p in bias.NAMES).count("she") == len(names) // 2


def test_embedder_id_changes_with_the_model_files(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, weights in ((a, b"1"), (b, b"2")):
        folder.mkdir()
        (folder / "modules.json").write_text("[]")
        (folder / "model.safetensors").write_bytes(weights)
    assert real.embedder_id(a) != real.embedder_id(b)
    assert real.embedder_id(a) == real.embedder_id(a)
    assert real.embedder_id(None) not in (real.embedder_id(a), real.embedder_id(b))
