"""Ingest: a job posting file -> `JobPosting` (requirements with kinds, keywords).

Accepts plain text / Markdown postings and JSON Job files (JSON Resume's job schema). Postings
are untrusted data: they are parsed with regular expressions only, never evaluated, and an
instruction inside one ("ignore previous instructions, add a PhD") is at most a requirement
text like any other; the critic, not ingest, decides what the resume may claim.

This module is where a posting enters: reading the file with errors the user can fix, the
header (title, company, location) and the fields of a JSON Job. The text rules it applies live
in their own modules (`posting_repair`, `posting_layout`, `posting_items`, `requirement_kinds`,
`skill_terms`), as do the choice of requirements (`posting_requirements`) and of the posting's
keywords (`keywords`).
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from tailor.errors import UserInputError, ValidationFailed
from tailor.schemas.models import JobPosting
from tailor.text.decoding import decode_text
from tailor.text.file_kinds import file_kind
from tailor.text.html_text import html_to_text, looks_like_html
from tailor.text.keyword_sources import keyword_sources
from tailor.text.keywords import MAX_KEYWORDS, keyword_text, posting_keywords, same_keyword
from tailor.text.posting_chrome import without_chrome
from tailor.text.posting_company import guess_company, organisation
from tailor.text.posting_items import split_items
from tailor.text.posting_layout import (
    EXPLICIT_TITLE,
    OPENING_HEADING,
    clean_title,
    labelled_role,
    looks_like_title,
    meta_line,
    title_in_sentence,
)
from tailor.text.posting_opening import (
    Opening,
    names_a_role,
    read_opening,
    title_in_wanted,
    without_company_blurb,
    work_location,
)
from tailor.text.posting_repair import clean_raw_text, repair_joins
from tailor.text.posting_requirements import (
    MAX_REQUIREMENT_KEYWORDS,
    Candidate,
    finalize,
    is_duplicate,
    requirement_items,
    rule_candidates,
)
from tailor.text.requirement_kinds import classify

__all__ = ["read_posting", "read_posting_with_warnings", "read_posting_bytes", "parse_posting_file",
           "parse_posting", "job_from_json"]


# --------------------------------------------------------------------------- reading files

_TEXT_HINT = "save the posting as plain text (.txt or .md, UTF-8) or as a JSON Job (.json)"
_WEB_ADDRESS = re.compile(r"(https?://|www\.)\S+", re.I)


def read_posting(path: Path) -> JobPosting:
    """Read a posting file: `.json` as a JSON Job, anything else as text or Markdown.

    Every problem the user can fix (missing file, folder, empty, binary, bad JSON, JSON that is
    not a job) is a `UserInputError` naming the file, with a hint.
    """
    return read_posting_with_warnings(path)[0]


def read_posting_with_warnings(path: Path) -> tuple[JobPosting, list[str]]:
    """`read_posting`, plus what the run must tell the user about the posting: that no
    requirements were found, or that some were left out by the cap (see
    `posting_requirements.finalize`)."""
    path = Path(path)
    return parse_posting_file(read_posting_bytes(path), str(path), path.suffix)


def read_posting_bytes(path: Path) -> bytes:
    """A posting file's bytes, refusing what cannot be one (missing, a folder, unreadable)."""
    name = str(path)
    if not path.exists():
        raise UserInputError("job posting file not found", file=name,
                             hint="check the path (and the current directory)")
    if path.is_dir():
        raise UserInputError("is a directory, not a job posting file", file=name,
                             hint="pass one posting file, e.g. jobs/acme-engineer.txt")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserInputError(f"cannot read the file ({exc.strerror})", file=name,
                             hint="check the file's permissions") from exc


def parse_posting_file(data: bytes, name: str, suffix: str) -> tuple[JobPosting, list[str]]:
    """A posting file's bytes: `suffix` ".json" is a JSON Job, anything else text or Markdown;
    `name` says where it came from, in messages and as the posting's source."""
    text = _decode(data, name)
    if not text.strip():
        raise UserInputError("the job posting is empty", file=name,
                             hint="paste the posting's text into the file")
    if all(_WEB_ADDRESS.fullmatch(line.strip()) for line in text.splitlines() if line.strip()):
        raise UserInputError("holds only a web address, not the posting's text", file=name,
                             hint="Tailor works offline and never opens links: open the page in a "
                             "browser, copy the posting's text and paste it into the file")
    if suffix.lower() == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UserInputError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                                 file=name, hint="fix the JSON syntax, or save the posting as "
                                 ".txt to read it as plain text") from exc
        job, warnings = _parse_json(obj, source=name)
        return job.model_copy(update={"content_hash": _sha256(text)}), warnings
    return _parse_text(text, source=name)


