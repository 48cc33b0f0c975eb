"""What happened in a finished run, node by node and bullet by bullet, read from its trace.

`traces.py` opens RUN_DIR/trace.sqlite (read-only, strict serde); this module reads it through
LangGraph's own API, `graph.get_state_history`, rather than the checkpoint tables: each
StateSnapshot's tasks carry the node that ran from that checkpoint and the update it returned,
and `created_at` dates it. Everything here is therefore what the graph really wrote, and
nothing depends on LangGraph's table layout.

`read_run` gives one `RunTrace`: `steps` (one `NodeStep` per node execution) and `items` (one
`ItemHistory` per resume item: evidence -> first draft -> each repair round -> final).
`export_jsonl` flattens runs into one JSON object per line for pandas and friends.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tailor.errors import UserInputError
from tailor.fsutil import TRACE_FILE, write_text_atomic
from tailor.graph.build import NODE_ORDER, build_graph
from tailor.schemas import Corpus, JobPosting, Plan, TailoredResume
from tailor.text.formatting import percent
from tailor.trace.store import open_trace, trace_path

REWRITES = ("retry", "replaced_by_source")  # RepairRecord outcomes that put a new text in place


@dataclass(frozen=True)
class Execution:
    """One node run as the checkpoints recorded it: the update it returned, and when."""
    node: str
    started: str  # created_at of the checkpoint it ran from
    ended: str    # created_at of the checkpoint its update produced
    update: dict


@dataclass
class NodeStep:
    step: int                 # 1, 2, ... in execution order
    node: str
    started: str
    ended: str
    seconds: float | None     # the node's own timing (checkpoint times include saving)
    tokens: int | None        # new tokens the writer generated in this step; None: not recorded
    repair_round: int         # 0: first draft; n: the n-th rewrite (the fallback counts too)
    summary: str
    facts: dict = field(default_factory=dict)  # the numbers behind `summary`, flat
    failing: dict[str, list[str]] = field(default_factory=dict)  # critique: item id -> reasons
    repairs: list[dict] = field(default_factory=list)  # write: this round's RepairRecords


@dataclass
class Revision:
    round: int
    text: str
    outcome: str          # retry (the model rewrote it) | replaced_by_source (your own words)
    reasons: list[str]    # why the critic rejected the text before this one
    claims: list[dict] = field(default_factory=list)  # claim changes found in `text`


@dataclass
class ItemHistory:
    item_id: str
    kind: str             # summary | bullet
    source_ids: list[str]
    sources: list[str]    # the cited evidence, verbatim
    draft: str            # the first draft
    revisions: list[Revision]
    final: str            # the text on the page; "" when left out
    outcome: str          # kept | dropped | trimmed_to_fit
    origin: str           # model | repaired | source, of the last draft
    draft_claims: list[dict] = field(default_factory=list)  # claim changes found in `draft`

    @property
    def source(self) -> str:
        return " ".join(self.sources)


@dataclass
class RunTrace:
    run_dir: Path
    run_id: str           # the LangGraph thread id
    steps: list[NodeStep]
    items: list[ItemHistory]

    def to_json(self) -> dict:
        return {"run": self.run_id, "run_dir": str(self.run_dir),
                "steps": [asdict(s) for s in self.steps],
                "items": [asdict(i) | {"source": i.source} for i in self.items]}


def read_run(run_dir: str | Path) -> RunTrace:
    run_id, runs = executions(run_dir)
    return RunTrace(Path(run_dir), run_id, node_steps(runs), bullet_history(runs))


def executions(run_dir: str | Path) -> tuple[str, list[Execution]]:
    """The run's thread id and its node executions, oldest first."""
    with open_trace(run_dir) as (saver, thread_id):
        config = {"configurable": {"thread_id": thread_id}}
        history = list(build_graph(saver).get_state_history(config))[::-1]
    found = []
    for snapshot, after in zip(history, history[1:] + [None]):
        ended = after.created_at if after else ""
        found += [Execution(task.name, snapshot.created_at or "", ended or "", task.result or {})
                  for task in snapshot.tasks if task.name in NODE_ORDER]
    return thread_id, found


