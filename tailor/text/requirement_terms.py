"""The skill terms of each requirement: the lexicon's terms, then what the trained tagger finds.

These terms are the requirement's keywords, from which the posting's keywords, the ATS rate and
the fit's keyword evidence are built, so they must read as names a person and an ATS recognise:
"GCP", "Cloud SQL", "HACCP", "PLC programming". The lexicon (`skill_terms`) gives well-known terms
their canonical spelling; the tagger (`skill_spans`, trained on SkillSpan) finds the rest. A
tagged span is trimmed of possessives and of generic words at its edges ("GCP's" -> "GCP",
"CSRF attacks" stays, "GCP services" -> "GCP"), and kept only when it is short, not generic,
not the company or the place, and not already covered by a term before it.
"""
from __future__ import annotations

import re

from tailor.text.keyword_variants import same
from tailor.text.keywords import GENERIC_WORDS, is_generic
from tailor.text.posting_vocabulary import FUNCTION_WORDS
from tailor.text.skill_spans import lexicon_spans, overlap, skill_spans

MAX_TAGGED_WORDS = 4          # knowledge spans are names, not clauses
_POSSESSIVE = re.compile(r"['’]s\b")
# Words a tagger span often ends on that only say what kind of thing the name is.
_KIND_WORDS = frozenset("features standards concepts principles technologies frameworks platforms "
                        "solutions methodologies techniques attacks".split())
# Participles that only link a name to what follows ("activities pertaining [to the C&I series]").
_LINK_WORDS = frozenset("pertaining regarding concerning relating related involving".split())
_EDGE_WORDS = GENERIC_WORDS | FUNCTION_WORDS | _KIND_WORDS | _LINK_WORDS


def requirement_terms(texts: list[str], lexicon: list[list[str]], stop: set[str],
                      limit: int) -> list[list[str]]:
    """For each requirement text, up to `limit` terms: its `lexicon` terms (what `skill_terms`
    found in it, already without the company and place) first, then tagged spans."""
    if not texts:
        return []
    out = []
    for text, known_terms, spans in zip(texts, lexicon, skill_spans(texts)):
        terms = list(known_terms)
        known = lexicon_spans(text)
        for span in spans:
            if span.source != "tagger" or any(overlap(span, k) for k in known):
                continue                              # the lexicon's term stands there already
            term = clean_span(span.text)
            if not term or is_generic(term, stop) or any(_covers(t, term) for t in terms):
                continue
            terms.append(term)
        out.append(terms[:limit])
    return out


def clean_span(text: str) -> str:
    """"GCP's" -> "GCP"; "the Terraform" -> "Terraform"; "" for a span that is no name."""
    words = _POSSESSIVE.sub("", text).strip(" .,;:-–()\"'").split()
    while words and words[0].lower() in _EDGE_WORDS:
        words.pop(0)
    while words and words[-1].lower() in _EDGE_WORDS:
        words.pop()
    if not words or len(words) > MAX_TAGGED_WORDS or re.fullmatch(r"[\d\W]+", " ".join(words)):
        return ""
    return " ".join(words)


def _covers(kept: str, new: str) -> bool:
    """A term already kept that names the same thing, contains the new one, or is contained in it
    ("SETROUTE" covers "SETROUTE database"; "NEC" covers "NEC code")."""
    a, b = kept.lower(), new.lower()
    return same(kept, new) or _contains(a, b) or _contains(b, a)


def _contains(outer: str, inner: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(inner) + r"(?!\w)", outer) is not None
