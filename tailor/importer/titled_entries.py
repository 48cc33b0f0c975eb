"""Entry titles set in the section headings' own type: content, not sections of their own.

Some themes print an employer, a school or a skill group's name in exactly the type of their
section headings (same size, bold), told apart only by a style a text layer does not keep
(the headings in italics). Such a title names no section, and it stands right under the known
heading whose section it opens, with nothing between them: a heading over nothing but another
heading would leave an empty section. Once a section's first line is such a title, the lines of
that type that follow in it, naming no section, are its next entries' titles, until a line names
a known section whole; though a title a narrow column wrapped may end on one ("Programming" over
"Languages", right under it with no gap: a skill group's name) (docs/ARCHITECTURE.md, "Resume
import", step 2).
"""
from __future__ import annotations

from tailor.importer.lines import Line
from tailor.importer.section_names import HEADINGS, normalise_heading


def _style(line: Line) -> tuple[float, bool]:
    return round(line.size * 2) / 2, line.bold


def titled_entry(line: Line, heading: Line | None, opened: list[Line]) -> bool:
    """`line`, found styled like a heading, is the title of an entry of the section `heading`
    opened (whose lines so far are `opened`): set in the heading's type, naming no section, and
    either right under the heading at its left edge (on its page or at the next page's top) or
    in a section whose first line is such a title, where a section's name right under a title,
    in its column with no gap, ends that title. `sections.py` asks only about a line that names
    no other section by a word of its own ("Projects Experience" opens projects all the same)."""
    if heading is None or not line.size or not line.bold or _style(line) != _style(heading) or line.is_bullet:
        return False
    if not opened:
        return (line.page == heading.page and line.y > heading.y or line.page == heading.page + 1) \
            and abs(line.x - heading.x) < 1.5 and normalise_heading(line.text) not in HEADINGS
    first, above = opened[0], opened[-1]
    if not (_style(first) == _style(heading) and first.bold and normalise_heading(first.text) not in HEADINGS):
        return False
    if normalise_heading(line.text) not in HEADINGS:
        return True
    # "Programming" over "Languages" in a narrow column, no gap between: a title wrapped, not a heading
    return not line.gap_before and _style(above) == _style(line) and above.bold and above.page == line.page \
        and abs(above.x - line.x) < 1.5 and 0 < line.y - above.y <= 1.5 * line.size
