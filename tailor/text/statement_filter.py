"""A learned second opinion on which posting statements are requirements.

Why: the segmentation rules (`requirement_kinds`, `posting_boilerplate`) are written from the
postings someone has read. On postings nobody has read they keep agency mission prose,
definitions of "experience" and rating procedure as requirements, and drop requirements worded
in ways no rule names. A logistic regression over the statement's word 1-2-grams, the section it
sits in and the rules' boilerplate and length flags, fitted on hand-labelled dev postings, weighs
thousands of cues no one wrote down. It vetoes what the rules kept when it is confident that it
is not a requirement, and adds what the rules dropped when it is confident that it is one
(`posting_requirements.decide`).

No sentence model: MiniLM vectors added 0.004 of cross-validated AUC and 0.36 s per posting,
which broke ingest's 0.3 s budget (bench/train_statement_filter.py has the numbers). Nor a
fine-tuned MiniLM for the statements this filter is unsure of: on thirty federal postings neither
had seen it bought precision with recall (bench/train_statement_model.py). The weights and both
thresholds (`data/statement_filter.json`) are written by bench/train_statement_filter.py, which reports
what they gain on postings the rules were never tuned on; `bench/ingest_eval.py` measures the
result on the test postings. See docs/ARCHITECTURE.md, "Ingest".
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from tailor.text.posting_vocabulary import Section

WEIGHTS = Path(__file__).with_name("data") / "statement_filter.json"
SECTIONS: tuple[Section, ...] = ("must", "nice", "resp", "neutral", "boiler")


N_WORD_FEATURES = 2 ** 14   # hashed n-gram columns (the fitted weights are this long, plus 7)
WORD_WEIGHT = 2.0    # the n-grams' scale against the section and flag columns


def features(texts: Sequence[str], sections: Sequence[str],
             flags: Sequence[tuple[bool, bool]]) -> np.ndarray:
    """The filter's input: a one-hot of the statement's section (`SECTIONS`), the rules' two flags
    (named by the boilerplate list; enough words to be a requirement) and its hashed word uni- and
    bigrams ("must", "gs 11", "is defined", "your responsibility")."""
    rows = len(texts)
    onehot = np.array([[section == s for s in SECTIONS] for section in sections], dtype=np.float32)
    flag_columns = np.array(flags, dtype=np.float32).reshape(rows, 2)
    words = WORD_WEIGHT * _words().transform(list(texts)).toarray().astype(np.float32)
    return np.hstack([onehot.reshape(rows, len(SECTIONS)), flag_columns, words])


@lru_cache(maxsize=1)
def _words():
    """The hashed n-gram vectorizer, built on first use: importing scikit-learn takes seconds, which
    every command paid at start (`tailor --help`, `tailor ledger`) though only ingest needs it."""
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(n_features=N_WORD_FEATURES, ngram_range=(1, 2), alternate_sign=False, norm="l2")


class StatementFilter:
    """P(requirement) for statements, and the two thresholds that turn it into decisions."""

    def __init__(self, coef: Sequence[float], intercept: float, veto_below: float,
                 add_above: float):
        self.coef = np.asarray(coef, dtype=np.float32)
        self.intercept = float(intercept)
        self.veto_below = veto_below      # a statement the rules kept is dropped below this
        self.add_above = add_above        # a substantive one they dropped is kept above this

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> StatementFilter:
        data = json.loads(path.read_text("utf-8"))
        return cls(data["coef"], data["intercept"], data["veto_below"], data["add_above"])

    def probabilities(self, texts: Sequence[str], sections: Sequence[str],
                      flags: Sequence[tuple[bool, bool]]) -> np.ndarray:
        """P(requirement) per statement; `flags` as in `features`."""
        if not texts:
            return np.zeros(0, dtype=np.float32)
        logits = features(texts, sections, flags) @ self.coef
        return 1.0 / (1.0 + np.exp(-(logits + self.intercept)))


@lru_cache(maxsize=1)
def default_filter() -> StatementFilter:
    return StatementFilter.load()
