"""One batch worker: loads the model once, then tailors posting after posting.

A worker never writes the ledger or the output folders: it runs each posting in a temporary
folder and returns the files as bytes in an `Outcome`. So the same worker serves a local process
pool and a Ray cluster whose nodes share no file system with the driver, and only the driver
decides what is published and recorded (exactly once).

Everything a worker needs travels in a picklable `WorkerSpec`: the model spec, the run settings,
the corpus file's bytes and the corpus embeddings the driver computed (nothing is embedded twice).
"""
from __future__ import annotations

import json
import re
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from tailor.batch.application import application_document
from tailor.errors import known_failure
from tailor.graph.context import RunSettings
from tailor.schemas import Corpus, JobPosting
from tailor.schemas.export import validate_document
from tailor.text.posting_files import PostingTask

APPLICATION_FILE = "application.json"
ErrorKind = str  # "input" (the posting), "model", "timeout", "crash", "internal"


@dataclass(frozen=True)
class WorkerSpec:
    model_spec: str
    settings: RunSettings
    corpus_name: str
    corpus_bytes: bytes
    vectors: dict                       # EvidenceIndex.vectors() of the corpus
    base_url: str | None = None
    adapter: str | None = None
    api_key: str | None = None
    timeout: float = 60.0
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

        from tailor.corpus.loader import load_corpus
        from tailor.index.embeddings import default_embedder
        from tailor.index.evidence import EvidenceIndex
        from tailor.llm.load import load_model
        from tailor.run.session import Session

        torch.set_num_threads(max(1, spec.threads))
        self._tmp = tempfile.TemporaryDirectory(prefix="tailor-worker-")
        self.corpus_path = Path(self._tmp.name) / spec.corpus_name
        self.corpus_path.write_bytes(spec.corpus_bytes)
        self.corpus: Corpus = load_corpus(self.corpus_path)
        cache = Path(spec.cache_dir) if spec.cache_dir else None
        model = load_model(spec.model_spec, base_url=spec.base_url, adapter=spec.adapter,
                           api_key=spec.api_key, timeout=spec.timeout,
                           cache_dir=cache / "models" if cache else None)
        embedder = default_embedder()
        client = chromadb.EphemeralClient(settings=Settings(anonymized_telemetry=False))
        index = EvidenceIndex(client, embedder)
        index.load_vectors(self.corpus, spec.vectors)
        self.session = Session(spec.settings, embedder, index, model)
        self.today = spec.settings.today

    def tailor(self, index: int, task: PostingTask) -> Outcome:
        """Run one posting; every failure becomes an Outcome, never an exception."""
        from tailor.trace.store import final_state

        started = time.perf_counter()
        try:
            with tempfile.TemporaryDirectory(dir=self._tmp.name) as tmp:
                job_file = Path(tmp) / f"posting{task.suffix}"
                job_file.write_bytes(task.data)
                out = Path(tmp) / "run"
                result = self.session.tailor(job_file, self.corpus_path, out, job_source=task.source)
                state = final_state(out)
                files = {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}
                document = application_document(
                    Corpus(**state["corpus"]), JobPosting(**state["job"]),
                    posting_hash=task.sha256, posting_source=task.source,
                    resume_files={"pdf": "resume.pdf", "json": "resume.json"}, today=self.today)
                validate_document("application", document, APPLICATION_FILE)
                files[APPLICATION_FILE] = _json_bytes(document)
            return Outcome(index, True, files=files, report=result.report.model_dump(mode="json"),
                           seconds=time.perf_counter() - started)
        except Exception as exc:  # noqa: BLE001 - a bug on one posting must not end the batch
            failure = known_failure(exc)
            if failure:
                return self._failed(index, task, failure.message, failure.kind, started)
            tail = "".join(traceback.format_exception(exc)[-3:]).strip()
            return self._failed(index, task, f"internal error: {exc!r}\n{tail}", "internal", started)

    def _failed(self, index: int, task: PostingTask, message: str, kind: ErrorKind,
                started: float) -> Outcome:
        """A failed Outcome whose message names the user's posting, not the worker's copy of it."""
        copy = re.escape(self._tmp.name) + r"/[^/\s]+/posting\.\w+"
        return Outcome(index, False, error=re.sub(copy, lambda _: task.source, message), error_kind=kind,
                       seconds=time.perf_counter() - started)

    def close(self) -> None:
        self._tmp.cleanup()


def _json_bytes(data: dict) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
