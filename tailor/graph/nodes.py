"""Graph nodes: each reads the state, calls one agent, and returns a partial update.

The agents in `tailor.agents` are plain functions over pydantic models; these adapters are the
only place that converts between the JSON-able state and those models, and that times nodes.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from functools import wraps

from langgraph.runtime import Runtime

from tailor.agents import critic, exporter, planner, report, writer
from tailor.graph.context import RunContext, RunOutput
from tailor.graph.state import TailorState
from tailor.llm.base import LanguageModel
from tailor.llm.prompts import PROMPT_SHA256
from tailor.schemas import (
    Corpus,
    Critique,
    FairnessFlag,
    GenerationStats,
    JobPosting,
    Plan,
    RepairRecord,
    RequirementMatch,
    TailoredResume,
)

Node = Callable[[TailorState, Runtime[RunContext]], dict]



def timed(name: str) -> Callable[[Node], Node]:
    def wrap(fn: Node) -> Node:
        @wraps(fn)
        def node(state: TailorState, runtime: Runtime[RunContext]) -> dict:
            start = time.perf_counter()
            update = fn(state, runtime)
            return {**update, "timings": {name: time.perf_counter() - start}}
        return node
    return wrap


def ingest(state: TailorState, runtime: Runtime[RunContext]) -> dict:
    """The run's input, parsed once at the edge (`tailor.run.inputs`), into the state, where
    the trace keeps it. Its time is that of reading and parsing the files."""
    given = runtime.context.input
    return {"job": given.job.model_dump(), "corpus": given.corpus.model_dump(),
            "input_warnings": list(given.warnings),
            "input_fairness": [f.model_dump() for f in given.fairness],
            "timings": {"ingest": round(given.seconds, 4)}}


@timed("retrieve")
def retrieve(state: TailorState, runtime: Runtime[RunContext]) -> dict:
    ctx, settings = runtime.context, runtime.context.settings
    matches = ctx.index.search(Corpus(**state["corpus"]), JobPosting(**state["job"]),
                               settings.top_k, settings.similarity_threshold)
    return {"requirement_map": [m.model_dump() for m in matches]}


@timed("plan")
def plan(state: TailorState, runtime: Runtime[RunContext]) -> dict:
    matches = [RequirementMatch(**m) for m in state["requirement_map"]]
    result = planner.plan_resume(Corpus(**state["corpus"]), JobPosting(**state["job"]), matches,
                                 pages=runtime.context.settings.pages)
    return {"plan": result.model_dump()}


@timed("write")
def write(state: TailorState, runtime: Runtime[RunContext]) -> dict:
    """First draft, or one repair round; records what this call generated (`generation`)."""
    model = runtime.context.model
    before = _stats(model)
    update = _write(state, runtime.context)
    now = _stats(model)
    return {**update, "generation": {k: round(now[k] - before[k], 4) for k in now}}


def _write(state: TailorState, ctx: RunContext) -> dict:
    corpus, job = Corpus(**state["corpus"]), JobPosting(**state["job"])
    if "draft" not in state:
        draft = writer.draft_resume(Plan(**state["plan"]), corpus, job, ctx.model)
        return {"draft": draft.model_dump(), "repair_round": 0}
    round_no = state.get("repair_round", 0) + 1
    fallback = not ctx.model.rewrites or round_no > ctx.settings.max_repairs
    draft, records = writer.repair_resume(
        TailoredResume(**state["draft"]), Critique(**state["critique"]), corpus, job, ctx.model,
        round_no, fallback)
    update = {"draft": draft.model_dump(), "repairs": [r.model_dump() for r in records],
              "fallback_done": fallback}
    if not fallback:
        update["repair_round"] = round_no
    return update


@timed("critique")
def critique(state: TailorState, runtime: Runtime[RunContext]) -> dict:
    ctx = runtime.context
    verdict = critic.critique(TailoredResume(**state["draft"]), Corpus(**state["corpus"]),
                              JobPosting(**state["job"]), ctx.embedder,
                              round=state.get("repair_round", 0), settings=ctx.settings.critic)
    return {"critique": verdict.model_dump(), "critiques": [verdict.model_dump()]}


@timed("export")
def export(state: TailorState, runtime: Runtime[RunContext]) -> dict:
    """Render and check the verified resume, build the report, hand the files to the run."""
    start = time.perf_counter()
    ctx = runtime.context
    corpus, job, plan = Corpus(**state["corpus"]), JobPosting(**state["job"]), Plan(**state["plan"])
    critiques = [Critique(**c) for c in state.get("critiques", [])]
    draft = TailoredResume(**state["draft"])
    resume, gate_drops = critic.verified_only(draft, Critique(**state["critique"]))
    must_haves = frozenset(r.id for r in job.requirements if r.kind == "must_have")
    rendered = exporter.render_checked(resume, ctx.settings.pages, ctx.settings.template, must_haves)
    result = report.build_report(
        job=job, corpus=corpus, plan=plan, draft=draft, shipped=rendered.resume,
        trimmed=rendered.dropped, pdf_text=rendered.text, page_fill=rendered.fill,
        removed_symbols=rendered.removed, critiques=critiques, gate_drops=gate_drops,
        repairs=[RepairRecord(**r) for r in state.get("repairs", [])],
        repair_rounds=state.get("repair_round", 0) + int(bool(state.get("fallback_done"))),
        timings={**state.get("timings", {}), "export": round(time.perf_counter() - start, 4)},
        generation=GenerationStats(**state.get("generation", {})),
        model=ctx.model.fingerprint.model_copy(update={"prompt_sha256": PROMPT_SHA256}),
        input_warnings=state.get("input_warnings", []),
        input_fairness=[FairnessFlag(**f) for f in state.get("input_fairness", [])],
        today=ctx.settings.today, pages=ctx.settings.pages)
    ctx.output = RunOutput(files=exporter.run_files(rendered, corpus, result), report=result)
    return {"report": result.model_dump(mode="json")}


def _stats(model: LanguageModel) -> dict:
    """The model's GenerationStats so far. They count every call since the model was loaded,
    over all the runs of a Session, so a run's own numbers are differences of these."""
    return model.stats.model_dump()
