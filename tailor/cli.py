"""Command line: `tailor JOB --resume PATH` and friends.

Thin by design: parse options, read the environment (only here), call one library function,
print. User mistakes become one clear message and exit code 1, never a traceback.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated, Literal, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from tailor.batch.ledger import STATUSES
from tailor.errors import Failure, UserInputError, known_failure
from tailor.formatting import percent
from tailor.llm.load import DEFAULT_WRITER

app = typer.Typer(add_completion=False, no_args_is_help=True, help=(
    "Tailor a resume to a job posting, offline. Every bullet traces to your own evidence.\n\n"
    "Usage: tailor JOB --resume PATH [options]   (same as `tailor run ...`)"))
err = Console(stderr=True)
DEFAULT_CACHE = Path.home() / ".cache" / "tailor"


def cache_dir() -> Path:
    return Path(os.environ.get("TAILOR_CACHE_DIR") or DEFAULT_CACHE)


def default_ledger() -> Path:
    """The application ledger `tailor batch` writes and `tailor ledger` reads: $TAILOR_LEDGER,
    else $XDG_DATA_HOME/tailor/ledger.sqlite (data, not cache: it records what you applied to)."""
    if os.environ.get("TAILOR_LEDGER"):
        return Path(os.environ["TAILOR_LEDGER"]).expanduser()
    data = os.environ.get("XDG_DATA_HOME") or ""
    base = Path(data) if os.path.isabs(data) else Path.home() / ".local" / "share"  # XDG: ignore relative
    return base / "tailor" / "ledger.sqlite"


# Options shared by `run` and `batch`.
ResumeOption = Annotated[Path, typer.Option("--resume", "-r",
    help="Your experience corpus: JSON Resume or native experiences.json.")]
ModelOption = Annotated[str, typer.Option(
    help="Writer: extractive (default: your own bullets, chosen and ordered) | local (the bundled "
         "SmolLM2 rewriter) | local:/path/to/hf-model | openai:MODEL_NAME.")]
BaseUrlOption = Annotated[Optional[str], typer.Option(
    help="OpenAI-compatible server URL (Ollama, vLLM, LM Studio) for openai:MODEL.")]
AdapterOption = Annotated[Optional[str], typer.Option(
    help="PEFT/LoRA adapter folder for the local model. Default with --model local: the "
         "writer adapter shipped with Tailor; 'none' for the untuned base model.")]
MaxRepairsOption = Annotated[int, typer.Option(min=0, max=10,
    help="Repair rounds for items the critic rejects before falling back to your own words.")]
PagesOption = Annotated[int, typer.Option(min=1, max=3, help="Page budget.")]
# The same names as tailor.render.html.TEMPLATES (a test checks), spelled out here so that
# `--help` does not import the PDF renderer.
TemplateOption = Annotated[Literal["classic", "sidebar"], typer.Option(
    help="Resume look: classic (one column, the ATS-safe default) or sidebar (section headings in a left column).")]
TopKOption = Annotated[int, typer.Option(min=1, max=100, help="Evidence retrieved per requirement.")]
ThresholdOption = Annotated[float, typer.Option(min=0.0, max=1.0,
    help="Minimum cosine similarity for evidence to count for a requirement.")]
TimeoutOption = Annotated[float, typer.Option(
    min=0.1, help="Seconds per request to an OpenAI-compatible server.")]


@app.command("run")
def run(
    job: Annotated[Path, typer.Argument(help="Job posting: .txt/.md text or a JSON Job file.")],
    resume: ResumeOption,
    out: Annotated[Optional[Path], typer.Option(
        help="Output folder (default: out/<job-slug>/). An earlier run's folder is replaced "
             "atomically; a folder with other files is refused, never emptied.")] = None,
    model: ModelOption = DEFAULT_WRITER,
    base_url: BaseUrlOption = None,
    adapter: AdapterOption = None,
    max_repairs: MaxRepairsOption = 2,
    pages: PagesOption = 1,
    template: TemplateOption = "classic",
    top_k: TopKOption = 10,
    threshold: ThresholdOption = 0.35,
    chroma_url: Annotated[Optional[str], typer.Option(
        help="Use a Chroma server instead of the embedded store.")] = None,
    timeout: TimeoutOption = 60.0,
    as_json: Annotated[bool, typer.Option("--json", help="Print report.json to stdout.")] = False,
) -> None:
    """Tailor RESUME to JOB: writes tailored.json, resume.json, resume.html, resume.pdf and
    report.json (plus trace.sqlite) into the output folder."""
    from tailor.run.session import Session, open_session

    Session.check_inputs(job, resume)  # seconds before any model loads
    with err.status("Loading models...", spinner="dots") as status:
        session = open_session(model_spec=model, base_url=base_url, adapter=adapter,
                               api_key=os.environ.get("OPENAI_API_KEY"), timeout=timeout,
                               cache_dir=cache_dir(), chroma_url=chroma_url,
                               max_repairs=max_repairs, pages=pages, template=template, top_k=top_k,
                               similarity_threshold=threshold)
        started = time.perf_counter()
        last = [started]

        def progress(node: str, update: dict) -> None:
            now = time.perf_counter()
            took, elapsed, last[0] = now - last[0], now - started, now
            detail = ""
            if node == "critique":
                failing = sum(not v["passed"] for v in update["critique"]["verdicts"])
                detail = f": {failing} item(s) to repair" if failing else ": all verified"
            err.print(f"  [green]✓[/] {node}{detail} [dim]({took:.1f}s this step, "
                      f"{elapsed:.1f}s in all)[/]")
            status.update(f"working... {elapsed:.0f}s")

        result = session.tailor(job, resume, out, on_node=progress)
    if as_json:
        sys.stdout.write(json.dumps(result.report.model_dump(), indent=2) + "\n")
        return
    print_summary(result)


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
    trimmed = [r for r in report.repairs if r.outcome == "trimmed_to_fit"]
    if trimmed:
        console.print(f"{len(trimmed)} bullet(s) left out to fit the page budget "
                      "(--pages to allow more; listed in report.json 'repairs').")
    console.print(f"Wrote {result.out_dir}/ (resume.pdf, resume.json, tailored.json, "
                  "resume.html, report.json, trace.sqlite)")


@app.command("graph")
def graph() -> None:
    """Print the tailoring graph as a Mermaid diagram."""
    from tailor.graph.build import mermaid
    typer.echo(mermaid())


@app.command("feedback", help=(
    "Tell Tailor which rewrites of a run you prefer, for the next DPO round of the writer.\n\n"
    "Each verdict becomes a preference pair (chosen, rejected) for the writer's own prompt for "
    "that item, kept in a SQLite store: ~/.cache/tailor/feedback.sqlite (TAILOR_CACHE_DIR moves "
    "it; --store picks another). `tailor train dpo` reads that store by default. The store "
    "holds your resume text as you saw it; training scrubs personal data before using it.\n\n"
    "With no --accept/--reject/--prefer, asks about each rewritten item in the terminal."))
def feedback(
    run_dir: Annotated[Path, typer.Argument(metavar="RUN_DIR",
        help="A run's output folder (`tailor JOB --resume PATH --out RUN_DIR`).")],
    accept: Annotated[Optional[list[str]], typer.Option("--accept", metavar="ITEM_ID",
        help="Prefer the model's rewrite of ITEM_ID over your own words. Repeatable.")] = None,
    reject: Annotated[Optional[list[str]], typer.Option("--reject", metavar="ITEM_ID",
        help="Prefer your own words over the model's rewrite of ITEM_ID. Repeatable.")] = None,
    prefer: Annotated[Optional[list[str]], typer.Option("--prefer", metavar="ITEM_ID=before|after",
        help="For a repaired item: prefer its first draft (before) or the final text (after).")] = None,
    store: Annotated[Optional[Path], typer.Option(
        help="Feedback store (default: <cache dir>/feedback.sqlite).")] = None,
    list_only: Annotated[bool, typer.Option("--list", help="Show what is stored for RUN_DIR.")] = False,
) -> None:
    """Record which rewrites you prefer (pairs for DPO)."""
    from tailor.review import feedback as review

    review(run_dir, store or feedback_store(), accept=accept or [], reject=reject or [],
           prefer=prefer or [], list_only=list_only, interactive=_is_terminal())


def feedback_store() -> Path:
    """Where `tailor feedback` records preferences and `tailor train dpo` reads them."""
    from tailor.training.feedback import STORE_FILE
    return cache_dir() / STORE_FILE


def _is_terminal() -> bool:
    return sys.stdin.isatty()


@app.command("trace", help=(
    "Show what happened in a finished run, read back from RUN_DIR/trace.sqlite (the run's "
    "LangGraph checkpoints).\n\n"
    "By default: one table row per node the graph ran (seconds, tokens the writer generated, "
    "what the node did), then the critic's verdicts and the repairs, round by round."))
def trace(
    run_dirs: Annotated[list[Path], typer.Argument(metavar="RUN_DIR...",
        help="A run's output folder. With --jsonl: several, or a folder of run folders "
             "(such as a batch's output).")],
    as_json: Annotated[bool, typer.Option("--json",
        help="Print the node steps and every item's history as one JSON document.")] = False,
    diff: Annotated[bool, typer.Option("--diff",
        help="Show each item from your evidence to the first draft, each repair round (with "
             "the critic's reasons) and the final text, changed words marked.")] = False,
    jsonl: Annotated[Optional[Path], typer.Option("--jsonl", metavar="OUT",
        help="Write OUT with one JSON object per line: a row per node execution (kind=node) "
             "and per item (kind=item) of every run; pandas.read_json(OUT, lines=True) "
             "reads it as a table. Prints nothing else.")] = None,
) -> None:
    """Show a run's trace: node by node, critic rounds, or bullet histories."""
    from tailor.trace_print import show_trace
    show_trace(run_dirs, as_json=as_json, diff=diff, jsonl=jsonl)


