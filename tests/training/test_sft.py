"""LoRA SFT script: settings, row checks, and a smoke run on the real bundled SmolLM2.

The smoke run is the habit for training scripts: the adapter weights changed (PEFT
initialises lora_B to zeros) and the base model's weights did not (byte-identical files).
"""
from __future__ import annotations

import hashlib
import json
import math
import time
from pathlib import Path

import pytest
import yaml

from tailor.errors import UserInputError
from tailor.llm.prompts import BULLET_ASK, SYSTEM
from tailor.training.sft import (
    DEFAULT_CONFIG,
    SFTSettings,
    data_sha256,
    last_checkpoint,
    load_settings,
    main,
    train_sft,
)

PAIRS = [
    ("ran payroll for 120 staff every two weeks in ADP", "payroll, ADP",
     "Ran biweekly payroll for 120 staff in ADP"),
    ("fixed about 30 laptops a week for the sales team", "hardware support",
     "Repaired about 30 laptops a week for the sales team"),
    ("wrote SQL reports that the finance team used monthly", "SQL, reporting",
     "Wrote monthly SQL reports for the finance team"),
    ("trained 5 new cashiers on the POS system", "training, POS",
     "Trained 5 new cashiers on the POS system"),
    ("cut invoice errors by 20% with a new checklist", "accounts payable",
     "Cut invoice errors by 20% by introducing a checklist"),
    ("scheduled deliveries for 12 drivers using Excel", "scheduling, Excel",
     "Scheduled deliveries for 12 drivers in Excel"),
    ("answered 50 customer emails a day in Zendesk", "customer support, Zendesk",
     "Answered 50 customer emails a day in Zendesk"),
    ("kept the stockroom inventory accurate to 99%", "inventory",
     "Kept stockroom inventory 99% accurate"),
]


def row(evidence: str, keywords: str, answer: str) -> dict:
    return {"prompt": [{"role": "system", "content": SYSTEM},
                       {"role": "user", "content": BULLET_ASK.format(evidence=evidence,
                                                                     keywords=keywords)}],
            "completion": [{"role": "assistant", "content": answer}]}


ROWS = [row(*p) for p in PAIRS]


# --- fast ----------------------------------------------------------------------------------------

def test_default_config_matches_dataclass_defaults():
    assert load_settings(DEFAULT_CONFIG) == SFTSettings()
    s = SFTSettings()
    assert (s.lora_r, s.lora_alpha, s.lora_dropout) == (16, 32, 0.05)
    assert s.target_modules == ["q_proj", "k_proj", "v_proj", "o_proj"]
    assert (s.learning_rate, s.lr_scheduler_type, s.num_train_epochs) == (2e-4, "cosine", 3)
    assert (s.per_device_train_batch_size, s.max_length, s.seed) == (4, 384, 42)


def test_unknown_setting_is_refused(tmp_path):
    cfg = tmp_path / "sft.yaml"
    cfg.write_text("lora_r: 8\nlearning_rte: 0.1\n")
    with pytest.raises(UserInputError, match="learning_rte"):
        load_settings(cfg)


def test_data_hash_is_canonical():
    reordered = [{"completion": r["completion"], "prompt": r["prompt"]} for r in ROWS]
    assert data_sha256(ROWS) == data_sha256(reordered)
    assert data_sha256(ROWS) != data_sha256(ROWS[:-1])


def test_pii_rows_are_refused_without_echoing_the_pii(tmp_path):
    bad = row("emailed vendors from jane.doe@example.com about 40 orders", "vendors",
              "Emailed vendors about 40 orders")
    with pytest.raises(UserInputError) as err:
        train_sft(ROWS + [bad], tmp_path / "out", SFTSettings(),
                  base_model_dir=tmp_path / "never-loaded")
    message = str(err.value)
    assert "row 9" in message and "email" in message
    assert "jane.doe@example.com" not in message
    assert not (tmp_path / "out").exists()


