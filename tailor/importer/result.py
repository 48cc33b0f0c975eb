"""What an import returns: the JSON Resume, every line that found no field, and warnings.

Nothing is dropped silently: a line the rules could not place is an `Unparsed` item with its
section and the reason, for the user to place by hand (or for the optional model pass). A field
that may be filled wrongly is named in `warnings` (`review.py`), and so is anything about the
input itself (a LinkedIn export's file that was not read), so the user knows what to check.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Unparsed:
    section: str  # section key ("work", "header", "unknown: Hobbies", ...)
    text: str
    reason: str
    entry: int | None = None  # index of the entry it sits in, when there is one


@dataclass
class ImportResult:
    resume: dict
    unparsed: list[Unparsed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # plain sentences, each naming where to look
    # the lines read as the heading of a section Tailor names: each is that section's key in the
    # JSON ("Professional Skills" is `skills`), so its words landed (`lost_words.py`)
    headings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Entries per JSON Resume section (basics counts its filled fields)."""
        out = {"basics": sum(1 for v in self.resume.get("basics", {}).values() if v)}
        for key, value in self.resume.items():
            if isinstance(value, list):
                out[key] = len(value)
        return out
