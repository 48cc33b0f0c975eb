"""Several processes on one embedded Chroma store (two batches, or a run beside `tailor score`).

Before the store lock, processes creating a new store at the same moment failed about one
round in six with "table collections already exists" (CI caught it in the two-batches test).
"""
import subprocess
import sys
import threading
import time
from pathlib import Path

import chromadb
import pytest
from builders import small_corpus
from fakes import HashingEmbedder
from filelock import FileLock

from tailor.index.evidence import EvidenceIndex
from tailor.index.store import open_chroma, store_lock

TESTS = Path(__file__).resolve().parents[1]

OPEN_AND_INDEX = """
import sys, time
from pathlib import Path
sys.path.insert(0, {tests!r})
from builders import small_corpus
from fakes import HashingEmbedder
from tailor.index.evidence import EvidenceIndex
from tailor.index.store import open_chroma
start = float(sys.argv[2])
while time.time() < start:
    time.sleep(0.001)
index = EvidenceIndex(open_chroma(Path(sys.argv[1])), HashingEmbedder())
print(index.ensure_indexed(small_corpus()).count())
"""


def test_processes_creating_one_store_at_once_all_succeed(tmp_path):
    script = OPEN_AND_INDEX.format(tests=str(TESTS))
    expected = str(len(small_corpus().evidence()))
    for round_ in range(2):
        store = tmp_path / f"store{round_}"
        start = time.time() + 8  # after every process has imported chromadb
        procs = [subprocess.Popen([sys.executable, "-c", script, str(store), str(start)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(4)]
        results = [p.communicate(timeout=300) for p in procs]
        assert [p.returncode for p in procs] == [0] * 4, [err[-400:] for _, err in results]
        assert [out.strip() for out, _ in results] == [expected] * 4


def test_writes_wait_for_another_process_holding_the_store(tmp_path):
    client = open_chroma(tmp_path)
    other = FileLock(tmp_path / ".tailor.lock")  # what a second process would hold
    finished = threading.Event()

    def index():
        EvidenceIndex(client, HashingEmbedder()).ensure_indexed(small_corpus())
        finished.set()

    with other:
        worker = threading.Thread(target=index)
        worker.start()
        assert not finished.wait(1.0)
    worker.join(timeout=60)
    assert finished.is_set()


def test_in_memory_store_needs_no_lock():
    lock = store_lock(chromadb.EphemeralClient())
    assert not isinstance(lock, FileLock)


def test_writes_and_lookups_larger_than_chromas_batch_limit_are_sliced(tmp_path):
    """Scoring hundreds of postings stores more requirement vectors than Chroma takes in one
    call (5,461 in Chroma 1.5); the slices are cut by the client's own limit, here made small."""
    from tailor.index.store import get_in_batches, upsert_in_batches

    client = chromadb.PersistentClient(path=str(tmp_path))
    collection = client.get_or_create_collection("slices", embedding_function=None)

    class Limited:                                  # the real client, with a limit of 3
        def get_max_batch_size(self):
            return 3

    ids = [f"id{n}" for n in range(8)]
    upsert_in_batches(Limited(), collection, ids, [f"text {n}" for n in range(8)],
                      [[float(n), 1.0] for n in range(8)])
    assert collection.count() == 8
    found = get_in_batches(Limited(), collection, ids, ["documents"])
    assert found["ids"] == ids and found["documents"][7] == "text 7"
    with pytest.raises(Exception):  # what Chroma does without slicing, at its real limit
        collection.upsert(ids=[f"x{n}" for n in range(client.get_max_batch_size() + 1)],
                          embeddings=[[0.0, 1.0]] * (client.get_max_batch_size() + 1))
