"""`tailor batch`: many postings, one resume, each recorded in the application ledger; a live
progress bar while it runs, a summary when it ends.

The bar counts done / failed / skipped, and its rate and ETA count only postings that were
worked on: skipped ones (finished earlier) take no time and would make the ETA lie.
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tailor.batch.options import BatchOptions
from tailor.cli.options import (
    AdapterOption,
    BaseUrlOption,
    MaxRepairsOption,
    ModelOption,
    PagesOption,
    ResumeOption,
    ThresholdOption,
    TimeoutOption,
    TopKOption,
    cache_dir,
    default_ledger,
    field_default,
)
from tailor.graph.context import RunSettings
from tailor.llm.spec import DEFAULT_WRITER, ModelSpec

if TYPE_CHECKING:
    from tailor.batch.runner import BatchSummary

SETTINGS: RunSettings = field_default(BatchOptions, "settings")
MIN_RATE_SECONDS = 5.0   # a rate and an ETA only from this much work on  # the defaults of --pages etc.
HELP = (
    "Tailor one resume for many postings, each recorded in the application ledger.\n\n"
    "JOBS: a folder of postings (.txt/.md/.html/.json; README/SOURCE files are skipped), a .jsonl or "
    ".csv file with a text/description column (plus optional title, company, location, url, "
    "id), or posting files. The corpus is indexed once and each worker loads the model once.\n\n"
    "Each application gets a folder under --out with resume.pdf, resume.json, tailored.json, "
    "report.json, trace.sqlite and application.json (posting, company, role, screening answers "
    "from your corpus or \"unknown\") for an external submitter.\n\n"
    "Resumable: rerun the same command after a crash or Ctrl-C and only unfinished or failed "
    "postings run; finished ones are never redone. A posting that fails is recorded as failed "
    "and the batch goes on. Exit code 0: all tailored or skipped; 3: some failed.")


def batch(
    jobs: Annotated[list[Path], typer.Argument(metavar="JOBS...",
        help="A folder of postings, a .jsonl/.csv of postings, or posting files.")],
    resume: ResumeOption,
    out: Annotated[Path, typer.Option(help="Folder for the application folders.")] = Path("out/applications"),
    ledger: Annotated[Optional[Path], typer.Option(
        help="Application ledger (SQLite). Default: $TAILOR_LEDGER or "
             "~/.local/share/tailor/ledger.sqlite.")] = None,
    workers: Annotated[int, typer.Option(min=1, max=256,
        help="Postings tailored at once, each worker with its own model.")] = BatchOptions.workers,
    engine: Annotated[str, typer.Option(
        help="local (worker processes on this machine) or ray (Ray actors).")] = BatchOptions.engine,
    ray_address: Annotated[Optional[str], typer.Option(
        help="Join this Ray cluster (e.g. auto or ray://head:10001); default: start a local one.")] = None,
    model: ModelOption = DEFAULT_WRITER,
    base_url: BaseUrlOption = None,
    adapter: AdapterOption = None,
    max_repairs: MaxRepairsOption = SETTINGS.max_repairs,
    pages: PagesOption = SETTINGS.pages,
    top_k: TopKOption = SETTINGS.top_k,
    threshold: ThresholdOption = SETTINGS.similarity_threshold,
    timeout: TimeoutOption = ModelSpec.timeout,
    posting_timeout: Annotated[float, typer.Option(min=1.0, help="Seconds one posting may take "
        "before its worker is replaced and it counts as failed.")] = BatchOptions.task_timeout,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="Tailor at most N postings "
        "this run (the first unfinished ones); rerun to go on.")] = None,
) -> None:
    """Tailor for many postings at once (resumable; recorded in the ledger)."""
    ledger = ledger or default_ledger()
    options = BatchOptions(
        jobs=jobs, corpus=resume, out_root=out, ledger=ledger, cache_dir=cache_dir(),
        settings=RunSettings(pages=pages, max_repairs=max_repairs, top_k=top_k,
                             similarity_threshold=threshold),
        model=ModelSpec.parse(model, base_url=base_url, adapter=adapter,
                              api_key=os.environ.get("OPENAI_API_KEY"), timeout=timeout),
        workers=workers,
        engine=engine, ray_address=ray_address, task_timeout=posting_timeout, limit=limit)
    console = Console(stderr=True)
    from tailor.batch.runner import BatchRun  # the driver, engines and workers: only when used

    run = BatchRun(options)
    progress = BatchProgress(console)
    try:
        with progress:
            run.on_event = progress
            summary = run.run()
    except KeyboardInterrupt:
        console.print(f"Interrupted: {progress.counts['done']} tailored in this run are kept (outputs in "
                      f"{out}/). Rerun the same command to go on; finished postings are not redone.",
                      highlight=False)
        raise typer.Exit(130) from None
    print_summary(console, summary, str(ledger), str(out))
    if summary.failed:
        raise typer.Exit(3)


WIDE = 120   # below this, the bar drops the rate and the elapsed time and shortens the name


class BatchProgress:
    """An `on_event` callback for `BatchRun` that drives a rich progress bar."""

    def __init__(self, console: Console):
        self.console = console
        wide = console.width >= WIDE   # an 80-column terminal cut the line at "394/h  0:01…"
        self.name_width = 40 if wide else 14
        columns = [TextColumn("[bold]{task.description}"), BarColumn(bar_width=40 if wide else 8),
                   MofNCompleteColumn(),
                   TextColumn("[green]{task.fields[done]} done[/] [red]{task.fields[failed]} failed[/] "
                              "[dim]{task.fields[skipped]} skipped[/]"),
                   *([TextColumn("{task.fields[rate]}")] if wide else []), TextColumn("{task.fields[eta]}"),
                   *([TimeElapsedColumn()] if wide else [])]
        self.progress = Progress(*columns, console=console, transient=False)
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
        if event == "total":
            self.total = details["total"]
            self.progress.update(self.task, total=self.total)
            return
        if event == "running":
            if self.first_work is None:
                self.first_work = time.monotonic()
            self.progress.update(self.task, description=_short(source, self.name_width))
            return
        self.counts[event] += 1
        if event == "failed":
            self.console.print(f"[red]failed:[/] {failure_text(source, details['error'])}", highlight=False)
        self.progress.update(self.task, advance=1, **self.counts, **self._rate())

    def _rate(self) -> dict:
        worked = self.counts["done"] + self.counts["failed"]
        seconds = time.monotonic() - self.first_work if self.first_work is not None else 0.0
        if not worked or seconds < MIN_RATE_SECONDS:   # one quick failure is no rate ("2,067,102/h")
            return {"rate": "", "eta": ""}
        per_hour = worked / seconds * 3600
        left = self.total - sum(self.counts.values())
        eta = left / (worked / seconds)
        return {"rate": f"{per_hour:,.0f}/h", "eta": f"ETA {eta / 60:.1f} min" if left else ""}


def failure_text(source: str, error: str) -> str:
    """`source: what went wrong`, and what to do when the error says ("-> ..."): the source
    once, though a posting's own error names its file too."""
    lines = error.splitlines() or [""]
    first = lines[0].removeprefix(f"{source}: ")
    hints = [line.strip() for line in lines[1:] if line.strip().startswith("->")]
    return "\n  ".join([f"{source}: {first}", *hints])


def _short(source: str, width: int = 40) -> str:
    name = source.rsplit("/", 1)[-1]
    return name if len(name) <= width else name[: width - 1] + "…"


def print_summary(console: Console, summary: BatchSummary, ledger: str, out_root: str) -> None:
    adopted = (f" ({summary.adopted} found already made in the output folder and recorded in this "
               "ledger, not redone)") if summary.adopted else ""
    console.print(f"{summary.done} tailored, {summary.failed} failed, {summary.skipped} skipped{adopted} "
                  f"of {summary.total} posting(s).", highlight=False)
    for note in summary.notes:
        console.print(f"[yellow]note:[/] {note}", highlight=False)
    for source, error in summary.failures:
        console.print(f"[red]failed:[/] {failure_text(source, error)}", highlight=False)
    console.print(f"Outputs: {out_root}/  Ledger: {ledger}  (tailor ledger --ledger {ledger})",
                  highlight=False)
    if summary.failures:
        console.print("Rerun the same command to retry the failed postings; finished ones are "
                      "not redone.")
