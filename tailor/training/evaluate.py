"""Evaluate writers on the held-out split: base model, SFT, SFT+DPO and the extractive baseline.

Usage::

    python -m tailor.training.evaluate \\
        --sft-adapter runs/sft/adapter --dpo-adapter runs/dpo/adapter \\
        --output-dir runs/eval [--split heldout] [--limit N] [--device cpu]

Each system writes the first draft of every row (greedy, evidence-constrained, exactly the
pipeline's prompt); the critic then judges it (`tailor.training.scoring`). Metrics per system:

* first-draft truth pass rate: share of drafts passing every truth check of the critic;
* meaning-change rate: share of first drafts in which the critic's claim check finds a claim
  raised (ownership, completion, scope, ...; `tailor.text.claims`);
* Coverage@Req: of the requirements each row's evidence is labelled relevant to
  (data/retrieval_labels.json), the share a truthful draft covers (cosine >= 0.35, the
  pipeline's retrieval threshold);
* keyword hit rate: of the posting keywords the cited evidence holds, the share the draft keeps;
* numbers kept: of the numbers in the cited evidence, the share the draft still states (silent
  content loss: a draft that drops one of two results passes every truth check);
* ImpactScore (share with a quantified result), Readability (Flesch reading ease of all drafts),
  JSON validity (the assembled resume validates against tailored-resume.schema.json), rewritten (share
  not identical to the evidence: an echo passes the critic trivially), mean rubric score;
* win rate of one system over another, judged by the critic's rubric per row (ties count half);
* tokens/s of generation on this machine.

Output: ``metrics.json``, ``eval.md`` (the table the README quotes), ``outputs.jsonl`` (every
draft with its scores, to read what each system actually wrote).
"""
from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse
import json
import platform
import sys
import time
from dataclasses import asdict
from pathlib import Path

import textstat

from tailor.errors import UserInputError
from tailor.llm.extractive import ExtractiveModel
from tailor.training.dataset import Row, load_rows
from tailor.training.retrieval_data import load_labels
from tailor.training.scoring import OutputScore, generate, score_output

__all__ = ["evaluate_systems", "summarise", "win_rate", "markdown_table", "main"]

COLUMNS = [("first_draft_truth_pass_rate", "Truth pass (1st draft)", "{:.1%}"),
           ("meaning_change_rate", "Meaning change (1st draft)", "{:.1%}"),
           ("coverage_at_req", "Coverage@Req", "{:.1%}"),
           ("keyword_hit_rate", "Keyword hit", "{:.1%}"),
           ("numbers_kept", "Numbers kept", "{:.1%}"),
           ("impact_score", "ImpactScore", "{:.2f}"),
           ("readability_flesch", "Readability (Flesch)", "{:.1f}"),
           ("json_validity", "JSON valid", "{:.0%}"),
           ("rewritten", "Rewritten", "{:.1%}"),
           ("mean_rubric", "Rubric", "{:.3f}"),
           ("tokens_per_second", "tok/s", "{:.1f}")]


def relevant_requirements(row: Row, labels: dict[str, list[int]]) -> list[str]:
    """Requirement sentences the row's cited evidence is labelled relevant to."""
    indices = sorted({i for s in row.source_ids for i in labels.get(s, [])})
    return [row.requirements[i] for i in indices if i < len(row.requirements)]


def summarise(scores: list[OutputScore], tokens_per_second: float | None) -> dict:
    """Aggregate metrics of one system's scored drafts."""
    n = len(scores)
    hits = [s.keyword_hit for s in scores if s.keyword_hit is not None]
    kept = [s.numbers_kept for s in scores if s.numbers_kept is not None]
    relevant = sum(s.relevant for s in scores)
    prose = ". ".join(s.text.rstrip(".") for s in scores if s.text) + "."
    return {
        "rows": n,
        "first_draft_truth_pass_rate": sum(s.truth for s in scores) / n,
        "meaning_change_rate": sum(s.meaning_change for s in scores) / n,
        "coverage_at_req": sum(s.covered for s in scores) / relevant if relevant else None,
        "keyword_hit_rate": sum(hits) / len(hits) if hits else None,
        "numbers_kept": sum(kept) / len(kept) if kept else None,
        "impact_score": sum(s.impact for s in scores) / n,
        "readability_flesch": round(textstat.flesch_reading_ease(prose), 2),
        "json_validity": sum(s.valid_json for s in scores) / n,
        "rewritten": sum(not s.verbatim for s in scores) / n,
        "mean_rubric": sum(s.rubric for s in scores) / n,
        "tokens_per_second": tokens_per_second,
    }


def win_rate(a: list[OutputScore], b: list[OutputScore]) -> dict:
    """How often system a's draft outscores b's on the critic's rubric, row by row."""
    wins = sum(x.rubric > y.rubric for x, y in zip(a, b))
    ties = sum(x.rubric == y.rubric for x, y in zip(a, b))
    losses = len(a) - wins - ties
    return {"wins": wins, "ties": ties, "losses": losses,
            "win_rate": (wins + 0.5 * ties) / len(a) if a else None}


