"""The three kinds of failure Tailor distinguishes (see DESIGN.md "Habits").

`UserInputError` and `ValidationFailed` are the user's to fix: the CLI prints them without a
traceback and exits 1. Anything else is a bug in Tailor and is allowed to surface as one.
"""
from __future__ import annotations


class UserInputError(Exception):
    """Bad input the user can fix: names the file, the field (if any) and what to do."""

    def __init__(self, message: str, *, file: str = "", field: str = "", hint: str = ""):
        self.message, self.file, self.field, self.hint = message, file, field, hint
        super().__init__(self.render())

    def render(self) -> str:
        where = self.file + (f" at {self.field}" if self.field else "")
        text = f"{where}: {self.message}" if where else self.message
        return f"{text}\n  -> {self.hint}" if self.hint else text


class ValidationFailed(UserInputError):
    """A document failed validation; every problem is listed with its location."""

    def __init__(self, file: str, problems: list[tuple[str, str]], *, hint: str = ""):
        self.problems = problems
        lines = "\n".join(f"  - {path or '(root)'}: {msg}" for path, msg in problems)
        super().__init__(f"{len(problems)} problem(s):\n{lines}", file=file, hint=hint)
