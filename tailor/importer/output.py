"""Writing the imported JSON Resume: never over an existing file unless asked, never half-written."""
from __future__ import annotations

import json
from pathlib import Path

from tailor.errors import UserInputError
from tailor.fsutil import write_text_atomic


def default_out(resume_path: Path) -> Path:
    """me.pdf -> me.json beside it. A .json input (which the importer then refuses) gets
    me.resume.json: the CLI's "already exists" check runs before parsing and must not name the
    input itself, or the user would be told to --force instead of "unsupported file type".
    A path with no name of its own ("." or "/", a folder the importer then refuses unless it is
    a LinkedIn export) is named by its absolute form, or gets resume.json inside the root."""
    resume_path = Path(resume_path)
    if not resume_path.name:
        resume_path = resume_path.resolve()
        if not resume_path.name:
            return resume_path / "resume.json"
    return resume_path.with_suffix(".resume.json" if resume_path.suffix.lower() == ".json" else ".json")


def check_out(target: Path, resume_path: Path, *, force: bool = False) -> None:
    """Refuse, before any parsing, an --out that cannot take the JSON Resume: a folder, a file
    that is not .json, the resume being imported (with --force it would be replaced by its own
    import and lost), or an existing file without --force."""
    target, resume_path = Path(target), Path(resume_path)
    if target.resolve() == resume_path.resolve():
        raise UserInputError("is the resume being imported", file=str(target),
                             hint="choose another --out: the import would replace the resume it reads")
    if target.is_dir():
        raise UserInputError("is a folder", file=str(target), hint="--out must name a .json file")
    if target.suffix.lower() != ".json":
        raise UserInputError("is not a .json file", file=str(target), hint="--out must name a .json file")
    if target.exists() and not force:
        raise UserInputError("already exists", file=str(target),
                             hint="pass --force to overwrite it, or choose another --out")


def write_json_atomic(path: Path, data: dict, *, force: bool = False) -> None:
    """Write `data` to `path` via a temp file in the same folder and an atomic rename."""
    path = Path(path)
    if path.exists() and not force:
        raise UserInputError("already exists", file=str(path),
                             hint="pass --force to overwrite it, or choose another --out")
    if path.exists() and path.is_dir():
        raise UserInputError("is a folder", file=str(path), hint="--out must name a .json file")
    write_text_atomic(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
