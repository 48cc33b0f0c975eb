"""Reading a finished run back from its trace: RUN_DIR/trace.sqlite, the LangGraph checkpoints.

Read-only by construction: the file is opened with SQLite's `mode=ro&immutable=1`, so reading
never writes to the run folder (no -wal/-shm files appear beside it) and a trace copied from
elsewhere cannot be changed. A published run's trace is complete (its writer closed the
connection, which folds the WAL into the file), so treating it as immutable loses nothing.

Checkpoints are decoded with LangGraph's serializer in strict mode: the state holds only plain
JSON values (graph/state.py), so a trace from someone else cannot make us import and build
arbitrary classes (docs/ARCHITECTURE.md "Security rules").
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver

from tailor.errors import UserInputError
from tailor.fsutil import TRACE_FILE

RUN_HINT = "pass the output folder of a run (`tailor JOB --resume PATH --out RUN_DIR`)"


def trace_path(run_dir: str | Path) -> Path:
    """RUN_DIR/trace.sqlite, or a UserInputError saying why RUN_DIR is not a Tailor run."""
    run_dir = Path(run_dir)
    if not run_dir.exists():
        raise UserInputError("not found", file=str(run_dir), hint=RUN_HINT)
    if not run_dir.is_dir():
        raise UserInputError("is not a folder", file=str(run_dir), hint=RUN_HINT)
    trace = run_dir / TRACE_FILE
    if not trace.is_file():
        raise UserInputError(f"not a Tailor run: there is no {TRACE_FILE}", file=str(run_dir),
                             hint=RUN_HINT)
    return trace


@contextmanager
def open_trace(run_dir: str | Path) -> Iterator[tuple[SqliteSaver, str]]:
    """A read-only checkpointer on the run's trace and the run's thread id (its newest one)."""
    trace = trace_path(run_dir)
    uri = f"{trace.resolve().as_uri()}?mode=ro&immutable=1"
    with closing(sqlite3.connect(uri, uri=True, check_same_thread=False)) as conn:
        saver = SqliteSaver(conn, serde=JsonPlusSerializer(allowed_msgpack_modules=None))
        try:
            newest = next(saver.list(None, limit=1), None)
        except sqlite3.DatabaseError as exc:  # not SQLite, or SQLite without the tables
            raise UserInputError(f"not a Tailor trace ({exc})", file=str(trace),
                                 hint=RUN_HINT) from None
        if newest is None:
            raise UserInputError("the trace holds no checkpoints", file=str(trace), hint=RUN_HINT)
        yield saver, newest.config["configurable"]["thread_id"]


def final_state(run_dir: str | Path) -> dict:
    """The graph state at the end of the run (`TailorState` values: plain JSON dicts)."""
    with open_trace(run_dir) as (saver, thread_id):
        last = saver.get_tuple({"configurable": {"thread_id": thread_id}})
    state = dict(last.checkpoint["channel_values"]) if last else {}
    if "corpus" not in state or "job" not in state:
        raise UserInputError("the trace ends before the corpus and the posting were read",
                             file=str(trace_path(run_dir)), hint=RUN_HINT)
    return state
