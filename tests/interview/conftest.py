"""Fixtures of the interview tests (inputs in interview_helpers)."""
import pytest
from interview_helpers import CORPUS, JOB, search

from tailor.agents.ingest import read_posting
from tailor.corpus.loader import load_corpus


@pytest.fixture(scope="session")
def corpus():
    return load_corpus(CORPUS)


@pytest.fixture(scope="session")
def job():
    return read_posting(JOB)


@pytest.fixture(scope="session")
def requirement_map(tmp_path_factory):
    return search(tmp_path_factory.mktemp("chroma"))