def evaluate_systems(systems: dict[str, object], rows: list[Row], embedder,
                     labels: dict[str, list[int]], progress=None) -> dict:
    """Drafts, scores and metrics for each system (name -> model; extractive is one too)."""
    results: dict[str, dict] = {}
    for name, model in systems.items():
        started = time.perf_counter()
        texts = generate(model, rows)
        seconds = time.perf_counter() - started
        tps = (model.stats.new_tokens / model.stats.seconds
               if model.stats.seconds else None)
        scores = [score_output(r, t, embedder, relevant_requirements(r, labels))
                  for r, t in zip(rows, texts)]
        results[name] = {"scores": scores, "metrics": summarise(scores, tps),
                         "seconds": round(seconds, 2)}
        if progress:
            progress(name, results[name]["metrics"])
    return results


def comparisons(results: dict[str, dict]) -> dict[str, dict]:
    """Critic win rates: SFT+DPO vs SFT (the issue's question), each adapter vs the base."""
    pairs = [("sft+dpo", "sft"), ("sft", "base"), ("sft+dpo", "base")]
    return {f"{a} vs {b}": win_rate(results[a]["scores"], results[b]["scores"])
            for a, b in pairs if a in results and b in results}


def markdown_table(results: dict[str, dict], wins: dict[str, dict], rows: int,
                   split: str) -> str:
    head = "| System | " + " | ".join(label for _, label, _ in COLUMNS) + " |"
    lines = [head, "|" + "---|" * (len(COLUMNS) + 1)]
    for name, result in results.items():
        cells = []
        for key, _, fmt in COLUMNS:
            value = result["metrics"][key]
            cells.append("n/a" if value is None else fmt.format(value))
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", f"{rows} rows of the {split} split. Critic win rate (rubric, ties count half):", ""]
    lines += [f"- {pair}: {w['win_rate']:.1%} ({w['wins']} wins, {w['ties']} ties, "
              f"{w['losses']} losses)" for pair, w in wins.items()]
    return "\n".join(lines) + "\n"


def write_results(results: dict[str, dict], rows: list[Row], split: str,
                  output_dir: Path, adapters: dict[str, str]) -> None:
    output_dir.mkdir(parents=True, exist_ok=True)
    wins = comparisons(results)
    metrics = {"split": split, "rows": len(rows), "adapters": adapters,
               "machine": f"{platform.processor() or platform.machine()}, "
                          f"{os.cpu_count()} cores, {platform.python_version()}",
               "systems": {name: {**r["metrics"], "seconds": r["seconds"]}
                           for name, r in results.items()},
               "win_rates": wins}
    (output_dir / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n",
                                             encoding="utf-8")
    (output_dir / "eval.md").write_text(markdown_table(results, wins, len(rows), split),
                                        encoding="utf-8")
    with (output_dir / "outputs.jsonl").open("w", encoding="utf-8") as fh:
        for k, row in enumerate(rows):
            fh.write(json.dumps({"row": row.id, "reference": row.output, **{
                name: asdict(r["scores"][k]) for name, r in results.items()}},
                ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------- command line

def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tailor train eval",
        description="Compare base / SFT / SFT+DPO / extractive writers on the held-out split.")
    parser.add_argument("--sft-adapter", type=Path, default=None, help="SFT adapter folder")
    parser.add_argument("--dpo-adapter", type=Path, default=None, help="SFT+DPO adapter folder")
    parser.add_argument("--output-dir", type=Path, required=True)
    parser.add_argument("--split", choices=["heldout", "train"], default="heldout")
    parser.add_argument("--limit", type=int, default=None, help="first N rows only (smoke runs)")
    parser.add_argument("--base-model", type=Path, default=None,
                        help="plain HF model folder (default: the bundled SmolLM2)")
    parser.add_argument("--device", default="cpu")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        adapters = {"sft": args.sft_adapter, "sft+dpo": args.dpo_adapter}
        for name, path in adapters.items():
            if path is not None and not (path / "adapter_config.json").is_file():
                raise UserInputError(f"not a PEFT adapter folder ({name})", file=str(path))
        rows = [r for r in load_rows() if r.split == args.split][:args.limit]
        systems = _load_systems(args, adapters)
    except UserInputError as exc:
        print(f"error: {exc.render()}", file=sys.stderr)
        return 1
    from tailor.index.embeddings import CachingEmbedder, default_embedder

    def progress(name: str, metrics: dict) -> None:
        print(f"  {name}: truth {metrics['first_draft_truth_pass_rate']:.1%}, "
              f"rubric {metrics['mean_rubric']:.3f}", file=sys.stderr)

    results = evaluate_systems(systems, rows, CachingEmbedder(default_embedder()), load_labels(),
                               progress)
    write_results(results, rows, args.split, args.output_dir,
                  {k: str(v) for k, v in adapters.items() if v})
    print((args.output_dir / "eval.md").read_text(encoding="utf-8"))
    return 0


def _load_systems(args, adapters: dict[str, Path | None]) -> dict[str, object]:
    from tailor.llm.local import LocalModel

    model_path = str(args.base_model) if args.base_model else None
    systems: dict[str, object] = {"base": LocalModel(model_path=model_path, device=args.device)}
    for name, path in adapters.items():
        if path is not None:
            systems[name] = LocalModel(model_path=model_path, adapter=str(path),
                                       device=args.device)
    systems["extractive"] = ExtractiveModel()
    return systems


if __name__ == "__main__":
    raise SystemExit(main())