@app.command("batch", help=(
    "Tailor one resume for many postings, each recorded in the application ledger.\n\n"
    "JOBS: a folder of postings (.txt/.md/.json; README/SOURCE files are skipped), a .jsonl or "
    ".csv file with a text/description column (plus optional title, company, location, url, "
    "id), or posting files. The corpus is indexed once and each worker loads the model once.\n\n"
    "Each application gets a folder under --out with resume.pdf, resume.json, tailored.json, "
    "report.json, trace.sqlite and application.json (posting, company, role, screening answers "
    "from your corpus or \"unknown\") for an external submitter.\n\n"
    "Resumable: rerun the same command after a crash or Ctrl-C and only unfinished or failed "
    "postings run; finished ones are never redone. A posting that fails is recorded as failed "
    "and the batch goes on. Exit code 0: all tailored or skipped; 3: some failed."))
def batch(
    jobs: Annotated[list[Path], typer.Argument(metavar="JOBS...",
        help="A folder of postings, a .jsonl/.csv of postings, or posting files.")],
    resume: ResumeOption,
    out: Annotated[Path, typer.Option(help="Folder for the application folders.")] = Path("out/applications"),
    ledger: Annotated[Optional[Path], typer.Option(
        help="Application ledger (SQLite). Default: $TAILOR_LEDGER or "
             "~/.local/share/tailor/ledger.sqlite.")] = None,
    workers: Annotated[int, typer.Option(min=1, max=256,
        help="Postings tailored at once, each worker with its own model.")] = 1,
    engine: Annotated[str, typer.Option(
        help="local (worker processes on this machine) or ray (Ray actors).")] = "local",
    ray_address: Annotated[Optional[str], typer.Option(
        help="Join this Ray cluster (e.g. auto or ray://head:10001); default: start a local one.")] = None,
    model: ModelOption = DEFAULT_WRITER,
    base_url: BaseUrlOption = None,
    adapter: AdapterOption = None,
    max_repairs: MaxRepairsOption = 2,
    pages: PagesOption = 1,
    top_k: TopKOption = 10,
    threshold: ThresholdOption = 0.35,
    timeout: TimeoutOption = 60.0,
    posting_timeout: Annotated[float, typer.Option(min=1.0,
        help="Seconds one posting may take before its worker is replaced and it counts as failed.")] = 900.0,
) -> None:
    """Tailor for many postings at once (resumable; recorded in the ledger)."""
    from tailor.batch.console import BatchProgress, print_summary
    from tailor.batch.runner import BatchOptions, BatchRun
    from tailor.graph.context import RunSettings

    ledger = ledger or default_ledger()
    options = BatchOptions(
        jobs=jobs, corpus=resume, out_root=out, ledger=ledger, cache_dir=cache_dir(),
        settings=RunSettings(pages=pages, max_repairs=max_repairs, top_k=top_k,
                             similarity_threshold=threshold),
        model_spec=model, base_url=base_url, adapter=adapter,
        api_key=os.environ.get("OPENAI_API_KEY"), timeout=timeout, workers=workers,
        engine=engine, ray_address=ray_address, task_timeout=posting_timeout)
    console = Console(stderr=True)
    run = BatchRun(options)
    with BatchProgress(console) as progress:
        run.on_event = progress
        summary = run.run()
    print_summary(console, summary, str(ledger), str(out))
    if summary.failed:
        raise typer.Exit(3)


