"""Graph nodes: each reads the state, calls one agent, and returns a partial update.

The agents in `tailor.agents` are plain functions over pydantic models; these adapters are the
only place that converts between the JSON-able state and those models, and that times nodes.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import wraps
from pathlib import Path

from langgraph.runtime import Runtime

from tailor.agents import critic, exporter, planner, report, writer
from tailor.corpus import fairness
from tailor.corpus.jsonresume import to_json_resume, validate_json_resume
from tailor.corpus.loader import load_corpus_with_warnings, pictographs
from tailor.errors import ExportCheckFailed
from tailor.graph.context import RunContext
from tailor.graph.state import TailorState
from tailor.llm.prompts import PROMPT_SHA256
from tailor.render.check import missing_in_pdf
from tailor.render.pdf import pdf_text
from tailor.schemas import (
    Corpus,
    Critique,
    FairnessFlag,
    GenerationStats,
    JobPosting,
    ModelFingerprint,
    Plan,
    RepairRecord,
    Report,
    RequirementMatch,
    TailoredResume,
)
from tailor.schemas.export import validate_document
from tailor.text.posting import read_posting_with_warnings

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


@timed("ingest")
def ingest(state: TailorState, runtime: Runtime[RunContext]) -> dict:
    job, job_warnings = read_posting_with_warnings(Path(state["job_path"]))
    if state.get("job_source"):
        job = job.model_copy(update={"source": state["job_source"]})
    corpus_path = Path(state["corpus_path"])
    corpus, warnings = load_corpus_with_warnings(corpus_path)
    # Linted from the file itself: fields such as basics.image never reach the Corpus.
    flags = fairness.lint_document(json.loads(corpus_path.read_text("utf-8-sig")),
                                   runtime.context.settings.today)
    return {"job": job.model_dump(), "corpus": corpus.model_dump(),
            "input_warnings": job_warnings + warnings,
            "input_fairness": [f.model_dump() for f in flags]}


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
    fallback = ctx.model is None or round_no > ctx.settings.max_repairs
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
    """Render, re-read and write the run's files; only verified items get this far."""
    start = time.perf_counter()
    ctx = runtime.context
    corpus, job = Corpus(**state["corpus"]), JobPosting(**state["job"])
    final_critique = Critique(**state["critique"])
    draft = TailoredResume(**state["draft"])
    resume, dropped = _verified_only(draft, final_critique)
    must_haves = frozenset(r.id for r in job.requirements if r.kind == "must_have")
    rendered = exporter.fit_to_pages(resume, ctx.settings.pages, ctx.settings.template, must_haves)
    resume, text = rendered.resume, pdf_text(rendered.pdf)
    missing = missing_in_pdf(resume, text)
    if missing:
        raise ExportCheckFailed("the PDF lost content: " + "; ".join(missing))
    json_resume = to_json_resume(resume, corpus)
    validate_json_resume(json_resume, "resume.json")
    trimmed = [RepairRecord(round=0, item_id=i.id, before=i.text, after="",
                            outcome="trimmed_to_fit",
                            reasons=[f"did not fit in {ctx.settings.pages} page(s)"])
               for i in rendered.dropped]
    plan_ = Plan(**state["plan"])
    rows = report.requirement_rows(job, plan_, resume)
    failed = {r.item_id for r in dropped}
    left_out = report.left_out_reasons(rendered.dropped, [i for i in draft.items() if i.id in failed])
    result = Report(
        job_title=job.title, company=job.company, job_source=job.source,
        corpus_hash=corpus.content_hash, requirements=rows,
        gaps=report.gap_notes(rows, plan_.gaps, left_out),
        metrics=report.compute_metrics(job, rows, resume, final_critique, text, rendered.fill),
        repairs=(_duplicates(corpus) + [RepairRecord(**r) for r in state.get("repairs", [])]
                 + dropped + trimmed),
        claims=report.claim_records([Critique(**c) for c in state.get("critiques", [])]),
        repair_rounds=state.get("repair_round", 0) + int(bool(state.get("fallback_done"))),
        timings={**state.get("timings", {}), "export": round(time.perf_counter() - start, 4)},
        generation=GenerationStats(**state.get("generation", {})),
        model=_fingerprint(ctx.model),
        input_warnings=_with_removed(state.get("input_warnings", []), rendered.removed),
        fairness=fairness.merge(fairness.lint_resume(resume, ctx.settings.today),
                                [FairnessFlag(**f) for f in state.get("input_fairness", [])]),
        generated_at=ctx.settings.today.isoformat())
    tailored, report_doc = resume.model_dump(mode="json"), result.model_dump(mode="json")
    validate_document("tailored-resume", tailored, "tailored.json")
    validate_document("report", report_doc, "report.json")
    files = {"tailored.json": _dumps(tailored), "resume.json": _dumps(json_resume),
             "resume.html": rendered.html, "resume.pdf": rendered.pdf,
             "report.json": _dumps(report_doc)}
    for name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (ctx.staging_dir / name).write_bytes(data)
    return {"report": report_doc}


def _verified_only(resume: TailoredResume, verdict: Critique):
    """Drop anything whose truth check did not pass. The repair loop makes this a no-op in
    practice; it is here so that no code path can ship an unverified claim."""
    bad = {v.item_id for v in verdict.verdicts if not critic.truth_passed(v)}
    if not bad:
        return resume, []
    dropped = [RepairRecord(round=verdict.round, item_id=i.id, before=i.text, after="",
                            outcome="dropped", reasons=["failed the truth check at export"])
               for i in resume.items() if i.id in bad]
    roles = [r.model_copy(update={"bullets": [b for b in r.bullets if b.id not in bad]})
             for r in resume.roles]
    return resume.model_copy(update={
        "roles": [r for r in roles if r.bullets],
        "summary": None if resume.summary and resume.summary.id in bad else resume.summary,
        "skills": [s for s in resume.skills if s.name not in bad]}), dropped


def _with_removed(warnings: list[str], removed: list[str]) -> list[str]:
    """The input warnings plus the exporter's notes on emoji it left out, except those the
    corpus loader already warned about (the same characters from the same file)."""
    said = "".join(warnings)
    return warnings + [note for note in removed if not all(ch in said for ch in pictographs(note))]


def _duplicates(corpus: Corpus) -> list[RepairRecord]:
    """Evidence the planner never selects because an earlier bullet says the same thing: listed
    with the trimmed and dropped items, so nothing leaves the resume without a reason."""
    evidence = corpus.evidence()
    return [RepairRecord(round=0, item_id=dup, before=evidence[dup].text, after="",
                         outcome="duplicate", reasons=[f"duplicate of {first}"])
            for dup, first in planner.duplicate_evidence(corpus).items()]


def _stats(model) -> dict:
    """The model's GenerationStats so far. They count every call since the model was loaded,
    over all the runs of a Session, so a run's own numbers are differences of these."""
    return (model.stats if model else GenerationStats()).model_dump()


def _fingerprint(model) -> ModelFingerprint:
    if model is None:
        return ModelFingerprint(backend="extractive", model_id="none",
                                prompt_sha256=PROMPT_SHA256)
    return model.fingerprint.model_copy(update={"prompt_sha256": PROMPT_SHA256})


def _dumps(data) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
