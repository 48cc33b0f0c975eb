"""The postings of a batch: from a folder, a JSONL or CSV file of postings, or a list of files.

Each posting becomes a `PostingTask` holding its bytes (so a worker on another machine needs no
shared file system) and its sha256, which is the posting's identity in the ledger: the same text
from another path is the same posting, and so is the same text saved again with other line ends,
trailing spaces or more blank lines (the hash is of the text so tidied, which is the file itself
for a file already tidy, so the identity of such a file is its bytes' hash as before).
A row that cannot become a posting (no text) is kept as a `Problem`, so the batch records it
as failed instead of dropping it silently.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from tailor.errors import UserInputError

POSTING_SUFFIXES = (".txt", ".md", ".json", ".html", ".htm")   # a saved web page is read as its text
TABLE_SUFFIXES = (".jsonl", ".csv")
# Files that sit beside postings in a folder but are not postings: named (or ending) so.
NOT_POSTINGS = {"readme", "source", "sources", "license", "licence", "notice", "changelog", "schema"}
MAX_FIELD = 16 * 1024 * 1024
TEXT_FIELDS = ("text", "description", "posting", "body", "content")


@dataclass(frozen=True)
class PostingTask:
    source: str      # where it came from: a path, or "file.jsonl#3"
    name: str        # a short readable name for folders: the file stem or the row's title
    suffix: str      # ".json" is a JSON Job; any other is read as text (or a saved web page's text)
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(tidy(self.data)).hexdigest()


_TRAILING_SPACE = re.compile(rb"[ \t]+(?=\n)")
_BLANK_RUN = re.compile(rb"\n{3,}")


def tidy(data: bytes) -> bytes:
    """The posting's bytes with what re-saving changes taken out: CR LF line ends, spaces at a
    line's end, runs of blank lines (one is kept), blank lines before the text, and more than one
    newline after it. A file that has none of these is returned as it is."""
    text = data.replace(b"\r\n", b"\n")
    text = _BLANK_RUN.sub(b"\n\n", _TRAILING_SPACE.sub(b"", text)).lstrip(b"\n")
    body = text.rstrip(b"\n")
    return body + b"\n" if body != text else body


@dataclass(frozen=True)
class Problem:
    source: str
    message: str

    @property
    def sha256(self) -> str:
        """A stable identity for the ledger row of a posting that could not be read."""
        return hashlib.sha256(f"unreadable:{self.source}".encode()).hexdigest()


def collect(paths: list[Path]) -> tuple[list[PostingTask], list[Problem], list[str]]:
    """(postings, problems, notes): every input path expanded, duplicates (the same text, see
    `tidy`) kept once.

    A path that does not exist is a user error for the whole batch: a typo should not start an
    hour of work on the wrong inputs.
    """
    postings: list[PostingTask] = []
    problems: list[Problem] = []
    notes: list[str] = []
    for path in paths:
        if not path.exists():
            raise UserInputError("not found", file=str(path),
                                 hint="JOBS is a folder of postings, a .jsonl/.csv file, or posting files")
        if path.is_dir():
            found, bad, skipped = _folder(path)
            postings += found
            problems += bad
            notes += [f"left out {p} (not a posting by its name; pass it explicitly to include it)"
                      for p in skipped]
            notes += [f"left out {p}: {p.suffix or 'no extension'} is not read as a posting (save its text "
                      f"as .txt or .md)" for p in _other_files(path)]
        elif path.suffix.lower() in TABLE_SUFFIXES:
            found, bad = _table(path)
            postings += found
            problems += bad
        else:
            postings.append(_file(path))
    unique: dict[str, PostingTask] = {}
    for task in postings:
        if task.sha256 in unique:
            first = unique[task.sha256]
            spacing = "" if task.data == first.data else " (apart from line ends, spaces and blank lines)"
            notes.append(f"left out {task.source}: same text as {first.source}{spacing}")
        else:
            unique[task.sha256] = task
    return list(unique.values()), problems, notes


def _folder(folder: Path) -> tuple[list[PostingTask], list[Problem], list[Path]]:
    files = sorted(p for p in folder.iterdir()
                   if p.is_file() and p.suffix.lower() in POSTING_SUFFIXES + TABLE_SUFFIXES
                   and not p.name.startswith("."))
    postings, problems, skipped = [], [], []
    for path in files:
        if _not_a_posting(path):
            skipped.append(path)
        elif path.suffix.lower() in TABLE_SUFFIXES:
            found, bad = _table(path)
            postings += found
            problems += bad
        else:
            postings.append(_file(path))
    return postings, problems, skipped


def _other_files(folder: Path) -> list[Path]:
    """Files in a folder of postings that no reader takes (a saved .pdf or .docx of a posting):
    listed, so a posting the person meant to include is never left out without a word."""
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                  and p.suffix.lower() not in POSTING_SUFFIXES + TABLE_SUFFIXES)


def _not_a_posting(path: Path) -> bool:
    """README.md, SOURCE.md, JSONRESUME_LICENSE.md, job-schema.json... (listed as skipped)."""
    words = re.split(r"[^a-z0-9]+", path.stem.lower())
    return words[0] in NOT_POSTINGS or words[-1] in NOT_POSTINGS


def _file(path: Path) -> PostingTask:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserInputError(f"cannot read the file ({exc.strerror})", file=str(path),
                             hint="check the file's permissions") from exc
    suffix = path.suffix.lower() if path.suffix.lower() in POSTING_SUFFIXES else ".txt"
    return PostingTask(source=str(path), name=path.stem, suffix=suffix, data=data)


def _table(path: Path) -> tuple[list[PostingTask], list[Problem]]:
    """Rows of a JSONL or CSV file: a text column (text/description/...) plus optional
    title, company, location, url, id. Title, company and location become header lines the
    posting parser reads ("Company: ...")."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserInputError(f"cannot read the file ({exc})", file=str(path),
                             hint="save it as UTF-8 text") from exc
    postings, problems = [], []
    for number, row, error in _rows(path, raw):
        source = f"{path}#{number}"
        if error:
            problems.append(Problem(source, error))
            continue
        lowered = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
        text = next((str(lowered[f]) for f in TEXT_FIELDS if str(lowered.get(f) or "").strip()), "")
        if not text:
            problems.append(Problem(source, "the row has no posting text (a column named one of: "
                                            + ", ".join(TEXT_FIELDS) + ")"))
            continue
        title = str(lowered.get("title") or "").strip()
        header = [title] if title else []
        header += [f"{label}: {str(lowered[f]).strip()}" for f, label in
                   (("company", "Company"), ("location", "Location"), ("url", "URL"))
                   if str(lowered.get(f) or "").strip()]
        body = "\n".join(header) + ("\n\n" if header else "") + text
        name = str(lowered.get("id") or "").strip() or title or f"{path.stem}-{number}"
        postings.append(PostingTask(source=source, name=name, suffix=".txt",
                                    data=body.encode("utf-8")))
    return postings, problems


