"""DPO of the writer toward what the critic prefers, shaped like TRL's ``trl/scripts/dpo.py``.

Usage::

    python -m tailor.training.dpo \\
        --config tailor/training/configs/dpo.yaml \\
        --sft-adapter runs/sft/adapter \\
        --output-dir runs/dpo \\
        [--pairs pairs.jsonl]        # skip mining: train on these rows \\
        [--feedback PATH | --no-feedback] [--mine-only] [--limit N] [--max-steps N] [--device cpu]

Three steps, each leaving a file you can inspect:

1. **Mine** (unless ``--pairs``): for every prompt of the curated train split, the SFT model
   writes its greedy draft plus ``samples`` sampled variants (evidence-constrained, like the
   pipeline). The critic scores each (`rubric.rubric_score`: 0 when a truth check fails, else
   keyword coverage, impact, clarity). The best variant becomes ``chosen`` against up to
   ``pairs_per_prompt`` variants scoring at least ``margin`` lower; a prompt whose best
   variant fails the truth check gives no pair. The curated counterexamples (changed number,
   invented tool, posting padding, first person) are added against the reference output.
2. **Feedback**: preferences recorded with ``tailor feedback`` are scrubbed of PII (they are a
   real person's resume) and appended; rows still holding PII are refused.
3. **Train**: TRL's ``DPOTrainer`` continues the SFT LoRA adapter, with a frozen copy of it as
   the reference policy (TRL adds it as the adapter "ref"), so DPO moves away from the SFT model
   only as far as the preferences pull it.

Output folder::

    output_dir/pairs.jsonl          {prompt, chosen, rejected} (TRL's conversational format)
    output_dir/pairs.meta.jsonl     per row: source (critic | curated | feedback), scores
    output_dir/adapter/             the DPO-tuned PEFT adapter (replaces the SFT adapter)
    output_dir/training_config.yaml, output_dir/data.sha256
"""
from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no model hub here; never try to reach one

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tailor.errors import UserInputError
from tailor.llm.spec import shipped_adapter
from tailor.training.dataset import Row, chat_messages, load_rows
from tailor.training.sft import (
    CHECKPOINTS,
    check_training_rows,
    default_base_model,
    last_checkpoint,
    load_settings,
    read_jsonl,
    save_outputs,
)

__all__ = ["DPOSettings", "mine_pairs", "pairs_from_scores", "train_dpo", "main"]

DEFAULT_CONFIG = Path(__file__).parent / "configs" / "dpo.yaml"
PAIRS_FILE = "pairs.jsonl"
META_FILE = "pairs.meta.jsonl"
TRL_KEYS = ("prompt", "chosen", "rejected")


@dataclass
class DPOSettings:
    """Mining and training settings; saved next to the adapter as ``training_config.yaml``."""

    # mining
    samples: int = 4                # sampled variants per prompt (plus the greedy draft)
    temperature: float = 0.9
    top_p: float = 0.95
    margin: float = 0.15            # minimum rubric gap between chosen and rejected
    pairs_per_prompt: int = 2
    with_counterexamples: bool = True
    # which curated counterexamples, by the start of their reason ("claim": the claim
    # inflations, which sampling rarely shows the writer); empty: all of them
    counterexample_reasons: list[str] = field(default_factory=lambda: ["claim"])
    # optimisation
    beta: float = 0.1
    learning_rate: float = 5.0e-5
    lr_scheduler_type: str = "cosine"
    warmup_steps: float = 0
    num_train_epochs: float = 1.0
    per_device_train_batch_size: int = 4
    gradient_accumulation_steps: int = 1
    max_length: int = 384
    seed: int = 42
    gradient_checkpointing: bool = False
    # bookkeeping
    save_steps: int = 50
    save_total_limit: int | None = 2
    logging_steps: int = 5


# --------------------------------------------------------------------------- mining

def pairs_from_scores(prompt: list[dict], scored: list[tuple[str, float, bool]],
                      margin: float, per_prompt: int) -> list[tuple[dict, dict]]:
    """Preference rows from one prompt's scored variants ``(text, rubric, truth)``.

    The best truthful variant is ``chosen``; each variant at least `margin` below it is a
    ``rejected`` candidate, worst first, at most `per_prompt`. Equal texts never pair.
    """
    ranked = sorted(scored, key=lambda v: -v[1])
    if not ranked or not ranked[0][2]:
        return []
    best_text, best_score, _ = ranked[0]
    losers = [v for v in reversed(ranked) if best_score - v[1] >= margin and v[0] != best_text]
    return [(_row(prompt, best_text, text),
             {"source": "critic", "chosen_score": best_score, "rejected_score": score})
            for text, score, _ in losers[:per_prompt]]