def test_malformed_rows_are_refused(tmp_path):
    with pytest.raises(UserInputError, match="row 1, field completion"):
        train_sft([{"prompt": ROWS[0]["prompt"], "completion": "text"}], tmp_path,
                  SFTSettings(), base_model_dir=tmp_path)


def test_main_reports_bad_input_without_traceback(tmp_path, capsys):
    data = tmp_path / "rows.jsonl"
    data.write_text(json.dumps(row("call me at 415-555-0117", "phones", "Answered phones")) + "\n")
    assert main(["--data", str(data), "--output-dir", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "phone" in err and "415-555-0117" not in err


# --- slow: the real model ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def base_model(tmp_path_factory) -> Path:
    from tailor.llm.local import bundled_gguf, converted_folder
    folder, _ = converted_folder(bundled_gguf(), tmp_path_factory.mktemp("model-cache"))
    return folder


def weights_digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.glob("*.safetensors"))}


@pytest.fixture(scope="module")
def smoke_run(base_model, tmp_path_factory):
    settings = SFTSettings(lora_r=4, lora_alpha=8, per_device_train_batch_size=4, max_length=128,
                           save_steps=2, logging_steps=1)
    out = tmp_path_factory.mktemp("sft-run")
    before = weights_digest(base_model)
    started = time.perf_counter()
    adapter = train_sft(ROWS, out, settings, base_model_dir=base_model, max_steps=3)
    elapsed = time.perf_counter() - started
    return {"out": out, "adapter": adapter, "settings": settings, "before": before,
            "elapsed": elapsed}


@pytest.mark.slow
def test_smoke_run_trains_the_adapter_and_leaves_the_base_alone(smoke_run, base_model):
    out, adapter = smoke_run["out"], smoke_run["adapter"]
    assert adapter == out / "adapter"
    assert (adapter / "adapter_config.json").is_file()
    assert (adapter / "adapter_model.safetensors").is_file()

    state = json.loads((last_checkpoint(out) / "trainer_state.json").read_text())
    losses = [e["loss"] for e in state["log_history"] if "loss" in e]
    assert state["global_step"] == 3 and losses and all(math.isfinite(x) for x in losses)
    step_times = smoke_run["elapsed"] / 3
    print(f"\nSFT smoke: {step_times:.2f} s/step (incl. load), losses {losses}")

    from safetensors.torch import load_file
    weights = load_file(adapter / "adapter_model.safetensors")
    lora_b = {k: v for k, v in weights.items() if "lora_B" in k}
    assert lora_b and any(bool(v.abs().sum() > 0) for v in lora_b.values())

    assert weights_digest(base_model) == smoke_run["before"]
    assert (out / "data.sha256").read_text().strip() == data_sha256(ROWS)
    saved = yaml.safe_load((out / "training_config.yaml").read_text())
    assert SFTSettings(**saved) == smoke_run["settings"]


@pytest.mark.slow
def test_resume_continues_from_the_last_checkpoint(smoke_run, base_model):
    out = smoke_run["out"]
    assert last_checkpoint(out).name == "checkpoint-3"
    train_sft(ROWS, out, smoke_run["settings"], base_model_dir=base_model, max_steps=5,
              resume=True)
    state = json.loads((last_checkpoint(out) / "trainer_state.json").read_text())
    assert state["global_step"] == 5
    # resumed, not restarted: the log still holds the first run's steps 1-3
    assert [e["step"] for e in state["log_history"] if "loss" in e][:3] == [1, 2, 3]


@pytest.mark.slow
def test_loss_is_on_the_completion_tokens_only(base_model, tmp_path):
    from tailor.training.sft import _build_trainer
    trainer = _build_trainer(ROWS[:1], tmp_path, SFTSettings(), base_model, 1, "cpu")
    example = trainer.train_dataset[0]
    learned = [t for t in example["labels"] if t != -100]
    assert len(learned) < len(example["input_ids"])
    text = trainer.processing_class.decode(learned)
    assert text.startswith(PAIRS[0][2]) and SYSTEM not in text
    assert trainer.args.bf16 is False and trainer.args.use_cpu is True
