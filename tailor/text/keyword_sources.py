"""Where each keyword of a posting came from: the requirements that name it and the title.

A job seeker reads the missing keywords as "what to add"; saying which requirement asks for
each one (and whether it is a must-have) lets them judge it, and lets a reviewer catch a keyword
that came from nowhere. Matching is the report's own (`keyword_hits`), so a keyword found in a
requirement under another spelling counts, and a requirement's own skill terms count too.
"""
from __future__ import annotations

from tailor.schemas.models import KeywordSource, Requirement
from tailor.text.keywords import keyword_hits, same_keyword


def keyword_sources(keywords: list[str], requirements: list[Requirement],
                    title: str) -> list[KeywordSource]:
    """One `KeywordSource` per keyword, in keyword order."""
    sources = []
    for keyword in keywords:
        ids = [r.id for r in requirements if _names(r, keyword)]
        sources.append(KeywordSource(keyword=keyword, requirement_ids=ids,
                                     in_title=bool(keyword_hits([keyword], title)[0])))
    return sources


def _names(requirement: Requirement, keyword: str) -> bool:
    key = keyword.lower()
    return (any(same_keyword(key, term.lower()) for term in requirement.keywords)
            or bool(keyword_hits([keyword], requirement.text)[0]))
