"""Fine-tune all-MiniLM-L6-v2 for fit scoring (issue 16, seed 001) on requirement -> evidence
triplets with hard negatives, and measure it against the pretrained model on validation data.

Why: the fit scorer (`tailor score`) rests on the cosine of a requirement and the best chunk of a
blind resume. The pretrained model finds a "Skills: ..." line similar to a requirement whether or
not the one skill it asks for is in the list; the real labelled RJDB set (a resume vs the same
resume with skills deleted) is exactly that contrast. See docs/ARCHITECTURE.md ("Layers": training
may not import `fit/` or the importer, so reading the resumes the scorer's way happens in
bench/fit_embed_data.py, which writes the triplets this module trains on).

Usage::

    HF_HUB_OFFLINE=1 python -m tailor.training.fit_embed --triplets RUN/triplets.jsonl \\
        --split-file /work/data-research/matching/rjdb-megagon/split.json \\
        --output-dir /work/runs/fit-embed-001 [--max-steps 2] [--epochs 1] [--max-triplets 3000]

Data (training: DEV only):

* RJDB triplets (`group_triplets`): in a dev posting's group the matched resume (label 1) and the
  same resume with skills or years deleted (label 0), both chunked as the scorer chunks the
  blind view. Where a chunk of the matched resume has content words the weakened resume has
  nowhere, every posting requirement naming one of them is an anchor, that chunk its positive
  and the weakened resume's most similar chunk (most shared words) its hard negative. Groups are split 60/40 into
  train / validation by `SPLIT_RULE` (written down before training); only train triplets are
  learned, validation triplets only measured; a group of the set's test split is refused.
* in-house pairs (`inhouse_triplets`): `retrieval_labels.json` pairs of the train split of
  tailor/training/data; the hard negative is the same occupation's train-split bullet that is
  not labelled for the requirement and shares the most words with it.

Loss: sentence-transformers' MultipleNegativesRankingLoss on (anchor, positive, negative): the
hard negative plus every other positive and negative of the batch (no-duplicates batches).

Output folder: ``model/`` (loads with `MiniLMEmbedder(path)`), ``metrics.json`` (validation
triplet accuracy and margin, in-house held-out retrieval, pretrained vs fine-tuned, data counts,
training time), ``training_config.yaml``. Fit ROC AUC / NDCG on the validation groups comes from
``bench/fit_eval_real.py --embedder OUT/model`` on the folder bench/fit_embed_data.py writes.
"""
from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no model hub here; never try to reach one

import argparse
import dataclasses
import hashlib
import json
import random
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tailor.errors import UserInputError
from tailor.training.dataset import Row, load_rows
from tailor.training.embed import EmbedSettings, _encoder, _load, build_trainer, default_base_model, save_run
from tailor.training.retrieval_data import _evidence, _requirements, heldout_eval_set, load_labels
from tailor.training.retrieval_metrics import evaluate
from tailor.training.sft import load_settings as load_yaml_settings

__all__ = ["SPLIT_RULE", "FitEmbedSettings", "group_triplets", "inhouse_triplets", "main",
           "removed_words", "run_fit_embed", "split_dev_groups"]

TRAIN_SHARE = 60
SPLIT_SALT = "fit-embed-001"
SPLIT_RULE = (f"int(sha256('{SPLIT_SALT}:' + group_id).hexdigest(), 16) % 100 < {TRAIN_SHARE} -> train, "
              "else validation; dev groups only (split.json 'dev')")
STOPWORDS = frozenset("""
a an and are as at be by for from has have in into is it of on or our the this that to was were
will with you your their they we who which skills skill experience years year ability knowledge
work working strong proficiency proficient using use including etc
""".split())
Triplet = tuple[str, str, str]


@dataclass
class FitEmbedSettings(EmbedSettings):
    """The retrieval tuning's values (usual sentence-transformers ones, fixed before any validation
    number was seen), with the cap on triplets and epochs that keeps a run under 25 minutes on 2
    CPU threads."""

    num_train_epochs: float = 1.0    # ~110 steps of 16 at ~10 s a step on 2 shared CPU threads
    logging_steps: int = 10
    max_triplets: int = 3000         # rjdb + in-house, a seeded sample above this
    inhouse: bool = True             # add the in-house train-split triplets


# --- splits and triplets (pure) -------------------------------------------------------------------

def split_dev_groups(split: dict) -> tuple[list[str], list[str]]:
    """(train, validation) dev group ids by `SPLIT_RULE`; a group also listed as test is refused."""
    dev, test = set(split["dev"]), set(split.get("test", []))
    if dev & test:
        raise UserInputError(f"{len(dev & test)} group(s) in both dev and test", field="split")
    train, validation = [], []
    for group in sorted(dev):
        digest = hashlib.sha256(f"{SPLIT_SALT}:{group}".encode()).hexdigest()
        (train if int(digest, 16) % 100 < TRAIN_SHARE else validation).append(group)
    return train, validation


