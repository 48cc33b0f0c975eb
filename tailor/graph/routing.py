"""Pure routing functions of the graph."""
from __future__ import annotations

from typing import Literal

from tailor.graph.state import TailorState


def after_critique(state: TailorState) -> Literal["write", "export"]:
    """Back to the writer while anything fails; once the source fallback has run, export (the
    exporter still refuses any item that is not verified)."""
    failing = [v for v in state["critique"]["verdicts"] if not v["passed"]]
    if not failing or state.get("fallback_done"):
        return "export"
    return "write"
