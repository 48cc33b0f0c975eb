"""Faults of a written resume line that are not about its truth: a small model's loops, chat or
prompt-injection leftovers, broken formatting, a near-copy of an earlier line.

The critic fails a line the model wrote for any of them, and the rubric counts them against a
variant's clarity; both ask the same questions of nothing but the text, so the detectors live
here, below the agents.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from tailor.schemas import TailoredItem
from tailor.text.tokens import plain

# Leftovers of a chat model or of an injected posting. Start-anchored patterns are answer
# preambles and prompt echoes; the others are suspicious anywhere in a resume line.
_INJECTION_START = re.compile(
    r"^\s*(?:sure\b|certainly\b|of course\b|okay\b|here(?:'s|’s| is| are)\b|rewrite\b|rewritten\b"
    r"|(?:rewritten |new |tailored )?(?:bullet|summary|output|answer|response|result|assistant)"
    r"\s*:)", re.I)
_INJECTION_ANYWHERE = re.compile(
    r"(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier)"
    r"|previous instructions|system prompt|as an ai\b|language model|ready to help"
    r"|\bi (?:cannot|can't|can not)\b|<\|\w+\|>|```|\b(?:evidence|instructions?)\s*:", re.I)
_BULLET_GLYPH = re.compile(r"^\s*(?:[-*•\u2022>]|\d+[.)])\s")


def duplicate_of(text: str, earlier: list[TailoredItem],
                 threshold: int) -> tuple[TailoredItem, float] | None:
    for other in earlier:
        ratio = fuzz.token_set_ratio(text, other.text, processor=default_process)
        if ratio >= threshold:
            return other, ratio
    return None


def repetition(text: str, max_word_count: int) -> str | None:
    """A phrase of 4 words said twice, or a word of 4+ letters said `max_word_count` times.

    Small models loop ("Full-stack Full-stack ...", the same clause twice); neither the
    length limit (a loop cut at 80 tokens can fit) nor the term check (every word is evidence)
    catches that.
    """
    words = [plain(w) for w in re.findall(r"[\w.+#/&'’-]+", text) if plain(w)]
    seen: set[tuple[str, ...]] = set()
    for k in range(len(words) - 3):
        gram = tuple(words[k:k + 4])
        if gram in seen:
            return " ".join(gram)
        seen.add(gram)
    counts: dict[str, int] = {}
    for w in words:
        if len(w) >= 4 and w.isalpha():
            counts[w] = counts.get(w, 0) + 1
            if counts[w] >= max_word_count:
                return w
    return None


def injection(text: str) -> str | None:
    m = _INJECTION_START.search(text) or _INJECTION_ANYWHERE.search(text)
    return m.group().strip() if m else None


def format_problem(text: str) -> str | None:
    """Light formatting only: one line, no glyph, no wrapping quotes, capital (or digit) first."""
    stripped = text.strip()
    if not stripped:
        return "empty"
    if "\n" in stripped:
        return "more than one line"
    if _BULLET_GLYPH.match(stripped):
        return "starts with a bullet glyph or list number"
    if stripped[0] in "\"'“‘":
        return "wrapped in quotes"
    if not (stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "$€£"):
        return "does not start with a capital letter"
    return None
