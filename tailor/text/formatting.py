"""Numbers and quotations as people read them in tables, summaries and notes.

Here, below every layer that shows a metric or cites a bullet, so that the trace reader
(`tailor.trace.view`) and the terminal output (`tailor.cli`) print a share the same way, and the
fit's rationales and the run report's gap notes quote evidence the same way, without importing
each other.
"""
from __future__ import annotations


def percent(share: float | None, missing: str = "n/a") -> str:
    """A share as "82%"; `missing` when there was nothing to measure (a metric of a posting
    without requirements is None, not a perfect 100%)."""
    return missing if share is None else f"{share:.0%}"


QUOTE_WORDS = 8


def quote(text: str, words: int = QUOTE_WORDS) -> str:
    """The first `words` words of a bullet in quotes, '...' when it goes on."""
    parts = text.split()
    short = " ".join(parts[:words])
    return f'"{short} ..."' if len(parts) > words else f'"{short}"'
