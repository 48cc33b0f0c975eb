"""Lines that end whole, whatever room the page seems to leave after them (`wraps.py` asks).

A page whose lines all stop well short of its text column's edge (a one-page resume of short
entry rows, each a role, an employer, a place and dates) gives no measure of where a line would
have wrapped: judged against the widest line, every shorter one looks full and seems to go on
onto the next. What the words say decides instead:

- a row that ends on a date range ("..., Mountain View, CA, 2020-02-01 - Present", or on its
  end alone: "Hillcrest High School, - 2010-05") ends an entry's header: a line opening with a
  capital under it (the entry's summary, its degree) is a line of its own;
- a section heading set in capitals alone on its line ("EDUCATION") is whole: the line under it
  in ordinary case (a school's name in the same bold type) opens the section.

See docs/ARCHITECTURE.md, "Resume import", step 1.
"""
from __future__ import annotations

import re

from tailor.importer.dates import NO_START, ONE, RANGE
from tailor.importer.section_names import HEADINGS, normalise_heading

_OPENS_NAME = re.compile(r"^[^\W\d_]")
# "Hillcrest High School, - 2010-05": a range printed without its start ends on its end date
_END_ONLY = re.compile(rf"(?:^|[\s,])[-–—]\s*(?:{ONE})$", re.I)


def ends_whole(first: str, second: str) -> bool:
    """`first` cannot go on onto `second`: it ends on a date range and `second` opens with a
    capital, or it is a section heading in capitals over a line that is not."""
    first, second = first.strip(), second.strip()
    if not second or not _OPENS_NAME.match(second) or not second[0].isupper():
        return False
    ranges = [m for pattern in (RANGE, NO_START) for m in pattern.finditer(first)]
    if any(m.end() == len(first) for m in ranges) or _END_ONLY.search(first):
        return True
    return first.isupper() and normalise_heading(first) in HEADINGS and not second.isupper()
