"""Training and validation data for the fit embedder (tailor/training/fit_embed.py), from the DEV
groups of RJDB only, read the way `tailor score` reads them.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/fit_embed_data.py \\
        --data-dir /work/data-research/matching/rjdb-megagon --out /work/runs/fit-embed-data

Split rule, written down before any training or validation number was seen (the same function,
`tailor.training.fit_embed.split_dev_groups`, is used by the trainer, which re-checks every row):

    the dev groups of split.json (posting ids; test groups are never read),
    int(sha256("fit-embed-001:" + group_id).hexdigest(), 16) % 100 < 60 -> train, else validation.

Every group's posting goes through ingest (a postings JSONL row, as bench/fit_eval_real.py writes
it) and its two resumes through the importer, the blind view and the scorer's chunker
(tailor/fit/chunks.py); `group_triplets` pairs the chunks of the matched and the weakened resume
and makes (requirement, matched chunk, weakened chunk) triplets where the weakened chunk lost a
word the requirement names.

Output folder:

    triplets.jsonl           {"group", "split": train|validation, "anchor", "positive", "negative"}
    rjdb-validation/         pairs/resumes/postings.jsonl and split.json of the validation groups
                             only ({"dev": [...], "test": []}), for
                             bench/fit_eval_real.py --set rjdb --data-dir OUT/rjdb-validation
    rjdb-train/              the same for the train groups (e.g. to refit a combination on)
    summary.json             the rule, group and triplet counts, input file hashes
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from fit_eval_real import blind_resume, load_set, sha  # noqa: E402

from tailor.training.fit_embed import SPLIT_RULE, group_triplets, split_dev_groups  # noqa: E402


def write_subset(out: Path, groups: list[str], pairs: list[dict], resumes: dict, postings: dict) -> None:
    """A dataset folder in bench/fit_eval_real.py's format holding only `groups` (posting ids)."""
    out.mkdir(parents=True, exist_ok=True)
    keep = set(groups)
    mine = [p for p in pairs if p["posting_id"] in keep]
    rids = sorted({p["resume_id"] for p in mine})

    def jsonl(rows):
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)

    (out / "pairs.jsonl").write_text(jsonl(mine), "utf-8")
    (out / "resumes.jsonl").write_text(jsonl(resumes[r] for r in rids), "utf-8")
    (out / "postings.jsonl").write_text(jsonl(postings[g] for g in sorted(keep)), "utf-8")
    (out / "split.json").write_text(json.dumps({"dev": sorted(keep), "test": [], "group_by": "posting",
                                                "rule": SPLIT_RULE}, indent=1) + "\n", "utf-8")


def parsed_postings(rows: list[dict], work: Path, cache_dir: Path) -> dict:
    """Posting id -> tailor.fit.inputs.Posting, each row read as `tailor score` reads a JSONL row
    (parses kept in `cache_dir`, so a second run skips ingest)."""
    from tailor.fit.inputs import read_postings

    path = work / "postings.jsonl"
    path.write_text("".join(json.dumps({"title": p.get("title") or "", "text": p["text"]}) + "\n"
                            for p in rows), "utf-8")
    return {p["id"]: posting for p, posting in zip(rows, read_postings([path], cache_dir))}


def chunks_of(rid: str, text: str, work: Path) -> list[tuple[str, str]]:
    from tailor.fit.chunks import chunk_units

    blind, _ = blind_resume(rid, text, work)
    return [(c.id, c.text) for c in chunk_units(blind.units)] if blind else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="RJDB in the common format")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "tailor-fit-embed-data")
    parser.add_argument("--per-group", type=int, default=8, help="at most this many triplets per group")
    args = parser.parse_args(argv)

    pairs, resumes, postings, split = load_set(args.data_dir)
    train, validation = split_dev_groups(split)
    side = {**{g: "train" for g in train}, **{g: "validation" for g in validation}}
    args.out.mkdir(parents=True, exist_ok=True)
    write_subset(args.out / "rjdb-validation", validation, pairs, resumes, postings)
    write_subset(args.out / "rjdb-train", train, pairs, resumes, postings)
    started = time.perf_counter()
    by_group: dict[str, dict[int, str]] = {}
    for p in pairs:
        if p["posting_id"] in side:
            by_group.setdefault(p["posting_id"], {})[p["label"]] = p["resume_id"]
    rows, counts = [], {"train": 0, "validation": 0}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        parsed = parsed_postings([postings[g] for g in sorted(by_group)], work, args.cache_dir)
        print(f"ingest: {len(parsed)} postings, {time.perf_counter() - started:.0f}s", file=sys.stderr)
        for g in sorted(by_group):
            labels = by_group[g]
            if set(labels) != {0, 1}:
                continue
            requirements = [r.text for r in parsed[g].job.requirements]
            found = group_triplets(requirements, chunks_of(labels[1], resumes[labels[1]]["text"], work),
                                   chunks_of(labels[0], resumes[labels[0]]["text"], work), args.per_group)
            counts[side[g]] += len(found)
            rows += [{"group": g, "split": side[g], "anchor": a, "positive": p, "negative": n}
                     for a, p, n in found]
    (args.out / "triplets.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                             "utf-8")
    groups_with = {s: len({r["group"] for r in rows if r["split"] == s}) for s in counts}
    summary = {"rule": SPLIT_RULE, "groups": {"train": len(train), "validation": len(validation)},
               "triplets": counts, "groups_with_triplets": groups_with,
               "seconds": round(time.perf_counter() - started, 1), "data_dir": str(args.data_dir),
               "files_sha256": {f: hashlib.sha256((args.data_dir / f).read_bytes()).hexdigest()
                                for f in ("pairs.jsonl", "resumes.jsonl", "postings.jsonl", "split.json")},
               "triplets_sha256": sha(*(json.dumps(r, sort_keys=True) for r in rows))}
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n", "utf-8")
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
