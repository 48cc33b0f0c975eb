"""The rows of `tailor ledger`: read with their filters checked, shown as tables for the
terminal or as CSV and JSON for other tools.

Apart from `ledger.py` (the commands) so that each stays a readable size. Every text from the
ledger is escaped in the tables: a company or role may contain [brackets] that rich would
otherwise read as markup.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

from rich.markup import escape
from rich.table import Table

from tailor.batch.ledger import STATUSES, Application, Ledger, columns
from tailor.batch.stats import GroupStats
from tailor.errors import UserInputError
from tailor.text.formatting import percent

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


NARROW = 110   # below this many columns the date, model and truth columns are left out: 10 fold into mush


def rows_table(rows: list[Application], title: str | None = None, width: int = 200) -> Table:
    """The rows as a table for a terminal `width` wide. An application's folder is shown by its
    name, the folder holding them all in the caption: a full path per row wraps a narrow
    terminal's table into hundreds of lines."""
    parents = {str(Path(row.out_dir).parent) for row in rows if row.out_dir}
    shared = parents.pop() if len(parents) == 1 else ""
    caption = f"folders in {shared}" if shared else None
    table = Table(title=escape(title) if title else None, caption=escape(caption) if caption else None)
    wide = width >= NARROW
    for name in ("id", "date", "status") if wide else ("id", "status"):   # short: never wrapped
        table.add_column(name, no_wrap=True)
    for name in ("company", "role"):
        table.add_column(name, overflow="fold", min_width=8)
    for name in ("cov", "truth", "kw") if wide else ("cov", "kw"):
        table.add_column(name, justify="right", no_wrap=True)
    if wide:
        table.add_column("model", overflow="fold")
    table.add_column("folder / error", overflow="fold", min_width=10, ratio=None if wide else 2)
    for row in rows:
        colour = _COLOURS.get(row.status)
        status = f"[{colour}]{row.status}[/]" if colour else row.status
        folder = Path(row.out_dir).name if shared else row.out_dir
        where = (f"[red]{escape(_first_line(row.error))}[/]" if row.status == "failed" else escape(folder))
        cells = [str(row.id), row.created_at[:10], status] if wide else [str(row.id), status]
        cells += [escape(row.company), escape(row.role), percent(row.coverage, "-")]
        cells += [percent(row.truth_score, "-"), percent(row.keyword_hit_rate, "-"),
                  escape(short_model(row.model_id))] if wide else [percent(row.keyword_hit_rate, "-")]
        table.add_row(*cells, where)
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
    """The last part of a hub id or local path: "SmolLM2-135M-Instruct"; "extractive" for the
    default writer, which records no model ("none")."""
    if model_id == "none":
        return "extractive"
    return model_id.rstrip("/").rsplit("/", 1)[-1]


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _count(count: int, rate: float | None) -> str:
    return str(count) if rate is None else f"{count} ({rate:.0%})"
