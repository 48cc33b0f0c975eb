"""DPO: pair selection from critic scores, the pairs file, and a smoke run on the real model.

The smoke run is the habit for training scripts, run through the command's `main`
(mine with the real SFT-shaped adapter, write pairs.jsonl, train a few steps): every pair has
chosen != rejected, the loss is finite, the adapter changed, the base model's files did not.
"""
from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

import pytest
import yaml
from fakes import HashingEmbedder

from tailor.errors import UserInputError
from tailor.training.dataset import chat_messages, load_rows
from tailor.training.dpo import (
    DEFAULT_CONFIG,
    DPOSettings,
    check_pairs,
    curated_pairs,
    load_settings,
    main,
    mine_pairs,
    pairs_from_scores,
)

TRAIN = [r for r in load_rows() if r.split == "train"]
PROMPT = [{"role": "user", "content": "Evidence: x\nKeywords: none"}]


def test_default_config_matches_dataclass_defaults():
    assert load_settings(DEFAULT_CONFIG, DPOSettings) == DPOSettings()


def test_best_truthful_variant_is_chosen_against_clearly_worse_ones():
    scored = [("good", 0.9, True), ("close", 0.8, True), ("bad", 0.5, True), ("false", 0.0, False)]
    pairs = pairs_from_scores(PROMPT, scored, margin=0.15, per_prompt=2)
    assert [(r["chosen"][0]["content"], r["rejected"][0]["content"]) for r, _ in pairs] == [
        ("good", "false"), ("good", "bad")]  # worst first; "close" is within the margin
    assert all(r["prompt"] == PROMPT for r, _ in pairs)
    assert pairs[0][1] == {"source": "critic", "chosen_score": 0.9, "rejected_score": 0.0}


def test_no_pair_when_the_best_variant_is_untrue_or_all_are_alike():
    assert pairs_from_scores(PROMPT, [("a", 0.0, False), ("b", 0.0, False)], 0.15, 2) == []
    assert pairs_from_scores(PROMPT, [("a", 0.7, True), ("b", 0.65, True)], 0.15, 2) == []
    assert pairs_from_scores(PROMPT, [], 0.15, 2) == []


def test_curated_pairs_prefer_the_reference_over_each_counterexample():
    pairs = curated_pairs(TRAIN[:5])
    assert len(pairs) == sum(len(r.rejected) for r in TRAIN[:5])
    row, info = pairs[0]
    assert row["chosen"][0]["content"] == TRAIN[0].output
    assert row["rejected"][0]["content"] == TRAIN[0].rejected[0].text
    assert row["prompt"] == chat_messages(TRAIN[0], with_answer=False)
    assert info == {"source": "curated", "reason": TRAIN[0].rejected[0].reason}
    check_pairs([r for r, _ in curated_pairs(TRAIN)])


def test_curated_pairs_can_be_only_the_claim_inflations():
    pairs = curated_pairs(TRAIN, ["claim"])
    assert len(pairs) == sum(r.reason.startswith("claim") for row in TRAIN for r in row.rejected)
    assert pairs and all(info["reason"].startswith("claim: ") for _, info in pairs)


def test_check_pairs_refuses_equal_answers_and_pii():
    same = {"prompt": PROMPT, "chosen": [{"role": "assistant", "content": "Ran payroll"}],
            "rejected": [{"role": "assistant", "content": "Ran payroll "}]}
    with pytest.raises(UserInputError, match="chosen == rejected"):
        check_pairs([same])
    pii = dict(same, rejected=[{"role": "assistant", "content": "Mail jo@example.com"}])
    with pytest.raises(UserInputError, match="PII") as err:
        check_pairs([pii])
    assert "jo@example.com" not in str(err.value)
    with pytest.raises(UserInputError, match="exactly the keys prompt, chosen, rejected"):
        check_pairs([{"prompt": PROMPT, "completion": same["chosen"]}])


class VariantModel:
    """Greedy answer: the reference output; samples: the reference, an invented tool, an echo."""

    rewrites = True

    def __init__(self, rows):
        self.by_prompt = {json.dumps(chat_messages(r, with_answer=False)): r for r in rows}

    def complete(self, chats, max_new_tokens=80, evidence=None):
        return [self.by_prompt[json.dumps(c)].output for c in chats]

    def sample(self, chats, n, *, seed=0, max_new_tokens=80, evidence=None, **_):
        out = []
        for chat in chats:
            row = self.by_prompt[json.dumps(chat)]
            out.append([row.output, row.output + " in Salesforce", "I did it"][:n])
        return out


