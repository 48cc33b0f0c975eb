"""Reading a finished run back from its trace, read-only, and refusing folders that are not runs."""
import sqlite3
from pathlib import Path

import pytest
from langgraph.checkpoint.sqlite import SqliteSaver

from tailor.corpus import load_corpus
from tailor.errors import UserInputError
from tailor.fsutil import TRACE_FILE
from tailor.trace.store import final_state, open_trace

CORPUS = Path(__file__).resolve().parents[2] / "tailor/corpus/examples/experiences.json"


def test_final_state_holds_the_runs_corpus_job_and_report(scripted_run):
    result, _ = scripted_run
    state = final_state(result.out_dir)
    assert state["corpus"]["basics"]["name"] == load_corpus(CORPUS).basics.name
    assert set(state["corpus"]["experiences"][0]) >= {"id", "organization", "bullets"}
    assert state["job"]["title"] == result.report.job_title
    assert state["report"] == result.report.model_dump(mode="json")
    with open_trace(result.out_dir) as (_, thread_id):
        assert thread_id == result.thread_id


def test_reading_leaves_the_run_folder_untouched(scripted_run):
    result, _ = scripted_run
    before = sorted(p.name for p in result.out_dir.iterdir())
    final_state(result.out_dir)
    assert sorted(p.name for p in result.out_dir.iterdir()) == before  # no -wal / -shm files


def _garbage(run: Path) -> None:
    (run / TRACE_FILE).write_bytes(b"PK\x03\x04 not sqlite at all" * 50)


def _empty_sqlite(run: Path) -> None:
    sqlite3.connect(run / TRACE_FILE).execute("create table other (x)").connection.close()


def _no_checkpoints(run: Path) -> None:
    conn = sqlite3.connect(run / TRACE_FILE)
    SqliteSaver(conn).setup()
    conn.close()


@pytest.mark.parametrize("make, fragment", [
    (None, "not found"),
    ("file", "is not a folder"),
    ("dir", "not a Tailor run: there is no trace.sqlite"),
    (_garbage, "not a Tailor trace"),
    (_empty_sqlite, "not a Tailor trace"),
    (_no_checkpoints, "no checkpoints"),
])
def test_a_folder_that_is_not_a_run_is_one_clear_error(tmp_path, make, fragment):
    run = tmp_path / "run"
    if make == "file":
        run.write_text("hello")
    elif make is not None:
        run.mkdir()
        if callable(make):
            make(run)
    with pytest.raises(UserInputError) as caught:
        final_state(run)
    assert fragment in caught.value.message
    assert "--out RUN_DIR" in caught.value.hint
    if callable(make):
        assert not (run / "trace.sqlite-wal").exists()
