"""Claim-change benchmark: catch rate of inflated rewrites and keep rate of faithful ones, per kind.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/claims_eval.py [--split test] [--json OUT] [--wrong]

Systems (see tailor/training/claim_bench.py): `before` (the critic's truth checks without the claim
check), `critic` (all truth checks: what ships), `claims` (the claim check alone) and `embedding`
(cosine(rewrite, evidence) below a threshold chosen on the dev split). Data and split:
bench/data/claims/README.md. Tune on dev only; the test split is for the number you report.
`--wrong` lists the pairs a system gets wrong (use it on dev).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tailor.index.embeddings import default_embedder  # noqa: E402
from tailor.training.claim_bench import SYSTEMS, best_threshold, load_pairs, rates, rejected, verdicts  # noqa: E402

DATA = ROOT / "bench/data/claims"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test"], default="test")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    parser.add_argument("--wrong", choices=SYSTEMS, help="list the pairs this system gets wrong")
    args = parser.parse_args()

    embedder = default_embedder()
    dev = [p for f in sorted(DATA.glob("dev*.jsonl")) for p in load_pairs(f)]
    dev_checks = verdicts(dev, embedder)
    threshold = best_threshold(dev, dev_checks)
    pairs = dev if args.split == "dev" else load_pairs(DATA / "test.jsonl")
    start = time.perf_counter()
    checks = dev_checks if args.split == "dev" else verdicts(pairs, embedder)
    seconds = time.perf_counter() - start

    table = {s: rates(pairs, {p.id: rejected(checks[p.id], s, threshold) for p in pairs})
             for s in SYSTEMS}
    print(f"split {args.split}: {len(pairs)} pairs; embedding threshold {threshold:.3f} "
          f"(chosen on dev); critic over all pairs {seconds:.1f} s\n")
    print("| kind | n | " + " | ".join(SYSTEMS) + " |")
    print("|---|---|" + "---|" * len(SYSTEMS))
    for kind in table["critic"]:
        row = [f"{table[s][kind]['rate']:.2f}" for s in SYSTEMS]
        print(f"| {kind} | {table['critic'][kind]['n']} | " + " | ".join(row) + " |")
    print("\nmeaning changes: catch rate (share rejected); faithful: keep rate (share passed)")
    if args.wrong:
        for p in pairs:
            bad = rejected(checks[p.id], args.wrong, threshold) == p.faithful
            if bad:
                print(f"\n[{p.kind}] {p.id}: {' / '.join(p.evidence)}\n   -> {p.rewrite}")
    if args.json:
        args.json.write_text(json.dumps({"split": args.split, "threshold": threshold,
                                         "rates": table}, indent=2) + "\n")


if __name__ == "__main__":
    main()
