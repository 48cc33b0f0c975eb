"""Supervised fine-tuning (LoRA) of the local writer model on bullet rewrites, shaped like TRL's
``trl/scripts/sft.py``.

Usage::

    python -m tailor.training.sft \\
        --config tailor/training/configs/sft.yaml \\
        [--data sft.jsonl]  # default: the curated train split in tailor/training/data \\
        --output-dir runs/sft-001 \\
        [--max-steps 100] [--resume] [--device cpu]

Each line of ``--data`` is one row in TRL's *conversational prompt-completion* format::

    {"prompt": [{"role": "system", "content": "..."}, {"role": "user", "content": "..."}],
     "completion": [{"role": "assistant", "content": "..."}]}

Why prompt-completion: docs/ARCHITECTURE.md ("Models on these machines") measured that a LoRA trained with
loss on the whole chat learns the format but keeps inventing terms; the loss belongs on the answer
tokens only, which TRL's ``SFTTrainer`` does by default for prompt-completion rows
(``completion_only_loss=None``).

Output folder::

    output_dir/checkpoints/checkpoint-N/   Trainer checkpoints every ``save_steps`` (for --resume)
    output_dir/adapter/                    PEFT adapter (adapter_config.json, adapter_model.safetensors)
    output_dir/training_config.yaml        the settings this run used
    output_dir/data.sha256                 sha256 of the rows' canonical JSON (which data made it)

The base model (by default the bundled SmolLM2, converted once into a plain HF folder by
``tailor.llm.local.converted_folder``) is only read, never written: the adapter is all we save.
Rows are refused if they still contain PII (docs/ARCHITECTURE.md "Security rules").
"""
from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no model hub here; never try to reach one

import argparse
import dataclasses
import hashlib
import json
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tailor.errors import UserInputError
from tailor.training.pii import PLACEHOLDERS, check_rows

__all__ = ["SFTSettings", "data_sha256", "load_settings", "main", "train_sft"]

DEFAULT_CONFIG = Path(__file__).parent / "configs" / "sft.yaml"
CHECKPOINTS = "checkpoints"
ADAPTER = "adapter"
_ROLES = {"system", "user", "assistant"}