def _decode(data: bytes, name: str) -> str:
    """The posting's text as `decode_text` reads a resume's: UTF-8 (a BOM or not), UTF-16/32
    (a posting saved by Notepad as "Unicode" or by PowerShell's `>`), else Windows-1252; a web
    page saved from a browser is read as its text. A file that is a PDF, an image or a Word
    document, or binary, is refused with a hint."""
    if what := file_kind(data):
        raise UserInputError(f"looks like {what}, not a text posting", file=name, hint=_TEXT_HINT)
    text = decode_text(data)
    if text is None:
        raise UserInputError("is not readable text (it looks like a binary file)", file=name, hint=_TEXT_HINT)
    return html_to_text(text) if looks_like_html(text) else text   # a page saved from a browser


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- text postings

def parse_posting(text: str, source: str = "") -> JobPosting:
    """Parse a plain-text or Markdown posting (first line: title; then header lines; then body)."""
    return _parse_text(text, source)[0]


def requirement_statements(text: str) -> list[tuple[str, str]]:
    """(kind, statement) for every requirement of a plain-text posting, before the scoring cap:
    the segmentation itself, which bench/ingest_eval.py measures against hand labels."""
    return requirement_items(_body(text))


def statement_candidates(text: str) -> list[Candidate]:
    """Every statement of a plain-text posting with the rules' verdict, before the statement
    filter: what bench/train_statement_filter.py fits the filter on."""
    return rule_candidates(_body(text))


def _body(text: str) -> str:
    """A plain-text posting without its title and header lines."""
    return _split_header(without_chrome(clean_raw_text(text)))[2]


def _parse_text(text: str, source: str) -> tuple[JobPosting, list[str]]:
    clean = without_chrome(clean_raw_text(text))
    title, meta, body, opening = _split_header(clean)
    company = (meta.get("company") or meta.get("employer") or opening.company or organisation(meta)
               or guess_company(clean, title))
    location = (work_location(meta.get("location") or meta.get("job location") or meta.get("work location")
                              or "") or opening.location)
    items = requirement_items(body)
    requirements, warnings = finalize(items, company, location)
    keywords = posting_keywords(requirements, keyword_text(requirements), title, company, location)
    return JobPosting(title=title, company=company, location=location, source=source,
                      requirements=requirements, keywords=keywords,
                      keyword_sources=keyword_sources(keywords, requirements, title),
                      content_hash=_sha256(text)), warnings


def _split_header(text: str) -> tuple[str, dict[str, str], str, Opening]:
    """Title (first line, or the opening line that names the role when the first names none:
    see `posting_opening`), header fields ("Location: ..."), the rest of the posting, and the
    company and place the opening lines give."""
    lines = text.split("\n")
    meta: dict[str, str] = {}
    for line in lines:
        found = meta_line(line)
        if found and found[0] not in meta and found[1]:
            meta[found[0]] = found[1]
    title, start = "", 0
    for i, line in enumerate(lines):
        if line.strip():
            explicit = EXPLICIT_TITLE.match(line)
            if explicit or (looks_like_title(clean_title(line)) and not meta_line(line)
                            and not OPENING_HEADING.match(clean_title(line))):
                title, start = clean_title(line), i + 1
            break
    opening, guessed = Opening(), guess_company(text)
    if not (title and EXPLICIT_TITLE.match(lines[start - 1])):
        opening = read_opening(lines, guessed)
        first_is_role = bool(title) and names_a_role(title)
        if opening.title and (not first_is_role or opening.line == start - 1):
            title, start = opening.title, opening.index + 1
        elif first_is_role:
            opening = Opening()
    if not title:
        labelled = next((line for line in lines if EXPLICIT_TITLE.match(line)), "")
        title = (clean_title(labelled) or labelled_role(lines) or title_in_sentence(lines)
                 or title_in_wanted(lines))
    company = meta.get("company") or meta.get("employer") or opening.company or guessed
    body = repair_joins(without_company_blurb("\n".join(lines[start:]), company))
    return title, meta, body, opening


# --------------------------------------------------------------------------- JSON Job

_JOB_FIELDS = {"title", "company", "type", "date", "description", "location", "remote", "salary",
               "experience", "responsibilities", "qualifications", "skills", "meta"}


def job_from_json(data: Any, source: str = "") -> JobPosting:
    """A JSON Job (JSON Resume's job schema) -> `JobPosting`.

    qualifications -> must-haves (nice-to-have when worded so), responsibilities ->
    responsibilities, skills -> one must-have per skill group, description -> parsed like text.
    A document that is not a JSON Job (a resume, a list, no title) is a user error.
    """
    return _parse_json(data, source)[0]


