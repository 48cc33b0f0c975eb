"""Durable human preferences over a run's items: what `tailor feedback` records and DPO reads.

A verdict on one item of a finished run becomes a preference pair for the writer's own prompt
for that item (`writer.chat_for`, rebuilt from the run's final state, so it is exactly what the
model saw for its first draft):

  reject  a model-written item: chosen = the person's own words (its cited evidence, verbatim),
          rejected = the item's text
  accept  chosen = the item's text, rejected = the person's own words; refused when the text
          *is* the person's own words (nothing to prefer it over)
  prefer  an item the critic sent back for repair: the first draft ("before") or the text on
          the page ("after"); chosen = the one preferred, rejected = the other

The store is one SQLite table (WAL, created on first use; the CLI keeps it in
`<cache dir>/feedback.sqlite`). Recording the same pair for the same item twice stores it once;
recording the opposite pair (the person changed their mind) replaces the earlier one, so DPO
never sees both A > B and B > A for one prompt.

The rows hold the person's real resume text, unscrubbed: the store keeps what they saw and
judged. Whoever trains on it must scrub it first (docs/ARCHITECTURE.md "Security rules"):
`pii.scrub_record(preference_rows(path), known_names(path))`, then `pii.check_rows`.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from tailor.agents.writer import chat_for, source_text
from tailor.errors import UserInputError
from tailor.schemas import Corpus, JobPosting, ModelFingerprint, RepairRecord, TailoredItem, TailoredResume
from tailor.trace.store import RUN_HINT, final_state

__all__ = ["FeedbackRecord", "FeedbackRun", "Preference", "STORE_FILE", "Verdict", "known_names",
           "load_run", "make_preference", "preference_rows", "read_records", "record"]

STORE_FILE = "feedback.sqlite"
TAILORED_FILE = "tailored.json"
Verdict = Literal["accept", "reject", "prefer"]
Variant = Literal["before", "after"]
_REWRITE_OUTCOMES = ("retry", "replaced_by_source")  # repair rounds, not drops or trimming
_SCHEMA = """
CREATE TABLE IF NOT EXISTS preferences (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,             -- UTC, ISO 8601
    run_dir     TEXT NOT NULL,             -- resolved path of the run folder
    item_id     TEXT NOT NULL,
    verdict     TEXT NOT NULL CHECK (verdict IN ('accept', 'reject', 'prefer')),
    prompt      TEXT NOT NULL,             -- JSON: the writer's chat messages for the item
    chosen      TEXT NOT NULL,
    rejected    TEXT NOT NULL,
    model       TEXT NOT NULL,             -- JSON: the run's ModelFingerprint
    known_names TEXT NOT NULL DEFAULT '[]',-- JSON: the person's name(s), for scrubbing
    CHECK (chosen <> rejected),
    UNIQUE (run_dir, item_id, chosen, rejected)
)"""


@dataclass(frozen=True)
class FeedbackRun:
    """What a verdict needs from a finished run: the page as shipped and the run's inputs."""
    run_dir: Path
    resume: TailoredResume          # tailored.json: the items the person saw
    corpus: Corpus                  # from the trace's final state
    job: JobPosting
    repairs: list[RepairRecord]
    model: ModelFingerprint

    def item(self, item_id: str) -> TailoredItem:
        found = {i.id: i for i in self.resume.items()}
        if item_id not in found:
            raise UserInputError(f"no item {item_id!r} in this run",
                                 file=str(self.run_dir / TAILORED_FILE),
                                 hint="valid ids: " + ", ".join(found))
        return found[item_id]

    def own_words(self, item: TailoredItem) -> str:
        return source_text(item, self.corpus)

    def first_draft(self, item: TailoredItem) -> str | None:
        """The model's first draft of an item the critic sent back, or None."""
        rounds = sorted((r for r in self.repairs
                         if r.item_id == item.id and r.outcome in _REWRITE_OUTCOMES),
                        key=lambda r: r.round)
        return rounds[0].before if rounds and rounds[0].before != item.text else None

    def prompt(self, item: TailoredItem) -> list[dict]:
        return chat_for(item, self.corpus, self.job, self.resume)

    def reviewable(self) -> list[TailoredItem]:
        """Items there is something to judge on: rewritten by the model, or repaired."""
        return [i for i in self.resume.items()
                if i.text != self.own_words(i) or self.first_draft(i) is not None]


@dataclass(frozen=True)
class Preference:
    item_id: str
    verdict: Verdict
    prompt: list[dict]
    chosen: str
    rejected: str


@dataclass(frozen=True)
class FeedbackRecord:
    created_at: str
    run_dir: str
    item_id: str
    verdict: Verdict
    prompt: list[dict]
    chosen: str
    rejected: str
    model: dict


def load_run(run_dir: str | Path) -> FeedbackRun:
    """A finished run, read back from tailored.json and the trace's final state."""
    run_dir = Path(run_dir).resolve()
    state = final_state(run_dir)
    tailored = run_dir / TAILORED_FILE
    if not tailored.is_file():
        raise UserInputError(f"not a Tailor run: there is no {TAILORED_FILE}",
                             file=str(run_dir), hint=RUN_HINT)
    try:
        resume = TailoredResume.model_validate_json(tailored.read_text(encoding="utf-8"))
        report = state.get("report") or {}
        return FeedbackRun(run_dir=run_dir, resume=resume, corpus=Corpus(**state["corpus"]),
                           job=JobPosting(**state["job"]),
                           repairs=[RepairRecord(**r) for r in report.get("repairs", [])],
                           model=ModelFingerprint(**report["model"]))
    except (ValidationError, KeyError, TypeError, ValueError) as exc:
        raise UserInputError(f"unreadable run ({type(exc).__name__}: {exc})".splitlines()[0],
                             file=str(run_dir), hint=RUN_HINT) from None


