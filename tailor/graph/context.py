"""What a run starts from, what it ends with, and what its graph nodes share.

A run's files are read and parsed once, at the edge (`tailor.run.inputs`), into a `RunInput`;
the graph starts from it and its export node hands back a `RunOutput` (the files as bytes and
the report); only the run layer writes anything to disk. Everything a node needs that is not
data flowing through the graph (the model, the embedder, the evidence index, "today",
thresholds) is in the `RunContext`, so nodes never read files, environment variables or
globals. See docs/ARCHITECTURE.md "A run".
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tailor.agents.critic_settings import CriticSettings
from tailor.index.embeddings import Embedder
from tailor.index.evidence import EvidenceIndex
from tailor.llm.base import LanguageModel
from tailor.schemas import Corpus, FairnessFlag, JobPosting, Report


@dataclass(frozen=True)
class RunSettings:
    pages: int = 1
    template: str = "classic"  # one of tailor.render.html.TEMPLATES: the PDF's look
    max_repairs: int = 2
    top_k: int = 10
    similarity_threshold: float = 0.35
    today: dt.date = field(default_factory=dt.date.today)
    critic: CriticSettings = field(default_factory=CriticSettings)


@dataclass(frozen=True)
class RunInput:
    """The posting and the corpus, parsed, with what reading them found: `warnings` (what the
    run must tell the user: fields unused, requirements capped, ...) and `fairness` (content
    of the corpus file that invites bias). `name` names the run (its trace thread)."""
    name: str
    job: JobPosting
    corpus: Corpus
    warnings: tuple[str, ...] = ()
    fairness: tuple[FairnessFlag, ...] = ()
    seconds: float = 0.0  # reading and parsing both files: counted as the ingest step's time


@dataclass(frozen=True)
class RunOutput:
    """A finished run: every file of its output folder as bytes, and the report."""
    files: dict[str, bytes]
    report: Report


@dataclass
class RunContext:
    """What the nodes of one run share. A session keeps one without `input` for all its runs;
    `tailor.run.pipeline.execute` gives each run its own copy with the run's input. `output` is
    set by the export node: the files are bytes, which do not belong in the JSON-able
    checkpoints of the graph state."""
    settings: RunSettings
    embedder: Embedder
    index: EvidenceIndex
    model: LanguageModel
    input: RunInput | None = None
    output: RunOutput | None = None
