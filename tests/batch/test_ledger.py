"""The application ledger: exactly once per key, claims that survive a killed driver, statuses
with history, refusal of files that are not ledgers, and two processes writing at once."""
import datetime as dt
import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tailor.batch.ledger import STALE_CLAIM_HOURS, Application, Key, Ledger, columns
from tailor.errors import UserInputError

ROOT = Path(__file__).resolve().parents[2]


def app(posting="p1", status="tailored", **extra) -> Application:
    return Application(posting_hash=posting, resume_version="v1", model_key="m1", status=status,
                       **extra)


@pytest.fixture
def ledger(tmp_path):
    with Ledger.open(tmp_path / "ledger.sqlite", create=True) as opened:
        yield opened


def count(ledger, table="applications"):
    with sqlite3.connect(ledger.path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_record_inserts_a_row_with_every_column(ledger):
    row_id = ledger.record(app(company="Acme", coverage=0.5, settings={"pages": 1}))
    row = ledger.by_id(row_id)
    assert (row.company, row.coverage, row.settings, row.status) == ("Acme", 0.5, {"pages": 1}, "tailored")
    assert row.created_at and row.created_at == row.updated_at
    assert ledger.get(Key("p1", "v1", "m1")) == row
    assert list(row.as_dict()) == [*columns()[1:-2], "id", "created_at", "updated_at"]
    assert sorted(columns()) == sorted(row.as_dict())


def test_a_finished_key_is_recorded_exactly_once(ledger):
    first = ledger.record(app(coverage=0.5))
    again = ledger.record(app(coverage=0.9, company="Other"))
    assert again == first
    row = ledger.by_id(first)
    assert (row.coverage, row.company) == (0.5, "")
    assert count(ledger) == 1
    assert [h["status"] for h in ledger.history(first)] == ["tailored"]


def test_a_failed_row_is_replaced_by_a_later_success(ledger):
    first = ledger.record(app(status="failed", error="boom\ntraceback"))
    second = ledger.record(app(coverage=0.8))
    assert second == first and count(ledger) == 1
    row = ledger.by_id(first)
    assert (row.status, row.error, row.coverage) == ("tailored", "", 0.8)
    assert [(h["status"], h["note"]) for h in ledger.history(first)] == [
        ("failed", "boom\ntraceback"), ("tailored", "")]


def test_claims_exclude_other_live_owners_until_done(ledger):
    key = Key("p1", "v1", "m1")
    assert ledger.claim(key, "a") == "claimed"
    assert ledger.claim(key, "a") == "claimed"   # the owner itself may claim again
    assert ledger.claim(key, "b") == "busy"      # our own pid: alive
    ledger.record(app())
    ledger.release(key, "a")
    assert ledger.claim(key, "b") == "done"
    assert count(ledger, "claims") == 0


def test_a_released_or_failed_key_can_be_claimed_again(ledger):
    key = Key("p1", "v1", "m1")
    assert ledger.claim(key, "a") == "claimed"
    ledger.record(app(status="failed", error="x"))
    ledger.release(key, "a")
    assert ledger.claim(key, "b") == "claimed"


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def insert_claim(ledger, *, pid, claimed_at, host=None, owner="gone"):
    with sqlite3.connect(ledger.path) as conn:
        conn.execute("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?)",
                     ("p1", "v1", "m1", owner, pid, host or socket.gethostname(), claimed_at))


def test_a_claim_left_by_a_dead_process_is_taken_over(ledger):
    insert_claim(ledger, pid=dead_pid(), claimed_at=dt.datetime.now(dt.timezone.utc).isoformat())
    assert ledger.claim(Key("p1", "v1", "m1"), "b") == "claimed"
    with sqlite3.connect(ledger.path) as conn:
        assert conn.execute("SELECT owner, pid FROM claims").fetchall() == [("b", os.getpid())]


def test_a_stale_claim_is_taken_over_even_if_its_pid_lives(ledger):
    old = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=STALE_CLAIM_HOURS + 1)
    insert_claim(ledger, pid=os.getpid(), claimed_at=old.isoformat())
    assert ledger.claim(Key("p1", "v1", "m1"), "b") == "claimed"


def test_another_hosts_fresh_claim_is_trusted(ledger):
    insert_claim(ledger, pid=dead_pid(), host="elsewhere.invalid",
                 claimed_at=dt.datetime.now(dt.timezone.utc).isoformat())
    assert ledger.claim(Key("p1", "v1", "m1"), "b") == "busy"


