"""`tailor score` as one library call: read inputs (fail fast), load the embedder and the evidence
index once, score everything."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tailor.corpus.fairness import lint_document
from tailor.fit.calibration import load_model
from tailor.fit.inputs import read_postings_noting, read_resumes
from tailor.fit.models import ScoreRun
from tailor.fit.scorer import TOP_K, OnProgress, ScoreOptions, score_all
from tailor.fit.similarity import ChunkSearch
from tailor.index.embeddings import Embedder


def score_files(jobs: list[Path], resumes: list[Path], *, cache_dir: Path, today: dt.date | None = None,
                top_k: int = TOP_K, embedder: Embedder | None = None, chroma_path: Path | None = None,
                on_progress: OnProgress | None = None) -> ScoreRun:
    """Score every posting in `jobs` against every corpus in `resumes` (see `tailor.fit`)."""
    postings, skipped = read_postings_noting(jobs, cache_dir)   # bad input fails here, before any model loads
    blind = read_resumes(resumes)
    if embedder is None:                    # loaded on first use: a warm cache needs no model at all
        from tailor.index.embeddings import LazyEmbedder
        embedder = LazyEmbedder()
    from tailor.index.store import open_chroma
    client = open_chroma(path=chroma_path or cache_dir / "chroma")
    options = ScoreOptions(today=today or dt.date.today(), top_k=top_k)
    run = score_all(postings, blind, ChunkSearch(client, embedder), load_model(), options, on_progress)
    return run.model_copy(update={"fairness": _fairness(resumes, options.today), "skipped": skipped})


def _fairness(resumes: list[Path], today: dt.date) -> dict:
    """The fairness lint of each resume file (already parsed once: it is valid JSON here)."""
    flags = {str(p): lint_document(json.loads(Path(p).read_text("utf-8-sig")), today) for p in resumes}
    return {source: found for source, found in flags.items() if found}
