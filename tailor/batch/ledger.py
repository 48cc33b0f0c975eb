"""The application ledger: one SQLite row per application, written only by batch drivers.

Why SQLite in WAL mode: readers (`tailor ledger`) never block the batch that writes, several
batches may share one ledger, and a driver killed mid-write leaves the file consistent (a
transaction is in or it is not). Every write is one short `BEGIN IMMEDIATE` transaction with a
busy timeout, so two drivers take turns instead of failing.

Exactly-once rests on the key (posting hash, resume version, model key): a row whose status is
anything but `failed` means "done, never redo"; a `failed` row is retried by the next batch.
While a driver works on a key it holds a *claim* (owner, pid, host); another driver skips
claimed keys unless the owner's process is gone (killed), in which case it takes the claim over.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from tailor.errors import UserInputError

STATUSES = ("tailored", "applied", "interview", "rejected", "offer", "withdrawn", "failed")
Status = Literal["tailored", "applied", "interview", "rejected", "offer", "withdrawn", "failed"]
ClaimResult = Literal["claimed", "done", "busy"]
SCHEMA_VERSION = 1
STALE_CLAIM_HOURS = 12

_SCHEMA = """
CREATE TABLE IF NOT EXISTS applications (
  id INTEGER PRIMARY KEY,
  posting_hash TEXT NOT NULL,
  resume_version TEXT NOT NULL,
  model_key TEXT NOT NULL,
  posting_source TEXT NOT NULL DEFAULT '',
  company TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  corpus_hash TEXT NOT NULL DEFAULT '',
  settings TEXT NOT NULL DEFAULT '{}',
  model_id TEXT NOT NULL DEFAULT '',
  adapter_sha256 TEXT NOT NULL DEFAULT '',
  prompt_sha256 TEXT NOT NULL DEFAULT '',
  out_dir TEXT NOT NULL DEFAULT '',
  pdf_sha256 TEXT NOT NULL DEFAULT '',
  summary_sha256 TEXT NOT NULL DEFAULT '',
  skills TEXT NOT NULL DEFAULT '',
  coverage REAL,
  truth_score REAL,
  keyword_hit_rate REAL,
  status TEXT NOT NULL,
  error TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  batch_id TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (posting_hash, resume_version, model_key)
);
CREATE TABLE IF NOT EXISTS status_history (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications(id),
  status TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
  posting_hash TEXT NOT NULL,
  resume_version TEXT NOT NULL,
  model_key TEXT NOT NULL,
  owner TEXT NOT NULL,
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  claimed_at TEXT NOT NULL,
  PRIMARY KEY (posting_hash, resume_version, model_key)
);
CREATE TABLE IF NOT EXISTS ledger_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

LEDGER_HINT = "pass --ledger a ledger.sqlite written by `tailor batch`"


@dataclass(frozen=True)
class Key:
    """What makes two tailorings the same application: same posting, resume version, model."""
    posting_hash: str
    resume_version: str
    model_key: str


@dataclass
class Application:
    """One ledger row. `metrics` fields are None for failed rows."""
    posting_hash: str
    resume_version: str
    model_key: str
    status: Status
    posting_source: str = ""
    company: str = ""
    role: str = ""
    corpus_hash: str = ""
    settings: dict = field(default_factory=dict)
    model_id: str = ""
    adapter_sha256: str = ""
    prompt_sha256: str = ""
    out_dir: str = ""
    pdf_sha256: str = ""
    summary_sha256: str = ""
    skills: str = ""
    coverage: float | None = None
    truth_score: float | None = None
    keyword_hit_rate: float | None = None
    error: str = ""
    notes: str = ""
    batch_id: str = ""
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""

    @property
    def key(self) -> Key:
        return Key(self.posting_hash, self.resume_version, self.model_key)

    def as_dict(self) -> dict:
        return asdict(self)


_COLUMNS = [f for f in Application.__dataclass_fields__ if f not in ("id", "created_at", "updated_at")]


