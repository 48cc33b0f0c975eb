"""What the import corpus's PyPI-package layouts share (bench/import_corpus_simpleresume.py, _synccv.py,
_docx_packages.py, _html_packages.py): each package lives in an environment of its own, named by an
environment variable, and is run as a subprocess that must write its file; and the small conversions
their JSON Resume mappings all make (dates as months, places, an entry's points)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


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


def run_for(target: Path, what: str, cmd: list[str], cwd: Path, env: dict | None = None) -> None:
    """Run `cmd` (in `env`, else this environment), which must write `target` (removed first);
    RuntimeError with its output's tail if not."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=cwd, env=env)
    if proc.returncode != 0 or not target.exists():
        raise RuntimeError(f"{what} failed ({proc.returncode}): {(proc.stdout + proc.stderr)[-600:]}")


# ---- what the mappings of JSON Resume to a package's input share


def month(value: str | None) -> str | None:
    """"2020-03(-14)" -> "2020-03" (the packages take months)."""
    return value[:7] if value else None


def spoken(value: str | None) -> str:
    """"2020-03" -> "Mar 2020"; "" for none."""
    if not value:
        return ""
    year, _, mon = value.partition("-")
    return f"{_MONTHS[int(mon[:2]) - 1]} {year}" if mon else year


def place(loc) -> str:
    if isinstance(loc, str):
        return loc.strip()
    if not isinstance(loc, dict):
        return ""
    return ", ".join(p for p in (loc.get("city"), loc.get("region") or loc.get("countryCode")) if p)


def points(item: dict, lead: str = "summary") -> list[str]:
    """An entry's paragraph (`lead`) and then its highlights, as bullet points."""
    return [x for x in (item.get(lead), *(item.get("highlights") or [])) if x]


def degree(item: dict, joiner: str) -> str:
    return joiner.join(p for p in (item.get("studyType"), item.get("area")) if p)


def courses(item: dict) -> str:
    return f"Courses: {', '.join(item['courses'])}" if item.get("courses") else ""


def span(item: dict, dash: str = " - ") -> str:
    """An entry's dates as one range, "Mar 2020 - Present" ("" for none; the end alone if no start)."""
    start, end = spoken(month(item.get("startDate"))), spoken(month(item.get("endDate")))
    return f"{start}{dash}{end or 'Present'}" if start else end


def start_end(item: dict) -> dict:
    """An entry's dates as separate "start" and "end" values; an open end is "Present"."""
    start = spoken(month(item.get("startDate")))
    return {"start": start, "end": spoken(month(item.get("endDate"))) or ("Present" if start else "")}
