"""Reading what `tailor score` compares: postings the way `tailor batch` finds them (files, a
folder, a JSONL/CSV of postings) and resumes as their blind views.

A posting that cannot be read (an empty file, a bad row of a JSONL) is left out of a ranking of
several with a note naming it and what to do, printed with the scores and kept in the JSON
(`skipped`): one empty file in a folder of forty should not throw the other scores away, and a
note, unlike silence, cannot make the ranking mislead. When nothing is left to score, or the one
posting given cannot be read, the first problem is a `UserInputError` naming the file (and row).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tailor.corpus.loader import load_corpus
from tailor.errors import UserInputError
from tailor.fit.blind import BlindResume, blind_view
from tailor.schemas.models import JobPosting
from tailor.text.posting_cache import parse_cached
from tailor.text.posting_files import PostingTask, collect

FIX_HINT = "fix or remove that posting, then run again"


@dataclass(frozen=True)
class Posting:
    source: str
    job: JobPosting
    text: str           # the whole posting as text (what the TF-IDF baseline reads)


def read_postings(paths: list[Path], cache_dir: Path | None = None) -> list[Posting]:
    """Every posting of `paths`; with `cache_dir`, parses are kept there by content
    (`tailor.text.posting_cache`), so scoring the same postings again skips parsing."""
    return read_postings_noting(paths, cache_dir)[0]


def read_postings_noting(paths: list[Path], cache_dir: Path | None = None) -> tuple[list[Posting], list[str]]:
    """`read_postings`, and what was skipped and why (a duplicate, a README, a .pdf in a folder
    of postings), for the person to see."""
    tasks, problems, notes = collect(paths)
    failed = [UserInputError(p.message, file=p.source, hint=FIX_HINT) for p in problems]
    postings = []
    for task in tasks:
        try:
            postings.append(_posting(task, cache_dir))
        except UserInputError as exc:
            failed.append(exc)
    if failed and not postings:
        raise failed[0]
    if not postings:
        raise UserInputError("no postings found", file=", ".join(map(str, paths)),
                             hint="JOB is a posting file (.txt/.md/.json), a folder of them, or a .jsonl/.csv")
    notes += [f"not scored: {_one_line(exc)}" for exc in failed]
    return postings, notes


def _one_line(exc: UserInputError) -> str:
    """The error and what to do in one note: "jobs/x.txt: the job posting is empty (paste ...)"."""
    text, _, hint = exc.render().partition("\n  -> ")
    return f"{text} ({hint})" if hint else text


def _posting(task: PostingTask, cache_dir: Path | None) -> Posting:
    """A posting file is read as `tailor JOB` reads it; a row of a JSONL/CSV table as text."""
    job = parse_cached(task.data, task.source, task.suffix, cache_dir)
    return Posting(task.source, job, _plain_text(task))


def _plain_text(task: PostingTask) -> str:
    text = task.data.decode("utf-8-sig", errors="replace")
    if task.suffix != ".json":
        return text
    try:
        return " ".join(_strings(json.loads(text)))
    except json.JSONDecodeError:
        return text


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def read_resumes(paths: list[Path]) -> list[BlindResume]:
    """Each corpus's blind view (see `tailor.fit.blind`); the same file twice is scored once."""
    if not paths:
        raise UserInputError("no resume given", field="--resume", hint="pass --resume PATH (repeatable)")
    seen: dict[str, BlindResume] = {}
    for path in paths:
        if str(path) not in seen:
            seen[str(path)] = blind_view(load_corpus(path), source=str(path))
    return list(seen.values())
