"""Deterministic stand-ins used only by tests: a scripted chat model and a hashing embedder."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

import numpy as np

from tailor.schemas import GenerationStats, ModelFingerprint

Reply = Callable[[list[dict]], str]
FABRICATED = "Built serverless AWS Lambda functions for 12 clients"  # conftest.scripted_run


class ScriptedModel:
    """Answers each chat with the next scripted reply, or with `reply(chat)` when given a function.

    `seen` records every chat so tests can assert what the writer asked for.
    """

    def __init__(self, replies: list[str] | Reply):
        self._replies = replies
        self.seen: list[list[dict]] = []
        self.fingerprint = ModelFingerprint(backend="fake", model_id="scripted")
        self.stats = GenerationStats()

    def complete(self, chats: list[list[dict]], max_new_tokens: int = 80,
                 evidence: list[str] | None = None) -> list[str]:
        out = []
        for chat in chats:
            self.seen.append(chat)
            if callable(self._replies):
                out.append(self._replies(chat))
            else:
                out.append(self._replies.pop(0) if self._replies else "")
        self.stats.calls += 1
        self.stats.prompts += len(chats)
        self.stats.new_tokens += sum(len(t.split()) for t in out)
        return out


class HashingEmbedder:
    """Bag-of-words hashed into 384 dims: deterministic, fast, and similar texts stay similar."""

    model_id = "test/hashing-embedder"

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % 384] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)