# --------------------------------------------------------------------------- node steps

def node_steps(runs: list[Execution]) -> list[NodeStep]:
    """One NodeStep per execution. Rounds are counted from the write executions, not read from
    the state's `repair_round`, which the fallback round leaves as it was (the report's
    `repair_rounds` counts that round too, and so do these)."""
    steps, writes = [], 0
    for number, run in enumerate(runs, start=1):
        writes += run.node == "write"
        summary, facts = _SUMMARIES[run.node](run.update, writes - 1)
        generation, seconds = run.update.get("generation"), run.update.get("timings", {})
        steps.append(NodeStep(
            step=number, node=run.node, started=run.started, ended=run.ended,
            seconds=round(seconds[run.node], 4) if run.node in seconds else None,
            tokens=int(generation["new_tokens"]) if generation else None,
            repair_round=max(writes - 1, 0), summary=summary, facts=facts,
            failing={v["item_id"]: v["reasons"]
                     for v in run.update.get("critique", {}).get("verdicts", [])
                     if not v["passed"]},
            repairs=run.update.get("repairs", [])))
    return steps


def _ingest(update: dict, _round: int) -> tuple[str, dict]:
    job, corpus = JobPosting(**update["job"]), Corpus(**update["corpus"])
    facts = {"title": job.title, "company": job.company, "requirements": len(job.requirements),
             "evidence": len(corpus.evidence()), "warnings": len(update.get("input_warnings", []))}
    where = f" at {job.company}" if job.company else ""
    return (f"{job.title}{where}: {facts['requirements']} requirements; "
            f"{facts['evidence']} evidence bullets", facts)


def _retrieve(update: dict, _round: int) -> tuple[str, dict]:
    found = update["requirement_map"]
    facts = {"requirements": len(found), "matched": sum(bool(r["matches"]) for r in found)}
    return f"{facts['matched']} of {facts['requirements']} requirements have evidence", facts


def _plan(update: dict, _round: int) -> tuple[str, dict]:
    plan = Plan(**update["plan"])
    facts = {"bullets": sum(len(r.bullet_ids) for r in plan.roles),
             "summary": bool(plan.summary_evidence_ids), "gaps": len(plan.gaps),
             "skills": len(plan.skills)}
    return (f"{facts['bullets']} bullets in {len(plan.roles)} roles"
            f"{' + summary' if facts['summary'] else ''}; {facts['gaps']} gaps", facts)


def _write(update: dict, round_no: int) -> tuple[str, dict]:
    if round_no == 0:
        items = TailoredResume(**update["draft"]).items()
        facts = {"items": len(items), "model_written": sum(i.origin == "model" for i in items)}
        return f"drafted {facts['items']} items ({facts['model_written']} by the model)", facts
    outcomes = Counter(r["outcome"] for r in update.get("repairs", []))
    facts = {"items": sum(outcomes.values()), **outcomes}
    done = ", ".join(f"{n} {outcome}" for outcome, n in outcomes.items()) or "nothing"
    fallback = " (fallback to your own words)" if update.get("fallback_done") else ""
    return f"round {round_no}: {done}{fallback}", facts


def _critique(update: dict, _round: int) -> tuple[str, dict]:
    verdicts = update["critique"]["verdicts"]
    failed = [v["item_id"] for v in verdicts if not v["passed"]]
    facts = {"passed": len(verdicts) - len(failed), "failed": len(failed)}
    return (f"{facts['passed']} passed, {facts['failed']} failed"
            + (f": {', '.join(failed)}" if failed else ""), facts)


def _export(update: dict, _round: int) -> tuple[str, dict]:
    report = update["report"]
    metrics = {k: v for k, v in report["metrics"].items() if v is None or isinstance(v, (int, float))}
    left_out = sum(r["outcome"] in ("dropped", "trimmed_to_fit") for r in report["repairs"])
    facts = {**metrics, "left_out": left_out, "repair_rounds": report["repair_rounds"]}
    return (f"TruthScore {metrics['truth_score']:.2f}, Coverage@Req "
            f"{percent(metrics['coverage_at_req'])}, ATS keywords {percent(metrics['ats_keyword_hit_rate'])}"
            f"; {left_out} item(s) left out", facts)