def test_mining_ranks_the_models_variants_with_the_critic():
    rows = [r for r in TRAIN if r.kind == "bullet"][:3]
    pairs = mine_pairs(VariantModel(rows), rows, HashingEmbedder(), DPOSettings(samples=3))
    assert pairs, "an invented tool and a first-person fragment must lose to the reference"
    for row, info in pairs:
        assert row["chosen"][0]["content"] in {r.output for r in rows}
        assert row["rejected"][0]["content"] != row["chosen"][0]["content"]
        assert info["chosen_score"] - info["rejected_score"] >= 0.15
    assert any(r["rejected"][0]["content"].endswith("in Salesforce") for r, _ in pairs)


def test_feedback_pairs_are_scrubbed_of_the_persons_name(scripted_run, tmp_path):
    from tailor.training import feedback as fb
    from tailor.training.dpo import feedback_pairs
    from tailor.training.pii import check_rows

    run = fb.load_run(scripted_run[0].out_dir)
    item = next(i for i in run.resume.items() if i.origin == "model")
    store = tmp_path / "fb.sqlite"
    fb.record(store, run, [fb.make_preference(run, item.id, "reject")])
    pairs = feedback_pairs(store)
    assert [info for _, info in pairs] == [{"source": "feedback"}]
    name = run.corpus.basics.name
    assert name not in json.dumps(pairs[0][0])
    assert check_rows([pairs[0][0]], [name]) == []
    check_pairs([pairs[0][0]])


def test_main_refuses_a_folder_that_is_not_an_adapter(tmp_path, capsys):
    assert main(["--sft-adapter", str(tmp_path), "--output-dir", str(tmp_path / "o")]) == 1
    assert "adapter_config.json" in capsys.readouterr().err


def test_main_trains_on_a_given_pairs_file_only_after_checking_it(tmp_path, capsys):
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text("{}")
    bad = tmp_path / "pairs.jsonl"
    row = {"prompt": PROMPT, "chosen": [{"role": "assistant", "content": "same"}],
           "rejected": [{"role": "assistant", "content": "same"}]}
    bad.write_text(json.dumps(row) + "\n")
    code = main(["--sft-adapter", str(adapter), "--output-dir", str(tmp_path / "o"),
                 "--pairs", str(bad), "--base-model", str(tmp_path / "never-loaded")])
    assert code == 1 and "chosen == rejected" in capsys.readouterr().err


# --- slow: the real model ------------------------------------------------------------------------

def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.glob("*.safetensors"))}


@pytest.fixture(scope="module")
def base_model(tmp_path_factory) -> Path:
    from tailor.llm.local import bundled_gguf, converted_folder
    folder, _ = converted_folder(bundled_gguf(), tmp_path_factory.mktemp("model-cache"))
    return folder


@pytest.fixture(scope="module")
def sft_adapter(base_model, tmp_path_factory) -> Path:
    """A LoRA adapter shaped like `tailor train sft`'s, with non-zero B so it differs from base."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(base_model, local_files_only=True)
    peft = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"],
                                            task_type="CAUSAL_LM"))
    with torch.no_grad():
        for name, p in peft.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 1e-3)
    folder = tmp_path_factory.mktemp("sft") / "adapter"
    peft.save_pretrained(folder)
    return folder


@pytest.mark.slow
def test_smoke_mine_and_train(base_model, sft_adapter, tmp_path):
    from safetensors.torch import load_file

    config = tmp_path / "dpo.yaml"
    config.write_text(yaml.safe_dump({"samples": 2, "per_device_train_batch_size": 2,
                                      "with_counterexamples": True,
                                      "max_length": 320, "logging_steps": 1, "save_steps": 2}))
    before = _digest(base_model)
    out = tmp_path / "dpo"
    code = main(["--config", str(config), "--sft-adapter", str(sft_adapter),
                 "--output-dir", str(out), "--base-model", str(base_model), "--limit", "2",
                 "--max-steps", "2", "--no-feedback"])
    assert code == 0

    rows = [json.loads(line) for line in (out / "pairs.jsonl").read_text().splitlines()]
    meta = [json.loads(line) for line in (out / "pairs.meta.jsonl").read_text().splitlines()]
    assert rows and len(rows) == len(meta)
    assert all(r["chosen"][0]["content"] != r["rejected"][0]["content"] for r in rows)
    assert {m["source"] for m in meta} >= {"curated"}

    state = json.loads(next((out / "checkpoints").glob("checkpoint-*/trainer_state.json"))
                       .read_text())
    losses = [e["loss"] for e in state["log_history"] if "loss" in e]
    assert state["global_step"] == 2 and losses and all(math.isfinite(x) for x in losses)

    trained = load_file(out / "adapter" / "adapter_model.safetensors")
    start = load_file(sft_adapter / "adapter_model.safetensors")
    assert trained.keys() == start.keys(), "only the trained adapter is saved, not TRL's 'ref'"
    assert any(not bool((trained[k] == start[k]).all()) for k in start)
    assert _digest(base_model) == before
    assert (out / "data.sha256").is_file()
