"""A run reads each of its input files once, at the edge, and parses it once."""
from __future__ import annotations

import builtins
import dataclasses
import io
import os
from pathlib import Path

import pytest
from fakes import HashingEmbedder

from tailor.errors import UserInputError
from tailor.graph.context import RunContext, RunSettings
from tailor.index.evidence import EvidenceIndex
from tailor.index.store import open_chroma
from tailor.llm.extractive import ExtractiveModel
from tailor.run.inputs import parse_corpus, parse_posting, read_run_input, run_input
from tailor.run.pipeline import run_tailor

ROOT = Path(__file__).resolve().parents[2]
JOB = ROOT / "tests/testdata/jobs/17-senior-full-stack-engineer-typescript-svelt-js.txt"
CORPUS = ROOT / "tailor/corpus/examples/experiences.json"


@pytest.fixture
def reads(monkeypatch):
    """Every file opened through open(), io.open (which pathlib's reads use) or os.open,
    as resolved paths."""
    seen: list[str] = []

    def record(path) -> None:
        if isinstance(path, (str, os.PathLike)):
            seen.append(str(Path(path).resolve()))

    real_open, real_os_open = builtins.open, os.open

    def counting_open(file, *args, **kwargs):
        record(file)
        return real_open(file, *args, **kwargs)

    def counting_os_open(path, *args, **kwargs):
        record(path)
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", counting_open)
    monkeypatch.setattr(io, "open", counting_open)
    monkeypatch.setattr(os, "open", counting_os_open)
    return seen


def test_a_run_reads_the_posting_and_the_corpus_once(tmp_path, reads):
    embedder = HashingEmbedder()
    ctx = RunContext(settings=RunSettings(similarity_threshold=0.1), embedder=embedder,
                     index=EvidenceIndex(open_chroma(tmp_path / "chroma"), embedder),
                     model=ExtractiveModel())
    reads.clear()  # opening the store is not reading the run's inputs
    result = run_tailor(JOB, CORPUS, tmp_path / "out", ctx)
    assert (result.out_dir / "report.json").is_file()
    assert reads.count(str(JOB.resolve())) == 1
    assert reads.count(str(CORPUS.resolve())) == 1


def test_the_input_carries_what_reading_found(tmp_path):
    corpus = tmp_path / "me.json"
    corpus.write_text('{"basics": {"name": "Jo", "image": "https://x/jo.png"}, '
                      '"work": [{"name": "Acme", "position": "Clerk", "startDate": "2020-01", '
                      '"highlights": ["Filed 30 forms a day for the county office"]}]}')
    given = read_run_input(JOB, corpus, RunSettings().today)
    assert given.name == JOB.stem and given.job.requirements
    assert [b.text for b in given.corpus.evidence().values()] == ["Filed 30 forms a day for the county office"]
    assert any(flag.field == "basics.image" for flag in given.fairness)  # linted from the file itself


def test_bytes_and_paths_give_the_same_input():
    today = RunSettings().today
    from_paths = read_run_input(JOB, CORPUS, today)
    from_bytes = run_input(JOB.stem, parse_posting(JOB.read_bytes(), str(JOB)),
                           parse_corpus(CORPUS.read_bytes(), str(CORPUS), today))
    assert from_paths.seconds > 0  # the ingest step's time: reading and parsing
    assert from_bytes == dataclasses.replace(from_paths, seconds=0.0)


def test_a_posting_from_bytes_is_named_by_its_source_in_errors():
    with pytest.raises(UserInputError) as err:
        parse_posting(b"  \n", "postings.jsonl#3", ".txt")
    assert "postings.jsonl#3" in str(err.value) and "empty" in str(err.value)
