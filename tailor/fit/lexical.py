"""Lexical evidence: how much of a posting's (or one requirement's) wording a blind resume uses,
weighed by how telling each word is, Okapi BM25 style.

Why: embedding similarity of a requirement's best chunk barely moves when a resume lacks the
posting's tools and terms (a resume with its skills deleted still "sounds like" the job), while
the words themselves do; plain TF-IDF and BM25 beat the similarity-only fit on real labelled
data (issue 16). This adds the words back, explainably: every number here is a share of the
query's term weight that the resume covers.

Terms are the light stems of `tailor.text.tokens` (words and numbers; English stop words and
one-letter words dropped), so "APIs"/"API" and "managed"/"manage" meet. A term's weight is its
BM25 IDF, log(1 + (N - n + 0.5) / (n + 0.5)), over a FIXED background collection bundled as
`idf.json` (N documents, n of which use the term): the same posting and resume score the same
whatever else is scored in the run, one posting or 641. A term the background never saw gets
the largest weight (n = 0): rare, specific words ("Kubernetes", "AP-1000") are what tell fits
apart. `bench/fit_calibrate.py --idf` rebuilds the table; its provenance is in the file.

* `coverage(query, doc)`: the IDF-weighted share of the query's distinct terms found in the
  document (0-1);
* `bm25(query, doc)`: BM25 of the document for the query (k1 = 1.2, b = 0.75, document length
  against the background's mean), divided by its largest possible value, so 0-1 as well.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from tailor.text.tokens import stem, tokenize

IDF_FILE = "idf.json"
K1, B = 1.2, 0.75
STOP = frozenset(ENGLISH_STOP_WORDS) | {"etc", "e.g", "i.e", "ie", "eg", "including", "ability", "able",
                                         "strong", "excellent", "good", "work", "working", "experience",
                                         "year", "years", "knowledge", "skills", "skill", "must",
                                         "preferred", "required", "plus", "job", "role", "candidate"}


@lru_cache(maxsize=262144)
def _term(word: str) -> str:
    low = word.lower()
    if low in STOP or (len(low) < 2 and not low.isdigit()):
        return ""
    return stem(word)


def terms(text: str) -> list[str]:
    """The text's terms, in order: light stems of its words and numbers, stop words dropped."""
    return list(_terms(text))


@lru_cache(maxsize=65536)
def _terms(text: str) -> tuple[str, ...]:
    """Cached: a run scores the same posting and requirement texts against every resume."""
    return tuple(t for token in tokenize(text) if token.kind in ("word", "num") and (t := _term(token.text)))


@dataclass(frozen=True)
class Background:
    """Document frequencies of a fixed collection: the source of every term's weight."""
    documents: int
    df: dict[str, int]
    mean_length: float
    provenance: dict = field(default_factory=dict)

    def idf(self, term: str) -> float:
        n = self.df.get(term, 0)
        return math.log(1 + (self.documents - n + 0.5) / (n + 0.5))

    def to_json(self) -> dict:
        return {"documents": self.documents, "mean_length": round(self.mean_length, 2),
                "provenance": self.provenance, "df": dict(sorted(self.df.items()))}


def build_background(texts: list[str], provenance: dict | None = None, min_df: int = 2) -> Background:
    """Document frequencies over `texts`; terms in fewer than `min_df` documents are left out
    (they weigh as unseen, which is what a term that rare is)."""
    docs = [set(terms(t)) for t in texts]
    df = Counter(t for d in docs for t in d)
    lengths = [len(terms(t)) for t in texts]
    return Background(documents=len(texts), df={t: n for t, n in df.items() if n >= min_df},
                      mean_length=sum(lengths) / max(len(lengths), 1), provenance=dict(provenance or {}))


def background_from_json(data: dict) -> Background:
    return Background(documents=int(data["documents"]), df={k: int(v) for k, v in data["df"].items()},
                      mean_length=float(data["mean_length"]), provenance=dict(data.get("provenance", {})))


@lru_cache(maxsize=1)
def load_background() -> Background:
    """The bundled background (tailor/fit/idf.json)."""
    return background_from_json(json.loads(resources.files("tailor.fit").joinpath(IDF_FILE).read_text("utf-8")))


class Document:
    """A text's term counts, ready to be scored against many queries."""

    def __init__(self, text: str):
        self.counts = Counter(terms(text))
        self.length = sum(self.counts.values())


def coverage(query: list[str], doc: Document, background: Background) -> float | None:
    """IDF-weighted share of the query's distinct terms the document uses; None without terms."""
    wanted = set(query)
    total = sum(background.idf(t) for t in wanted)
    if not total:
        return None
    return sum(background.idf(t) for t in wanted if doc.counts.get(t)) / total


def bm25(query: list[str], doc: Document, background: Background) -> float | None:
    """BM25 of `doc` for `query` (each query term once), over its largest value: 0-1; None
    without terms."""
    wanted = set(query)
    best = sum(background.idf(t) for t in wanted) * (K1 + 1)
    if not best:
        return None
    norm = K1 * (1 - B + B * doc.length / max(background.mean_length, 1.0))
    got = 0.0
    for t in wanted:
        tf = doc.counts.get(t, 0)
        if tf:
            got += background.idf(t) * tf * (K1 + 1) / (tf + norm)
    return got / best
