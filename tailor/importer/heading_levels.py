"""A word processor's or Markdown's heading levels: the level a document sets its section
headings in, and the deeper levels its entries' titles take (docs/ARCHITECTURE.md, "Resume
import", step 2).

Word users and generators set each section heading in one style ("Heading 1": "Experience",
"Projects") and each entry's title one level deeper ("Heading 2": "Kotka Plant Start-up", "raft-lab
— Go, Raft"). A title with no date or role words then looks like a heading Tailor cannot name and
opened a section of its own, its points lost as unparsed. Where the lines that name known sections
share one level, a line set deeper that names none is an entry title of the section it sits in.
"""
from __future__ import annotations

from collections import Counter

from tailor.importer.lines import Line
from tailor.importer.section_names import HEADINGS, normalise_heading

_SHARE = 0.75  # three in four of the lines naming known sections carry the level


def section_level(lines: list[Line]) -> int:
    """The heading level (1 and up) that three in four or more (two at least) of the document's
    lines naming a known section carry, else 0 (no levels, or no one level for its headings).
    The first line is the name (Word's "Title" style counts as level 1)."""
    named = [line.level for line in lines[1:] if not line.is_bullet and normalise_heading(line.text) in HEADINGS]
    if not named:
        return 0
    level, count = Counter(named).most_common(1)[0]
    return level if level and count >= 2 and count >= _SHARE * len(named) else 0


def below_sections(line: Line, level: int) -> bool:
    """`line` is set in a heading level deeper than the document's section headings (`level`):
    an entry's title, not a section."""
    return bool(level) and line.level > level
