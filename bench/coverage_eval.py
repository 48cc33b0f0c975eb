#!/usr/bin/env python3
"""Is a requirement that a run calls covered really covered? Retrieval's coverage gate against
hand labels.

    .venv/bin/python bench/coverage_eval.py [--split dev|test|all] [--set mixed|related|both]
    .venv/bin/python bench/coverage_eval.py --make-pairs OUT [--set mixed|related]

A run calls a requirement covered when the page shows a bullet retrieved for it with cosine >=
`--threshold` (0.35 by default, `index/evidence.py`). Two sets of (requirement, closest bullet)
pairs, labelled by a person who saw neither the cosine nor the code (yes / partly / no;
`bench/data/coverage/DATASHEET.md`):
* mixed (`pairs.jsonl`): the 25 shared postings x 4 corpora (the shipped example and three test
  resumes, all tech), each requirement's closest bullet when its cosine is >= 0.30, 400 sampled
  with a fixed seed: mostly postings far from the person's field;
* related (`pairs_related.jsonl`): the same postings x the fit bench's resumes
  (`bench/data/fit_resumes/`) that its labels call a partial or good fit (label >= 1), closest
  bullet at cosine >= 0.25, 400 sampled: what a person applying in their own field sees.
Postings with odd numbers are dev, even are test, decided before labelling, as for ingest.

For each gate it prints how many pairs it calls covered, the share of those a person labelled
yes (precision; "yes or partly" beside it) and the share of all yes-pairs it keeps (recall).
Gates: cosine alone at several thresholds, and cosine with a keyword check (the bullet names one
of the requirement's keywords or a variant of it, or the cosine is high).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from tailor.text.keyword_variants import found_in  # noqa: E402

DATA = ROOT / "bench/data/coverage"
CORPORA = ("tailor/corpus/examples/experiences.json", "tests/testdata/resumes/senior-engineer.resume.json",
           "tests/testdata/resumes/career-changer.resume.json", "tests/testdata/resumes/new-grad.resume.json")
FLOOR = 0.30          # pairs below this cosine are not candidates at all
SAMPLE, SEED = 400, 20261206
RELATED_FLOOR, RELATED_SEED = 0.25, 20261207
SETS = {"mixed": ("pairs.jsonl", "labels.jsonl"), "related": ("pairs_related.jsonl", "labels_related.jsonl")}

Gate = Callable[[dict], bool]


def split_of(posting: str) -> str:
    return "test" if int(re.match(r"\d+", posting).group()) % 2 == 0 else "dev"


def make_pairs(which: str) -> list[dict]:
    """Each requirement's closest bullet in each corpus above the set's floor, then the seeded
    sample (mixed: every posting x CORPORA; related: the fit labels' partial and good fits)."""
    from tailor.corpus.loader import load_corpus
    from tailor.index.embeddings import MiniLMEmbedder
    from tailor.text.posting import read_posting
    embedder = MiniLMEmbedder()
    if which == "mixed":
        jobs = sorted(p.name for p in (ROOT / "tests/testdata/jobs").glob("*.txt"))
        combos = [(job, path) for job in jobs for path in CORPORA]
        floor, seed, first = FLOOR, SEED, 0
    else:
        fits = [json.loads(line) for line in (ROOT / "bench/data/fit_labels.jsonl").read_text("utf-8").splitlines()]
        combos = sorted((f["posting"], f["resume"]) for f in fits if f["label"] >= 1)
        floor, seed, first = RELATED_FLOOR, RELATED_SEED, 1000
    postings, corpora, rows = {}, {}, []
    for job, path in combos:
        if job not in postings:
            posting = read_posting(ROOT / "tests/testdata/jobs" / job)
            postings[job] = (posting, embedder.encode([r.text for r in posting.requirements])
                             if posting.requirements else None)
        if path not in corpora:
            evidence = load_corpus(ROOT / path).evidence()
            ids = list(evidence)
            texts = [evidence[i].text for i in ids]
            corpora[path] = (ids, texts, embedder.encode(texts))
        (posting, queries), (ids, texts, vectors) = postings[job], corpora[path]
        if queries is None:
            continue
        for req, sims in zip(posting.requirements, queries @ vectors.T):
            best = int(sims.argmax())
            if sims[best] >= floor:
                row = {"posting": job, "resume": path, "requirement_id": req.id,
                       "requirement": req.text, "keywords": req.keywords, "kind": req.kind,
                       "evidence_id": ids[best], "evidence": texts[best],
                       "cosine": round(float(sims[best]), 4)}
                rows.append(row)
    random.Random(seed).shuffle(rows)
    return [dict(row, pair=first + i) for i, row in enumerate(rows[:SAMPLE])]


def names_a_keyword(row: dict) -> bool:
    return any(found_in(row["evidence"], k) for k in row["keywords"])


def gates() -> dict[str, Gate]:
    out: dict[str, Gate] = {f"cosine >= {t:.2f}": (lambda r, t=t: r["cosine"] >= t)
                            for t in (0.30, 0.35, 0.40, 0.45, 0.50)}
    for t, strong in ((0.35, 0.45), (0.35, 0.50), (0.30, 0.45)):
        out[f"cosine >= {t:.2f} and (a keyword named or cosine >= {strong:.2f})"] = \
            lambda r, t=t, s=strong: r["cosine"] >= t and (names_a_keyword(r) or r["cosine"] >= s)
        out[f"cosine >= {t:.2f} and (a keyword named, no keywords asked, or cosine >= {strong:.2f})"] = \
            lambda r, t=t, s=strong: r["cosine"] >= t and (not r["keywords"] or names_a_keyword(r)
                                                           or r["cosine"] >= s)
    return out


def share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def table(rows: list[dict]) -> list[str]:
    positives = sum(r["label"] == "yes" for r in rows)
    lines = [f"{len(rows)} pairs, {positives} labelled yes, "
             f"{sum(r['label'] == 'partly' for r in rows)} partly", "",
             "| gate | covered | precision (yes) | precision (yes or partly) | recall of yes |",
             "|---|---|---|---|---|"]
    for name, gate in gates().items():
        kept = [r for r in rows if gate(r)]
        yes = sum(r["label"] == "yes" for r in kept)
        some = sum(r["label"] in ("yes", "partly") for r in kept)
        lines.append(f"| {name} | {len(kept)} | {share(yes, len(kept))} | {share(some, len(kept))} "
                     f"| {share(yes, positives)} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--set", choices=("mixed", "related", "both"), default="both")
    parser.add_argument("--make-pairs", type=Path, default=None,
                        help="write the sampled pairs (with cosines) of --set here and stop")
    args = parser.parse_args()
    if args.make_pairs:
        which = "mixed" if args.set == "both" else args.set
        args.make_pairs.write_text("".join(json.dumps(r) + "\n" for r in make_pairs(which)), "utf-8")
        return
    print(f"split: {args.split}")
    pooled = []
    for name in (("mixed", "related") if args.set == "both" else (args.set,)):
        rows = labelled(name, args.split)
        pooled += rows
        print(f"\n{name}: " + "\n".join(table(rows)))
    if args.set == "both":
        print("\nboth: " + "\n".join(table(pooled)))


def labelled(name: str, split: str) -> list[dict]:
    pairs_file, labels_file = SETS[name]
    pairs = [json.loads(line) for line in (DATA / pairs_file).read_text("utf-8").splitlines()]
    labels = {d["pair"]: d for d in map(json.loads, (DATA / labels_file).read_text("utf-8").splitlines())}
    return [dict(p, label=labels[p["pair"]]["label"]) for p in pairs
            if split == "all" or split_of(p["posting"]) == split]


if __name__ == "__main__":
    main()
