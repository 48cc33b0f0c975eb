"""One read of a batch of unseen dev postings, totals only, by four statement scorers fixed before
the read (issue 14, session 15): does the LR + MiniLM cascade carry to postings no one has read?

    HF_HUB_OFFLINE=1 .venv/bin/python bench/statement_cascade_read.py [--numbers 221-250]
        [--adapter /tmp/statement_model/select_e1_adapter] [--speed]

Scorers (bench/train_statement_model.py has the step-1 fits and pairs):
 (a) the shipped filter at HEAD (the bench's own read, `ingest_eval.evaluate`);
 (b) the step-1 LR, refitted exactly as `train_statement_model.py select` does (dev except USAJOBS
     101-160, 191-205, 206-220 and the batch read here), at its step-1 pair (0.70, 0.75);
 (c) the step-1 mean of that LR and the step-1 model (the adapter) at (0.60, 0.65);
 (d) the cascade: the mean where the step-1 LR says 0.15-0.85, the step-1 LR elsewhere, (0.75, 0.75).
The model scores in float32, as when the pairs were chosen; (d8), the cascade with the model int8
as it would run in ingest, is printed for information and decides nothing. Rates are the bench's
(its segmentation, match rule and 95% bootstrap intervals over postings).

`--speed` times, on the shared dev postings and the batch, ingest warm per posting as
bench/ingest_bench.py does (per-text caches emptied before each parse) and, in the same minutes,
the int8 forward pass over the statements the cascade would send, and prints both medians and
their per-posting sum. See docs/ARCHITECTURE.md, "Ingest".
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from ingest_eval import Counts, evaluate, intervals, score_posting, split_of  # noqa: E402
from train_statement_filter import dev_postings, number  # noqa: E402
from train_statement_model import CHOOSE, load_model, lr_chances, lr_model, model_chances  # noqa: E402

from tailor.text.posting_requirements import decide  # noqa: E402

BAND = (0.15, 0.85)
PAIRS = {"b": (0.70, 0.75), "c": (0.60, 0.65), "d": (0.75, 0.75)}


def cascade(lr: np.ndarray, model: np.ndarray) -> np.ndarray:
    sent = (lr >= BAND[0]) & (lr <= BAND[1])
    return np.where(sent, (lr + model) / 2, lr)


def read(postings, chances, pair) -> dict:
    per = [score_posting(decide(p.candidates, list(c), *pair), p.key, p.labels, [])
           for p, c in zip(postings, chances)]
    total = Counts()
    for c in per:
        total.add(c)
    row = total.row()
    return {"precision": row["precision"], "recall": row["recall"], "false": row["false_requirements"],
            "intervals": intervals(per), "found": total.found, "found_right": total.found_right,
            "labelled": total.labelled, "recalled": total.recalled,
            "not_requirements": total.not_requirements, "false_requirements": total.false_requirements}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numbers", default="221-250")
    parser.add_argument("--adapter", type=Path, default=Path("/tmp/statement_model/select_e1_adapter"))
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds for --speed")
    args = parser.parse_args()
    first, last = (int(x) for x in args.numbers.split("-"))
    batch_range = range(first, last + 1)
    import torch
    torch.set_num_threads(2)
    in_batch = lambda p: p.key.startswith("usajobs/") and number(p.key.split("/")[1]) in batch_range  # noqa: E731
    everything = dev_postings(CHOOSE, check_half=False)
    fitted = [p for p in everything if not p.unread and not in_batch(p)]
    batch = [p for p in everything if in_batch(p)]
    model, tokenizer = load_model(args.adapter)
    lr = lr_model(fitted)
    if args.speed:
        return speed(lr, model, tokenizer, batch_range, args.rounds)
    print(f"step-1 LR refitted on {len(fitted)} postings; batch {args.numbers}: {len(batch)} postings, "
          f"{sum(len(p.labels) for p in batch)} labelled statements, {sum(len(p.candidates) for p in batch)} "
          "segmented statements")
    cached = json.loads((args.adapter.parent / "select_e1.json").read_text())["fresh"]
    fresh = {p.key: p for p in everything if p.unread}
    same = [np.abs(np.array(c) - lr_chances(lr, [fresh[k]])[0]).max() for k, c in zip(cached["keys"], cached["lr"])
            if k in fresh and len(c) == len(fresh[k].candidates)]
    print(f"refitted LR vs the cached step-1 LR on the choosing postings: {len(same)} of {len(cached['keys'])} "
          f"postings segment alike, largest difference {max(same):.4f}")
    lr_c = lr_chances(lr, batch)
    m_c = model_chances(model, tokenizer, batch)
    int8 = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    m8_c = model_chances(int8, tokenizer, batch)
    bench = evaluate("dev", [], numbers=batch_range)["usajobs"]
    rows = {"a shipped filter (bench)": {"precision": bench["precision"], "recall": bench["recall"],
                                         "false": bench["false_requirements"], "intervals": bench["intervals"],
                                         "found": bench["tailor_requirements"],
                                         "labelled": bench["labelled_requirements"]},
            "b step-1 LR (0.70, 0.75)": read(batch, lr_c, PAIRS["b"]),
            "c step-1 mean (0.60, 0.65)": read(batch, [(a + b) / 2 for a, b in zip(lr_c, m_c)], PAIRS["c"]),
            "d cascade (0.75, 0.75)": read(batch, [cascade(a, b) for a, b in zip(lr_c, m_c)], PAIRS["d"]),
            "d8 cascade, model int8 (info)": read(batch, [cascade(a, b) for a, b in zip(lr_c, m8_c)], PAIRS["d"])}
    all_lr = np.concatenate(lr_c)
    sent = float(((all_lr >= BAND[0]) & (all_lr <= BAND[1])).mean())
    for name, r in rows.items():
        iv = r["intervals"]
        print(f"  {name}: precision {r['precision']} [{iv['precision'][0]:.3f}, {iv['precision'][1]:.3f}] "
              f"recall {r['recall']} [{iv['recall'][0]:.3f}, {iv['recall'][1]:.3f}] "
              f"false {r['false']} [{iv['false_requirements'][0]:.3f}, {iv['false_requirements'][1]:.3f}] "
              + " ".join(f"{k} {r[k]}" for k in ("found", "found_right", "labelled", "recalled",
                                                 "not_requirements", "false_requirements") if k in r))
    print(f"  cascade sends {sent:.3f} of the batch's {len(all_lr)} segmented statements to the model")
    out = Path("/tmp/statement_model") / f"read_{args.numbers}.json"
    out.write_text(json.dumps({"rows": rows, "sent": sent}, indent=1, default=list))


def speed(lr, model, tokenizer, batch_range: range, rounds: int) -> None:
    import torch
    from ingest_bench import SETS, clear_text_caches

    from tailor.text.posting import read_posting

    int8 = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    paths = [p for name, folder in SETS.items() for p in sorted(folder.iterdir())
             if (p.suffix == ".txt" or p.name.endswith(".job.json")) and re.match(r"\d+", p.name)
             and split_of(name, re.match(r"\d+", p.name).group()) == "dev"
             and (name == "shared" or int(re.match(r"\d+", p.name).group()) in batch_range)]
    posted = {p.key.split("/")[1]: p for p in dev_postings(CHOOSE, check_half=True)}
    for path in paths:
        read_posting(path)
    ingest, forward, full = [], [], []
    for _ in range(rounds):
        for path in paths:
            clear_text_caches()
            t0 = time.perf_counter()
            read_posting(path)
            ingest.append((path.name, time.perf_counter() - t0))
            p = posted.get(path.name.removesuffix(".txt").removesuffix(".job.json"))
            if p is None:
                continue
            t0 = time.perf_counter()
            chance = lr_chances(lr, [p])[0]
            sent = (chance >= BAND[0]) & (chance <= BAND[1])
            if sent.any():
                sub = type(p)(p.key, p.unread, p.labels, [c for c, s in zip(p.candidates, sent) if s], [])
                model_chances(int8, tokenizer, [sub])
            forward.append((path.name, time.perf_counter() - t0))
            t0 = time.perf_counter()
            model_chances(int8, tokenizer, [p])
            full.append((path.name, time.perf_counter() - t0))
    med = lambda pairs: {n: statistics.median([t for m, t in pairs if m == n]) for n in {m for m, _ in pairs}}  # noqa: E731
    a, f, m = med(ingest), med(forward), med(full)
    both = {n: a[n] + f.get(n, 0.0) for n in a}
    print(f"{len(a)} dev postings ({len(f)} with labels), load {os.getloadavg()[0]:.1f}: ingest median "
          f"{statistics.median(a.values()):.3f} s (slowest {max(a.values()):.3f}); cascade extra (LR + int8 "
          f"forward on the sent statements) median {statistics.median(f.values()):.3f} s (slowest "
          f"{max(f.values()):.3f}); ingest + cascade median {statistics.median(both.values()):.3f} s "
          f"(slowest {max(both.values()):.3f}); the mean's int8 forward pass over every statement median "
          f"{statistics.median(m.values()):.3f} s (slowest {max(m.values()):.3f}), ingest + that median "
          f"{statistics.median(a[n] + m.get(n, 0.0) for n in a):.3f} s (slowest "
          f"{max(a[n] + m.get(n, 0.0) for n in a):.3f})")


if __name__ == "__main__":
    main()
