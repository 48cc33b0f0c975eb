"""What `tailor batch` shows: a live progress bar while it runs, a summary when it ends.

The bar counts done / failed / skipped, and its rate and ETA count only postings that were
worked on: skipped ones (finished earlier) take no time and would make the ETA lie.
"""
from __future__ import annotations

import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tailor.batch.runner import BatchSummary


class BatchProgress:
    """An `on_event` callback for `BatchRun` that drives a rich progress bar."""

    def __init__(self, console: Console):
        self.console = console
        self.progress = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("[green]{task.fields[done]} done[/] [red]{task.fields[failed]} failed[/] "
                       "[dim]{task.fields[skipped]} skipped[/]"),
            TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[eta]}"),
            TimeElapsedColumn(), console=console, transient=False)
        self.task = None
        self.counts = {"done": 0, "failed": 0, "skipped": 0}
        self.started = time.monotonic()
        self.first_work: float | None = None
        self.total = 0

    def __enter__(self) -> BatchProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self.progress.stop()

    def __call__(self, event: str, source: str, details: dict) -> None:
        if event == "start":
            self.total = details["total"]
            self.task = self.progress.add_task("postings", total=self.total, rate="", eta="",
                                               **self.counts)
            return
        if event == "running":
            if self.first_work is None:
                self.first_work = time.monotonic()
            self.progress.update(self.task, description=f"postings ({_short(source)})")
            return
        self.counts[event] += 1
        if event == "failed":
            self.console.print(f"[red]failed:[/] {source}: {details['error'].splitlines()[0]}",
                               highlight=False)
        self.progress.update(self.task, advance=1, **self.counts, **self._rate())

    def _rate(self) -> dict:
        worked = self.counts["done"] + self.counts["failed"]
        if not worked or self.first_work is None:
            return {"rate": "", "eta": ""}
        seconds = max(time.monotonic() - self.first_work, 1e-6)
        per_hour = worked / seconds * 3600
        left = self.total - sum(self.counts.values())
        eta = left / (worked / seconds)
        return {"rate": f"{per_hour:,.0f}/h", "eta": f"ETA {eta / 60:.1f} min" if left else ""}


def _short(source: str, width: int = 40) -> str:
    name = source.rsplit("/", 1)[-1]
    return name if len(name) <= width else name[: width - 1] + "…"


def print_summary(console: Console, summary: BatchSummary, ledger: str, out_root: str) -> None:
    console.print(f"{summary.done} tailored, {summary.failed} failed, {summary.skipped} skipped "
                  f"({summary.adopted} adopted from an interrupted run) of {summary.total} "
                  "posting(s).", highlight=False)
    for note in summary.notes:
        console.print(f"[yellow]note:[/] {note}", highlight=False)
    for source, error in summary.failures:
        console.print(f"[red]failed:[/] {source}\n  {error.splitlines()[0]}", highlight=False)
    console.print(f"Outputs: {out_root}/  Ledger: {ledger}  (tailor ledger --ledger {ledger})",
                  highlight=False)
    if summary.failures:
        console.print("Rerun the same command to retry the failed postings; finished ones are "
                      "not redone.")
