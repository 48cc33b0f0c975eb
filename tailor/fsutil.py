"""Publishing an output folder (or one file) in one step, so nobody ever sees a half-written one.

A run writes everything into a hidden staging folder beside its output folder (same file
system, so rename is atomic), then `publish` swaps it into place. An existing output folder is
renamed aside first and deleted only once the new one is in, so a crash leaves either the old
complete folder or the new complete one (plus at worst a hidden leftover), never a mixed one.
"""
from __future__ import annotations

import os
import secrets
import shutil
import stat
from pathlib import Path

from tailor.errors import UserInputError

# Every output folder Tailor writes (a run's, a batch application's) holds this file.
OUTPUT_MARKER = "report.json"
TRACE_FILE = "trace.sqlite"  # the graph's checkpoints, in every output folder beside the report
# What file managers leave in a folder someone opened: not worth refusing a rerun for.
_LITTER = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


def check_out_dir(out_dir: Path) -> None:
    """Refuse an `out_dir` that is a file, or a non-empty folder that is not an earlier Tailor
    output (`--out .` would otherwise replace the current folder, resume and all)."""
    out_dir = Path(out_dir).absolute()
    if out_dir.exists() and not out_dir.is_dir():
        raise UserInputError("exists and is not a folder", file=str(out_dir),
                             hint="choose another --out path or remove that file")
    if out_dir.is_dir() and not (out_dir / OUTPUT_MARKER).is_file():
        _refuse_foreign(out_dir, sorted(p.name for p in out_dir.iterdir()))


def staging_dir_for(out_dir: Path) -> Path:
    """A fresh hidden folder beside `out_dir` to write a run into (`check_out_dir` first)."""
    check_out_dir(out_dir)
    out_dir = Path(out_dir).absolute()
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        return _sibling(out_dir, "tmp")
    except OSError as exc:
        raise UserInputError(f"cannot create the output folder here ({exc.strerror})",
                             file=str(out_dir), hint="choose an --out folder you can write to") from None


def publish(staging: Path, out_dir: Path) -> None:
    """fsync the staging folder's files, then swap it into place as `out_dir`.

    An existing `out_dir` is replaced only if the new folder has every name it holds: files
    someone added to an earlier output folder are never deleted with it."""
    out_dir = Path(out_dir).absolute()
    if out_dir.is_dir():
        _refuse_foreign(out_dir, sorted({p.name for p in out_dir.iterdir()} - {p.name for p in staging.iterdir()}))
    for path in staging.rglob("*"):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
    _fsync_dir(staging)
    if not out_dir.exists():
        os.rename(staging, out_dir)
        _fsync_dir(out_dir.parent)
        return
    old = _sibling(out_dir, "old")
    old.rmdir()  # only the unique name was needed; rename needs the target to be absent
    os.rename(out_dir, old)
    try:
        os.rename(staging, out_dir)
    except BaseException:
        os.rename(old, out_dir)  # put the previous folder back
        raise
    _fsync_dir(out_dir.parent)
    shutil.rmtree(old, ignore_errors=True)


def publish_files(files: dict[str, bytes], out_dir: Path, staging: Path | None = None) -> None:
    """Write `files` into `staging` (a new one beside `out_dir` if not given) and swap it into
    place as `out_dir`; on any failure the staging folder goes and `out_dir` is untouched."""
    staging = staging or staging_dir_for(out_dir)
    try:
        for name, data in files.items():
            (staging / name).write_bytes(data)
        publish(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` (UTF-8, written as given) in one step: a reader sees the old
    file or the new one, never half. The file gets the mode a plain open() would give it (the
    umask's, or the replaced file's), not mkstemp's 0600."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp, handle = _temp_file(path)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            if path.is_file():
                os.chmod(temp, stat.S_IMODE(path.stat().st_mode))
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _temp_file(path: Path) -> tuple[Path, int]:
    """A new hidden file beside `path` (same file system, so os.replace is atomic), opened for writing."""
    while True:
        candidate = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
        try:  # mode 0o666 less the umask, as open() would create it
            return candidate, os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:  # pragma: no cover - 32 random bits collided
            continue


def _refuse_foreign(out_dir: Path, names: list[str]) -> None:
    names = [n for n in names if n not in _LITTER]
    if not names:
        return
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    raise UserInputError(f"holds files Tailor did not write ({shown}); replacing the folder would delete them",
                         file=str(out_dir), hint="choose a new --out folder (Tailor writes a whole folder), "
                                                 "or move those files out first")


def _sibling(out_dir: Path, tag: str) -> Path:
    while True:
        candidate = out_dir.parent / f".{out_dir.name}.{tag}-{secrets.token_hex(4)}"
        try:
            candidate.mkdir()  # honours the umask, unlike mkdtemp's 0700
            return candidate
        except FileExistsError:  # pragma: no cover - 32 random bits collided
            continue


def _fsync_dir(path: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):  # pragma: no cover - Windows cannot fsync a folder
        return
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
