"""A batch worker runs postings from bytes to bytes: no temp files in or out, errors name the
posting's source, and the files it returns are a whole output folder."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from tailor.batch.worker import APPLICATION_FILE, Worker, WorkerSpec
from tailor.corpus.loader import load_corpus
from tailor.graph.context import RunSettings
from tailor.index.embeddings import default_embedder
from tailor.index.evidence import EvidenceIndex
from tailor.index.store import open_chroma
from tailor.llm.spec import ModelSpec
from tailor.text.posting_files import PostingTask

ROOT = Path(__file__).resolve().parents[2]
JOB = ROOT / "tests/testdata/jobs/17-senior-full-stack-engineer-typescript-svelt-js.txt"
CORPUS = ROOT / "tailor/corpus/examples/experiences.json"


@pytest.fixture(scope="module")
def worker(tmp_path_factory):
    store = tmp_path_factory.mktemp("driver-store")
    vectors = EvidenceIndex(open_chroma(store), default_embedder()).vectors(load_corpus(CORPUS))
    spec = WorkerSpec(model=ModelSpec.parse("extractive"), settings=RunSettings(),
                      corpus_name=CORPUS.name, corpus_bytes=CORPUS.read_bytes(), vectors=vectors)
    import torch
    threads = torch.get_num_threads()
    made = Worker(spec)  # sets torch's threads for its process: this one is the test run's
    torch.set_num_threads(threads)
    return made


@pytest.fixture
def no_temp_files(monkeypatch, tmp_path):
    """Any temporary file or folder the worker makes is an error."""
    def refuse(*args, **kwargs):
        raise AssertionError("the worker made a temporary file")
    for name in ("mkstemp", "mkdtemp", "TemporaryDirectory", "NamedTemporaryFile", "TemporaryFile"):
        monkeypatch.setattr(tempfile, name, refuse)


def task(data: bytes, source: str = "postings.jsonl#3") -> PostingTask:
    return PostingTask(source=source, name="engineer", suffix=".txt", data=data)


def test_a_posting_runs_from_bytes_to_bytes(worker, no_temp_files):
    outcome = worker.tailor(0, task(JOB.read_bytes()))
    assert outcome.ok, outcome.error
    assert {"tailored.json", "resume.json", "resume.html", "resume.pdf", "report.json",
            "trace.sqlite", APPLICATION_FILE} <= set(outcome.files)
    assert outcome.files["resume.pdf"].startswith(b"%PDF")
    assert outcome.files["trace.sqlite"].startswith(b"SQLite format 3")
    assert json.loads(outcome.files["report.json"])["job_source"] == "postings.jsonl#3"
    assert outcome.report["job_source"] == "postings.jsonl#3"


def test_a_bad_posting_fails_with_its_own_name(worker, no_temp_files):
    outcome = worker.tailor(1, task(b"   \n"))
    assert not outcome.ok and outcome.error_kind == "input"
    assert outcome.error.startswith("postings.jsonl#3: the job posting is empty")
