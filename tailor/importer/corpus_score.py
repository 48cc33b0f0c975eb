"""How one file of the third-party corpus is scored (docs/ARCHITECTURE.md, "Resume import": how
import accuracy is measured); the bench (`bench/import_roundtrip.py --corpus`) and the floor tests
call this one function, so they count alike.

A field counts only if the layout printed it (`field_shown.py`). One more rule: some generators
keep one list of points per entry and have no field for its summary (a project's description),
so the corpus's mapping hands it to them as the entry's first point, and the page prints it as a
point like the others (the manifest names those sections: `points_lead`). Nothing on such a page
tells that first point from the rest, so reading it as the entry's description or as its first
point are both true to the page. Points are compared by position: counted against the source
alone, the second reading would lose every point of the entry. So where the importer's first
point is the lead, the entry's truth is the source as the page has it, the lead first; where it
is not, the source as it is (entry summaries are not compared)."""
from __future__ import annotations

import copy
import re

from tailor.importer.field_compare import FieldReport, compare, strings, text
from tailor.importer.field_shown import shown_on_page, squash, value_shown


def corpus_report(source: dict, imported: dict, page_text: str, printed: set[str] | None,
                  points_lead: dict[str, str] | None = None) -> FieldReport:
    """The fields of `source` the page shows, compared with `imported` (`printed`: the oracle's
    answer, `field_shown.printed_paths`; `points_lead`: section -> the key its layout printed as
    each entry's first point)."""
    if points_lead:
        source, printed = lead_as_point(source, imported, points_lead, printed, page_text)
    return shown_on_page(compare(source, imported), page_text, printed)


def lead_as_point(source: dict, imported: dict, points_lead: dict[str, str], printed: set[str] | None,
                  page_text: str) -> tuple[dict, set[str] | None]:
    """`source` with the lead of each entry whose imported first point is that lead put first
    among its points, and `printed` with those entries' point paths moved one on (the lead's own
    path counts where the page shows its words: the oracle marks only compared values)."""
    truth = copy.deepcopy(source)
    printed = set(printed) if printed is not None else None
    page = " ".join(page_text.lower().split())
    squashed = squash(page_text)
    for section, key in points_lead.items():
        got_entries = imported.get(section) if isinstance(imported.get(section), list) else []
        for i, (entry, got) in enumerate(zip(truth.get(section) or [], got_entries)):
            lead = text(entry.get(key)) if isinstance(entry, dict) else ""
            points = strings(got.get("highlights")) if isinstance(got, dict) else []
            if not lead or not points or points[0] != lead:
                continue
            entry["highlights"] = [entry.pop(key), *(entry.get("highlights") or [])]
            if printed is not None:
                printed = _moved_on(printed, f"{section}[{i}].highlights",
                                    value_shown(lead, page, squashed))
    return truth, printed


def _moved_on(printed: set[str], points: str, lead_shown: bool) -> set[str]:
    """`printed` with `points[j]` renamed `points[j+1]`, and `points[0]` if the lead is shown."""
    at = re.compile(rf"^{re.escape(points)}\[(\d+)\]$")
    moved = {f"{points}[{int(m.group(1)) + 1}]" if (m := at.match(p)) else p for p in printed}
    return moved | ({f"{points}[0]"} if lead_shown else set())
