"""A tailoring session: models and the evidence index loaded once, then any number of runs.

Loading the writer model and the embedder dominates a cold run; a session keeps them so the
second and later postings (and batch runs) pay only for the work itself.
"""
from __future__ import annotations

from pathlib import Path

from tailor.corpus.loader import load_corpus
from tailor.graph.context import RunContext, RunSettings
from tailor.index.embeddings import Embedder, default_embedder
from tailor.index.evidence import EvidenceIndex
from tailor.index.store import open_chroma
from tailor.llm.base import LanguageModel
from tailor.llm.load import load_model
from tailor.run.pipeline import OnNode, RunResult, default_out_dir, run_tailor
from tailor.text.posting import read_posting


class Session:
    def __init__(self, settings: RunSettings, embedder: Embedder, index: EvidenceIndex,
                 model: LanguageModel | None):
        self.settings, self.embedder, self.index, self.model = settings, embedder, index, model

    @staticmethod
    def check_inputs(job: Path, corpus: Path) -> None:
        """Fail fast on bad input, before minutes of work: parse both files once."""
        read_posting(job)
        load_corpus(corpus)

    def tailor(self, job: Path, corpus: Path, out_dir: Path | None = None,
               on_node: OnNode | None = None, job_source: str = "") -> RunResult:
        ctx = RunContext(settings=self.settings, embedder=self.embedder, index=self.index,
                         model=self.model)
        return run_tailor(job, corpus, out_dir or default_out_dir(job), ctx, on_node, job_source)


def open_session(*, model_spec: str = "local", base_url: str | None = None,
                 adapter: str | None = None, api_key: str | None = None, timeout: float = 60.0,
                 cache_dir: Path, chroma_url: str | None = None, chroma_path: Path | None = None,
                 embedder: Embedder | None = None,
                 **settings) -> Session:
    """Load the writer model, the embedder and the Chroma index for a series of runs."""
    model = load_model(model_spec, base_url=base_url, adapter=adapter,
                       api_key=api_key, timeout=timeout, cache_dir=cache_dir / "models")
    embedder = embedder or default_embedder()
    client = open_chroma(path=chroma_path or cache_dir / "chroma", url=chroma_url)
    return Session(RunSettings(**settings), embedder, EvidenceIndex(client, embedder), model)
