"""Whole-word keyword evidence: which of a requirement's skill terms a blind resume names, where.

Matching is `terms.mentions` (whole words, light inflection, "Go"/"R" case-sensitive), the same
rule the critic uses, so "Java" is not found in "JavaScript" and "SQL" is found in "SQL's". Three
additions: a keyword with digits ("W-9", "1099", "S3"), which `mentions` leaves to its number
checks, is matched as a whole word ignoring case; a keyword's variants count as the keyword
("Svelte" for "Svelte.js", "k8s" for "Kubernetes": `text.keyword_variants`, as in the report's
ATS keyword rate); and every text is indexed by its words first, so the slow exact check runs
only where a keyword's first word occurs (a run of 25 postings x 5 resumes makes about a million
keyword/text pairs).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tailor.fit.blind import BlindResume
from tailor.text import keyword_variants
from tailor.text.terms import mentions
from tailor.text.tokens import plain, stem, tokenize

SKILLS_ID = "skills"


@lru_cache(maxsize=65536)
def _first_word(keyword: str) -> str:
    words = [t.text for t in tokenize(keyword) if t.kind in ("word", "num")]
    return words[0] if words else ""


@lru_cache(maxsize=8192)
def _digit_pattern(keyword: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(keyword) + r"(?![\w-])", re.I)


@dataclass
class _Text:
    cite_id: str
    text: str
    keys: frozenset[str]


def _keys(text: str) -> frozenset[str]:
    words = [t.text for t in tokenize(text) if t.kind in ("word", "num")]
    return frozenset([*words, *(plain(w) for w in words), *(stem(w) for w in words)])


class KeywordIndex:
    """The texts of one blind resume (each unit, and its skills list), ready for look-ups."""

    def __init__(self, resume: BlindResume):
        self._texts = [_Text(u.cite_id, u.text, _keys(u.text)) for u in resume.units]
        skills = "; ".join(resume.skills)
        if skills:
            self._texts.append(_Text(SKILLS_ID, skills, _keys(skills)))
        self._cache: dict[str, list[str]] = {}

    def where(self, keyword: str) -> list[str]:
        """Cite ids of the texts that mention `keyword`, in resume order."""
        if keyword not in self._cache:
            self._cache[keyword] = [t.cite_id for t in self._texts if _found(keyword, t)]
        return self._cache[keyword]


def _found(keyword: str, text: _Text) -> bool:
    if _found_as_written(keyword, text):
        return True
    return keyword_variants.has_variants(keyword) and keyword_variants.found_in(text.text, keyword, variants_only=True)


def _found_as_written(keyword: str, text: _Text) -> bool:
    if any(c.isdigit() for c in keyword):
        return bool(_digit_pattern(keyword).search(text.text))
    first = _first_word(keyword)
    if not first:
        return False
    exact = len(keyword.strip()) <= 2
    if exact and first not in text.keys:
        return False
    if not exact and plain(first) not in text.keys and stem(first) not in text.keys:
        return False
    return mentions(text.text, keyword)
