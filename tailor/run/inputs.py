"""The edge of a run: read the posting and the corpus once, parse them, and say what reading
them found, before any model loads or any graph node runs.

Why here: a mistake in either file should cost a second, not minutes of work, and each file
should be read exactly once (the corpus once serves the loader and the fairness lint). A batch
worker gets bytes instead of paths, so each step has a bytes form.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path

from tailor.corpus.fairness import lint_document
from tailor.corpus.loader import corpus_document, corpus_from_document, read_corpus_bytes
from tailor.graph.context import RunInput
from tailor.schemas import Corpus, FairnessFlag, JobPosting
from tailor.text.posting import parse_posting_file, read_posting_with_warnings


@dataclass(frozen=True)
class CorpusInput:
    """A parsed corpus with its loading warnings and the fairness lint of its file."""
    corpus: Corpus
    warnings: tuple[str, ...]
    fairness: tuple[FairnessFlag, ...]


@dataclass(frozen=True)
class PostingInput:
    job: JobPosting
    warnings: tuple[str, ...]


def parse_corpus(raw: bytes, file: str, today: dt.date) -> CorpusInput:
    # Linted from the file itself: fields such as basics.image never reach the Corpus.
    document = corpus_document(raw, file)
    loaded = corpus_from_document(document, file)
    return CorpusInput(loaded.corpus, tuple(loaded.warnings), tuple(lint_document(document, today)))


def read_corpus(path: Path, today: dt.date) -> CorpusInput:
    return parse_corpus(read_corpus_bytes(path), str(path), today)


def parse_posting(raw: bytes, name: str, suffix: str | None = None) -> PostingInput:
    """`name` says where the posting came from (a path, or a batch's "file.jsonl#3") in
    messages and the report; `suffix` (default: the name's) says JSON or text."""
    suffix = Path(name).suffix if suffix is None else suffix
    job, warnings = parse_posting_file(raw, name, suffix)
    return PostingInput(job, tuple(warnings))


def read_posting(path: Path) -> PostingInput:
    job, warnings = read_posting_with_warnings(path)
    return PostingInput(job, tuple(warnings))


def run_input(name: str, posting: PostingInput, corpus: CorpusInput, seconds: float = 0.0) -> RunInput:
    return RunInput(name=name, job=posting.job, corpus=corpus.corpus,
                    warnings=posting.warnings + corpus.warnings, fairness=corpus.fairness,
                    seconds=seconds)


def read_run_input(job_path: Path, corpus_path: Path, today: dt.date) -> RunInput:
    """Both files of a run, each read once; any mistake is a UserInputError naming the file."""
    started = time.perf_counter()
    posting, corpus = read_posting(Path(job_path)), read_corpus(Path(corpus_path), today)
    return run_input(Path(job_path).stem, posting, corpus, time.perf_counter() - started)
