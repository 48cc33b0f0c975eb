"""Load a person's corpus from disk, whichever of the two formats it is in.

Every way a corpus file can be wrong ends as a `UserInputError` naming the file, the field
(as a JSON path, `experiences[3].bullets[1].text`) and what to do, never as a traceback:
the file is the user's to fix. A native `experiences.json` has "experiences"; a JSON Resume has
"basics" and "work" (see `tailor.schemas.native` and `tailor.corpus.jsonresume`).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from tailor.corpus.evidence import (
    LoadedCorpus, RawBullet, experience_id, finish, json_path, make_bullets, summary_evidence)
from tailor.corpus.jsonresume import read_json_resume
from tailor.errors import UserInputError, ValidationFailed
from tailor.schemas.models import Certificate, Corpus, Education, Experience
from tailor.schemas.native import NativeCorpus

FORMATS_HINT = ('a corpus is a native experiences.json (with "basics" and "experiences") or a '
                'JSON Resume (with "basics" and "work"); see tailor/corpus/examples/')
NATIVE_HINT = ('bullets are strings or {"text", "tags", "metrics"} objects; '
               "see tailor/corpus/examples/experiences.json for a complete example")


def load_corpus(path: Path | str) -> Corpus:
    """The corpus in `path`. Use `load_corpus_with_warnings` to also learn what was dropped."""
    return load_corpus_with_warnings(path).corpus


def load_corpus_with_warnings(path: Path | str) -> LoadedCorpus:
    """The corpus in `path` and the warnings of loading it (empty bullets dropped, fields unused)."""
    path = Path(path)
    data = _read_json(path)
    file = str(path)
    if not isinstance(data, dict):
        raise UserInputError(f"expected a JSON object at the top level, found {_json_type(data)}",
                             file=file, hint=FORMATS_HINT)
    if "experiences" in data:
        return read_native(data, file)
    if "basics" in data or "work" in data:
        return read_json_resume(data, file)
    raise UserInputError('not a corpus: it has neither "experiences" nor "basics"/"work"',
                         file=file, hint=FORMATS_HINT)


def _read_json(path: Path) -> Any:
    file = str(path)
    if not path.exists():
        raise UserInputError("file not found", file=file, hint="check the path; " + FORMATS_HINT)
    if path.is_dir():
        raise UserInputError("is a folder, not a file", file=file, hint=FORMATS_HINT)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserInputError(f"cannot read the file: {exc.strerror}", file=file) from None
    if b"\x00" in raw:
        raise UserInputError("not a text file (it looks binary)", file=file,
                             hint="a corpus is a JSON text file saved as UTF-8")
    try:
        text = raw.decode("utf-8-sig")  # tolerate the BOM some Windows editors add
    except UnicodeDecodeError as exc:
        raise UserInputError(f"not UTF-8 text (invalid byte at offset {exc.start})", file=file,
                             hint="save the file with UTF-8 encoding") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserInputError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                             file=file, hint="look for a missing comma, quote or bracket just "
                                             "before that point") from None


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "true/false",
             type(None): "null", int: "a number", float: "a number"}
    return names.get(type(value), type(value).__name__)


# --------------------------------------------------------------------------- native format

def _problem(error: dict) -> tuple[str, str]:
    """A pydantic error as (JSON path, message a person understands)."""
    path = json_path(error["loc"])
    if error["type"] == "missing":
        return path, "required field is missing"
    if error["type"] == "extra_forbidden":
        return path, "unknown field (check its spelling)"
    if error["type"] == "string_too_short":
        return path, "must not be empty"
    if error["type"] in ("model_type", "model_attributes_type", "dict_type"):
        return path, f"expected an object, found {_json_type(error['input'])}"
    if error["type"] in ("value_error", "assertion_error"):
        return path, str(error["ctx"]["error"])
    return path, error["msg"]


def read_native(data: dict, file: str) -> LoadedCorpus:
    """Validate a native `experiences.json` document and turn it into a Corpus with stable ids.

    Experience ids count per kind in file order (the third project is `p2` wherever it sits);
    bullet ids use the bullet's position within its experience (see tailor.corpus.evidence).
    """
    try:
        doc = NativeCorpus.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(file, [_problem(e) for e in exc.errors()], hint=NATIVE_HINT) from None
    warnings: list[str] = []
    per_kind: Counter = Counter()
    experiences = []
    for n, exp in enumerate(doc.experiences):
        i = per_kind[exp.kind]
        per_kind[exp.kind] += 1
        raw = [RawBullet(f"experiences[{n}].bullets[{j}]", b.text, b.tags, b.metrics)
               for j, b in enumerate(exp.bullets)]
        experiences.append(Experience(id=experience_id(exp.kind, i), **exp.model_dump(exclude={"bullets"}),
                                      bullets=make_bullets(exp.kind, i, raw, warnings)))
    corpus = Corpus(
        basics=doc.basics,
        summary_evidence=summary_evidence(doc.basics.summary),
        experiences=experiences,
        education=[Education(**e.model_dump()) for e in doc.education],
        skills=doc.skills,
        certificates=[Certificate(**c.model_dump()) for c in doc.certificates],
    )
    return LoadedCorpus(finish(corpus, file), warnings)
