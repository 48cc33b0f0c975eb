"""`tailor ledger`: the terminal side of the application ledger (`ledger.py`) and its A/B stats
(`stats.py`).

Kept out of cli.py, like `trace_print.py`, so each command there stays a few lines. Reading
commands open the ledger without `create`: a mistyped --ledger path is an error, not a new empty
ledger. Every text from the ledger is escaped: a company or role may contain [brackets] that
rich would otherwise read as markup.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from tailor.batch.ledger import STATUSES, Application, Ledger, columns
from tailor.batch.stats import GROUPINGS, GroupStats, group_stats
from tailor.errors import UserInputError
from tailor.formatting import percent
from tailor.fsutil import write_text_atomic

# `failed` is the batch's word for "no resume yet, retry me": set by hand it would make the next
# batch adopt the published folder and overwrite the row's notes, so people and submitters
# record every other status only.
SETTABLE = tuple(s for s in STATUSES if s != "failed")
_COLOURS = {"failed": "red", "applied": "cyan", "interview": "green", "offer": "bold green",
            "rejected": "dim", "withdrawn": "dim"}


def check_filters(*, status: str | None, since: str | None) -> None:
    """Refuse a filter that can only match nothing (a typo), before opening the ledger."""
    if status is not None and status not in STATUSES:
        raise UserInputError(f"unknown status {status!r}", field="--status",
                             hint="use one of: " + ", ".join(STATUSES))
    if since is not None:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
                raise ValueError
            dt.date.fromisoformat(since)
        except ValueError:
            raise UserInputError(f"not a date: {since!r}", field="--since",
                                 hint="write it as YYYY-MM-DD, e.g. 2025-01-31") from None


def read_rows(path: Path, *, status: str | None = None, company: str | None = None,
              since: str | None = None, version: str | None = None) -> list[Application]:
    check_filters(status=status, since=since)
    with Ledger.open(path) as ledger:
        return ledger.rows(status=status, company=company, since=since, version=version)


def show_rows(path: Path, *, as_json: bool, **filters) -> None:
    """`tailor ledger`: the rows as a table, or with `as_json` as one JSON array."""
    rows = read_rows(path, **filters)
    if as_json:
        sys.stdout.write(to_json(rows))
        return
    console = Console()
    if not rows:
        which = " matching the filters" if any(v is not None for v in filters.values()) else ""
        console.print(f"No applications{which} in {escape(str(path))}", highlight=False)
        return
    console.print(rows_table(rows, title=str(path)))


def set_status(path: Path, row_id: int, status: str, note: str = "") -> None:
    """`tailor ledger set`: record what happened to an application, then show its row."""
    if status not in SETTABLE:
        hint = "use one of: " + ", ".join(SETTABLE)
        if status == "failed":
            hint = "failed is recorded by `tailor batch` only; " + hint
        raise UserInputError(f"unknown status {status!r}" if status not in STATUSES
                             else "cannot set status failed", field="--status", hint=hint)
    with Ledger.open(path) as ledger:
        if ledger.by_id(row_id).status == "failed":
            raise UserInputError(f"application {row_id} failed: there is no resume to submit",
                                 file=str(path), hint="rerun `tailor batch` to retry it")
        row = ledger.set_status(row_id, status, note)
        history = ledger.history(row_id)
    console = Console()
    console.print(rows_table([row]))
    steps = " -> ".join(f"{h['status']} ({h['at'][:10]})" for h in history)
    console.print(f"history: {escape(steps)}", highlight=False)
    if row.notes:
        console.print(f"notes: {escape(row.notes)}", highlight=False)


def export(path: Path, *, fmt: str, out: Path | None, **filters) -> None:
    """`tailor ledger export`: every column of the rows as CSV or JSON, to stdout or `out`."""
    if out is not None and out.is_dir():
        raise UserInputError("is a folder; --out needs a file name", file=str(out))
    rows = read_rows(path, **filters)
    text = to_csv(rows) if fmt == "csv" else to_json(rows)
    if out is None:
        sys.stdout.write(text)
        return
    write_text_atomic(out, text)
    Console(stderr=True).print(f"Wrote {len(rows)} rows to {escape(str(out))}", highlight=False)


def show_stats(path: Path, *, by: str, as_json: bool) -> None:
    """`tailor ledger stats`: one line per group (see `stats.py` for the definitions)."""
    if by not in GROUPINGS:
        raise UserInputError(f"unknown grouping {by!r}", field="--by",
                             hint="use one of: " + ", ".join(GROUPINGS))
    with Ledger.open(path) as ledger:
        groups = group_stats(ledger.rows(), ledger.statuses_held(), by)
    if as_json:
        sys.stdout.write(json.dumps({"by": by, "groups": [g.as_dict() for g in groups]},
                                    indent=2, ensure_ascii=False) + "\n")
        return
    console = Console()
    if not groups:
        console.print(f"No applications in {escape(str(path))}", highlight=False)
        return
    console.print(stats_table(groups, by))
    console.print("[dim]applied = reached applied or later; interview, offer, rejection and "
                  "response rates are of applied; see `tailor ledger stats --help`[/]")


# ---------------------------------------------------------------------- formats


def to_json(rows: list[Application]) -> str:
    return json.dumps([r.as_dict() for r in rows], indent=2, ensure_ascii=False) + "\n"


def to_csv(rows: list[Application]) -> str:
    """One line per row, every column; `settings` as a JSON string, missing metrics empty."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns(), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        record = row.as_dict()
        record["settings"] = json.dumps(record["settings"], sort_keys=True)
        writer.writerow(record)
    return buffer.getvalue()


