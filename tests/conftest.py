import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
sys.path.insert(0, str(Path(__file__).parent))

TESTDATA = Path(__file__).parent / "testdata"


@pytest.fixture
def testdata() -> Path:
    return TESTDATA


@pytest.fixture
def hashing_embedder():
    from fakes import HashingEmbedder
    return HashingEmbedder()


@pytest.fixture(scope="session")
def local_session(tmp_path_factory):
    """The real bundled SmolLM2 writer, converted once per test session into a temp cache."""
    from tailor.session import open_session
    return open_session(model_spec="local", cache_dir=tmp_path_factory.mktemp("tailor-cache"))
