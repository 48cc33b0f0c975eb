"""`tailor run JOB --resume PATH` (also plain `tailor JOB ...`): one tailored resume, with a
line per graph node while it runs and a requirements table and the metrics when it ends."""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from tailor.cli.options import (
    AdapterOption,
    BaseUrlOption,
    MaxRepairsOption,
    ModelOption,
    PagesOption,
    ResumeOption,
    TemplateOption,
    ThresholdOption,
    TimeoutOption,
    TopKOption,
    cache_dir,
    err,
    working,
)
from tailor.fsutil import check_out_dir
from tailor.graph.context import RunSettings
from tailor.llm.spec import DEFAULT_WRITER, ModelSpec
from tailor.text.formatting import percent


def run(
    job: Annotated[Path, typer.Argument(
        help="Job posting: .txt/.md text, a web page saved as .html, or a JSON Job file.")],
    resume: ResumeOption,
    out: Annotated[Optional[Path], typer.Option(
        help="Output folder (default: out/<job-slug>/). An earlier run's folder is replaced "
             "atomically; a folder with other files is refused, never emptied.")] = None,
    model: ModelOption = DEFAULT_WRITER,
    base_url: BaseUrlOption = None,
    adapter: AdapterOption = None,
    max_repairs: MaxRepairsOption = RunSettings.max_repairs,
    pages: PagesOption = RunSettings.pages,
    template: TemplateOption = RunSettings.template,
    top_k: TopKOption = RunSettings.top_k,
    threshold: ThresholdOption = RunSettings.similarity_threshold,
    chroma_url: Annotated[Optional[str], typer.Option(
        help="Use a Chroma server instead of the embedded store.")] = None,
    timeout: TimeoutOption = ModelSpec.timeout,
    as_json: Annotated[bool, typer.Option("--json", help="Print report.json to stdout.")] = False,
) -> None:
    """Tailor RESUME to JOB: writes tailored.json, resume.json, resume.html, resume.pdf and
    report.json (plus trace.sqlite) into the output folder."""
    from tailor.run.inputs import read_run_input
    from tailor.run.pipeline import default_out_dir
    from tailor.run.session import open_session

    out = out or default_out_dir(job)
    check_out_dir(out)  # a folder it must refuse is refused before seconds of reading
    started = time.perf_counter()
    with working("Reading the posting and your resume..."):
        given = read_run_input(job, resume, dt.date.today())  # the posting is read before any model loads
    err.print(f"  [green]✓[/] ingest [dim]({given.seconds:.1f}s this step, "
              f"{time.perf_counter() - started:.1f}s in all)[/]")
    spec = ModelSpec.parse(model, base_url=base_url, adapter=adapter,
                           api_key=os.environ.get("OPENAI_API_KEY"), timeout=timeout)
    with working("Loading models...") as status:
        loading = time.perf_counter()
        session = open_session(model=spec, cache_dir=cache_dir(), chroma_url=chroma_url,
                               max_repairs=max_repairs, pages=pages, template=template, top_k=top_k,
                               similarity_threshold=threshold)
        last = [time.perf_counter()]
        err.print(f"  [green]✓[/] models loaded [dim]({last[0] - loading:.1f}s this step, "
                  f"{last[0] - started:.1f}s in all)[/]")
        step = [NEXT_STEP["retrieve"], 0.0]  # what the spinner says, and when that step began

        def lines_written(done: int, total: int) -> None:  # a local model writes for minutes
            status.update(f"{step[0]}... {done} of {total} lines (started at {step[1]:.0f}s)")
        session.model.on_progress = lines_written

        def progress(node: str, update: dict) -> None:
            if node == "ingest":  # read above, before the models loaded; the node only passes it on
                return
            now = time.perf_counter()
            took, elapsed, last[0] = now - last[0], now - started, now
            detail = ""
            if node == "critique":
                failing = sum(not v["passed"] for v in update["critique"]["verdicts"])
                detail = f": {failing} item(s) to repair" if failing else ": all verified"
            err.print(f"  [green]✓[/] {node}{detail} [dim]({took:.1f}s this step, "
                      f"{elapsed:.1f}s in all)[/]")
            following = NEXT_STEP.get(node, "working")
            step[:] = [following, elapsed]
            status.update(f"{following}... (started at {elapsed:.0f}s)")
            if node == "plan" and not err.is_terminal:  # a model's writing is the long silent step
                err.print(f"  {following}...", highlight=False)

        result = session.tailor(given, out, on_node=progress)
    if as_json:
        sys.stdout.write(json.dumps(result.report.model_dump(), indent=2) + "\n")
        return
    print_summary(result)


# what the graph does after each node, for the spinner (a repair loops back to write)
NEXT_STEP = {"retrieve": "planning the page", "plan": "writing", "write": "checking every claim",
             "critique": "repairing or exporting", "export": "finishing"}


def print_summary(result) -> None:
    report = result.report
    console = Console()
    table = Table(title=escape(f"{report.job_title} {('at ' + report.company) if report.company else ''}"))
    table.add_column("id")
    table.add_column("kind")
    table.add_column("requirement", overflow="fold", max_width=70)
    table.add_column("status")
    for row in report.requirements:
        mark = "[green]covered[/]" if row.status == "covered" else "[yellow]gap[/]"
        table.add_row(row.requirement_id, row.kind.replace("_", "-"), escape(row.text), mark)
    console.print(table)
    m = report.metrics
    console.print(f"Coverage@Req {percent(m.coverage_at_req)} (must-have {percent(m.must_have_coverage)}) | "
                  f"TruthScore {m.truth_score:.2f} | ImpactScore {m.impact_score:.2f} | "
                  f"ATS keywords {percent(m.ats_keyword_hit_rate)} | repair rounds {report.repair_rounds}")
    for warning in report.input_warnings:
        console.print(f"[yellow]note:[/] {escape(warning)}", highlight=False)
    for flag in report.fairness:
        shipped = "in this resume" if flag.where == "resume" else "in your corpus (left out here)"
        console.print(f"[yellow]fairness:[/] {escape(flag.field)} {shipped}: \"{escape(flag.text)}\" "
                      f"{flag.advice}", highlight=False)
    replaced = [r for r in report.repairs if r.outcome in ("replaced_by_source", "dropped")]
    if replaced:
        console.print(f"{len(replaced)} item(s) fell back to your own words or were dropped "
                      "(see report.json 'repairs').")
    duplicates = [r for r in report.repairs if r.outcome == "duplicate"]
    if duplicates:
        console.print(f"{len(duplicates)} corpus bullet(s) repeat an earlier one and were used once "
                      "(listed in report.json 'repairs').")
    fragments = [r for r in report.repairs if r.outcome == "fragment"]
    if fragments:
        words = ", ".join(f'"{escape(r.before)}"' for r in fragments[:4]) + (", ..." if len(fragments) > 4 else "")
        console.print(f"[yellow]note:[/] {len(fragments)} corpus bullet(s) of one or two words ({words}) "
                      "are not printed as bullets: list them under skills, or write what you did with them.",
                      highlight=False)
    trimmed = [r for r in report.repairs if r.outcome == "trimmed_to_fit"]
    if trimmed:
        console.print(f"{len(trimmed)} bullet(s) left out to fit the page budget "
                      "(--pages to allow more; listed in report.json 'repairs').")
    console.print(f"Wrote {result.out_dir}/ (resume.pdf, resume.json, tailored.json, "
                  "resume.html, report.json, trace.sqlite)")