def mine_pairs(model, rows: list[Row], embedder, settings: DPOSettings,
               progress=None) -> list[tuple[dict, dict]]:
    """(TRL row, metadata) pairs from the model's own variants, ranked by the critic."""
    from tailor.training.scoring import sample_variants, score_output

    out: list[tuple[dict, dict]] = []
    batch = 16
    for start in range(0, len(rows), batch):
        chunk = rows[start:start + batch]
        variants = sample_variants(model, chunk, settings.samples, seed=settings.seed + start)
        for row, texts in zip(chunk, variants):
            scores = [score_output(row, t, embedder) for t in texts]
            prompt = chat_messages(row, with_answer=False)
            out += pairs_from_scores(prompt, [(s.text, s.rubric, s.truth) for s in scores],
                                     settings.margin, settings.pairs_per_prompt)
        if progress:
            progress(min(start + batch, len(rows)), len(rows))
    return out


def curated_pairs(rows: list[Row], reasons: Sequence[str] = ()) -> list[tuple[dict, dict]]:
    """The hand-written output against each counterexample of the same row (only those whose
    reason starts with one of `reasons`, when given)."""
    return [(_row(chat_messages(r, with_answer=False), r.output, bad.text),
             {"source": "curated", "reason": bad.reason})
            for r in rows for bad in r.rejected if bad.text != r.output
            and (not reasons or bad.reason.startswith(tuple(reasons)))]


def feedback_pairs(store: Path) -> list[tuple[dict, dict]]:
    """Preferences from `tailor feedback`, scrubbed of PII (names, emails, phones, URLs...)."""
    from tailor.training.feedback import known_names, preference_rows
    from tailor.training.pii import scrub_record

    names = known_names(store)
    return [(scrub_record(row, names), {"source": "feedback"})
            for row in preference_rows(store)]


def _row(prompt: list[dict], chosen: str, rejected: str) -> dict:
    return {"prompt": prompt, "chosen": [{"role": "assistant", "content": chosen}],
            "rejected": [{"role": "assistant", "content": rejected}]}


def check_pairs(rows: list[dict], source: str = "") -> None:
    """TRL shape, no PII, and chosen != rejected in every row."""
    check_training_rows(rows, source, answers=("chosen", "rejected"))
    same = [n for n, r in enumerate(rows, start=1)
            if r["chosen"][0]["content"].strip() == r["rejected"][0]["content"].strip()]
    if same:
        raise UserInputError(f"{len(same)} row(s) with chosen == rejected: rows "
                             f"{', '.join(map(str, same[:20]))}", file=source,
                             hint="a preference needs two different answers")


def write_pairs(pairs: list[tuple[dict, dict]], output_dir: Path) -> Path:
    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / PAIRS_FILE
    with path.open("w", encoding="utf-8") as rows, \
            (output_dir / META_FILE).open("w", encoding="utf-8") as meta:
        for row, info in pairs:
            rows.write(json.dumps(row, ensure_ascii=False) + "\n")
            meta.write(json.dumps(info, ensure_ascii=False) + "\n")
    return path


# --------------------------------------------------------------------------- training

def train_dpo(rows: list[dict], sft_adapter: Path, output_dir: Path, settings: DPOSettings,
              base_model_dir: Path | None = None, max_steps: int | None = None,
              resume: bool = False, device: str = "cpu") -> Path:
    """Continue the SFT adapter with DPO on `rows`; the reference is the SFT adapter, frozen."""
    check_pairs(rows)
    output_dir = Path(output_dir)
    base = Path(base_model_dir) if base_model_dir else default_base_model()
    trainer = _build_trainer(rows, Path(sft_adapter), output_dir, settings, base, max_steps,
                             device)
    checkpoint = last_checkpoint(output_dir) if resume else None
    trainer.train(resume_from_checkpoint=str(checkpoint) if checkpoint else None)
    return save_outputs(trainer, rows, output_dir, settings)


def _build_trainer(rows, sft_adapter: Path, output_dir: Path, settings: DPOSettings, base: Path,
                   max_steps: int | None, device: str):
    import torch
    from datasets import Dataset
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import DPOConfig, DPOTrainer

    on_gpu = device != "cpu" and torch.cuda.is_available()
    bf16 = on_gpu and torch.cuda.is_bf16_supported()
    tokenizer = AutoTokenizer.from_pretrained(base, local_files_only=True)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = AutoModelForCausalLM.from_pretrained(
        base, local_files_only=True, dtype=torch.bfloat16 if bf16 else torch.float32)
    # A trainable PeftModel and no ref_model: TRL copies the adapter as a frozen "ref" adapter.
    model = PeftModel.from_pretrained(model, sft_adapter, is_trainable=True)
    args = DPOConfig(
        output_dir=str(output_dir / CHECKPOINTS),
        beta=settings.beta,
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
        bf16=bf16,
        use_cpu=not on_gpu,
        report_to="none",
        dataloader_num_workers=0,
    )
    dataset = Dataset.from_list([{k: r[k] for k in TRL_KEYS} for r in rows])
    return DPOTrainer(model=model, args=args, train_dataset=dataset, processing_class=tokenizer)


