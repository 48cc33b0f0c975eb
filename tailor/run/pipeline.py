"""One tailoring run: the graph from a `RunInput` to a `RunOutput`, and publishing it.

The graph runs with its SQLite checkpointer in memory; the finished database becomes the run's
`trace.sqlite` beside the other files. Nothing is written until every node succeeded, and then
only by `publish_run`, which fills a staging folder beside the output folder and swaps it in:
a failed run leaves no half-written output, and a finished run's trace can always be read back.
"""
from __future__ import annotations

import dataclasses
import re
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from langgraph.checkpoint.sqlite import SqliteSaver

from tailor.fsutil import TRACE_FILE, publish_files, staging_dir_for
from tailor.graph.build import build_graph
from tailor.graph.context import RunContext, RunInput, RunOutput
from tailor.run.inputs import read_run_input
from tailor.schemas import Report

OnNode = Callable[[str, dict], None]


@dataclass
class RunResult:
    out_dir: Path
    report: Report
    thread_id: str


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80] or "job"


def default_out_dir(job_path: Path, root: Path = Path("out")) -> Path:
    return root / slugify(job_path.stem)


def execute(given: RunInput, ctx: RunContext, on_node: OnNode | None = None) -> tuple[RunOutput, str]:
    """Run the graph on `given`; return its output (with `trace.sqlite`) and the thread id.
    `ctx` may come without an input (a session's shared parts): this run's is set here."""
    thread_id = f"{slugify(given.name)}-{uuid.uuid4().hex[:8]}"
    ctx = dataclasses.replace(ctx, input=given, output=None)
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        graph = build_graph(SqliteSaver(conn))
        config = {"configurable": {"thread_id": thread_id}, "recursion_limit": 50}
        for chunk in graph.stream({}, config, context=ctx, stream_mode="updates"):
            for node_name, update in chunk.items():
                if on_node:
                    on_node(node_name, update or {})
        conn.commit()
        trace = conn.serialize()
    finally:
        conn.close()
    output = ctx.output
    return RunOutput(files={**output.files, TRACE_FILE: trace}, report=output.report), thread_id


def run_tailor(job_path: Path, corpus_path: Path, out_dir: Path, ctx: RunContext,
               on_node: OnNode | None = None) -> RunResult:
    """Read both files once, run the graph and publish `out_dir` atomically."""
    given = read_run_input(job_path, corpus_path, ctx.settings.today)
    return tailor_input(given, out_dir, ctx, on_node)


def tailor_input(given: RunInput, out_dir: Path, ctx: RunContext,
                 on_node: OnNode | None = None) -> RunResult:
    staging = staging_dir_for(out_dir)  # refuses a bad --out before minutes of work
    try:
        output, thread_id = execute(given, ctx, on_node)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    publish_files(output.files, out_dir, staging)
    return RunResult(out_dir=out_dir, report=output.report, thread_id=thread_id)
