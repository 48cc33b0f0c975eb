"""Fixtures of the interview tests (inputs in interview_helpers)."""
import pytest

from tailor.corpus.loader import load_corpus
from tailor.text.posting import read_posting
from tests.interview.interview_helpers import CORPUS, JOB, search


@pytest.fixture(scope="session")
def corpus():
    return load_corpus(CORPUS)


@pytest.fixture(scope="session")
def job():
    return read_posting(JOB)


@pytest.fixture(scope="session")
def requirement_map(tmp_path_factory):
    return search(tmp_path_factory.mktemp("chroma"))
