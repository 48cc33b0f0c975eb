"""The claim-change benchmark: how often each checker rejects labelled (evidence, rewrite) pairs.

Data: `bench/data/claims/{dev,test}.jsonl` (datasheet beside them). Used by
`bench/claims_eval.py` (the table in the README) and by the test that holds the critic to its
thresholds on the test split. A pair is *rejected* by a system when:

* `before`:   any truth check of the critic other than the claim check fails (the critic as it was
  before the claim check: citations, terms, novel content, similarity);
* `critic`:   any truth check fails, the claim check included (what ships now);
* `claims`:   the claim check alone;
* `embedding`: cosine(rewrite, evidence) is below a threshold chosen on the dev split.

Style checks (length, first person...) are left out: they judge form, and a rewrite they reject
falls back to the person's own words, which is not a verdict on its meaning.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tailor.agents.critic import TRUTH_CHECKS, critique
from tailor.index.embeddings import Embedder
from tailor.schemas import (
    Basics,
    Corpus,
    EvidenceBullet,
    Experience,
    JobPosting,
    TailoredItem,
    TailoredResume,
    TailoredRole,
)

SYSTEMS = ("before", "critic", "claims", "embedding")


@dataclass(frozen=True)
class Pair:
    id: str
    occupation: str
    split: str
    item: str            # "bullet" | "summary"
    evidence: tuple[str, ...]
    rewrite: str
    faithful: bool
    kind: str
    note: str = ""


def load_pairs(path: Path) -> list[Pair]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [Pair(**{**r, "evidence": tuple(r["evidence"])}) for r in rows]


def verdicts(pairs: Sequence[Pair], embedder: Embedder) -> dict[str, dict[str, bool]]:
    """pair id -> {check name: passed} from one `critique` per pair (truth checks only)."""
    out = {}
    for pair in pairs:
        resume, corpus, job = _as_resume(pair)
        verdict = critique(resume, corpus, job, embedder).verdicts[0]
        out[pair.id] = {name: verdict.checks.get(name, True) for name in TRUTH_CHECKS}
        out[pair.id]["_similarity"] = verdict.similarity or 0.0
    return out


def rejected(checks: dict[str, float | bool], system: str, threshold: float = 0.0) -> bool:
    if system == "embedding":
        return float(checks["_similarity"]) < threshold
    names = {"before": [n for n in TRUTH_CHECKS if n != "claims"], "critic": list(TRUTH_CHECKS),
             "claims": ["claims"]}[system]
    return not all(checks[n] for n in names)


def best_threshold(pairs: Sequence[Pair], checks: dict[str, dict]) -> float:
    """The similarity threshold that maximises (catch rate + keep rate) / 2 on these pairs."""
    sims = sorted({round(float(checks[p.id]["_similarity"]), 4) for p in pairs})
    candidates = [0.0] + [s + 1e-4 for s in sims]

    def balanced(t: float) -> float:
        r = rates(pairs, {p.id: float(checks[p.id]["_similarity"]) < t for p in pairs})
        return (r["all changes"]["rate"] + r["all faithful"]["rate"]) / 2
    return max(candidates, key=balanced)


def rates(pairs: Sequence[Pair], flagged: dict[str, bool]) -> dict[str, dict[str, float]]:
    """Per kind: for meaning changes the catch rate (share flagged), for faithful edits the keep
    rate (share not flagged); plus `all changes` and `all faithful`."""
    groups: dict[str, list[bool]] = defaultdict(list)
    for p in pairs:
        good = flagged[p.id] if not p.faithful else not flagged[p.id]
        groups[p.kind if not p.faithful else f"faithful: {p.kind}"].append(good)
        groups["all faithful" if p.faithful else "all changes"].append(good)
    return {k: {"rate": float(np.mean(v)), "n": len(v)} for k, v in sorted(groups.items())}


def _as_resume(pair: Pair) -> tuple[TailoredResume, Corpus, JobPosting]:
    """One role with the pair's evidence as its bullets and the rewrite citing all of them. The
    role has no title, so nothing but the evidence can support a bullet's claim; a summary may
    also name the person's headline (here the occupation), as in a real run."""
    bullets = [EvidenceBullet(id=f"e{k}", text=t) for k, t in enumerate(pair.evidence)]
    basics = Basics(name="Alex Doe", label=pair.occupation if pair.item == "summary" else "")
    corpus = Corpus(basics=basics, experiences=[Experience(
        id="x1", organization="Employer", title="", bullets=bullets)])
    item = TailoredItem(id="summary" if pair.item == "summary" else "b1", text=pair.rewrite,
                        source_ids=[b.id for b in bullets], origin="model")
    role = TailoredRole(experience_id="x1", organization="Employer", title="",
                        bullets=[] if pair.item == "summary" else [item])
    resume = TailoredResume(basics=basics, summary=item if pair.item == "summary" else None,
                            roles=[role])
    return resume, corpus, JobPosting(title="")
