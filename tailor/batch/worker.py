"""One batch worker: loads the model once, then tailors posting after posting.

A worker never writes anything: it parses the corpus bytes once, runs each posting from its
bytes to a `RunOutput` in memory, and returns the files as bytes in an `Outcome`. So the same
worker serves a local process pool and a Ray cluster whose nodes share no file system with the
driver, and only the driver decides what is published and recorded (exactly once).

Everything a worker needs travels in a picklable `WorkerSpec`: the model spec, the run settings,
the corpus file's bytes and the corpus embeddings the driver computed (nothing is embedded twice).
"""
from __future__ import annotations

import json
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from tailor.batch.application import application_document
from tailor.errors import known_failure
from tailor.graph.context import RunSettings
from tailor.llm.spec import ModelSpec
from tailor.schemas.export import validate_document
from tailor.text.posting_files import PostingTask

APPLICATION_FILE = "application.json"
ErrorKind = str  # "input" (the posting), "model", "export", "timeout", "crash", "internal"


@dataclass(frozen=True)
class WorkerSpec:
    model: ModelSpec
    settings: RunSettings
    corpus_name: str
    corpus_bytes: bytes
    vectors: dict                       # EvidenceIndex.vectors() of the corpus
    cache_dir: str = ""
    threads: int = 1                    # torch threads per worker: cores / workers


@dataclass
class Outcome:
    """What a worker returns for one posting: the run's files, or why it failed."""
    task_index: int
    ok: bool
    files: dict[str, bytes] = field(default_factory=dict)
    report: dict = field(default_factory=dict)
    error: str = ""
    error_kind: ErrorKind = ""
    seconds: float = 0.0


class Worker:
    def __init__(self, spec: WorkerSpec):
        import chromadb
        import torch
        from chromadb.config import Settings

        from tailor.index.embeddings import default_embedder
        from tailor.index.evidence import EvidenceIndex
        from tailor.run.inputs import parse_corpus
        from tailor.run.session import Session

        torch.set_num_threads(max(1, spec.threads))
        self.corpus = parse_corpus(spec.corpus_bytes, spec.corpus_name, spec.settings.today)
        cache = Path(spec.cache_dir) if spec.cache_dir else None
        model = spec.model.load(cache_dir=cache / "models" if cache else None)
        embedder = default_embedder()
        client = chromadb.EphemeralClient(settings=Settings(anonymized_telemetry=False))
        index = EvidenceIndex(client, embedder)
        index.load_vectors(self.corpus.corpus, spec.vectors)
        self.session = Session(spec.settings, embedder, index, model)
        self.today = spec.settings.today

    def tailor(self, index: int, task: PostingTask) -> Outcome:
        """Run one posting; every failure becomes an Outcome, never an exception."""
        from tailor.run.inputs import parse_posting, run_input

        started = time.perf_counter()
        try:
            posting = parse_posting(task.data, task.source, task.suffix)
            given = run_input(task.name, posting, self.corpus, time.perf_counter() - started)
            output, _ = self.session.run(given)
            document = application_document(
                given.corpus, given.job, posting_hash=task.sha256, posting_source=task.source,
                resume_files={"pdf": "resume.pdf", "json": "resume.json"}, today=self.today)
            validate_document("application", document, APPLICATION_FILE)
            files = {**output.files, APPLICATION_FILE: _json_bytes(document)}
            return Outcome(index, True, files=files, report=output.report.model_dump(mode="json"),
                           seconds=time.perf_counter() - started)
        except Exception as exc:  # noqa: BLE001 - a bug on one posting must not end the batch
            failure = known_failure(exc)
            if failure:
                return self._failed(index, failure.message, failure.kind, started)
            tail = "".join(traceback.format_exception(exc)[-3:]).strip()
            return self._failed(index, f"internal error: {exc!r}\n{tail}", "internal", started)

    def _failed(self, index: int, message: str, kind: ErrorKind, started: float) -> Outcome:
        return Outcome(index, False, error=message, error_kind=kind,
                       seconds=time.perf_counter() - started)


def _json_bytes(data: dict) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
