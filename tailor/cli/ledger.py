"""`tailor ledger`: the application ledger (`tailor.batch.ledger`) and its A/B stats
(`tailor.batch.stats`) in the terminal; reading and showing rows (tables, CSV, JSON) is in `ledger_rows.py`.

Reading commands open the ledger without `create`: a mistyped --ledger path is an error, not a
new empty ledger. Every text from the ledger is escaped: a company or role may contain
[brackets] that rich would otherwise read as markup.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from tailor.batch.ledger import STATUSES, Ledger
from tailor.batch.stats import GROUPINGS, group_stats
from tailor.cli.ledger_rows import read_rows, rows_table, stats_table, to_csv, to_json
from tailor.cli.options import default_ledger
from tailor.errors import UserInputError
from tailor.fsutil import write_text_atomic

# `failed` is the batch's word for "no resume yet, retry me": set by hand it would make the next
# batch adopt the published folder and overwrite the row's notes, so people and submitters
# record every other status only.
SETTABLE = tuple(s for s in STATUSES if s != "failed")

app = typer.Typer(help=(
    "The application ledger: one row per application `tailor batch` made (SQLite). Default: "
    "$TAILOR_LEDGER, else $XDG_DATA_HOME/tailor/ledger.sqlite (~/.local/share/tailor/...).\n\n"
    "Statuses: tailored (resume made, not sent), applied, interview, offer, rejected, withdrawn "
    "(set with `tailor ledger set ID --status S`, e.g. by an external submitter), failed "
    "(tailoring failed; the next batch retries it).\n\n"
    "With no command: list the rows."))
LedgerOption = Annotated[Optional[Path], typer.Option(
    help="Ledger file (default: $TAILOR_LEDGER or $XDG_DATA_HOME/tailor/ledger.sqlite).")]
StatusFilter = Annotated[Optional[str], typer.Option(
    "--status", metavar="STATUS", help="Only rows with this status: " + ", ".join(STATUSES) + ".")]
CompanyFilter = Annotated[Optional[str], typer.Option(metavar="TEXT",
    help="Only companies containing TEXT (any case).")]
SinceFilter = Annotated[Optional[str], typer.Option(metavar="YYYY-MM-DD",
    help="Only rows created on or after this date (UTC).")]
VersionFilter = Annotated[Optional[str], typer.Option("--version", metavar="PREFIX",
    help="Only rows whose resume version starts with PREFIX.")]


@app.callback(invoke_without_command=True)
def ledger_list(
    ctx: typer.Context,
    ledger: LedgerOption = None,
    status: StatusFilter = None,
    company: CompanyFilter = None,
    since: SinceFilter = None,
    version: VersionFilter = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the rows as one JSON array.")] = False,
) -> None:
    """List applications: id, date, status, company, role, coverage / truth / keyword hit, model,
    output folder (or the error of a failed one)."""
    if ctx.invoked_subcommand:  # its own options apply; these would be silently ignored
        given = [name for name, value in (("--ledger", ledger), ("--status", status),
                 ("--company", company), ("--since", since), ("--version", version),
                 ("--json", as_json)) if value not in (None, False)]
        if given:
            raise UserInputError(f"{', '.join(given)} given before `{ctx.invoked_subcommand}`",
                                 hint=f"put options after the command: tailor ledger "
                                      f"{ctx.invoked_subcommand} {given[0]} ...")
        return
    show_rows(ledger or default_ledger(), as_json=as_json, status=status, company=company,
              since=since, version=version)


@app.command("set")
def ledger_set(
    row_id: Annotated[int, typer.Argument(metavar="ID", help="The row id (`tailor ledger`).")],
    status: Annotated[str, typer.Option("--status", help="applied, interview, offer, rejected, "
                                        "withdrawn or tailored.")],
    note: Annotated[str, typer.Option(help="Appended to the row's notes and its history.")] = "",
    ledger: LedgerOption = None,
) -> None:
    """Record what happened to application ID (e.g. a submitter's result); keeps the history."""
    set_status(ledger or default_ledger(), row_id, status, note)


@app.command("export")
def ledger_export(
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV, settings as a JSON string.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON array of rows.")] = False,
    out: Annotated[Optional[Path], typer.Option(metavar="FILE",
        help="Write FILE (replaced in one step) instead of stdout.")] = None,
    ledger: LedgerOption = None,
    status: StatusFilter = None,
    company: CompanyFilter = None,
    since: SinceFilter = None,
    version: VersionFilter = None,
) -> None:
    """Every column of the (filtered) rows as CSV or JSON."""
    if as_csv == as_json:
        raise UserInputError("choose one format", field="--csv/--json",
                             hint="pass exactly one of --csv and --json")
    export(ledger or default_ledger(), fmt="csv" if as_csv else "json", out=out, status=status,
           company=company, since=since, version=version)


@app.command("stats", help=(
    "A/B of resume versions: applications grouped by --by, and how each group fared.\n\n"
    "version: resume version (corpus + settings); summary: the summary's text; skills: the skill "
    "list; model: model id + adapter + prompt hashes. Failed rows have no summary or skills: they "
    "form the (none) group there.\n\n"
    "A status counts as reached if the application ever had it (its history). apps: not failed. "
    "applied: reached applied, interview, offer or rejected (% of apps). interview: reached "
    "interview or offer; offer: reached offer; rejected: reached rejected; responded: reached "
    "interview, offer or rejected (each % of applied). cov / truth / kw: mean coverage, truth "
    "score and ATS keyword hit rate of the apps."))
def ledger_stats(
    by: Annotated[str, typer.Option(help="version | summary | skills | model.")] = "version",
    ledger: LedgerOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the groups as JSON.")] = False,
) -> None:
    """Compare resume versions by what happened to their applications."""
    show_stats(ledger or default_ledger(), by=by, as_json=as_json)


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
    console.print(rows_table(rows, title=str(path), width=console.width))


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
    console.print(rows_table([row], width=console.width))
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
    """`tailor ledger stats`: one line per group (see `tailor.batch.stats` for the definitions)."""
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