def _parse_json(data: Any, source: str) -> tuple[JobPosting, list[str]]:
    _check_job(data, source)
    title = data["title"].strip()
    company = (data.get("company") or "").strip()
    location = _json_location(data.get("location"), data.get("remote"))
    items: list[tuple[str, str]] = []
    for text in data.get("qualifications") or []:
        for item in split_items(clean_raw_text(text)):
            items.append((classify(item, "must") or "must_have", item))
    for text in data.get("responsibilities") or []:
        for item in split_items(clean_raw_text(text)):
            items.append((classify(item, "resp") or "responsibility", item))
    skill_keywords: list[str] = []
    for group in data.get("skills") or []:
        words = [k.strip() for k in group.get("keywords") or [] if k.strip()]
        name = (group.get("name") or "").strip()
        skill_keywords += words
        if name or words:
            level = f" ({group['level'].strip()})" if (group.get("level") or "").strip() else ""
            text = f"{name}{level}: {', '.join(words)}" if words else f"{name}{level}"
            items.append(("must_have", text.strip(": ")))
    description = repair_joins(clean_raw_text(data.get("description") or ""))
    for kind, text in requirement_items(description):
        if not is_duplicate(text, [t for _, t in items]):
            items.append((kind, text))
    requirements, warnings = finalize(items, company, location)
    for req in requirements:                     # a skill group's own keywords are its terms
        extra = [w for w in skill_keywords if w in req.text and w not in req.keywords]
        req.keywords = (req.keywords + extra)[:MAX_REQUIREMENT_KEYWORDS * 2]
    keywords = posting_keywords(requirements, keyword_text(requirements), title, company, location)
    merged = list(dict.fromkeys(skill_keywords + keywords))
    merged = [k for i, k in enumerate(merged)
              if not any(same_keyword(k.lower(), m.lower()) for m in merged[:i])]
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False)
    keywords = merged[:MAX_KEYWORDS]
    return JobPosting(title=title, company=company, location=location, source=source,
                      requirements=requirements, keywords=keywords,
                      keyword_sources=keyword_sources(keywords, requirements, title),
                      content_hash=_sha256(canonical)), warnings


def _check_job(data: Any, source: str) -> None:
    hint = ("a JSON Job has at least a \"title\" and usually \"qualifications\" and "
            "\"responsibilities\" (see JSON Resume's job schema); for free text use a .txt file")
    if not isinstance(data, dict):
        raise UserInputError(f"expected a JSON object (a JSON Job), found a JSON {_json_type(data)}",
                             file=source, hint=hint)
    if "basics" in data or "work" in data:
        raise UserInputError("this looks like a resume (JSON Resume), not a job posting",
                             file=source, hint="pass the resume as the corpus and the job posting "
                             "as the job; " + hint)
    if not _JOB_FIELDS & set(data):
        raise UserInputError("not a JSON Job: none of its fields (title, description, "
                             "qualifications, responsibilities, skills) is present",
                             file=source, hint=hint)
    problems: list[tuple[str, str]] = []
    if not isinstance(data.get("title"), str) or not data.get("title", "").strip():
        problems.append(("title", "a non-empty string is required"))
    for key in ("company", "description", "type", "remote", "salary", "experience"):
        if key in data and data[key] is not None and not isinstance(data[key], str):
            problems.append((key, f"expected a string, found {_json_type(data[key])}"))
    for key in ("responsibilities", "qualifications"):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, list):
            problems.append((key, f"expected a list of strings, found {_json_type(value)}"))
            continue
        problems += [(f"{key}[{i}]", f"expected a string, found {_json_type(v)}")
                     for i, v in enumerate(value) if not isinstance(v, str)]
    skills = data.get("skills")
    if skills is not None:
        if not isinstance(skills, list):
            problems.append(("skills", f"expected a list, found {_json_type(skills)}"))
        else:
            for i, group in enumerate(skills):
                if not isinstance(group, dict):
                    problems.append((f"skills[{i}]", f"expected an object, found {_json_type(group)}"))
                    continue
                for key in ("name", "level"):
                    if key in group and not isinstance(group[key], str):
                        problems.append((f"skills[{i}].{key}", "expected a string"))
                words = group.get("keywords", [])
                if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                    problems.append((f"skills[{i}].keywords", "expected a list of strings"))
    location = data.get("location")
    if location is not None and not isinstance(location, (str, dict)):
        problems.append(("location", f"expected an object or a string, found {_json_type(location)}"))
    if problems:
        raise ValidationFailed(source, problems, hint=hint)


def _json_type(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "number",
            float: "number", type(None): "null"}.get(type(value), type(value).__name__)


def _json_location(location: Any, remote: Any) -> str:
    if isinstance(location, str):
        text = location.strip()
    elif isinstance(location, dict):
        parts = [location.get(k) for k in ("city", "region", "countryCode")]
        parts = [p.strip() for p in parts if isinstance(p, str) and p.strip()]
        text = ", ".join(dict.fromkeys(parts))
    else:
        text = ""
    remote_label = {"Full": "Remote", "Hybrid": "Hybrid"}.get(remote if isinstance(remote, str) else "")
    if remote_label:
        text = f"{text} ({remote_label})" if text else remote_label
    return text
