"""What the import corpus's PyPI-package layouts share (simple-resume, sync-cv-formatter, resumecraft,
json-resume: bench/import_corpus_simpleresume.py, _synccv.py, _docx_packages.py): each package lives in
an environment of its own, named by an environment variable, and is run as a subprocess that must
write its file."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path


class MissingPackage(RuntimeError):
    """A package's environment is not where its variable says."""


def from_env(variable: str, how: str) -> str:
    """The executable `variable` names; MissingPackage with `how` to install it otherwise."""
    exe = os.environ.get(variable)
    if not exe or not Path(exe).exists():
        raise MissingPackage(f"{how}, then {variable}=<that environment's executable>")
    return exe


def package_version(python: str, dist: str) -> str:
    proc = subprocess.run([python, "-c", f"import importlib.metadata as m; print(m.version({dist!r}))"],
                          capture_output=True, text=True, timeout=60)
    return proc.stdout.strip() or "unknown"


def run_for(target: Path, what: str, cmd: list[str], cwd: Path) -> None:
    """Run `cmd`, which must write `target` (removed first); RuntimeError with its output's tail if not."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=cwd)
    if proc.returncode != 0 or not target.exists():
        raise RuntimeError(f"{what} failed ({proc.returncode}): {(proc.stdout + proc.stderr)[-600:]}")
