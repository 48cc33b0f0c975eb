"""Load a person's corpus from disk, whichever of the two formats it is in.

Every way a corpus file can be wrong ends as a `UserInputError` naming the file, the field
(as a JSON path, `experiences[3].bullets[1].text`) and what to do, never as a traceback:
the file is the user's to fix. A native `experiences.json` has "experiences"; a JSON Resume has
"basics" and "work" (see `tailor.schemas.native` and `tailor.corpus.jsonresume`).
"""
from __future__ import annotations

import functools
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from tailor.corpus.dates import impossible_dates, one_sided_dates, ongoing_ends
from tailor.corpus.evidence import (
    LoadedCorpus,
    RawBullet,
    experience_id,
    finish,
    json_path,
    make_bullets,
    summary_evidence,
)
from tailor.corpus.jsonresume import UNTITLED_WARNING, read_json_resume
from tailor.corpus.keys import check_keys, close_key, misspelling, shape_of
from tailor.errors import UserInputError, ValidationFailed
from tailor.schemas.models import Certificate, Corpus, Education, Experience
from tailor.schemas.native import NativeCorpus
from tailor.text.decoding import decode_text

FORMATS_HINT = ('a corpus is a native experiences.json (with "basics" and "experiences") or a '
                'JSON Resume (with "basics" and "work"); see tailor/corpus/examples/')
NATIVE_HINT = ('bullets are strings or {"text", "tags", "metrics"} objects; '
               "see tailor/corpus/examples/experiences.json for a complete example")


def load_corpus(path: Path | str) -> Corpus:
    """The corpus in `path`. Use `load_corpus_with_warnings` to also learn what was dropped."""
    return load_corpus_with_warnings(path).corpus


def load_corpus_with_warnings(path: Path | str) -> LoadedCorpus:
    """The corpus in `path` and the warnings of loading it (empty bullets dropped, fields unused,
    end dates before start dates, untitled roles, emoji the resume will leave out)."""
    return corpus_from_document(read_corpus_document(Path(path)), str(path))


def corpus_from_document(data: Any, file: str) -> LoadedCorpus:
    """The corpus in `data`, a corpus file's parsed JSON (`file` names it in messages): a run
    reads the file once and lints the same document for fairness."""
    if not isinstance(data, dict):
        raise UserInputError(f"expected a JSON object at the top level, found {_json_type(data)}",
                             file=file, hint=FORMATS_HINT)
    if "experiences" in data:
        loaded = read_native(data, file)
    elif "basics" in data or "work" in data:
        _refuse_misspelled_experiences(data, file)
        loaded = read_json_resume(data, file)
    else:
        meant = [f"{key}: {misspelling(found)}" for key in data
                 if (found := close_key(key, ["experiences", "basics", "work"]))]
        raise UserInputError('not a corpus: it has neither "experiences" nor "basics"/"work"'
                             + "".join(f"\n  - {m}" for m in meant), file=file, hint=FORMATS_HINT)
    empty = [] if loaded.corpus.evidence() else [
        f"{file}: no bullets to choose from (no roles with highlights and no summary): the resume "
        "will hold only what the file lists besides them; add your experience to it"]
    return LoadedCorpus(loaded.corpus, loaded.warnings + pictograph_warnings(data, file) + empty)


def _refuse_misspelled_experiences(data: dict, file: str) -> None:
    """A native file whose "experiences" key is misspelled looks like a JSON Resume (it has
    "basics"), which would load it with no roles at all."""
    if "work" in data:
        return
    meant = [key for key in data if close_key(key, ["experiences"])]
    if meant:
        raise ValidationFailed(file, [(key, misspelling("experiences")) for key in meant],
                               hint=NATIVE_HINT)


_DOCUMENT_SUFFIXES = frozenset({".pdf", ".docx", ".doc", ".txt", ".md", ".rtf", ".odt", ".pages"})


def read_corpus_document(path: Path) -> Any:
    """The parsed JSON of a corpus file, with every reason it cannot be read said plainly."""
    return corpus_document(read_corpus_bytes(path), str(path))


def read_corpus_bytes(path: Path) -> bytes:
    """A corpus file's bytes, refusing what cannot be one (missing, a folder, a PDF)."""
    file = str(path)
    if not path.exists():
        raise UserInputError("file not found", file=file, hint="check the path; " + FORMATS_HINT)
    if path.is_dir():
        raise UserInputError("is a folder, not a file", file=file, hint=FORMATS_HINT)
    if path.suffix.lower() in _DOCUMENT_SUFFIXES:  # a resume document, not a corpus
        raise UserInputError(f"a {path.suffix} file is not a JSON corpus", file=file,
                             hint=f"convert it first: `tailor import {path}` writes a JSON Resume "
                                  "to pass as --resume")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserInputError(f"cannot read the file: {exc.strerror}", file=file) from None


def corpus_document(raw: bytes, file: str) -> Any:
    """The parsed JSON of a corpus file's bytes (a batch worker gets bytes, not a path)."""
    text = decode_text(raw)  # UTF-8, UTF-16/32 with a BOM (Notepad's "Unicode"), Windows-1252
    if text is None:
        raise UserInputError("not a text file (it looks binary)", file=file,
                             hint="a corpus is a JSON text file saved as UTF-8")
    if not text.strip():   # "invalid JSON at line 1, column 1" would send the user hunting for a comma
        raise UserInputError("the file is empty", file=file,
                             hint="was it saved? " + FORMATS_HINT)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserInputError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                             file=file, hint=json_hint(text, exc.pos)) from None