def words(text: str) -> set[str]:
    """Lower-cased content words (letters, 3+ characters, not a stopword)."""
    return {w for w in re.findall(r"[a-z][a-z+#]{2,}", text.lower()) if w not in STOPWORDS}


def removed_words(positive: str, negative_resume: Sequence[str]) -> set[str]:
    """Content words of the matched resume's chunk that the weakened resume has nowhere."""
    return words(positive) - set().union(*(words(t) for t in negative_resume))


def counterpart(chunk_id: str, text: str, negatives: Sequence[tuple[str, str]]) -> str | None:
    """The weakened resume's chunk that corresponds: the most content words in common, the same
    id among equals, then the first; None when the weakened resume has no chunk at all."""
    mine = words(text)
    best = max(negatives, key=lambda c: (len(mine & words(c[1])), c[0] == chunk_id), default=None)
    return best[1] if best else None


def group_triplets(requirements: Sequence[str], positives: Sequence[tuple[str, str]],
                   negatives: Sequence[tuple[str, str]], per_group: int = 8) -> list[Triplet]:
    """(requirement, matched chunk, weakened chunk) for each requirement naming a word that the
    matched resume's chunk has and the weakened resume lost everywhere; chunks are (id, text).
    At most `per_group`, in chunk then requirement order; each triplet once."""
    out: list[Triplet] = []
    for cid, text in positives:
        lost = removed_words(text, [t for _, t in negatives])
        neg = counterpart(cid, text, negatives) if lost else None
        if neg is not None:
            out += [(req, text, neg) for req in requirements if lost & words(req)]
    return list(dict.fromkeys(out))[:per_group]


def inhouse_triplets(rows: Sequence[Row], labels: dict[str, list[int]]) -> list[Triplet]:
    """Train split only: (requirement, labelled bullet, hardest unlabelled bullet of the same
    occupation: most words shared with the requirement, ties by id)."""
    train = [r for r in rows if r.split == "train"]
    reqs = _requirements(train)
    evidence = _evidence(train)
    texts = {e: t for _, e, t in evidence}
    out: list[Triplet] = []
    for row, eid, text in evidence:
        for i in labels.get(eid, []):
            req = reqs[row.occupation][i]
            pool = sorted(e for r, e, _ in evidence if r.occupation == row.occupation
                          and i not in labels.get(e, []))
            if pool:     # max keeps the first of equals: the smallest id
                neg = max(pool, key=lambda e: len(words(req) & words(texts[e])))
                out.append((req, text, texts[neg]))
    return list(dict.fromkeys(out))


def read_triplets(path: Path, split: dict) -> dict[str, list[Triplet]]:
    """{"train": [...], "validation": [...]} from bench/fit_embed_data.py's JSONL; every group
    must be a dev group and on the side of `SPLIT_RULE` its row says."""
    train, validation = split_dev_groups(split)
    side = {**{g: "train" for g in train}, **{g: "validation" for g in validation}}
    out: dict[str, list[Triplet]] = {"train": [], "validation": []}
    for n, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if side.get(row["group"]) != row["split"]:
            raise UserInputError(f"line {n}: group {row['group']} is not a {row['split']} group "
                                 f"of the dev split ({SPLIT_RULE})", file=str(path))
        out[row["split"]].append((row["anchor"], row["positive"], row["negative"]))
    return out


def assemble(rjdb: list[Triplet], inhouse: list[Triplet], cap: int, seed: int) -> list[Triplet]:
    """The training list: both sources, duplicates dropped, a seeded sample when over `cap`."""
    triplets = list(dict.fromkeys(rjdb + inhouse))
    if len(triplets) > cap:
        triplets = random.Random(seed).sample(triplets, cap)
    return triplets


# --- measuring and training -----------------------------------------------------------------------

def triplet_metrics(encode, triplets: list[Triplet]) -> dict:
    """Share of triplets where cos(anchor, positive) > cos(anchor, negative), and the mean margin."""
    if not triplets:
        return {"triplets": 0, "accuracy": None, "margin": None}
    a, p, n = (encode([t[k] for t in triplets]) for k in range(3))
    margin = (a * p).sum(1) - (a * n).sum(1)
    return {"triplets": len(triplets), "accuracy": round(float((margin > 0).mean()), 4),
            "margin": round(float(margin.mean()), 4)}


def _measure(model, validation: list[Triplet], evalset, k: int) -> dict:
    encode = _encoder(model)
    result = evaluate(encode, evalset, k)
    return {"rjdb_validation": triplet_metrics(encode, validation),
            "inhouse_heldout": {m: round(result[m], 4) for m in (f"recall@{k}", f"mrr@{k}", f"map@{k}")}}


