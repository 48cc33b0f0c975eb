"""Numbers as people read them in tables and summaries.

Here, below every layer that shows a metric, so that the trace reader (`tailor.trace.view`) and
the terminal output (`tailor.cli`) print a share the same way without either importing the other.
"""
from __future__ import annotations


def percent(share: float | None, missing: str = "n/a") -> str:
    """A share as "82%"; `missing` when there was nothing to measure (a metric of a posting
    without requirements is None, not a perfect 100%)."""
    return missing if share is None else f"{share:.0%}"
