"""`tailor train eval`: metrics, win rates and the table, on scripted systems (the real run is
the smoke test at the bottom)."""
from __future__ import annotations

import json

import pytest
from fakes import HashingEmbedder, ScriptedModel

from tailor.index.embeddings import CachingEmbedder
from tailor.llm.extractive import ExtractiveModel
from tailor.training.dataset import load_rows
from tailor.training.evaluate import (
    evaluate_systems,
    load_labels,
    main,
    markdown_table,
    relevant_requirements,
    summarise,
    win_rate,
    write_results,
)
from tailor.training.scoring import OutputScore

HELDOUT = [r for r in load_rows() if r.split == "heldout"]


def score(rubric: float, truth: bool = True, verbatim: bool = False, hit=1.0) -> OutputScore:
    return OutputScore(text="Ran 3 audits.", truth=truth, rubric=rubric, keyword_hit=hit,
                       covered=1 if truth else 0, relevant=1, impact=True, valid_json=True,
                       verbatim=verbatim)


def test_win_rate_counts_ties_as_half():
    a = [score(0.9), score(0.5), score(0.2)]
    b = [score(0.5), score(0.5), score(0.4)]
    assert win_rate(a, b) == {"wins": 1, "ties": 1, "losses": 1, "win_rate": 0.5}


def test_summarise_aggregates_per_system():
    m = summarise([score(0.8), score(0.0, truth=False, verbatim=True, hit=None)], 12.0)
    assert m["first_draft_truth_pass_rate"] == 0.5
    assert m["coverage_at_req"] == 0.5
    assert m["keyword_hit_rate"] == 1.0  # the row with no reachable keyword is left out
    assert m["rewritten"] == 0.5 and m["json_validity"] == 1.0
    assert m["mean_rubric"] == 0.4 and m["tokens_per_second"] == 12.0


def test_relevant_requirements_follow_the_labels():
    row = HELDOUT[0]
    labels = {row.source_ids[0]: [1]}
    assert relevant_requirements(row, labels) == [row.requirements[1]]
    assert relevant_requirements(row, {}) == []
    assert set(load_labels()) >= {e.id for r in HELDOUT for e in r.evidence}


def test_scripted_systems_are_ranked_by_the_critic(tmp_path):
    rows = [r for r in HELDOUT if r.kind == "bullet"][:4]
    by_evidence = {r.evidence[0].text: r.output for r in rows}

    def reference(chat):
        asked = chat[-1]["content"].split("\n")[0].removeprefix("Evidence: ")
        return by_evidence.get(asked, "")

    systems = {"sft": ScriptedModel(reference),
               "sft+dpo": ScriptedModel(lambda chat: reference(chat) + " with Salesforce"),
               "extractive": ExtractiveModel()}
    results = evaluate_systems(systems, rows, CachingEmbedder(HashingEmbedder()), load_labels())
    assert results["sft"]["metrics"]["first_draft_truth_pass_rate"] == 1.0
    assert results["sft+dpo"]["metrics"]["first_draft_truth_pass_rate"] == 0.0
    assert results["extractive"]["metrics"]["rewritten"] == 0.0
    write_results(results, rows, "heldout", tmp_path, {})
    metrics = json.loads((tmp_path / "metrics.json").read_text())
    assert metrics["win_rates"]["sft+dpo vs sft"]["win_rate"] == 0.0
    table = (tmp_path / "eval.md").read_text()
    assert table.startswith("| System |") and "| extractive |" in table
    lines = (tmp_path / "outputs.jsonl").read_text().splitlines()
    assert len(lines) == 4 and json.loads(lines[0])["sft"]["truth"] is True
    assert "sft+dpo vs sft: 0.0%" in markdown_table(results, metrics["win_rates"], 4, "heldout")


def test_main_refuses_a_folder_that_is_not_an_adapter(tmp_path, capsys):
    assert main(["--sft-adapter", str(tmp_path), "--output-dir", str(tmp_path / "o")]) == 1
    assert "not a PEFT adapter folder" in capsys.readouterr().err


@pytest.mark.slow
def test_smoke_eval_on_the_real_base_model(tmp_path):
    assert main(["--output-dir", str(tmp_path), "--limit", "3"]) == 0
    metrics = json.loads((tmp_path / "metrics.json").read_text())
    assert set(metrics["systems"]) == {"base", "extractive"}
    assert metrics["systems"]["base"]["rows"] == 3
    assert metrics["systems"]["base"]["tokens_per_second"] > 0