def json_hint(text: str, position: int) -> str:
    """What to look for at a JSON error: a comma left before a closing bracket (JSON allows none,
    many editors write one), else a missing comma, quote or bracket."""
    before = text[:position].rstrip()
    if before.endswith(",") and text[position:position + 1] in "}]":
        return "remove the comma before that point: JSON allows no comma after the last item"
    return "look for a missing comma, quote or bracket just before that point"


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "true/false",
             type(None): "null", int: "a number", float: "a number"}
    return names.get(type(value), type(value).__name__)


# --------------------------------------------------------------------------- emoji

# Emoji and other pictographs: Miscellaneous Symbols and Dingbats (☎ ✉ ✨ ❤), Miscellaneous
# Symbols and Arrows (⭐), the emoji among Miscellaneous Technical and Geometric Shapes (⌚ ▶),
# U+1F000-1FAFF (faces, objects, flags, skin tones) and the tag characters of subdivision flags.
# Arrows, maths (≈), currency, letterlike symbols (™) and ° stay: they read as text.
_PICTOGRAPH = ("\u231a\u231b\u2328\u23cf\u23e9-\u23f3\u23f8-\u23fa\u25aa\u25ab\u25b6\u25c0"
               "\u25fb-\u25fe\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\U000e0020-\U000e007f")
# What only makes sense next to a pictograph: emoji/text presentation selectors, the keycap
# mark, and a zero-width joiner touching a pictograph (elsewhere ZWJ shapes Indic and Arabic text).
_EMOJI_PART = re.compile(f"[{_PICTOGRAPH}\ufe0e\ufe0f\u20e3]|\u200d(?=[{_PICTOGRAPH}])"
                         f"|(?<=[{_PICTOGRAPH}\ufe0f])\u200d")
_EMOJI_RUN = re.compile(f"(?P<space>[ \t]*)(?:{_EMOJI_PART.pattern})+")
# Sections whose text reaches the rendered resume (carried sections only go to resume.json).
_RENDERED = ("basics", "experiences", "work", "volunteer", "projects", "education", "skills",
             "certificates")


def pictographs(text: str) -> str:
    """The emoji and pictographs in `text`, each once, in order ("" when there are none)."""
    found = re.findall(f"[{_PICTOGRAPH}]", text)
    return "".join(dict.fromkeys(found))


def strip_pictographs(text: str) -> str:
    """`text` without emoji and pictographs, which are not text an ATS can read (docs/ARCHITECTURE.md, "ATS
    rules") and which the installed fonts usually cannot draw.

    A run goes with the spaces before it, so "Terraform 🚀." becomes "Terraform."; a run between
    two words becomes a space, so "ship🚀it" does not become one word.
    """
    def replace(match: re.Match) -> str:
        before, after = text[:match.start()], text[match.end():]
        joins_words = not match["space"] and before[-1:].isalnum() and after[:1].isalnum()
        return " " if joins_words else ""

    return _EMOJI_RUN.sub(replace, text)


def pictograph_warnings(data: dict, file: str) -> list[str]:
    """One warning per field of a rendered section that holds emoji or pictographs.

    The exporter strips them (`strip_pictographs`); saying so here names the field in the file,
    so nothing disappears from the resume without the person hearing why.
    """
    def walk(value: Any, path: tuple) -> list[str]:
        if isinstance(value, dict):
            return [w for key, item in value.items() for w in walk(item, path + (key,))]
        if isinstance(value, list):
            return [w for i, item in enumerate(value) for w in walk(item, path + (i,))]
        found = pictographs(value) if isinstance(value, str) else ""
        return [f"{json_path(path)}: {found} left out of the resume (emoji and pictographs are "
                f"not text an ATS can read); remove them from {file} to silence this"] if found else []

    return [w for key in _RENDERED if key in data for w in walk(data[key], (key,))]


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


@functools.cache
def _native_shape():
    return shape_of(NativeCorpus.model_json_schema())


def read_native(data: dict, file: str) -> LoadedCorpus:
    """Validate a native `experiences.json` document and turn it into a Corpus with stable ids.

    Experience ids count per kind in file order (the third project is `p2` wherever it sits);
    bullet ids use the bullet's position within its experience (see tailor.corpus.evidence).
    """
    misspelled = check_keys(data, _native_shape(), extras_allowed=False).errors
    data, warnings = ongoing_ends(data, "end_date")
    problems = impossible_dates(data)  # the schema checks the shape of a date only
    try:
        doc = NativeCorpus.model_validate(data)
    except ValidationError as exc:
        named = {path for path, _ in misspelled}
        problems = [p for p in map(_problem, exc.errors()) if p[0] not in named] + problems
    if problems or misspelled:
        raise ValidationFailed(file, misspelled + problems, hint=NATIVE_HINT) from None
    warnings += one_sided_dates(data, "start_date", "end_date", file)
    per_kind: Counter = Counter()
    experiences = []
    for n, exp in enumerate(doc.experiences):
        i = per_kind[exp.kind]
        per_kind[exp.kind] += 1
        if not exp.organization.strip() and not exp.title.strip():  # e.g. organization " "
            warnings.append(UNTITLED_WARNING.format(path=f"experiences[{n}]", fields=(
                '"organization" nor "title"'), file=file))
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
