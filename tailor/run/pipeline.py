"""One tailoring run, end to end: the library function the CLI (and batch runs) call.

The graph runs inside a staging folder beside the output folder, with its SQLite checkpointer
there too, and the folder is published only when every node succeeded: a failed run leaves no
half-written output, and a finished run's trace can always be read back from `trace.sqlite`.
"""
from __future__ import annotations

import re
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from langgraph.checkpoint.sqlite import SqliteSaver

from tailor.fsutil import publish, staging_dir_for
from tailor.graph.build import build_graph
from tailor.graph.context import RunContext
from tailor.schemas import Report
from tailor.trace.store import TRACE_FILE

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


def run_tailor(job_path: Path, corpus_path: Path, out_dir: Path, ctx: RunContext,
               on_node: OnNode | None = None, job_source: str = "") -> RunResult:
    """Run the graph for one posting and publish `out_dir` atomically. `job_source` names the
    posting in the report when `job_path` is only a copy (batch workers)."""
    staging = staging_dir_for(out_dir)
    thread_id = f"{slugify(job_path.stem)}-{uuid.uuid4().hex[:8]}"
    conn = sqlite3.connect(staging / TRACE_FILE, check_same_thread=False)
    try:
        ctx.staging_dir = staging
        graph = build_graph(SqliteSaver(conn))
        state = {"job_path": str(job_path), "corpus_path": str(corpus_path)}
        if job_source:
            state["job_source"] = job_source
        config = {"configurable": {"thread_id": thread_id}, "recursion_limit": 50}
        for chunk in graph.stream(state, config, context=ctx, stream_mode="updates"):
            for node_name, update in chunk.items():
                if on_node:
                    on_node(node_name, update or {})
        final = graph.get_state(config).values
        conn.close()
        publish(staging, out_dir)
    except BaseException:
        conn.close()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return RunResult(out_dir=out_dir, report=Report(**final["report"]), thread_id=thread_id)