def make_preference(run: FeedbackRun, item_id: str, verdict: Verdict,
                    variant: Variant | None = None) -> Preference:
    """One verdict on one item as a chosen/rejected pair (see the module docstring)."""
    item = run.item(item_id)
    own, text = run.own_words(item), item.text
    where = str(run.run_dir / TAILORED_FILE)
    if verdict == "prefer":
        before = run.first_draft(item)
        if before is None:
            raise UserInputError(f"{item_id} was not repaired: there is no first draft to "
                                 "compare", file=where, hint="use --accept or --reject for it")
        if variant not in ("before", "after"):
            raise UserInputError(f"prefer needs before or after, not {variant!r}", file=where,
                                 hint=f"--prefer {item_id}=before or --prefer {item_id}=after")
        chosen, rejected = (before, text) if variant == "before" else (text, before)
    elif text == own:
        raise UserInputError(
            f"{item_id} is your own words verbatim: there is nothing to {verdict} it against",
            file=where, hint=("use --prefer for its first draft" if run.first_draft(item)
                              else "accept or reject items the model rewrote"))
    elif verdict == "accept":
        chosen, rejected = text, own
    elif verdict == "reject":
        chosen, rejected = own, text
    else:
        raise ValueError(f"unknown verdict {verdict!r}")
    return Preference(item_id=item_id, verdict=verdict, prompt=run.prompt(item), chosen=chosen,
                      rejected=rejected)


def record(store_path: str | Path, run: FeedbackRun, preferences: Iterable[Preference]) -> int:
    """Store the preferences (all or none); returns how many were new."""
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    model = json.dumps(run.model.model_dump(mode="json"), sort_keys=True)
    names = json.dumps([n for n in [run.corpus.basics.name] if n])
    added = 0
    with closing(_connect(store_path, create=True)) as conn, conn:
        for p in preferences:
            key = (str(run.run_dir), p.item_id)
            conn.execute("DELETE FROM preferences WHERE run_dir = ? AND item_id = ? AND "
                         "chosen = ? AND rejected = ?", (*key, p.rejected, p.chosen))
            cur = conn.execute(
                "INSERT OR IGNORE INTO preferences (created_at, run_dir, item_id, verdict, "
                "prompt, chosen, rejected, model, known_names) VALUES (?,?,?,?,?,?,?,?,?)",
                (now, *key, p.verdict, json.dumps(p.prompt), p.chosen, p.rejected, model, names))
            added += cur.rowcount
    return added


def read_records(store_path: str | Path, run_dir: str | Path | None = None) -> list[FeedbackRecord]:
    """Every stored preference (of one run folder, when given), oldest first."""
    where, args = ("WHERE run_dir = ?", (str(Path(run_dir).resolve()),)) if run_dir else ("", ())
    with closing(_connect(store_path)) as conn:
        rows = conn.execute("SELECT created_at, run_dir, item_id, verdict, prompt, chosen, "
                            f"rejected, model FROM preferences {where} ORDER BY id", args)
        return [FeedbackRecord(created_at=r[0], run_dir=r[1], item_id=r[2], verdict=r[3],
                               prompt=json.loads(r[4]), chosen=r[5], rejected=r[6],
                               model=json.loads(r[7])) for r in rows]


def preference_rows(store_path: str | Path) -> list[dict]:
    """The store as TRL conversational preference rows, oldest first, for DPO:
    {"prompt": [messages], "chosen": [assistant message], "rejected": [assistant message]}.
    Unscrubbed: scrub with `known_names(store_path)` before training (module docstring)."""
    return [{"prompt": r.prompt,
             "chosen": [{"role": "assistant", "content": r.chosen}],
             "rejected": [{"role": "assistant", "content": r.rejected}]}
            for r in read_records(store_path)]


def known_names(store_path: str | Path) -> list[str]:
    """The names of the people whose runs are in the store, for `pii.scrub_record`."""
    with closing(_connect(store_path)) as conn:
        lists = [json.loads(r[0]) for r in conn.execute("SELECT DISTINCT known_names "
                                                        "FROM preferences")]
    return sorted({name for names in lists for name in names})


def _connect(store_path: str | Path, create: bool = False) -> sqlite3.Connection:
    """The store, checked to be one; with `create`, made on first use. Never adds our table to
    some other SQLite file (a mistyped --store pointing at a run's trace.sqlite)."""
    path = Path(store_path)
    if not create and not path.is_file():
        raise UserInputError("no feedback store here", file=str(path),
                             hint="record preferences first: tailor feedback RUN_DIR")
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = None
    try:
        conn = sqlite3.connect(path)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if create and not tables:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(_SCHEMA)
        conn.execute("SELECT created_at, run_dir, item_id, verdict, prompt, chosen, rejected, "
                     "model, known_names FROM preferences LIMIT 0")
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        raise UserInputError(f"not a feedback store ({exc})", file=str(path),
                             hint="pass --store a feedback.sqlite file") from None
    return conn
