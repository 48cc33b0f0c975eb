"""Where each keyword of a posting came from: the requirements that name it and the title.

A job seeker reads the missing keywords as "what to add"; saying which requirement asks for
each one (and whether it is a must-have) lets them judge it, and lets a reviewer catch a keyword
that came from nowhere. Matching is the report's own (`keyword_hits`' pattern), so a keyword found in a
requirement under another spelling counts, and a requirement's own skill terms count too.
"""
from __future__ import annotations

from tailor.schemas.models import KeywordSource, Requirement
from tailor.text.keyword_variants import pattern
from tailor.text.keywords import same_keyword
from tailor.text.normalise import normalise


def keyword_sources(keywords: list[str], requirements: list[Requirement],
                    title: str) -> list[KeywordSource]:
    """One `KeywordSource` per keyword, in keyword order. Each text is normalised once, as
    `keyword_hits` would for every keyword (a federal posting: 25 keywords x 30 requirements)."""
    texts = [normalise(r.text) for r in requirements]
    heading = normalise(title)
    sources = []
    for keyword in keywords:
        key, found = keyword.lower(), pattern(keyword)
        ids = [r.id for r, text in zip(requirements, texts)
               if any(same_keyword(key, term.lower()) for term in r.keywords) or found.search(text)]
        sources.append(KeywordSource(keyword=keyword, requirement_ids=ids,
                                     in_title=bool(found.search(heading))))
    return sources
