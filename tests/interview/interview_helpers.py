"""Shared inputs of the interview tests: the example corpus and posting, a deterministic
requirement map, and how to read a question chat's source. (Not in conftest.py: test modules
import these by name, and every test folder has a conftest module.)"""
from pathlib import Path

from fakes import HashingEmbedder

from tailor.corpus.loader import load_corpus
from tailor.index.evidence import EvidenceIndex
from tailor.index.store import open_chroma
from tailor.text.posting import read_posting

ROOT = Path(__file__).resolve().parents[2]
JOB = ROOT / "tests/testdata/jobs/17-senior-full-stack-engineer-typescript-svelt-js.txt"
CORPUS = ROOT / "tailor/corpus/examples/experiences.json"
THRESHOLD = 0.25  # with the hashing embedder: most requirements matched, a few gaps


def search(tmp: Path):
    index = EvidenceIndex(open_chroma(tmp), HashingEmbedder())
    return index.search(load_corpus(CORPUS), read_posting(JOB), 10, THRESHOLD)


def source_of(chat: list[dict]) -> str:
    """The bullet or requirement a question chat is about (its last user message)."""
    for line in chat[-1]["content"].splitlines():
        for label in ("Line: ", "Requirement: ", "Topic: "):
            if line.startswith(label):
                return line[len(label):]
    raise AssertionError(chat[-1]["content"])