# --------------------------------------------------------------------------- command line

def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tailor train dpo",
        description="Mine preference pairs with the critic and run DPO on the SFT adapter.")
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG,
                        help=f"YAML settings (default: {DEFAULT_CONFIG})")
    parser.add_argument("--sft-adapter", type=Path, default=None,
                        help="the SFT adapter folder (policy and reference); default: the "
                             "adapter shipped with Tailor")
    parser.add_argument("--output-dir", type=Path, required=True)
    parser.add_argument("--pairs", type=Path, default=None,
                        help="train on this JSONL of {prompt, chosen, rejected} instead of mining")
    parser.add_argument("--feedback", type=Path, default=None,
                        help="feedback store from `tailor feedback` (default: the user's store "
                             "when it exists)")
    parser.add_argument("--no-feedback", action="store_true", help="ignore recorded feedback")
    parser.add_argument("--mine-only", action="store_true",
                        help="write pairs.jsonl and stop before training")
    parser.add_argument("--limit", type=int, default=None,
                        help="mine from the first N train prompts only (smoke runs)")
    parser.add_argument("--base-model", type=Path, default=None,
                        help="plain HF model folder (default: the bundled SmolLM2, converted)")
    parser.add_argument("--max-steps", type=int, default=None,
                        help="stop after this many steps (overrides the epochs)")
    parser.add_argument("--resume", action="store_true",
                        help="continue from the last checkpoint in OUTPUT_DIR/checkpoints")
    parser.add_argument("--device", default="cpu", help="cpu (default) or cuda")
    return parser


def main(argv: list[str] | None = None, default_feedback: Path | None = None) -> int:
    """`default_feedback`: the CLI's feedback store path (read from the environment there)."""
    args = make_parser().parse_args(argv)
    try:
        settings = load_settings(args.config, DPOSettings)
        sft_adapter = args.sft_adapter or shipped_adapter()
        if not (sft_adapter / "adapter_config.json").is_file():
            raise UserInputError("not a PEFT adapter folder (no adapter_config.json)",
                                 file=str(sft_adapter), hint="pass the adapter of `tailor train sft`")
        pairs = _collect_pairs(args, settings, sft_adapter, default_feedback)
        path = write_pairs(pairs, args.output_dir)
        rows = [row for row, _ in pairs]
        check_pairs(rows, source=str(path))
        _print_counts(pairs, path)
        if args.mine_only:
            return 0
        adapter = train_dpo(rows, sft_adapter, args.output_dir, settings,
                            base_model_dir=args.base_model, max_steps=args.max_steps,
                            resume=args.resume, device=args.device)
    except UserInputError as exc:
        print(f"error: {exc.render()}", file=sys.stderr)
        return 1
    print(f"adapter saved to {adapter}")
    return 0


def _collect_pairs(args, settings: DPOSettings, sft_adapter: Path,
                   default_feedback: Path | None) -> list[tuple[dict, dict]]:
    if args.pairs:
        return [(row, {"source": "file"}) for row in read_jsonl(args.pairs)]
    train = [r for r in load_rows() if r.split == "train"][:args.limit]
    pairs = _mine_with(sft_adapter, args, train, settings)
    if settings.with_counterexamples:
        pairs += curated_pairs(train, settings.counterexample_reasons)
    store = None if args.no_feedback else (args.feedback or default_feedback)
    if args.feedback and not args.feedback.is_file():
        raise UserInputError("feedback store not found", file=str(args.feedback),
                             hint="record some with `tailor feedback RUN_DIR`, or --no-feedback")
    if store and store.is_file():
        pairs += feedback_pairs(store)
    return pairs


def _mine_with(sft_adapter: Path, args, train: list[Row], settings: DPOSettings):
    from tailor.index.embeddings import CachingEmbedder, default_embedder
    from tailor.llm.local import LocalModel

    model = LocalModel(model_path=str(args.base_model) if args.base_model else None,
                       adapter=str(sft_adapter), device=args.device)

    def progress(done: int, total: int) -> None:
        print(f"\rmining: {done}/{total} prompts", end="", file=sys.stderr, flush=True)

    pairs = mine_pairs(model, train, CachingEmbedder(default_embedder()), settings, progress)
    print(file=sys.stderr)
    return pairs


def _print_counts(pairs: list[tuple[dict, dict]], path: Path) -> None:
    counts: dict[str, int] = {}
    for _, info in pairs:
        counts[info["source"]] = counts.get(info["source"], 0) + 1
    detail = ", ".join(f"{n} {source}" for source, n in sorted(counts.items()))
    print(f"{len(pairs)} preference pairs ({detail}) written to {path}")


if __name__ == "__main__":
    raise SystemExit(main())
