"""Run settings and the run context handed to every graph node.

Everything a node needs that is not data flowing through the graph (the model, the embedder,
the evidence index, "today", thresholds) lives here, so nodes never read environment variables
or globals; only the CLI layer does (DESIGN.md "Habits").
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from tailor.agents.critic import CriticSettings
from tailor.index.embeddings import Embedder
from tailor.index.evidence import EvidenceIndex
from tailor.llm.base import LanguageModel


@dataclass(frozen=True)
class RunSettings:
    pages: int = 1
    template: str = "classic"  # one of tailor.render.html.TEMPLATES: the PDF's look
    max_repairs: int = 2
    top_k: int = 10
    similarity_threshold: float = 0.35
    today: dt.date = field(default_factory=dt.date.today)
    critic: CriticSettings = field(default_factory=CriticSettings)


@dataclass
class RunContext:
    """What the nodes of one run share. `model is None` means the extractive writer."""
    settings: RunSettings
    embedder: Embedder
    index: EvidenceIndex
    model: LanguageModel | None = None
    staging_dir: Path | None = None