def columns() -> list[str]:
    """Every column of a row, id first: the header of `tailor ledger export --csv`."""
    return ["id", *_COLUMNS, "created_at", "updated_at"]


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _enable_wal(conn: sqlite3.Connection, wait: float = 60.0) -> None:
    """Switch a new ledger to WAL. Changing the journal mode does not wait on the busy timeout:
    when two drivers create the same ledger at once, one gets "database is locked" at once, so
    it retries here for as long as the busy timeout would have waited."""
    deadline = time.monotonic() + wait
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class Ledger:
    """The ledger file. Open it with `Ledger.open(path, create=...)`; use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self._conn, self.path = conn, path

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False) -> Ledger:
        """Open (with `create`, make on first use) a ledger; refuse other SQLite files."""
        path = Path(path)
        if not create and not path.is_file():
            raise UserInputError("no ledger here", file=str(path),
                                 hint="run `tailor batch` first, or " + LEDGER_HINT)
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=60.0, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 60000")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if create and not tables:
                _enable_wal(conn)
                with _immediate(conn):
                    _create(conn)
            conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM applications LIMIT 0")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise UserInputError(f"not a Tailor ledger ({exc})", file=str(path),
                                 hint=LEDGER_HINT) from None
        conn.row_factory = sqlite3.Row
        return cls(conn, path)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ batch side

    def get(self, key: Key) -> Application | None:
        row = self._conn.execute(
            "SELECT * FROM applications WHERE posting_hash=? AND resume_version=? AND model_key=?",
            (key.posting_hash, key.resume_version, key.model_key)).fetchone()
        return _application(row) if row else None

    def claim(self, key: Key, owner: str) -> ClaimResult:
        """Take `key` for `owner` unless it is done or a live driver holds it."""
        with _immediate(self._conn):
            done = self._conn.execute(
                "SELECT status FROM applications WHERE posting_hash=? AND resume_version=? "
                "AND model_key=?", _key_tuple(key)).fetchone()
            if done and done[0] != "failed":
                return "done"
            held = self._conn.execute(
                "SELECT owner, pid, host, claimed_at FROM claims WHERE posting_hash=? AND resume_version=? "
                "AND model_key=?", _key_tuple(key)).fetchone()
            if held and held[0] != owner and _alive(held[1], held[2]) \
                    and not _stale(held[3]):
                return "busy"
            self._conn.execute(
                "INSERT OR REPLACE INTO claims (posting_hash, resume_version, model_key, owner, "
                "pid, host, claimed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (*_key_tuple(key), owner, os.getpid(), socket.gethostname(), now()))
            return "claimed"

    def release(self, key: Key, owner: str) -> None:
        with _immediate(self._conn):
            self._conn.execute("DELETE FROM claims WHERE posting_hash=? AND resume_version=? "
                               "AND model_key=? AND owner=?", (*_key_tuple(key), owner))

    def record(self, app: Application) -> int:
        """Insert the row, or update a `failed` one; a finished row is never overwritten.
        Returns the row id."""
        stamp = now()
        values = [json.dumps(v, sort_keys=True) if c == "settings" else v
                  for c, v in ((c, getattr(app, c)) for c in _COLUMNS)]
        updates = ", ".join(f"{c}=excluded.{c}" for c in _COLUMNS)
        with _immediate(self._conn):
            written = self._conn.execute(
                f"INSERT INTO applications ({', '.join(_COLUMNS)}, created_at, updated_at) "
                f"VALUES ({', '.join('?' * len(_COLUMNS))}, ?, ?) "
                "ON CONFLICT (posting_hash, resume_version, model_key) DO UPDATE SET "
                f"{updates}, updated_at=excluded.updated_at WHERE applications.status='failed'",
                (*values, stamp, stamp)).rowcount
            row_id = self._conn.execute(
                "SELECT id FROM applications WHERE posting_hash=? AND resume_version=? AND "
                "model_key=?", _key_tuple(app.key)).fetchone()[0]
            if written:
                self._conn.execute("INSERT INTO status_history (application_id, status, note, at) "
                                   "VALUES (?, ?, ?, ?)", (row_id, app.status, app.error[:500], stamp))
        return row_id

    # ------------------------------------------------------------------ user side

    def rows(self, *, status: str | None = None, company: str | None = None,
             since: str | None = None, version: str | None = None) -> list[Application]:
        """Rows filtered by status, company (substring, any case), date (YYYY-MM-DD) or version."""
        where, args = [], []
        if status:
            where.append("status = ?")
            args.append(status)
        if company:
            where.append("lower(company) LIKE ? ESCAPE '\\'")
            args.append(f"%{_literal(company.lower())}%")
        if since:
            where.append("created_at >= ?")
            args.append(since)
        if version:
            where.append("resume_version LIKE ? ESCAPE '\\'")
            args.append(f"{_literal(version)}%")
        sql = "SELECT * FROM applications" + (" WHERE " + " AND ".join(where) if where else "")
        return [_application(r) for r in self._conn.execute(sql + " ORDER BY id", args)]

    def set_status(self, row_id: int, status: str, note: str = "") -> Application:
        """Record what happened to an application (e.g. the submitter's result)."""
        if status not in STATUSES:
            raise UserInputError(f"unknown status {status!r}", field="--status",
                                 hint="use one of: " + ", ".join(STATUSES))
        stamp = now()
        with _immediate(self._conn):
            found = self._conn.execute("SELECT notes FROM applications WHERE id=?",
                                       (row_id,)).fetchone()
            if found is None:
                raise UserInputError(f"no application with id {row_id}", file=str(self.path),
                                     hint="list them with `tailor ledger`")
            notes = "\n".join(n for n in (found["notes"], note) if n)
            self._conn.execute("UPDATE applications SET status=?, notes=?, updated_at=? WHERE id=?",
                               (status, notes, stamp, row_id))
            self._conn.execute("INSERT INTO status_history (application_id, status, note, at) "
                               "VALUES (?, ?, ?, ?)", (row_id, status, note, stamp))
        return self.by_id(row_id)

    def by_id(self, row_id: int) -> Application:
        row = self._conn.execute("SELECT * FROM applications WHERE id=?", (row_id,)).fetchone()
        if row is None:
            raise UserInputError(f"no application with id {row_id}", file=str(self.path),
                                 hint="list them with `tailor ledger`")
        return _application(row)

    def history(self, row_id: int) -> list[dict]:
        return [dict(r) for r in self._conn.execute(
            "SELECT status, note, at FROM status_history WHERE application_id=? ORDER BY id",
            (row_id,))]

    def statuses_held(self) -> dict[int, set[str]]:
        """Every status each application has ever had, by row id, in one query: stats count an
        application rejected after its interview as interviewed, which its current status hides."""
        held: dict[int, set[str]] = {}
        for row_id, status in self._conn.execute("SELECT application_id, status FROM status_history"):
            held.setdefault(row_id, set()).add(status)
        return held


def _create(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT OR IGNORE INTO ledger_meta VALUES ('schema_version', ?)",
                 (str(SCHEMA_VERSION),))


@contextmanager
def _immediate(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, taken up front so concurrent drivers queue on the busy timeout."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _literal(text: str) -> str:
    """`text` for a LIKE pattern, its % and _ taken literally ("100%_remote" is a company)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _key_tuple(key: Key) -> tuple[str, str, str]:
    return key.posting_hash, key.resume_version, key.model_key


def _application(row: sqlite3.Row) -> Application:
    data = dict(row)
    data["settings"] = json.loads(data["settings"] or "{}")
    return Application(**data)


def _stale(claimed_at: str) -> bool:
    """A claim older than this was left by a driver that is gone (its pid may be reused)."""
    age = dt.datetime.now(dt.timezone.utc) - dt.datetime.fromisoformat(claimed_at)
    return age > dt.timedelta(hours=STALE_CLAIM_HOURS)


def _alive(pid: int, host: str) -> bool:
    """Is the claiming driver still running? Another host's claim is trusted (we cannot look)."""
    if host != socket.gethostname():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True
