"""A lone date on the latest job: "Confluent (Mountain View, CA) | 2020-02" at the top of a work
section whose other entries print ranges ("2011-08 to 2015-05"). A layout that prints an
ongoing job's start alone (nothing after it, since it has no end) gives it one date, which reads
as a job that began and ended in the same month; no job lasts only within one month, while the
others' ranges show the layout prints an end where there is one. So that date is the start of
the current job: its end is dropped (JSON Resume writes an open end as no endDate). A lone year
("2021") stays: a contract within one year is usual. See the importer steps in
docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import re

_MONTH = re.compile(r"^\d{4}-\d{2}")


def latest_since(section: str, items: list[dict]) -> None:
    """Drop the end of the first (latest) work or volunteer entry in `items` when its one date
    is a month, at or after every other entry's start, and every other dated entry has a range."""
    if section not in ("work", "volunteer") or len(items) < 2:
        return
    first, others = items[0], [item for item in items[1:] if item.get("startDate")]
    start = first.get("startDate", "")
    if _MONTH.match(start) and first.get("endDate") == start and others \
            and all(item.get("endDate") != item["startDate"] and item["startDate"] <= start for item in others):
        del first["endDate"]
