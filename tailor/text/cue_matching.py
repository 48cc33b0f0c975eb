"""Finding claim cues in a text: the cue lists of `tailor.text.claim_cues` compiled into word
patterns, and matched on the words of a text as `Hit`s (kind, level, position).

The claim rules (`tailor.text.claims`) compare what a draft claims with what its evidence claims,
so a cue must be found the same way on both sides whatever its inflection ("lead", "led",
"leading") and with the words a pattern may skip. Matching every pattern at every word is the
costly part of the claim check, so the patterns are compiled once, indexed by their first word,
and the hits of a text are cached.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from lemminflect import getAllInflections, getAllLemmas

from tailor.text.claim_cues import CUES, NEGATION, NEUTRAL, NO_CLAIM, OPPOSITES, STOPPED

# Kinds where a hedge governs the strong cue right after it ("helped lead", "learning advanced").
_HEDGE_GOVERNS = frozenset(["ownership", "completion", "skill_level"])
_GAP = 3           # words a `*` in a cue may skip
_PER_UNIT = re.compile(r"/(?=(?:day|week|month|year|shift|hour|visit)s?\b)")
_WORD = re.compile(r"[a-z0-9#]+(?:'[a-z]+)?|[,;:.()]")


@dataclass(frozen=True)
class Hit:
    """One cue found in a text: its kind and level and the words it covers."""
    kind: str
    level: float
    start: int
    end: int      # exclusive, in word positions
    words: str


Element = tuple[str, frozenset[str]]   # ("word" | "opt" | "gap", surface forms)
Pattern = tuple[Element, ...]


def joined(texts: Sequence[str]) -> list[str]:
    """The words of several texts, each opened and closed by "." (cues may match a sentence's
    start: "The team raised ...")."""
    return [".", *(w for text in texts for w in (*words(text), "."))]


def words(text: str) -> list[str]:
    text = _PER_UNIT.sub(" per ", text.lower().replace("’", "'"))
    text = text.replace("-", " ").replace("/", " ")
    return _WORD.findall(text)


@lru_cache(maxsize=4096)
def _forms(word: str) -> frozenset[str]:
    if word.startswith("="):
        return frozenset([word[1:]])
    forms = {word}
    for by_tag in getAllInflections(word).values():
        forms.update(by_tag)
    return frozenset(forms)


@lru_cache(maxsize=16384)
def lemmas(word: str) -> frozenset[str]:
    return frozenset([word, *(lem for lems in getAllLemmas(word).values() for lem in lems)])


def _compile(pattern: str) -> Pattern:
    elements: list[Element] = []
    for part in pattern.split():
        if part == "*":
            elements.append(("gap", frozenset()))
        elif part.startswith("?"):
            elements.append(("opt", frozenset().union(*map(_forms, part[1:].split("|")))))
        else:
            elements.append(("word", frozenset().union(*map(_forms, part.split("|")))))
    return tuple(elements)


def match(words: Sequence[str], i: int, pattern: Pattern) -> int | None:
    """End position of `pattern` matched at `words[i]`, or None."""
    if not pattern:
        return i
    (kind, forms), rest = pattern[0], pattern[1:]
    if kind == "gap":
        for skip in range(_GAP + 1):
            end = match(words, i + skip, rest)
            if end is not None and i + skip <= len(words):
                return end
        return None
    if i < len(words) and (words[i] in forms or "#" in forms and words[i][0].isdigit()):
        end = match(words, i + 1, rest)
        if end is not None:
            return end
    if kind == "opt":
        return match(words, i, rest)
    return None


def _index(patterns: list[tuple[str, float, Pattern]]) -> dict[str, list[tuple[str, float, Pattern]]]:
    """Patterns by the surface forms of their first element (never a gap or an option)."""
    index: dict[str, list[tuple[str, float, Pattern]]] = {}
    for entry in patterns:
        for form in entry[2][0][1]:
            index.setdefault(form, []).append(entry)
    return index


_LADDERS = [(kind, level, _compile(p)) for kind, cues in CUES.items() for level, p in cues]
OPPOSITE_PATTERNS = [([_compile(p) for p in one], [_compile(p) for p in other])
              for one, other in OPPOSITES]
STOPPED_PATTERNS = [_compile(p) for p in STOPPED]
COMPLETED_PATTERNS = [_compile("complete|completed|finish|finished|conduct|conducted|do|did|done")]
NO_CLAIM_PATTERNS = [_compile(p) for p in NO_CLAIM]
_NO_CLAIM = [("none", 0.0, p) for p in NO_CLAIM_PATTERNS]
_CUE_INDEX = _index(_LADDERS + _NO_CLAIM)
NEGATION_PATTERNS = [_compile(p) for p in NEGATION]


def find(words: Sequence[str], patterns: list[Pattern], unnegated: bool = False) -> str:
    """The words of the first match of any pattern, or "". `unnegated`: skip a match with a
    negation up to three words before it ("never went over budget" is not "over budget")."""
    for i in range(len(words)):
        for pattern in patterns:
            end = match(words, i, pattern)
            if end is not None and end > i:
                if unnegated and find(words[max(0, i - 3):i], NEGATION_PATTERNS):
                    continue
                return " ".join(words[i:end])
    return ""


@lru_cache(maxsize=8192)
def hits(words: tuple[str, ...]) -> list[Hit]:
    """Ladder cues in a text, longest match first; a hit inside a longer hit of its kind, and a
    strong cue right after a hedge of its kind ("helped lead"), do not count."""
    found: list[Hit] = []
    for i, word in enumerate(words):
        candidates = _CUE_INDEX.get(word, [])
        if word[0].isdigit():
            candidates = candidates + _CUE_INDEX.get("#", [])
        for kind, level, pattern in candidates:
            end = match(words, i, pattern)
            if end is not None and end > i:
                found.append(Hit(kind, level, i, end,
                                 " ".join(w for w in words[i:end] if w != ".")))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in found:
        inside = any(k.start <= hit.start and hit.end <= k.end
                     and (k.end - k.start) > (hit.end - hit.start)
                     and (k.kind in (hit.kind, "none") or k.level >= NEUTRAL[k.kind])
                     for k in kept)
        hedged = hit.kind in _HEDGE_GOVERNS and hit.level > NEUTRAL[hit.kind] and any(
            k.kind == hit.kind and k.level < NEUTRAL[hit.kind] and 0 <= hit.start - k.end <= 2
            for k in kept)
        if not inside and not hedged:
            kept.append(hit)
    return [h for h in kept if h.kind != "none"]