@dataclass
class SFTSettings:
    """Everything that shapes a run; saved next to the adapter as ``training_config.yaml``."""

    # LoRA
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    target_modules: list[str] = field(
        default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"])
    # optimisation
    learning_rate: float = 2e-4
    lr_scheduler_type: str = "cosine"
    warmup_steps: float = 0  # an int counts steps; a float in [0, 1) is a ratio of all steps
    num_train_epochs: float = 3.0
    per_device_train_batch_size: int = 4
    gradient_accumulation_steps: int = 1
    max_length: int = 384
    seed: int = 42
    # Off by default: for a 135M model on CPU, recomputing activations costs more than it saves.
    gradient_checkpointing: bool = False
    # bookkeeping
    save_steps: int = 50
    save_total_limit: int | None = 3
    logging_steps: int = 10


def load_settings(path: Path | str, kind: type = SFTSettings):
    """Read a YAML config into the settings dataclass `kind`; unknown keys are an error (a typo
    must not silently use a default)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise UserInputError(f"cannot read the config: {exc.strerror}", file=str(path)) from exc
    except yaml.YAMLError as exc:
        raise UserInputError(f"not valid YAML: {exc}", file=str(path)) from exc
    if not isinstance(data, dict):
        raise UserInputError("the config must be a mapping of setting: value", file=str(path))
    known = {f.name for f in dataclasses.fields(kind)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise UserInputError(f"unknown setting(s): {', '.join(unknown)}", file=str(path),
                             hint=f"known settings: {', '.join(sorted(known))}")
    return kind(**data)


def data_sha256(rows: list[dict]) -> str:
    """sha256 of the rows' canonical JSON (sorted keys, no spaces, UTF-8): names the data."""
    canonical = json.dumps(rows, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UserInputError(f"cannot read the data: {exc.strerror}", file=str(path)) from exc
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise UserInputError(f"line {n} is not JSON: {exc.msg}", file=str(path)) from exc
    return rows


def check_training_rows(rows: list[dict], source: str = "",
                        answers: tuple[str, ...] = ("completion",)) -> None:
    """Refuse malformed rows and rows with PII, listing every problem (PII itself masked).

    A row is {"prompt": [messages], <answer>: [one assistant message], ...} with exactly the
    answer keys given: ("completion",) for SFT, ("chosen", "rejected") for DPO.
    """
    if not rows:
        raise UserInputError("no training rows", file=source)
    problems = [p for n, row in enumerate(rows, start=1) for p in _shape_problems(n, row, answers)]
    if problems:
        example = ", ".join(f'"{a}": [{{"role": "assistant", "content": "..."}}]' for a in answers)
        raise UserInputError(listing("malformed row(s)", problems), file=source,
                             hint=f'each row: {{"prompt": [messages], {example}}}')
    pii = [mask_pii(p) for p in check_rows(rows)]
    if pii:
        raise UserInputError(listing("row(s) containing PII", pii), file=source,
                             hint="scrub the data first (tailor.training.pii.scrub_record)")


def _shape_problems(n: int, row: object, answers: tuple[str, ...]) -> list[str]:
    keys = ("prompt", *answers)
    if not isinstance(row, dict) or set(row) != set(keys):
        return [f"row {n}: must have exactly the keys {', '.join(keys)}"]
    out = []
    for key in keys:
        msgs = row[key]
        if not isinstance(msgs, list) or not msgs or not all(
                isinstance(m, dict) and m.get("role") in _ROLES
                and isinstance(m.get("content"), str) for m in msgs):
            out.append(f"row {n}, field {key}: must be a non-empty list of "
                       '{"role", "content"} messages')
        elif key != "prompt" and [m["role"] for m in msgs] != ["assistant"]:
            out.append(f"row {n}, field {key}: must be one assistant message")
    return out


_PII_PROBLEM = re.compile(rf"^(row \d+, field .+?: (?:{'|'.join(PLACEHOLDERS)})) ")


def mask_pii(problem: str) -> str:
    """``row 3, field prompt[1].content: email 'a@b.com'`` -> ``... : email`` (no PII in logs)."""
    m = _PII_PROBLEM.match(problem)
    return m.group(1) if m else problem.split(":", 1)[0] + ": PII"


def listing(what: str, problems: list[str], limit: int = 20) -> str:
    shown = "\n".join(f"  - {p}" for p in problems[:limit])
    more = f"\n  ... and {len(problems) - limit} more" if len(problems) > limit else ""
    return f"{len(problems)} {what}:\n{shown}{more}"


def default_base_model() -> Path:
    """The bundled SmolLM2, converted once into a plain HF folder (the Trainer refuses GGUF)."""
    from tailor.llm.local import bundled_gguf, converted_folder
    return converted_folder(bundled_gguf())[0]


def last_checkpoint(output_dir: Path) -> Path | None:
    from transformers.trainer_utils import get_last_checkpoint
    folder = output_dir / CHECKPOINTS
    found = get_last_checkpoint(str(folder)) if folder.is_dir() else None
    return Path(found) if found else None


def train_sft(rows: list[dict], output_dir: Path, settings: SFTSettings,
              base_model_dir: Path | None = None, max_steps: int | None = None,
              resume: bool = False, device: str = "cpu") -> Path:
    """Train a LoRA adapter on prompt-completion `rows`; returns the adapter folder.

    `max_steps` overrides the epochs (smoke runs); `resume` continues from the last checkpoint in
    ``output_dir/checkpoints`` when there is one (and starts fresh when there is none).
    """
    check_training_rows(rows)
    output_dir = Path(output_dir)
    base = Path(base_model_dir) if base_model_dir else default_base_model()
    trainer = _build_trainer(rows, output_dir, settings, base, max_steps, device)
    checkpoint = last_checkpoint(output_dir) if resume else None
    trainer.train(resume_from_checkpoint=str(checkpoint) if checkpoint else None)
    return save_outputs(trainer, rows, output_dir, settings)


def _build_trainer(rows, output_dir: Path, settings: SFTSettings, base: Path,
                   max_steps: int | None, device: str):
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import SFTConfig, SFTTrainer

    on_gpu = device != "cpu" and torch.cuda.is_available()
    bf16 = on_gpu and torch.cuda.is_bf16_supported()
    tokenizer = AutoTokenizer.from_pretrained(base, local_files_only=True)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = AutoModelForCausalLM.from_pretrained(
        base, local_files_only=True, dtype=torch.bfloat16 if bf16 else torch.float32)
    args = SFTConfig(
        output_dir=str(output_dir / CHECKPOINTS),
        learning_rate=settings.learning_rate,
        lr_scheduler_type=settings.lr_scheduler_type,
        warmup_steps=settings.warmup_steps,
        num_train_epochs=settings.num_train_epochs,
        max_steps=max_steps if max_steps is not None else -1,
        per_device_train_batch_size=settings.per_device_train_batch_size,
        gradient_accumulation_steps=settings.gradient_accumulation_steps,
        gradient_checkpointing=settings.gradient_checkpointing,
        max_length=settings.max_length,
        seed=settings.seed,
        save_strategy="steps",
        save_steps=settings.save_steps,
        save_total_limit=settings.save_total_limit,
        logging_steps=settings.logging_steps,
        completion_only_loss=True,  # the default for prompt-completion rows; said out loud
        bf16=bf16,                  # TRL defaults bf16 to True; fp32 on CPU
        use_cpu=not on_gpu,
        report_to="none",
        dataloader_num_workers=0,
    )
    peft_config = LoraConfig(
        r=settings.lora_r, lora_alpha=settings.lora_alpha, lora_dropout=settings.lora_dropout,
        target_modules=list(settings.target_modules), bias="none", task_type="CAUSAL_LM")
    return SFTTrainer(model=model, args=args, train_dataset=Dataset.from_list(rows),
                      processing_class=tokenizer, peft_config=peft_config)


def save_outputs(trainer, rows, output_dir: Path, settings) -> Path:
    """Adapter written to a temp folder and renamed, so a crash never leaves half an adapter.
    Only the trained adapter ("default") is saved: DPO's frozen "ref" copy is not a result."""
    adapter = output_dir / ADAPTER
    tmp = output_dir / f".{ADAPTER}.partial"
    shutil.rmtree(tmp, ignore_errors=True)
    trainer.model.save_pretrained(tmp, selected_adapters=["default"])
    trainer.processing_class.save_pretrained(tmp)
    if adapter.exists():
        shutil.rmtree(adapter)
    os.rename(tmp, adapter)
    (output_dir / "training_config.yaml").write_text(
        yaml.safe_dump(dataclasses.asdict(settings), sort_keys=False), encoding="utf-8")
    (output_dir / "data.sha256").write_text(data_sha256(rows) + "\n", encoding="utf-8")
    return adapter


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tailor.training.sft",
        description="LoRA SFT of the local writer model on prompt-completion rows (JSONL).")
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG,
                        help=f"YAML settings (default: {DEFAULT_CONFIG})")
    parser.add_argument("--data", type=Path, default=None,
                        help="JSONL of {prompt: [messages], completion: [assistant message]} "
                             "(default: the shipped curated train split)")
    parser.add_argument("--output-dir", type=Path, required=True)
    parser.add_argument("--base-model", type=Path, default=None,
                        help="plain HF model folder (default: the bundled SmolLM2, converted)")
    parser.add_argument("--max-steps", type=int, default=None,
                        help="stop after this many steps (overrides the epochs)")
    parser.add_argument("--resume", action="store_true",
                        help="continue from the last checkpoint in OUTPUT_DIR/checkpoints")
    parser.add_argument("--device", default="cpu", help="cpu (default) or cuda")
    return parser


def shipped_train_examples() -> list[dict]:
    """The curated train split (tailor/training/data) as prompt-completion rows."""
    from tailor.training.dataset import load_rows, sft_examples
    return sft_examples([r for r in load_rows() if r.split == "train"])


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
        rows = read_jsonl(args.data) if args.data else shipped_train_examples()
        check_training_rows(rows, source=str(args.data or "tailor/training/data"))
        adapter = train_sft(rows, args.output_dir, settings, base_model_dir=args.base_model,
                            max_steps=args.max_steps, resume=args.resume, device=args.device)
    except UserInputError as exc:
        print(f"error: {exc.render()}", file=sys.stderr)
        return 1
    print(f"adapter saved to {adapter}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
