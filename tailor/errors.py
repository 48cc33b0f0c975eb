"""Every kind of failure Tailor names, with what it means for the person running it.

Each class carries its `kind` (the word a batch ledger records) and the `exit_code` the CLI
ends with. `known_failure` is the one place that turns an exception into (kind, exit code,
message); the CLI and the batch worker both use it, so a failure reads and exits the same way
wherever it happens. Anything it does not know is a bug in Tailor and surfaces as one.
See docs/ARCHITECTURE.md "Failures".
"""
from __future__ import annotations

from dataclasses import dataclass


class TailorError(Exception):
    """A failure Tailor expects and explains; subclasses say whose it is to fix."""
    kind = "internal"
    exit_code = 1

    def render(self) -> str:
        return str(self)


class UserInputError(TailorError):
    """Bad input the user can fix: names the file, the field (if any) and what to do."""
    kind = "input"

    def __init__(self, message: str, *, file: str = "", field: str = "", hint: str = ""):
        self.message, self.file, self.field, self.hint = message, file, field, hint
        super().__init__(self.render())

    def render(self) -> str:
        where = f"{self.file} at {self.field}" if self.file and self.field else self.file or self.field
        text = f"{where}: {self.message}" if where else self.message
        return f"{text}\n  -> {self.hint}" if self.hint else text


class ValidationFailed(UserInputError):
    """A document failed validation; every problem is listed with its location."""

    def __init__(self, file: str, problems: list[tuple[str, str]], *, hint: str = ""):
        self.problems = problems
        lines = "\n".join(f"  - {path or '(root)'}: {msg}" for path, msg in problems)
        super().__init__(f"{len(problems)} problem(s):\n{lines}", file=file, hint=hint)


class ModelError(TailorError, RuntimeError):
    """A model backend could not produce completions (server down, timeout, generation crash).

    Not the user's files and not a bug in Tailor: the message names the backend, server and
    model so the user can fix their setup or fall back to `--model extractive`."""
    kind = "model"


class WorkerStartFailed(ModelError):
    """A batch worker could not load its model: every posting would fail the same way."""


class ExportCheckFailed(TailorError, RuntimeError):
    """The rendered PDF lost content: better no resume than a silently incomplete one."""
    kind = "export"
    exit_code = 2


class FetchRefused(Exception):
    """A resource the PDF renderer may not load (network, a file outside the templates): raised
    inside its fetcher; WeasyPrint catches it, logs it and skips the resource. Never shown."""


class UngroundedQuestion(AssertionError):
    """An interview question without a source in the corpus or posting: a bug, never shown."""


@dataclass(frozen=True)
class Failure:
    kind: str
    exit_code: int
    message: str


def known_failure(exc: BaseException) -> Failure | None:
    """What `exc` means for the user, or None for a bug (which should surface as a traceback).

    An OSError naming a file is a path the user gave that cannot be read or written."""
    if isinstance(exc, TailorError):
        return Failure(exc.kind, exc.exit_code, exc.render())
    if isinstance(exc, OSError) and exc.filename:
        where = f"{exc.filename} -> {exc.filename2}" if exc.filename2 else exc.filename
        return Failure("input", 1, f"{where}: {exc.strerror or exc}\n  -> check the path and its permissions")
    return None
