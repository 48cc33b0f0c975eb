"""The local process engine: a hung or crashing posting costs only itself, the batch goes on.

The worker loop is replaced by `staged_worker` (no model), which hangs on postings named
"hang", dies on "crash", and otherwise echoes the posting back as a file.
"""
import os
import time

import pytest

from tailor.batch.engines import ProcessEngine
from tailor.batch.worker import Outcome, WorkerSpec
from tailor.errors import WorkerStartFailed
from tailor.graph.context import RunSettings
from tailor.llm.spec import ModelSpec
from tailor.text.posting_files import PostingTask


def staged_worker(conn, spec):
    if spec.model.spec == "broken":
        conn.send(("start_failed", "cannot load model 'broken'"))
        return
    conn.send(("ready", None))
    while True:
        message = conn.recv()
        if message is None:
            return
        index, task = message
        if task.name == "hang":
            time.sleep(600)
        if task.name == "crash":
            os._exit(7)
        time.sleep(0.5)  # long enough for the other worker to start and take its share
        conn.send(("outcome", Outcome(index, True, files={"echo.txt": task.data},
                                      report={"pid": os.getpid()})))


def spec(model="staged"):
    return WorkerSpec(model=ModelSpec(spec=model, backend="extractive"), settings=RunSettings(), corpus_name="c.json",
                      corpus_bytes=b"{}", vectors={"ids": [], "documents": [], "embeddings": []})


def tasks(*names):
    return [(i, PostingTask(source=f"{n}.txt", name=n, suffix=".txt", data=f"{n} {i}".encode()))
            for i, n in enumerate(names)]


def test_hang_and_crash_fail_alone_and_the_batch_goes_on():
    engine = ProcessEngine(spec(), workers=2, task_timeout=5, worker_main=staged_worker)
    try:
        outcomes = {o.task_index: o for o in engine.run(iter(tasks("a", "hang", "b", "crash", "c", "d")))}
    finally:
        engine.close()
    assert sorted(outcomes) == [0, 1, 2, 3, 4, 5]
    assert outcomes[1].error_kind == "timeout" and "timed out after 5 s" in outcomes[1].error
    assert outcomes[3].error_kind == "crash" and "exit code 7" in outcomes[3].error
    ok = [i for i, o in outcomes.items() if o.ok]
    assert ok == [0, 2, 4, 5]
    assert [outcomes[i].files["echo.txt"] for i in ok] == [b"a 0", b"b 2", b"c 4", b"d 5"]


def test_two_workers_share_the_postings():
    engine = ProcessEngine(spec(), workers=2, worker_main=staged_worker)
    try:  # 16 x 0.5 s: room for a slow second worker start on a loaded machine
        outcomes = list(engine.run(iter(tasks(*"abcdefghijklmnop"))))
    finally:
        engine.close()
    assert sorted(o.task_index for o in outcomes) == list(range(16))
    assert len({o.report["pid"] for o in outcomes}) == 2


def test_tasks_are_pulled_only_when_a_worker_is_free():
    """The driver claims a posting when it is handed out, so the engine must not read ahead."""
    pulled = []

    def lazily():
        for task in tasks(*"abcdef"):
            pulled.append(task[0])
            yield task

    engine = ProcessEngine(spec(), workers=2, worker_main=staged_worker)
    try:
        run = engine.run(lazily())
        first = next(run)
        assert len(pulled) <= 3 and first.ok  # two in flight, at most one more after a result
        rest = list(run)
    finally:
        engine.close()
    assert len(rest) == 5 and pulled == list(range(6))


def test_a_worker_that_cannot_load_its_model_stops_the_batch():
    engine = ProcessEngine(spec("broken"), workers=1, worker_main=staged_worker)
    try:
        with pytest.raises(WorkerStartFailed, match="cannot load model 'broken'"):
            list(engine.run(iter(tasks("a"))))
    finally:
        engine.close()
