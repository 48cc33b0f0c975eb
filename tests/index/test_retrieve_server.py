"""--chroma-url: the same index against a real Chroma server started by the test on 127.0.0.1."""
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from builders import small_corpus, small_job
from fakes import HashingEmbedder

from tailor.errors import UserInputError
from tailor.index.evidence import EvidenceIndex
from tailor.index.store import open_chroma

CHROMA = Path(sys.executable).with_name("chroma")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    if not CHROMA.exists() and shutil.which("chroma") is None:
        pytest.skip("the chroma CLI is not installed beside this Python")
    port = _free_port()
    proc = subprocess.Popen([str(CHROMA if CHROMA.exists() else "chroma"), "run", "--path",
                             str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.3)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_http_client_gives_the_same_matches_as_the_embedded_store(tmp_path, chroma_server):
    embedder = HashingEmbedder()
    remote = EvidenceIndex(open_chroma(url=chroma_server), embedder)
    local = EvidenceIndex(open_chroma(tmp_path / "local"), embedder)
    args = (small_corpus(), small_job(), 20, 0.1)  # all of it: no ties at a top-k boundary
    def table(result):  # ties may come back in either order
        return {r.requirement_id: sorted((m.evidence_id, round(m.score, 2)) for m in r.matches)
                for r in result}
    assert table(remote.search(*args)) == table(local.search(*args))


def test_a_url_without_host_is_a_user_error():
    with pytest.raises(UserInputError, match="chroma-url"):
        open_chroma(url="http://:8000")


def test_a_server_that_does_not_answer_is_a_user_error():
    with socket.socket() as probe:          # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(UserInputError, match="cannot reach the Chroma server") as caught:
        open_chroma(url=f"http://127.0.0.1:{port}")
    assert caught.value.field == "--chroma-url"
