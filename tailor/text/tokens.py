"""The units the fact checks work on: a text cut into tokens with their character spans, and
the fact-bearing `Term`s read from them.

Numbers (`tailor.text.numbers`), names (`tailor.text.names`) and job keywords
(`tailor.text.terms`) are found by different rules, but they all read the same tokens and compare
words the same way (`plain`, `stem`), so a term in a draft and the same term in its evidence
always come out equal.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

TermKind = Literal["number", "name", "keyword"]
_TOKEN_RE = re.compile(r"""
    (?P<num>\d+(?:[.,]\d+)*|[¼½¾⅓⅔⅛])(?P<suffix>[A-Za-z]+)?
  | (?P<word>\.?[A-Za-z][A-Za-z0-9]*(?:['’.&/][A-Za-z0-9]+)*(?:\+\+|\+|\#)?)
  | (?P<sym>[$€£%×])
  | (?P<brk>[.!?;:•\n\u2022()\[\]"“”]|\s[-–—]\s)
""", re.X)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    kind: Literal["num", "word", "sym", "brk"]
    suffix: str = ""   # numbers: letters glued after the digits ("M" in 2M, "x" in 10x)
    digits: str = ""   # numbers: the digits alone
    sentence_start: bool = False


@dataclass(frozen=True)
class Term:
    """A fact-bearing span of a text. Numbers carry a value and maybe a unit (%, x, currency)."""
    text: str
    kind: TermKind
    start: int
    end: int
    value: float | None = None
    unit: str | None = None
    magnitude: tuple[float, float] | None = None
    alternatives: tuple[tuple[float, str | None], ...] = ()


def tokenize(text: str) -> list[Token]:
    """Words, numbers, currency/percent symbols and sentence breaks, with character spans.

    "/" and "&" join only short parts (CI/CD, TCP/IP, R&D, AT&T); longer parts are split
    ("PostgreSQL/MySQL" -> two names). Hyphens always split; name units re-join across them.
    """
    tokens: list[Token] = []
    at_start = True
    for m in _TOKEN_RE.finditer(text):
        if m.group("brk"):
            tokens.append(Token(m.group(), m.start(), m.end(), "brk"))
            if m.group().strip() not in '()"“”':
                at_start = True
            continue
        if m.group("sym"):
            tokens.append(Token(m.group(), m.start(), m.end(), "sym"))
            continue
        if m.group("num"):
            tokens.append(Token(m.group(), m.start(), m.end(), "num",
                                suffix=m.group("suffix") or "", digits=m.group("num"),
                                sentence_start=at_start))
            at_start = False
            continue
        for part, start in _split_word(m.group("word"), m.start()):
            tokens.append(Token(part, start, start + len(part), "word", sentence_start=at_start))
            at_start = False
    return tokens


def _split_word(word: str, start: int) -> list[tuple[str, int]]:
    if "/" not in word and "&" not in word:
        return [(word, start)]
    parts = re.split(r"([/&])", word)
    if all(len(p) <= 3 for p in parts[::2]):
        return [(word, start)]
    out, offset = [], start
    for p in parts:
        if p and p not in "/&":
            out.append((p, offset))
        offset += len(p)
    return out


@lru_cache(maxsize=65536)
def plain(word: str) -> str:
    """Lower case without joiners: "Node.js" -> "nodejs", "CI/CD" -> "cicd", ".NET" -> "dotnet"."""
    if re.fullmatch(r"[A-Z][A-Z0-9]+s", word):  # APIs -> api, SDKs -> sdk
        word = word[:-1]
    w = word.lower()
    if w.startswith("."):
        w = "dot" + w[1:]
    w = re.sub(r"['’]s$", "", w)
    return re.sub(r"['’./&-]", "", w)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately light stemmer applied to both sides: plural, -ed, -ing, -ise/-ize, final e."""
    w = plain(word)
    if len(w) <= 3 or not w.isalpha():
        return w
    w = re.sub(r"is(ation|ations|e|es|ed|ing)$", r"iz\1", w)  # British -ise = -ize
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif re.search(r"(?:[sxz]|ch|sh)es$", w):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    elif w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w
