"""Export: lay the tailored resume out, trim it to the page budget by measurement, check the
PDF, and produce the run's files.

`fit_to_pages` renders, measures, and drops the least valuable item (`drop_order`) until the
PDF fits; the rendering itself lives in `tailor.render` (see docs/ARCHITECTURE.md "A run").
Nothing here writes to disk: the run layer publishes the files.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from weasyprint.formatting_structure import boxes

from tailor.corpus.jsonresume import to_json_resume, validate_json_resume
from tailor.errors import ExportCheckFailed
from tailor.render.check import missing_in_pdf
from tailor.render.html import removed_symbols, render_html, template_file
from tailor.render.pdf import layout as measure_layout
from tailor.render.pdf import pdf_text
from tailor.schemas import Corpus, Report
from tailor.schemas.export import validate_document
from tailor.schemas.models import TailoredItem, TailoredResume


@dataclass
class Rendered:
    resume: TailoredResume
    html: str
    pdf: bytes
    dropped: list[TailoredItem]  # bullets trimmed to fit the page budget
    removed: list[str] = field(default_factory=list)  # emoji left out (`removed_symbols`)
    fill: float = 0.0  # share of the last page's height the content uses (`page_fill`)
    text: str = ""  # the PDF's extracted text (`render_checked`)


def fit_to_pages(resume: TailoredResume, pages: int, template: str = "classic",
                 must_haves: frozenset[str] = frozenset()) -> Rendered:
    """Render with `template`, dropping the least valuable bullets until the PDF fits `pages`.

    The planner's budget is an estimate; this is the measurement (per template: their fonts and
    spacing differ). The planner offers more bullets than a page usually holds, so the page is
    filled before it is declared full. Bullets are dropped in `drop_order` (`must_haves`: ids of
    the posting's must-have requirements, whose last evidence goes last); a binary search over
    how many to drop keeps it to a few layouts (~0.5 s each).
    """
    template_file(template)  # an unknown name fails before any layout
    order = drop_order(resume, must_haves)

    def without(count: int) -> TailoredResume:
        gone = {b.id for b in order[:count]}
        roles = [r.model_copy(update={"bullets": [b for b in r.bullets if b.id not in gone]})
                 for r in resume.roles]
        return resume.model_copy(update={"roles": [r for r in roles if r.bullets]})

    def layout(count: int):
        html = render_html(without(count), template)
        return html, measure_layout(html)

    html, document = layout(0)
    best = 0
    if len(document.pages) > pages and order:
        low, high = 1, len(order)  # dropping `high` is the most we may do
        while low < high:
            mid = (low + high) // 2
            if len(layout(mid)[1].pages) <= pages:
                high = mid
            else:
                low = mid + 1
        best = low
        html, document = layout(best)
    final = without(best)
    return Rendered(final, html, document.write_pdf(), order[:best], removed_symbols(final),
                    page_fill(document))


def page_fill(document) -> float:
    """How much of the last page's content height is used, 0-1: the bottom of its last line
    of text over the space between the page margins."""
    page = document.pages[-1]._page_box
    top, height = page.content_box_y(), page.height
    bottoms = [box.position_y + box.height for box in _descendants(page)
               if isinstance(box, boxes.LineBox)]
    return round(min(1.0, max((max(bottoms, default=top) - top) / height, 0.0)), 4)


def _descendants(box) -> Iterator:
    for child in getattr(box, "children", None) or ():
        yield child
        yield from _descendants(child)


def drop_order(resume: TailoredResume, must_haves: frozenset[str] = frozenset()) -> list[TailoredItem]:
    """Bullets from least to most valuable, never including the last one left.

    Least valuable first: bullets that answer no requirement before those that do, and among
    them projects and volunteering before work, older roles before recent ones, and a role's
    later bullets (the planner orders them by strength) before its first. Later: a bullet that is
    the only cover left of a requirement (the requirement would become a gap). Later still: the
    first bullet of every job but the oldest, since dropping it hides the job and leaves a hole
    in the work history. Last of all: the only evidence left of a must-have, which a screener
    checks first. "Left" is counted as bullets go, so of two bullets covering one must-have, the
    second to go is protected.
    """
    covers: dict[str, int] = {}
    for item in resume.items():
        for req in set(item.requirement_ids):
            covers[req] = covers.get(req, 0) + 1
    jobs = [r.experience_id for r in resume.roles if r.kind == "work"]
    remaining = [(position, index, role, bullet) for position, role in enumerate(resume.roles)
                 for index, bullet in enumerate(role.bullets)]

    def value(entry) -> tuple:
        position, index, role, bullet = entry
        reqs = set(bullet.requirement_ids)
        sole_must = sum(covers[q] == 1 for q in reqs & must_haves)
        sole = sum(covers[q] == 1 for q in reqs)
        keeps_job_visible = index == 0 and role.experience_id in jobs[:-1]
        return (sole_must, keeps_job_visible, sole, len(reqs) > 0, role.kind == "work",
                -position, -index)

    order = []
    while len(remaining) > 1:
        least = min(remaining, key=value)
        remaining.remove(least)
        order.append(least[3])
        for req in set(least[3].requirement_ids):
            covers[req] -= 1
    return order




def render_checked(resume: TailoredResume, pages: int, template: str,
                   must_haves: frozenset[str]) -> Rendered:
    """`fit_to_pages`, then the ATS self-check on the PDF's own text: every heading, bullet and
    contact field must be there, or the run fails (better no resume than a quietly incomplete one)."""
    rendered = fit_to_pages(resume, pages, template, must_haves)
    text = pdf_text(rendered.pdf)
    missing = missing_in_pdf(rendered.resume, text)
    if missing:
        raise ExportCheckFailed("the PDF lost content: " + "; ".join(missing))
    return dataclasses.replace(rendered, text=text)


def run_files(rendered: Rendered, corpus: Corpus, report: Report) -> dict[str, bytes]:
    """The files of a run's output folder, each validated against its schema first."""
    json_resume = to_json_resume(rendered.resume, corpus)
    validate_json_resume(json_resume, "resume.json")
    tailored, report_doc = rendered.resume.model_dump(mode="json"), report.model_dump(mode="json")
    validate_document("tailored-resume", tailored, "tailored.json")
    validate_document("report", report_doc, "report.json")
    return {"tailored.json": _json_bytes(tailored), "resume.json": _json_bytes(json_resume),
            "resume.html": rendered.html.encode("utf-8"), "resume.pdf": rendered.pdf,
            "report.json": _json_bytes(report_doc)}


def _json_bytes(data) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