def run_fit_embed(triplets: dict[str, list[Triplet]], output_dir: Path, settings: FitEmbedSettings,
                  base_model_dir: Path | None = None, max_steps: int | None = None,
                  rows: Sequence[Row] | None = None, labels: dict | None = None) -> dict:
    """Measure the base model, fine-tune on the train triplets (+ in-house), measure again, save."""
    rows = load_rows() if rows is None else rows
    labels = load_labels() if labels is None else labels
    inhouse = inhouse_triplets(rows, labels) if settings.inhouse else []
    train = assemble(triplets["train"], inhouse, settings.max_triplets, settings.seed)
    if not train:
        raise UserInputError("no training triplets")
    if max_steps is not None and max_steps < 1:
        raise UserInputError("--max-steps must be at least 1")
    base = Path(base_model_dir) if base_model_dir else default_base_model()
    model = _load(base, "cpu")
    evalset, k = heldout_eval_set(rows, labels), settings.top_k
    pretrained = _measure(model, triplets["validation"], evalset, k)
    started = time.perf_counter()
    columns = {name: [t[k] for t in train] for k, name in enumerate(("anchor", "positive", "negative"))}
    trainer = build_trainer(model, columns, Path(output_dir), settings, max_steps, "cpu")
    result = trainer.train()
    seconds = time.perf_counter() - started
    finetuned = _measure(model, triplets["validation"], evalset, k)
    metrics = {
        "pretrained": pretrained, "finetuned": finetuned, "split_rule": SPLIT_RULE,
        "train_triplets": len(train), "rjdb_train_triplets": len(triplets["train"]),
        "inhouse_train_triplets": len(inhouse), "steps": trainer.state.global_step,
        "train_loss": result.training_loss, "train_seconds": round(seconds, 1),
        "losses": [e["loss"] for e in trainer.state.log_history if "loss" in e],
        "base_model": str(base), "torch_threads": _threads(),
    }
    save_run(model, Path(output_dir), settings, metrics, markdown(metrics))
    return metrics


def _threads() -> int:
    import torch
    return torch.get_num_threads()


def markdown(m: dict) -> str:
    k = next(iter(m["pretrained"]["inhouse_heldout"])).split("@")[1]
    lines = [f"# Fit embedder: validation ({m['train_triplets']} training triplets, {m['steps']} steps, "
             f"{m['train_seconds']} s)", "",
             f"| model | rjdb validation triplet accuracy | mean margin | in-house recall@{k} | "
             f"MRR@{k} | MAP@{k} |", "|---|---|---|---|---|---|"]
    for name in ("pretrained", "finetuned"):
        t, r = m[name]["rjdb_validation"], m[name]["inhouse_heldout"]
        lines.append(f"| {name} | {t['accuracy']} | {t['margin']} | " + " | ".join(
            f"{v:.3f}" for v in r.values()) + " |")
    return "\n".join(lines) + "\n"


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m tailor.training.fit_embed",
                                description="Fine-tune MiniLM for fit scoring on dev triplets.")
    p.add_argument("--triplets", type=Path, required=True, help="bench/fit_embed_data.py's triplets.jsonl")
    p.add_argument("--split-file", type=Path, required=True, help="the set's split.json (dev/test groups)")
    p.add_argument("--output-dir", type=Path, required=True)
    p.add_argument("--config", type=Path, help="YAML of FitEmbedSettings fields (default: the dataclass)")
    p.add_argument("--base-model", type=Path, help="sentence-transformers folder (default: bundled MiniLM)")
    p.add_argument("--max-steps", type=int, help="stop after this many steps (overrides the epochs)")
    p.add_argument("--epochs", type=float, help="overrides num_train_epochs")
    p.add_argument("--learning-rate", type=float, help="overrides learning_rate")
    p.add_argument("--max-triplets", type=int, help="overrides max_triplets")
    p.add_argument("--no-inhouse", action="store_true", help="rjdb triplets only")
    return p


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        s = load_yaml_settings(args.config, FitEmbedSettings) if args.config else FitEmbedSettings()
        changes = {"num_train_epochs": args.epochs, "learning_rate": args.learning_rate,
                   "max_triplets": args.max_triplets, "inhouse": False if args.no_inhouse else None}
        s = dataclasses.replace(s, **{k: v for k, v in changes.items() if v is not None})
        split = json.loads(args.split_file.read_text("utf-8"))
        triplets = read_triplets(args.triplets, split)
        metrics = run_fit_embed(triplets, args.output_dir, s, args.base_model, args.max_steps)
    except (UserInputError, OSError, KeyError, json.JSONDecodeError) as exc:
        message = exc.render() if isinstance(exc, UserInputError) else repr(exc)
        print(f"error: {message}", file=sys.stderr)
        return 1
    print(markdown(metrics))
    print(f"model saved to {args.output_dir / 'model'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