ledger_app = typer.Typer(help=(
    "The application ledger: one row per application `tailor batch` made (SQLite). Default: "
    "$TAILOR_LEDGER, else $XDG_DATA_HOME/tailor/ledger.sqlite (~/.local/share/tailor/...).\n\n"
    "Statuses: tailored (resume made, not sent), applied, interview, offer, rejected, withdrawn "
    "(set with `tailor ledger set ID --status S`, e.g. by an external submitter), failed "
    "(tailoring failed; the next batch retries it).\n\n"
    "With no command: list the rows."))
app.add_typer(ledger_app, name="ledger")
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


@ledger_app.callback(invoke_without_command=True)
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
    from tailor.batch.ledger_print import show_rows
    show_rows(ledger or default_ledger(), as_json=as_json, status=status, company=company,
              since=since, version=version)


@ledger_app.command("set")
def ledger_set(
    row_id: Annotated[int, typer.Argument(metavar="ID", help="The row id (`tailor ledger`).")],
    status: Annotated[str, typer.Option("--status", help="applied, interview, offer, rejected, "
                                        "withdrawn or tailored.")],
    note: Annotated[str, typer.Option(help="Appended to the row's notes and its history.")] = "",
    ledger: LedgerOption = None,
) -> None:
    """Record what happened to application ID (e.g. a submitter's result); keeps the history."""
    from tailor.batch.ledger_print import set_status
    set_status(ledger or default_ledger(), row_id, status, note)


