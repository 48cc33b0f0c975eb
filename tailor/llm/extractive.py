"""The model-free writer as a model: it never rewrites, so the person's own bullets ship.

Why a class and not "no model": the graph, the writer, interview questions and training all
take a `LanguageModel`; with this one they need no special case for "extractive". The writer
asks `rewrites` before sending anything, so `complete` is only reached by callers that ignore
it, and then it answers with the evidence itself, the extractive answer by definition.
"""
from __future__ import annotations

from tailor.llm.base import Message
from tailor.schemas import GenerationStats, ModelFingerprint


class ExtractiveModel:
    rewrites = False
    on_progress = None  # it answers at once: nothing to report

    def __init__(self) -> None:
        self.fingerprint = ModelFingerprint(backend="extractive", model_id="none")
        self.stats = GenerationStats()

    def complete(self, chats: list[list[Message]], max_new_tokens: int = 80,
                 evidence: list[str] | None = None) -> list[str]:
        return list(evidence) if evidence is not None else ["" for _ in chats]
