"""A tailoring session: models and the evidence index loaded once, then any number of runs.

Loading the writer model and the embedder dominates a cold run; a session keeps them so the
second and later postings (and batch runs) pay only for the work itself.
"""
from __future__ import annotations

from pathlib import Path

from tailor.graph.context import RunContext, RunInput, RunOutput, RunSettings
from tailor.index.embeddings import Embedder, default_embedder
from tailor.index.evidence import EvidenceIndex
from tailor.index.store import open_chroma
from tailor.llm.base import LanguageModel
from tailor.llm.spec import ModelSpec
from tailor.run.pipeline import OnNode, RunResult, execute, run_tailor, tailor_input


class Session:
    def __init__(self, settings: RunSettings, embedder: Embedder, index: EvidenceIndex,
                 model: LanguageModel):
        self.settings, self.embedder, self.index, self.model = settings, embedder, index, model

    def run(self, given: RunInput, on_node: OnNode | None = None) -> tuple[RunOutput, str]:
        """The run's files in memory, and its trace thread id (batch workers publish nothing)."""
        return execute(given, self._context(), on_node)

    def tailor(self, given: RunInput, out_dir: Path, on_node: OnNode | None = None) -> RunResult:
        """Run and publish `out_dir` atomically."""
        return tailor_input(given, out_dir, self._context(), on_node)

    def tailor_files(self, job: Path, corpus: Path, out_dir: Path,
                     on_node: OnNode | None = None) -> RunResult:
        """Read both files, then `tailor`: for callers that need no look at the input first."""
        return run_tailor(job, corpus, out_dir, self._context(), on_node)

    def _context(self) -> RunContext:
        return RunContext(settings=self.settings, embedder=self.embedder, index=self.index,
                          model=self.model)


def open_session(*, model: ModelSpec, cache_dir: Path, chroma_url: str | None = None,
                 chroma_path: Path | None = None, embedder: Embedder | None = None,
                 **settings) -> Session:
    """Load the writer model, the embedder and the Chroma index for a series of runs."""
    llm = model.load(cache_dir=cache_dir / "models")
    embedder = embedder or default_embedder()
    client = open_chroma(path=chroma_path or cache_dir / "chroma", url=chroma_url)
    return Session(RunSettings(**settings), embedder, EvidenceIndex(client, embedder), llm)
