"""Writing the imported JSON Resume: never over an existing file unless asked, never half-written."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from tailor.errors import UserInputError


def default_out(resume_path: Path) -> Path:
    """me.pdf -> me.json beside it (me.resume.json if the input itself is a .json)."""
    resume_path = Path(resume_path)
    return resume_path.with_suffix(".resume.json" if resume_path.suffix.lower() == ".json" else ".json")


def write_json_atomic(path: Path, data: dict, *, force: bool = False) -> None:
    """Write `data` to `path` via a temp file in the same folder and an atomic rename."""
    path = Path(path)
    if path.exists() and not force:
        raise UserInputError("already exists", file=str(path),
                             hint="pass --force to overwrite it, or choose another --out")
    if path.exists() and path.is_dir():
        raise UserInputError("is a folder", file=str(path), hint="--out must name a .json file")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2, ensure_ascii=False)
            out.write("\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
