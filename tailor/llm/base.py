"""The one model interface every writer backend implements.

The writer never asks a model for a whole JSON document: it sends one short chat per field
(bullet or summary) and code assembles the structure, so a small model cannot break the JSON.
All prompts of one resume go in one `complete` call so local backends can batch them.
"""
from __future__ import annotations

from typing import Callable, Protocol

from tailor.schemas import GenerationStats, ModelFingerprint

Message = dict[str, str]  # {"role": "system" | "user" | "assistant", "content": str}
# (prompts finished, prompts in the call): how far a `complete` call has got
OnProgress = Callable[[int, int], None]


class LanguageModel(Protocol):
    fingerprint: ModelFingerprint
    stats: GenerationStats
    # False only for the extractive writer: callers then keep the person's own words and never
    # ask for completions (it still answers, with the evidence itself).
    rewrites: bool
    # Set by a caller that shows progress (the CLI's spinner: a local model writes a page for
    # minutes on a laptop); called from `complete` as its parts finish. None: nobody listens.
    on_progress: OnProgress | None

    def complete(self, chats: list[list[Message]], max_new_tokens: int = 80,
                 evidence: list[str] | None = None) -> list[str]:
        """Return one completion per chat, in order.

        `evidence[i]`, when given, is the source text chat i may draw facts from; a backend that
        can constrain decoding (the local one) uses it to forbid numbers and names absent from
        it. Other backends ignore it: the critic checks every output either way.
        """
        ...