_SUMMARIES = {"ingest": _ingest, "retrieve": _retrieve, "plan": _plan, "write": _write,
              "critique": _critique, "export": _export}


# --------------------------------------------------------------------------- bullet history

def bullet_history(runs: list[Execution]) -> list[ItemHistory]:
    """Every item of the first draft (summary, then bullets) through the repair rounds to the
    page. The draft channel is overwritten each round, so drafts come from the write updates."""
    drafts = [TailoredResume(**r.update["draft"]) for r in runs if r.node == "write"]
    ingest = next((r.update for r in runs if r.node == "ingest"), None)
    if not drafts or ingest is None:
        return []
    evidence = Corpus(**ingest["corpus"]).evidence()
    records = [rec for r in runs if r.node == "write" for rec in r.update.get("repairs", [])]
    report = next((r.update["report"] for r in runs if r.node == "export"), {})
    left_out = {r["item_id"]: r["outcome"] for r in report.get("repairs", [])
                if r["outcome"] in ("dropped", "trimmed_to_fit")}
    last = {i.id: i for i in drafts[-1].items()}
    claims = {(v["item_id"], v.get("text", "")): v.get("claim_changes", [])
              for r in runs if r.node == "critique" for v in r.update["critique"]["verdicts"]}
    out = []
    for item in drafts[0].items():
        final = last.get(item.id, item)
        outcome = left_out.get(item.id, "kept")
        out.append(ItemHistory(
            item_id=item.id, kind="summary" if item.id == "summary" else "bullet",
            source_ids=item.source_ids,
            sources=[evidence[s].text for s in item.source_ids if s in evidence],
            draft=item.text,
            revisions=[Revision(r["round"], r["after"], r["outcome"], r["reasons"],
                                claims.get((item.id, r["after"]), []))
                       for r in records if r["item_id"] == item.id and r["outcome"] in REWRITES],
            final="" if outcome != "kept" else final.text, outcome=outcome,
            origin=final.origin, draft_claims=claims.get((item.id, item.text), [])))
    return out


# --------------------------------------------------------------------------- JSONL export

def run_folders(paths: list[Path]) -> list[Path]:
    """Run folders named directly, or the run folders inside a folder (a batch's output)."""
    found: list[Path] = []
    for path in paths:
        inner = sorted(p for p in path.iterdir() if not p.name.startswith(".")
                       and (p / TRACE_FILE).is_file()) if path.is_dir() else []
        if (path / TRACE_FILE).is_file() or not inner:
            trace_path(path)  # the reason it is not a run, as a UserInputError
            found.append(path)
        else:
            found += inner
    return found


def jsonl_rows(run: RunTrace) -> list[dict]:
    """Flat rows: kind="node" per node execution, kind="item" per resume item."""
    base = {"run": run.run_id, "run_dir": str(run.run_dir)}
    rows = [{"kind": "node", **base, **{k: v for k, v in asdict(s).items()
                                        if k not in ("facts", "failing", "repairs")},
             **s.facts, "failed_items": list(s.failing)} for s in run.steps]
    rows += [{"kind": "item", **base, "item_id": i.item_id, "item_kind": i.kind,
              "source": i.source, "draft": i.draft, "final": i.final, "outcome": i.outcome,
              "origin": i.origin, "revisions": len(i.revisions),
              # by origin: the summary's own words are its sentences in resume voice
              "rewritten": bool(i.final) and i.origin != "source"} for i in run.items]
    return rows


def export_jsonl(run_dirs: list[Path], out: Path) -> int:
    """Write every row of every run to `out` (replaced in one step); returns the row count."""
    out = Path(out)
    if out.is_dir():
        raise UserInputError("is a folder; --jsonl needs a file name", file=str(out))
    runs = [read_run(d) for d in run_folders(run_dirs)]
    lines = [json.dumps(row, ensure_ascii=False) for run in runs for row in jsonl_rows(run)]
    write_text_atomic(out, "".join(line + "\n" for line in lines))
    return len(lines)