# ---------------------------------------------------------------------- tables


def rows_table(rows: list[Application], title: str | None = None) -> Table:
    table = Table(title=escape(title) if title else None)
    for name in ("id", "date", "status"):   # short: never wrapped; the long texts fold instead
        table.add_column(name, no_wrap=True)
    for name in ("company", "role"):
        table.add_column(name, overflow="fold")
    for name in ("cov", "truth", "kw"):
        table.add_column(name, justify="right", no_wrap=True)
    table.add_column("model", overflow="fold")
    table.add_column("out folder / error", overflow="fold")
    for row in rows:
        colour = _COLOURS.get(row.status)
        status = f"[{colour}]{row.status}[/]" if colour else row.status
        where = (f"[red]{escape(_first_line(row.error))}[/]" if row.status == "failed"
                 else escape(row.out_dir))
        table.add_row(str(row.id), row.created_at[:10], status, escape(row.company),
                      escape(row.role), percent(row.coverage, "-"), percent(row.truth_score, "-"),
                      percent(row.keyword_hit_rate, "-"), escape(short_model(row.model_id)), where)
    return table


def stats_table(groups: list[GroupStats], by: str) -> Table:
    table = Table(title=f"Applications by {by}")
    table.add_column(by, overflow="fold")
    for name in ("apps", "failed", "applied", "interview", "offer", "rejected", "responded",
                 "cov", "truth", "kw"):
        table.add_column(name, justify="right")
    for g in groups:
        table.add_row(
            escape(group_label(g, by)), str(g.applications), str(g.failed),
            _count(g.applied, g.applied_rate), _count(g.interviewed, g.interview_rate),
            _count(g.offers, g.offer_rate), _count(g.rejected, g.rejection_rate),
            _count(g.responded, g.response_rate), percent(g.mean_coverage, "-"),
            percent(g.mean_truth, "-"), percent(g.mean_keyword_hit, "-"))
    return table


def group_label(group: GroupStats, by: str) -> str:
    """Hashes shortened to 12 characters (still unique in any real ledger), skills in full."""
    values = group.group
    if by == "model":
        parts = [short_model(values["model_id"]) or "(unknown)"]
        parts += [f"{name} {values[col][:8]}" for name, col in
                  (("adapter", "adapter_sha256"), ("prompt", "prompt_sha256")) if values[col]]
        return " ".join(parts)
    value = next(iter(values.values()))
    if not value:
        return "(none)"
    return value if by == "skills" else value[:12]


def short_model(model_id: str) -> str:
    """The last part of a hub id or local path: "SmolLM2-135M-Instruct"."""
    return model_id.rstrip("/").rsplit("/", 1)[-1]


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _count(count: int, rate: float | None) -> str:
    return str(count) if rate is None else f"{count} ({rate:.0%})"
