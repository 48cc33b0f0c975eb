"""Overlapping sentence windows ("chunks") of long evidence, so no sentence is cut off unseen.

Why: all-MiniLM-L6-v2 reads at most 256 word pieces and silently drops the rest, so the last
sentences of a long role description would never count; and one vector for ten sentences is
the average of ten topics, close to none of them. Evidence longer than `MAX_PIECES` is split
into windows of whole sentences that overlap by one sentence, and a requirement takes its best
chunk. The word-piece count is estimated (about 1.3 pieces per word or symbol) so chunking does
not depend on which embedder is loaded; the budget stays well under the model's window.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tailor.corpus.evidence import split_sentences
from tailor.fit.blind import Unit

MAX_PIECES = 128          # a chunk's estimated word pieces (the model's window is 256)
OVERLAP_SENTENCES = 1
CHUNK_MARK = "#c"         # chunk id = cite id + "#c<n>" when a unit is split


@dataclass(frozen=True)
class Chunk:
    id: str               # unique: `w0.3-9f86d0` or `w0.3-9f86d0#c2`
    cite_id: str          # what a rationale cites: the unit's id
    text: str


def estimate_pieces(text: str) -> int:
    """Word pieces of `text`, estimated: words and symbols, times 1.3 for split sub-words."""
    return round(1.3 * len(re.findall(r"\w+|[^\w\s]", text)))


def _split_long_sentence(sentence: str) -> list[str]:
    """A run-on "sentence" over the budget is cut into word windows (with a little overlap)."""
    words = sentence.split()
    size = max(8, int(MAX_PIECES / 1.6))
    step = max(1, size - size // 5)
    return [" ".join(words[i:i + size]) for i in range(0, max(1, len(words) - size // 5), step)]


def chunk_text(text: str) -> list[str]:
    """`text` itself when it fits, else windows of whole sentences overlapping by one."""
    if estimate_pieces(text) <= MAX_PIECES:
        return [text]
    sentences: list[str] = []
    for sentence in split_sentences(text):
        sentences += [sentence] if estimate_pieces(sentence) <= MAX_PIECES else _split_long_sentence(sentence)
    windows: list[str] = []
    start = 0
    while start < len(sentences):
        end, size = start, 0
        while end < len(sentences) and (end == start or size + estimate_pieces(sentences[end]) <= MAX_PIECES):
            size += estimate_pieces(sentences[end])
            end += 1
        windows.append(" ".join(sentences[start:end]))
        if end >= len(sentences):
            break
        start = max(start + 1, end - OVERLAP_SENTENCES)
    return windows


def chunk_units(units: tuple[Unit, ...] | list[Unit]) -> list[Chunk]:
    chunks: list[Chunk] = []
    for unit in units:
        windows = chunk_text(unit.text)
        if len(windows) == 1:
            chunks.append(Chunk(unit.cite_id, unit.cite_id, windows[0]))
        else:
            chunks += [Chunk(f"{unit.cite_id}{CHUNK_MARK}{n}", unit.cite_id, w) for n, w in enumerate(windows)]
    return chunks
