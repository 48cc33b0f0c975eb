"""Parsed postings kept on disk by content, so reading the same postings again skips parsing.

Why: parsing a posting (segmentation, keywords, the skill tagger) is most of the time of
`tailor score` over hundreds of postings (46 of 78 s for 641, see bench/score_bench.py), and
people score the same saved postings against each new version of their resume. The key is the
posting's bytes, its source and its kind, under a fingerprint of the parser's own code, data
and tagger files: a changed parser never serves an old parse. A file that cannot be read back
(damaged, or from another schema) is parsed again; the cache never decides a result.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from tailor.schemas.models import JobPosting
from tailor.text.posting import parse_posting_file

_PARSER = Path(__file__).resolve().parent
_SCHEMA = _PARSER.parent / "schemas" / "models.py"


@lru_cache(maxsize=1)
def parser_fingerprint() -> str:
    """A hash of every file the parse depends on: tailor/text (code, word lists, tagger) and the
    JobPosting schema."""
    digest = hashlib.sha256()
    files = [p for p in _PARSER.rglob("*") if p.is_file() and "__pycache__" not in p.parts] + [_SCHEMA]
    for path in sorted(files):
        digest.update(path.as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def parse_cached(data: bytes, source: str, suffix: str, cache_dir: Path | None) -> JobPosting:
    """`parse_posting_file(data, source, suffix)`'s posting, from `cache_dir` when it holds it."""
    if cache_dir is None:
        return parse_posting_file(data, source, suffix)[0]
    key = hashlib.sha256(b"\0".join((source.encode("utf-8"), suffix.lower().encode("utf-8"), data))).hexdigest()
    path = Path(cache_dir) / "postings" / parser_fingerprint() / f"{key}.json"
    try:
        return JobPosting.model_validate_json(path.read_text("utf-8"))
    except (OSError, ValueError):
        pass                                   # not cached yet, or unreadable: parse it
    job = parse_posting_file(data, source, suffix)[0]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{key}.{os.getpid()}.tmp")
        partial.write_text(job.model_dump_json(), "utf-8")
        partial.replace(path)                  # atomic: a reader sees the whole file or none
    except OSError:
        pass                                   # a read-only cache only costs time
    return job
