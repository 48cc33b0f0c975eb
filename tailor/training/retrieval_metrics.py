"""Ranking metrics for the retrieval embedder (recall@k, MRR@k, MAP@k) and the rule that says
whether a fine-tuned model beats the pretrained one.

Pure functions of rankings and of an encode function, with no model or training code, so they are
tested on hand-made rankings and measure the pretrained and the fine-tuned model the same way.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from tailor.training.retrieval_data import EvalSet

Encode = Callable[[list[str]], np.ndarray]


def recall_at_k(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    """Share of the relevant ids found in the first k; 0 when nothing is relevant."""
    if not relevant:
        return 0.0
    return len(relevant.intersection(ranked[:k])) / len(relevant)


def reciprocal_rank_at_k(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    """1 / rank of the first relevant id in the first k (ranks start at 1), else 0."""
    for rank, item in enumerate(ranked[:k], start=1):
        if item in relevant:
            return 1.0 / rank
    return 0.0


def average_precision_at_k(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    """Mean of precision@rank over the relevant ids found in the first k, divided by
    min(|relevant|, k): unlike the reciprocal rank it still moves when the first hit is already
    at rank 1 and the others move up or down."""
    if not relevant:
        return 0.0
    hits, total = 0, 0.0
    for rank, item in enumerate(ranked[:k], start=1):
        if item in relevant:
            hits += 1
            total += hits / rank
    return total / min(len(relevant), k)


def retrieval_metrics(rankings: dict[str, Sequence[str]], relevant: dict[str, set[str]],
                      k: int) -> dict:
    """Means over queries of recall@k, MRR@k and MAP@k, plus each query's own numbers."""
    per_query = {q: {f"recall@{k}": recall_at_k(rankings[q], relevant[q], k),
                     f"rr@{k}": reciprocal_rank_at_k(rankings[q], relevant[q], k),
                     f"ap@{k}": average_precision_at_k(rankings[q], relevant[q], k)}
                 for q in rankings}
    n = len(per_query)

    def mean(name: str) -> float:
        return sum(m[name] for m in per_query.values()) / n

    return {f"recall@{k}": mean(f"recall@{k}"), f"mrr@{k}": mean(f"rr@{k}"),
            f"map@{k}": mean(f"ap@{k}"), "per_query": per_query}


def evaluate(encode: Encode, evalset: EvalSet, k: int) -> dict:
    """Rank the pool for each query by cosine (normalised vectors), ties in pool order."""
    q_vecs = encode([t for _, t in evalset.queries])
    p_vecs = encode([t for _, t in evalset.pool])
    scores = q_vecs @ p_vecs.T
    ids = [pid for pid, _ in evalset.pool]
    rankings = {qid: [ids[j] for j in np.argsort(-scores[n], kind="stable")]
                for n, (qid, _) in enumerate(evalset.queries)}
    return retrieval_metrics(rankings, evalset.relevant, k)


def is_better(pretrained: dict, finetuned: dict, k: int) -> bool:
    """Fine-tuned wins only with a higher MRR@k and no lower recall@k."""
    return (finetuned[f"mrr@{k}"] > pretrained[f"mrr@{k}"]
            and finetuned[f"recall@{k}"] >= pretrained[f"recall@{k}"])