def test_set_status_keeps_notes_and_history(ledger):
    row_id = ledger.record(app())
    ledger.set_status(row_id, "applied", "via the careers page")
    row = ledger.set_status(row_id, "interview", "phone screen")
    assert row.status == "interview"
    assert row.notes == "via the careers page\nphone screen"
    assert [(h["status"], h["note"]) for h in ledger.history(row_id)] == [
        ("tailored", ""), ("applied", "via the careers page"), ("interview", "phone screen")]
    assert ledger.statuses_held() == {row_id: {"tailored", "applied", "interview"}}
    with pytest.raises(UserInputError, match="unknown status 'hired'"):
        ledger.set_status(row_id, "hired")
    with pytest.raises(UserInputError, match="no application with id 99"):
        ledger.set_status(99, "applied")
    assert ledger.by_id(row_id).status == "interview"


def test_rows_filters(ledger):
    ledger.record(app("a", company="Acme Corp"))
    ledger.record(Application(posting_hash="b", resume_version="w2", model_key="m1",
                              status="failed", company="Globex"))
    assert [r.posting_hash for r in ledger.rows(company="acme")] == ["a"]
    assert [r.posting_hash for r in ledger.rows(status="failed")] == ["b"]
    assert [r.posting_hash for r in ledger.rows(version="w")] == ["b"]
    assert len(ledger.rows(since="2000-01-01")) == 2 and ledger.rows(since="2999-01-01") == []


def test_filters_take_percent_and_underscore_literally(ledger):
    ledger.record(app("a", company="100%_Remote Ltd"))
    ledger.record(app("b", company="100 Remote Ltd"))
    assert [r.posting_hash for r in ledger.rows(company="100%_")] == ["a"]
    assert [r.posting_hash for r in ledger.rows(company="0_r")] == []
    assert [r.posting_hash for r in ledger.rows(company="%")] == ["a"]


def test_wal_mode_is_on(ledger):
    with sqlite3.connect(ledger.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reading_never_creates_a_ledger(tmp_path):
    with pytest.raises(UserInputError, match="no ledger here"):
        Ledger.open(tmp_path / "missing.sqlite")
    assert not (tmp_path / "missing.sqlite").exists()


@pytest.mark.parametrize("make", ["other_sqlite", "text", "empty"])
def test_a_file_that_is_not_a_ledger_is_refused(tmp_path, make):
    path = tmp_path / "ledger.sqlite"
    if make == "other_sqlite":
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE things (x)")
    elif make == "text":
        path.write_text("id,status\n1,applied\n" * 100)
    else:
        path.write_bytes(b"")
    with pytest.raises(UserInputError, match="not a Tailor ledger") as caught:
        Ledger.open(path)
    assert str(path) in caught.value.render()
    if make != "empty":  # an empty file is a new ledger when asked to create one
        with pytest.raises(UserInputError, match="not a Tailor ledger"):
            Ledger.open(path, create=True)


WRITER = textwrap.dedent("""
    import sys, time
    from tailor.batch.ledger import Application, Key, Ledger
    path, name, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
    while time.time() < start:  # both processes begin together
        time.sleep(0.005)
    keys = [f"{name}-{i}" for i in range(200)] + [f"shared-{i}" for i in range(50)]
    with Ledger.open(path, create=True) as ledger:  # both may create it: no error either way
        for i, key in enumerate(keys):
            ledger.claim(Key(key, "v1", "m1"), name)  # "busy" or not: record, racing the other
            ledger.record(Application(posting_hash=key, resume_version="v1", model_key="m1",
                                      status="failed" if i % 7 == 0 else "tailored",
                                      company=name))
            ledger.release(Key(key, "v1", "m1"), name)
""")


def test_two_processes_writing_one_ledger_at_once(tmp_path):
    path = tmp_path / "ledger.sqlite"   # created by the racing writers themselves
    start = time.time() + 2.0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, str(start)],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for name in ("a", "b")]
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        assert err == ""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        keys = [r[0] for r in conn.execute("SELECT posting_hash FROM applications")]
        assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    assert len(keys) == len(set(keys)) == 450
    assert {k for k in keys if k.startswith("shared-")} == {f"shared-{i}" for i in range(50)}
