"""Publishing a finished output folder in one step, so nobody ever sees a half-written one."""
from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path


def staging_dir_for(out_dir: Path) -> Path:
    """A fresh hidden folder beside `out_dir` (same file system, so rename is atomic)."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = out_dir.parent / f".{out_dir.name}.tmp-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    return staging


def publish(staging: Path, out_dir: Path) -> None:
    """Move a complete staging folder to `out_dir`, replacing any previous run's folder.

    The old folder is renamed aside first and deleted only after the new one is in place, so a
    crash leaves either the old complete folder or the new complete one.
    """
    for path in staging.iterdir():
        if path.is_file():
            with open(path, "rb") as fh:
                os.fsync(fh.fileno())
    old = None
    if out_dir.exists():
        old = out_dir.parent / f".{out_dir.name}.old-{uuid.uuid4().hex[:8]}"
        out_dir.rename(old)
    staging.rename(out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