def _rows(path: Path, raw: str):
    """(row number, dict, error) for each non-empty row."""
    if path.suffix.lower() == ".csv":
        csv.field_size_limit(MAX_FIELD)  # postings are long; the default limit is 128 KiB
        reader = csv.DictReader(io.StringIO(raw))
        try:
            for number, row in enumerate(reader, start=2):  # line 1 is the header
                yield number, row, ""
        except csv.Error as exc:
            raise UserInputError(f"cannot read the CSV near line {reader.line_num}: {exc}",
                                 file=str(path), hint="check the quoting of that row") from None
        return
    # JSON Lines ends a row at "\n" only: str.splitlines would also cut at U+2028 and other
    # separators that JSON allows unescaped inside a string
    for number, line in enumerate(raw.replace("\r\n", "\n").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, {}, f"invalid JSON at column {exc.colno}: {exc.msg}"
            continue
        if not isinstance(row, dict):
            yield number, {}, "a line must be a JSON object"
            continue
        yield number, row, ""


def folder_name(task_name: str, posting_hash: str, variant: str) -> str:
    """The output folder of one application: readable, and fixed by its key so that a rerun
    finds the folder a killed run already published."""
    slug = re.sub(r"[^a-z0-9]+", "-", task_name.lower()).strip("-")[:60] or "posting"
    return f"{slug}-{posting_hash[:8]}-{variant[:6]}"
