"""Shared by the fit tests: score blind resumes against postings in one call."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from tailor.fit.calibration import load_model
from tailor.fit.scorer import ScoreOptions, score_all
from tailor.fit.similarity import ChunkSearch
from tailor.index.store import open_chroma

ROOT = Path(__file__).resolve().parents[2]
JOBS = ROOT / "tests/testdata/jobs"
RESUMES = sorted((ROOT / "tests/testdata/resumes").glob("*.json")) + [ROOT / "tailor/corpus/examples/experiences.json"]
TODAY = dt.date(2026, 12, 1)


def make_search(tmp: Path, embedder) -> ChunkSearch:
    return ChunkSearch(open_chroma(path=tmp / "chroma"), embedder)


def score(postings, resumes, search, top_k=3):
    return score_all(postings, resumes, search, load_model(), ScoreOptions(today=TODAY, top_k=top_k))
