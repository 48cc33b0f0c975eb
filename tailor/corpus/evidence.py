"""What both corpus formats share: stable evidence ids, summary sentences and the content hash.

Ids are how every tailored bullet cites its evidence (`source_ids`), so they must survive a
re-load of the same file and change when, and only when, the evidence they name changes:
`{prefix}{i}.{j}-{sha1(text)[:6]}`, e.g. `w2.3-9f86d0` is bullet 3 of the third work role.
`i` and `j` are positions in the source file (0-based, like the JSON paths `work[2].highlights[3]`
in error messages), counted before empty bullets are dropped, so dropping or fixing one bullet
never renumbers its neighbours. Prefixes: w work, v volunteer, p project, s summary sentence.
"""
from __future__ import annotations

import hashlib
import json
import re
from typing import Iterable, NamedTuple, Sequence

from tailor.errors import ValidationFailed
from tailor.schemas.models import Corpus, EvidenceBullet

PREFIX = {"work": "w", "volunteer": "v", "project": "p", "summary": "s"}


class LoadedCorpus(NamedTuple):
    """A corpus and what loading it quietly changed (e.g. empty bullets dropped).

    Warnings are `"<field path>: <what happened>"` lines for the CLI to show; they are returned
    rather than logged so that nothing is lost and callers (and tests) can assert on them.
    """
    corpus: Corpus
    warnings: list[str]


class RawBullet(NamedTuple):
    """A bullet as read from a file, before it gets an id. `path` locates it for warnings."""
    path: str
    text: str
    tags: Sequence[str] = ()
    metrics: Sequence[str] = ()


def experience_id(kind: str, index: int) -> str:
    return f"{PREFIX[kind]}{index}"


def evidence_id(kind: str, index: int, position: int, text: str) -> str:
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]
    return f"{PREFIX[kind]}{index}.{position}-{digest}"


def make_bullets(kind: str, index: int, raw: Iterable[RawBullet],
                 warnings: list[str]) -> list[EvidenceBullet]:
    """Give each bullet its stable id; drop empty ones, saying so in `warnings`.

    Runs of whitespace (line breaks pasted from a PDF) collapse to one space before hashing, so
    the id depends on the words, not on how the file was wrapped.
    """
    bullets = []
    for position, item in enumerate(raw):
        text = " ".join(item.text.split())
        if not text:
            warnings.append(f"{item.path}: empty bullet dropped")
            continue
        bullets.append(EvidenceBullet(
            id=evidence_id(kind, index, position, text), text=text,
            tags=list(item.tags), metrics=list(item.metrics)))
    return bullets


# A sentence ends at . ! or ? followed by space and an upper-case letter, digit or quote, except
# after a known abbreviation ("Dr. Lena") or an initial ("U.S. Army", "J. Smith").
_BOUNDARY = re.compile(r"[.!?][\"')\]]*(\s+)(?=[A-Z0-9\"'(\[])")
_NO_BREAK_AFTER = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Sr|Jr|St|Mt|vs|etc|Inc|Ltd|Co|Corp|No|approx|e\.g|i\.e)\.|\b[A-Z]\.)$")


def split_sentences(text: str) -> list[str]:
    """Split a summary into sentences so each can be cited (and verified) on its own."""
    text = " ".join(text.split())
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(text):
        sentence = text[start:match.start(1)]
        if _NO_BREAK_AFTER.search(sentence.rstrip("\"')]")):
            continue
        sentences.append(sentence.strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def summary_evidence(summary: str) -> list[EvidenceBullet]:
    """The person's own summary as citable evidence, one bullet per sentence: `s0.{j}-{hash}`."""
    return [EvidenceBullet(id=evidence_id("summary", 0, j, s), text=s)
            for j, s in enumerate(split_sentences(summary))]


def content_hash(corpus: Corpus) -> str:
    """sha256 of the corpus as canonical JSON (sorted keys, no spaces), `content_hash` excluded.

    It identifies the corpus a run used (report.json) independent of file format or formatting.
    """
    data = corpus.model_dump(mode="json", exclude={"content_hash"})
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def finish(corpus: Corpus, file: str) -> Corpus:
    """Check what Tailor needs beyond either schema, then stamp the content hash."""
    if not corpus.basics.name.strip():
        raise ValidationFailed(file, [("basics.name", "a resume needs the person's name")],
                               hint='add "name" to "basics"')
    return corpus.model_copy(update={"content_hash": content_hash(corpus)})


def json_path(parts: Iterable[str | int]) -> str:
    """`("work", 2, "startDate")` -> `work[2].startDate`: how every error names a field."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
