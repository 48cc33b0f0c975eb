"""The batch driver: many postings, one corpus, one ledger; resumable and exactly-once.

Order of work for each posting, chosen so that a kill at any instant loses nothing and
duplicates nothing:

1. key = (posting sha256, resume version, model key). A ledger row that is not `failed` means
   done: skip. An output folder already published for this key (the previous driver died after
   publishing, before recording) is *adopted*: recorded from its files, not redone.
2. claim the key in the ledger (another live batch on the same ledger skips it).
3. a worker tailors it and returns the files; the driver writes them into a hidden staging
   folder and renames it into place (`fsutil.publish`): the folder appears whole or not at all.
4. the ledger row is written, then the claim released.

Only this process writes the ledger and the output folders; workers only compute.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tailor.batch.engines import Task, available_cores
from tailor.batch.ledger import Application, Key, Ledger
from tailor.batch.options import BatchOptions
from tailor.batch.worker import APPLICATION_FILE, Outcome, WorkerSpec
from tailor.corpus.loader import corpus_document, corpus_from_document, read_corpus_bytes
from tailor.errors import UserInputError, WorkerStartFailed
from tailor.fsutil import publish_files
from tailor.graph.context import RunSettings
from tailor.schemas import Corpus
from tailor.text.posting_files import PostingTask, Problem, collect, folder_name

BATCH_FILE = "batch.json"  # in each output folder: the key it was made for (for adoption)
EXPECTED_FILES = ("resume.pdf", "resume.json", "tailored.json", "report.json", APPLICATION_FILE)
OnEvent = Callable[[str, str, dict], None]   # (event, posting source, details)


@dataclass
class BatchSummary:
    total: int = 0
    done: int = 0
    failed: int = 0
    skipped: int = 0
    adopted: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, error)
    notes: list[str] = field(default_factory=list)
    row_ids: list[int] = field(default_factory=list)


def resume_version(corpus: Corpus, settings: RunSettings) -> str:
    """The corpus hash and every setting that changes the resume (not the date)."""
    described = {"corpus": corpus.content_hash, "pages": settings.pages,
                 "max_repairs": settings.max_repairs, "top_k": settings.top_k,
                 "similarity_threshold": settings.similarity_threshold,
                 "critic": asdict(settings.critic)}
    return _sha(described)


def _sha(data) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def settings_record(settings: RunSettings) -> dict:
    return {"pages": settings.pages, "max_repairs": settings.max_repairs, "top_k": settings.top_k,
            "similarity_threshold": settings.similarity_threshold}


EngineFactory = Callable[[WorkerSpec, BatchOptions], object]


def default_engine(spec: WorkerSpec, opts: BatchOptions):
    from tailor.batch.engines import ProcessEngine, RayEngine
    if opts.engine == "ray":
        return RayEngine(spec, opts.workers, opts.task_timeout, opts.ray_address)
    return ProcessEngine(spec, opts.workers, opts.task_timeout)


class BatchRun:
    def __init__(self, opts: BatchOptions, on_event: OnEvent | None = None,
                 engine_factory: EngineFactory = default_engine):
        if opts.engine not in ("local", "ray"):
            raise UserInputError(f"unknown engine {opts.engine!r}", field="--engine",
                                 hint="use local or ray")
        self.opts, self.on_event, self.engine_factory = opts, on_event, engine_factory
        if opts.out_root.exists() and not opts.out_root.is_dir():  # found before any work, not after
            raise UserInputError("exists and is not a folder", file=str(opts.out_root), field="--out",
                                 hint="choose a folder for the application folders")
        # Read once: parsed here (a bad corpus stops the batch before any work), sent as bytes.
        self.corpus_bytes = read_corpus_bytes(opts.corpus)
        self.corpus = corpus_from_document(corpus_document(self.corpus_bytes, str(opts.corpus)),
                                           str(opts.corpus)).corpus
        self.version = resume_version(self.corpus, opts.settings)
        self.model = opts.model.describe()
        self.model_key = _sha(self.model)
        self.variant = _sha([self.version, self.model_key])
        self.owner = uuid.uuid4().hex
        self.summary = BatchSummary()

    def key(self, posting_hash: str) -> Key:
        return Key(posting_hash, self.version, self.model_key)

    def out_dir(self, task: PostingTask) -> Path:
        return self.opts.out_root / folder_name(task.name, task.sha256, self.variant)

    def run(self) -> BatchSummary:
        postings, problems, notes = collect(self.opts.jobs)
        self.summary.notes += notes
        self.summary.total = len(postings) + len(problems)
        self._emit("start", "", {"total": self.summary.total})
        with Ledger.open(self.opts.ledger, create=True) as ledger:
            self.ledger = ledger
            for problem in problems:
                self._record_problem(problem)
            todo = [i for i, task in enumerate(postings) if not self._finished(task)]
            todo = self._limited(todo)
            if todo:
                self._run_engine(postings, todo)
        return self.summary

    # ------------------------------------------------------------------ before any work

    def _finished(self, task: PostingTask) -> bool:
        """Done already (skip), or published but not recorded (adopt)?"""
        row = self.ledger.get(self.key(task.sha256))
        if row and row.status != "failed":
            self._count("skipped", task.source, {"id": row.id, "reason": "already in the ledger"})
            return True
        out_dir = self.out_dir(task)
        if _made_for(out_dir, self.key(task.sha256)):
            files = {name: (out_dir / name).read_bytes() for name in EXPECTED_FILES}
            row_id = self.ledger.record(self._application(task, out_dir, files))
            self.summary.adopted += 1
            self._count("skipped", task.source, {"id": row_id, "reason": "adopted a published folder"})
            return True
        return False

    def _limited(self, todo: list[int]) -> list[int]:
        """The first `limit` unfinished postings; the rest wait for a later run, and the total
        shrinks so the progress bar ends at 100%."""
        limit = self.opts.limit
        if limit is None or len(todo) <= limit:
            return todo
        left = len(todo) - limit
        self.summary.total -= left
        self.summary.notes.append(f"{left} posting(s) not started (--limit {limit}): rerun with a higher "
                                  "--limit, or without it, to go on; finished ones are not redone")
        self._emit("total", "", {"total": self.summary.total})
        return todo[:limit]

    # ------------------------------------------------------------------ the work

    def _run_engine(self, postings: list[PostingTask], todo: list[int]) -> None:
        engine = self.engine_factory(self._spec(), self.opts)
        claimed: set[int] = set()
        try:
            for outcome in engine.run(self._claimed(postings, todo, claimed)):
                task = postings[outcome.task_index]
                try:
                    self._finish(task, outcome)
                finally:
                    self.ledger.release(self.key(task.sha256), self.owner)
                    claimed.discard(outcome.task_index)
        except WorkerStartFailed as exc:
            raise UserInputError(str(exc), field="--model",
                                 hint="check the model spec, adapter and server") from None
        finally:
            engine.close()
            for i in claimed:
                self.ledger.release(self.key(postings[i].sha256), self.owner)

    def _claimed(self, postings: list[PostingTask], todo: list[int],
                 claimed: set[int]) -> Iterator[Task]:
        """Postings to hand to a free worker, each claimed only at that moment."""
        for i in todo:
            task = postings[i]
            result = self.ledger.claim(self.key(task.sha256), self.owner)
            if result != "claimed":
                reason = "finished by another batch" if result == "done" else "another batch is on it"
                self._count("skipped", task.source, {"reason": reason})
                continue
            claimed.add(i)
            _sweep_leftovers(self.out_dir(task))  # ours now: a killed run's staging can go
            self._emit("running", task.source, {})
            yield i, task

    def _finish(self, task: PostingTask, outcome: Outcome) -> None:
        if not outcome.ok:
            self._record_failure(task.sha256, task.source, outcome.error)
            return
        out_dir = self.out_dir(task)
        record = (json.dumps(self._batch_record(task), indent=2) + "\n").encode()
        publish_files({**outcome.files, BATCH_FILE: record}, out_dir)
        row_id = self.ledger.record(self._application(task, out_dir, outcome.files))
        self.summary.row_ids.append(row_id)
        self._count("done", task.source, {"id": row_id, "seconds": outcome.seconds,
                                          "out_dir": str(out_dir)})

    def _spec(self) -> WorkerSpec:
        from tailor.index.embeddings import LazyEmbedder
        from tailor.index.evidence import EvidenceIndex
        from tailor.index.store import open_chroma

        # From the persistent store when an earlier run embedded this corpus; else embedded now.
        index = EvidenceIndex(open_chroma(path=self.opts.cache_dir / "chroma"), LazyEmbedder())
        return WorkerSpec(model=self.opts.model, settings=self.opts.settings,
                          corpus_name=self.opts.corpus.name, corpus_bytes=self.corpus_bytes,
                          vectors=index.vectors(self.corpus), cache_dir=str(self.opts.cache_dir),
                          threads=max(1, available_cores() // self.opts.workers))

    # ------------------------------------------------------------------ ledger rows

    def _batch_record(self, task: PostingTask) -> dict:
        return {"posting_hash": task.sha256, "posting_source": task.source,
                "resume_version": self.version, "model_key": self.model_key, "model": self.model}

    def _application(self, task: PostingTask, out_dir: Path, files: dict[str, bytes]) -> Application:
        report = json.loads(files["report.json"])
        tailored = json.loads(files["tailored.json"])
        summary = (tailored.get("summary") or {}).get("text", "")
        skills = ", ".join(s["name"] for s in tailored.get("skills", []))
        model, metrics = report["model"], report["metrics"]
        return Application(
            posting_hash=task.sha256, resume_version=self.version, model_key=self.model_key,
            status="tailored", posting_source=task.source, company=report.get("company", ""),
            role=report.get("job_title", ""), corpus_hash=self.corpus.content_hash,
            settings=settings_record(self.opts.settings), model_id=model["model_id"],
            adapter_sha256=model.get("adapter_sha256", ""),
            prompt_sha256=model.get("prompt_sha256", ""), out_dir=str(out_dir.absolute()),
            pdf_sha256=hashlib.sha256(files["resume.pdf"]).hexdigest(),
            summary_sha256=hashlib.sha256(summary.encode()).hexdigest() if summary else "",
            skills=skills, coverage=metrics["coverage_at_req"], truth_score=metrics["truth_score"],
            keyword_hit_rate=metrics["ats_keyword_hit_rate"], batch_id=self.owner)

    def _record_failure(self, posting_hash: str, source: str, error: str) -> None:
        row_id = self.ledger.record(Application(
            posting_hash=posting_hash, resume_version=self.version, model_key=self.model_key,
            status="failed", posting_source=source,
            corpus_hash=self.corpus.content_hash, settings=settings_record(self.opts.settings),
            model_id=self.model["model_id"], adapter_sha256=self.model.get("adapter_sha256", ""),
            prompt_sha256=self.model["prompt_sha256"], error=error, batch_id=self.owner))
        self.summary.failures.append((source, error))
        self._count("failed", source, {"id": row_id, "error": error})

    def _record_problem(self, problem: Problem) -> None:
        row = self.ledger.get(self.key(problem.sha256))
        if row and row.status != "failed":
            return
        self._record_failure(problem.sha256, problem.source, problem.message)

    def _count(self, event: str, source: str, details: dict) -> None:
        setattr(self.summary, event, getattr(self.summary, event) + 1)
        self._emit(event, source, details)

    def _emit(self, event: str, source: str, details: dict) -> None:
        if self.on_event:
            self.on_event(event, source, details)


def _made_for(out_dir: Path, key: Key) -> bool:
    """Is `out_dir` a complete published folder made for this key?"""
    try:
        record = json.loads((out_dir / BATCH_FILE).read_text())
    except (OSError, ValueError):
        return False
    same = (record.get("posting_hash"), record.get("resume_version"),
            record.get("model_key")) == (key.posting_hash, key.resume_version, key.model_key)
    return same and all((out_dir / name).is_file() for name in EXPECTED_FILES)


def _sweep_leftovers(out_dir: Path) -> None:
    """Remove staging folders a killed driver left beside `out_dir` (we hold its claim)."""
    if out_dir.parent.is_dir():
        for leftover in out_dir.parent.glob(f".{out_dir.name}.*"):
            shutil.rmtree(leftover, ignore_errors=True)