@ledger_app.command("export")
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
    from tailor.batch.ledger_print import export
    if as_csv == as_json:
        raise UserInputError("choose one format", field="--csv/--json",
                             hint="pass exactly one of --csv and --json")
    export(ledger or default_ledger(), fmt="csv" if as_csv else "json", out=out, status=status,
           company=company, since=since, version=version)


@ledger_app.command("stats", help=(
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
    from tailor.batch.ledger_print import show_stats
    show_stats(ledger or default_ledger(), by=by, as_json=as_json)


@app.command("import", help=(
    "Turn an existing resume (PDF with a text layer, DOCX, TXT or Markdown) into a JSON Resume.\n\n"
    "Use the result with --resume. Rules only by default; --model only sorts leftover lines into "
    "fields and never writes text. Every line that found no field is listed (stderr): edit the "
    "JSON to place it. --out defaults to RESUME with the suffix .json, next to it."))
def import_resume_cmd(
    resume: Annotated[Path, typer.Argument(help="Resume file: .pdf, .docx, .txt or .md.")],
    out: Annotated[Optional[Path], typer.Option(
        help="JSON Resume to write (default: RESUME's name with .json, beside it).")] = None,
    model: Annotated[str, typer.Option(
        help="none (rules only) | local | local:/path | openai:MODEL_NAME: classifies leftover lines.")] = "none",
    base_url: BaseUrlOption = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite --out if it exists.")] = False,
) -> None:
    """Import RESUME into a JSON Resume."""
    from tailor.importer import import_resume
    from tailor.importer.output import default_out, write_json_atomic
    target = out or default_out(resume)
    if target.exists() and not force:  # before any parsing or model loading
        raise UserInputError("already exists", file=str(target), hint="pass --force to overwrite it")
    use_model = model.strip().lower() not in ("none", "extractive")
    if use_model:
        from tailor.llm.load import describe_model
        describe_model(model, base_url=base_url)  # a bad spec fails now, not after parsing
    elif base_url:
        raise UserInputError("--base-url needs --model openai:NAME", field="--base-url")
    result = import_resume(resume)
    if use_model and result.unparsed:  # the model only sorts leftovers: load it only for them
        from tailor.llm.load import load_model
        llm = load_model(model, base_url=base_url, api_key=os.environ.get("OPENAI_API_KEY"),
                         cache_dir=cache_dir() / "models")
        result = import_resume(resume, model=llm)
    write_json_atomic(target, result.resume, force=force)
    counts = ", ".join(f"{key} {n}" for key, n in result.counts().items())
    typer.echo(f"Wrote {target} ({counts})")
    for item in result.unparsed:
        where, text, why = (escape(v) for v in (f"[{item.section}]", item.text, item.reason))
        err.print(f"  [yellow]unparsed[/] {where} {text}  [dim]({why})[/]", highlight=False)
    if result.unparsed:
        err.print(f"{len(result.unparsed)} line(s) found no field: edit {target} to place them.")



@app.command("score", help=(
    "Score how well each resume fits each posting, blind to name, gender, age and photo.\n\n"
    "Each requirement gets 0-5 from the similarity of your best evidence and the skill terms it "
    "names, with a rationale citing evidence ids; fit 0-100 is their mean weighted by kind "
    "(must-have 1, responsibility 0.7, nice-to-have 0.5).\n\n"
    "The 0-5 mapping is calibrated on a labelled dev split (tailor/fit/calibration.json, "
    "bench/fit_calibrate.py); TF-IDF and keyword-share baselines are shown beside it."))
def score(
    jobs: Annotated[list[Path], typer.Argument(metavar="JOB...",
        help="Posting files, a folder of postings, or a .jsonl/.csv of postings (as `tailor batch`).")],
    resumes: Annotated[list[Path], typer.Option("--resume", "-r",
        help="A corpus (JSON Resume or native experiences.json). Repeatable.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print every score and rationale as JSON.")] = False,
    top_k: Annotated[int, typer.Option(min=1, max=20, help="Evidence chunks kept per requirement.")] = 3,
    cache: Annotated[Optional[Path], typer.Option("--cache-dir",
        help="Evidence index cache (default: $TAILOR_CACHE_DIR or ~/.cache/tailor).")] = None,
) -> None:
    """Fit of resumes to postings: 0-5 per requirement with rationale, 0-100 overall."""
    from tailor.fit.printing import print_run, progress_bar
    from tailor.fit.run import score_files

    with progress_bar(err) as on_progress:
        result = score_files(jobs, resumes, cache_dir=cache or cache_dir(), top_k=top_k,
                             on_progress=on_progress)
    print_run(result, Console(), as_json=as_json)


@app.command("questions", help=(
    "Interview questions grounded in your evidence and the posting's gaps.\n\n"
    "Technical questions come from your bullets that best match the posting's must-haves and "
    "duties, and from requirements your resume does not show; HR questions from bullets that "
    "show teamwork, leadership, conflict, failure or ownership, plus motivation. Every question "
    "cites its source (a bullet id or a requirement id). The list is deterministic, so with "
    "--answer TEXT --question N you get a follow-up asking for what your answer left vague.\n\n"
    "--model none words every question from templates; a model that fails to load or errors "
    "falls back to the templates too."))
def questions(
    job: Annotated[Path, typer.Argument(help="Job posting: .txt/.md text or a JSON Job file.")],
    resume: ResumeOption,
    kind: Annotated[str, typer.Option(help="hr | technical | both.")] = "both",
    count: Annotated[int, typer.Option(help="How many questions (1-30).")] = 8,
    answer: Annotated[Optional[str], typer.Option(metavar="TEXT",
        help="Your answer to a question: get a follow-up for what it left vague.")] = None,
    question: Annotated[Optional[int], typer.Option(metavar="N",
        help="Which question --answer answers (its number in the list; default 1).")] = None,
    model: Annotated[str, typer.Option(
        help="local | local:/path/to/hf-model | openai:MODEL_NAME | none (templates).")] = "local",
    base_url: BaseUrlOption = None,
    adapter: AdapterOption = None,
    top_k: TopKOption = 10,
    threshold: ThresholdOption = 0.35,
    timeout: TimeoutOption = 60.0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Interview questions (and follow-ups) grounded in your evidence."""
    from tailor.interview.console import print_follow_up, print_questions
    from tailor.interview.run import QuestionOptions, questions_from_files

    if question is not None and answer is None:
        raise UserInputError("--question only says which question --answer answers", field="--question",
                             hint='add --answer "your answer", or leave out --question to list the questions')
    options = QuestionOptions(kind=kind, count=count, model_spec=model, base_url=base_url,
                              adapter=adapter, api_key=os.environ.get("OPENAI_API_KEY"),
                              timeout=timeout, top_k=top_k, threshold=threshold)
    with err.status("Preparing questions...", spinner="dots"):
        result = questions_from_files(job, resume, options, cache_dir=cache_dir(), answer=answer,
                                      number=question or 1)
    for note in result.notes:
        err.print(f"[yellow]note:[/] {note}", highlight=False)
    if as_json:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    elif answer is not None:
        print_follow_up(result, Console())
    else:
        print_questions(result, Console())


train_app = typer.Typer(no_args_is_help=True,
                        help="Train the local writer model or the retrieval embedder.")
app.add_typer(train_app, name="train")


@train_app.command("sft", add_help_option=False, context_settings={
    "allow_extra_args": True, "ignore_unknown_options": True})
def train_sft(ctx: typer.Context) -> None:
    """LoRA SFT of the writer (options: tailor train sft --help)."""
    from tailor.training.sft import main as sft_main
    raise typer.Exit(sft_main(ctx.args))


@train_app.command("embed", add_help_option=False, context_settings={
    "allow_extra_args": True, "ignore_unknown_options": True})
def train_embed(ctx: typer.Context) -> None:
    """Fine-tune the retrieval embedder, measured on held-out people (tailor train embed --help)."""
    from tailor.training.embed import main as embed_main
    raise typer.Exit(embed_main(ctx.args))


@train_app.command("dpo", add_help_option=False, context_settings={
    "allow_extra_args": True, "ignore_unknown_options": True})
def train_dpo(ctx: typer.Context) -> None:
    """DPO on critic-ranked variants + your feedback (options: tailor train dpo --help)."""
    from tailor.training.dpo import main as dpo_main
    raise typer.Exit(dpo_main(ctx.args, default_feedback=feedback_store()))


@train_app.command("eval", add_help_option=False, context_settings={
    "allow_extra_args": True, "ignore_unknown_options": True})
def train_eval(ctx: typer.Context) -> None:
    """Compare base / SFT / SFT+DPO / extractive on held-out rows (tailor train eval --help)."""
    from tailor.training.evaluate import main as eval_main
    raise typer.Exit(eval_main(ctx.args))


SUBCOMMANDS = {"run", "batch", "ledger", "graph", "feedback", "trace", "train", "import", "score",
               "questions", "--help", "-h"}


def main(argv: list[str] | None = None) -> None:
    """Entry point: `tailor JOB ...` is shorthand for `tailor run JOB ...`."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] not in SUBCOMMANDS:
            _refuse_mistyped_command(args[0])
            args.insert(0, "run")
        code = app(args, prog_name="tailor", standalone_mode=False)
        if isinstance(code, int) and code:  # a command's typer.Exit(code), returned by click
            raise SystemExit(code)
    except Exception as exc:  # noqa: BLE001 - mapped below, bugs re-raised
        failure = _known_failure(exc)
        if failure is None:
            raise
        err.print(f"[red]error:[/] {failure.message}", highlight=False)
        raise SystemExit(failure.exit_code)


def _refuse_mistyped_command(first: str) -> None:
    """`tailor scroe x` would otherwise read as `tailor run scroe x` and complain about --resume."""
    import difflib

    if first.startswith("-") or Path(first).exists():
        return
    close = difflib.get_close_matches(first, sorted(c for c in SUBCOMMANDS if not c.startswith("-")),
                                      n=1, cutoff=0.75)
    if close:
        raise UserInputError(f"no command or job posting file named {first!r}",
                             hint=f"did you mean `tailor {close[0]}`? (`tailor --help` lists the commands)")


def _known_failure(exc: Exception) -> Failure | None:
    """Click's own exits and usage errors end here (click prints them); the rest is
    `tailor.errors.known_failure`, shared with the batch worker."""
    import click

    if isinstance(exc, click.exceptions.Exit):
        raise SystemExit(exc.exit_code)
    try:  # a newer typer vendors click as typer._click and raises that copy's exceptions
        from typer._click.exceptions import ClickException as TyperClickException
    except ImportError:
        TyperClickException = click.ClickException
    if isinstance(exc, (click.ClickException, TyperClickException)):  # usage errors: click prints its own message
        exc.show()
        raise SystemExit(exc.exit_code)
    if isinstance(exc, click.exceptions.Abort):
        return Failure("aborted", 130, "aborted")
    return known_failure(exc)


if __name__ == "__main__":
    main()
