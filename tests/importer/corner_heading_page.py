"""A made-up page of a layout kind a web theme printed (docs/ARCHITECTURE.md, "Resume import"):
the first section heading printed in the top corner above the name, a title beside the name that
wraps under it, each entry's dates right against its title in another type size with no space,
a school's field with its degree in brackets, and its courses in a list with no markers under
a browser's own list indent, in small type. The tests of `stray_heading`, `glued_dates`,
`title_wrap` and `bracketed_degree` read it end to end."""
from __future__ import annotations

from functools import lru_cache

CORNER_HEADING_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: Letter; margin: 0.6in; }
html { font-family: "DejaVu Sans", sans-serif; font-size: 7pt; }
.corner { margin-left: 5.4in; } .corner h2 { font-size: 13pt; font-weight: normal; margin: 0; }
main { width: 4.6in; padding-top: 0.5in; }
h1 { font-size: 22pt; font-weight: normal; margin: 0; } h1 small { font-size: 17pt; margin-left: 12pt; }
h2 { font-size: 13pt; font-weight: normal; margin: 14pt 0 10pt 0; }
h3 { font-size: 13pt; font-weight: normal; margin: 18pt 0 12pt 0; } h3 span { font-size: 10pt; }
h4 { font-size: 7pt; margin: 10pt 0 6pt 0; } h4 span { font-size: 10pt; }
p { margin: 0 0 10pt 0; } ul { margin: 0 0 6pt 0; list-style: none; } li { margin-bottom: 6pt; }
</style></head><body>
<div class="corner"><h2>Experience</h2></div>
<main>
<h1>Tomasz Wilk<small>Senior Logistics Planning Coordinator</small></h1>
<p>Planner who keeps freight moving across three warehouses and a fleet of forty trucks.</p>
<p>Phone: 555-0142<br>Email: tomasz.wilk@example.com</p>
<h3>Harbour Freight Lines<span>2019 - 2023</span></h3>
<p>Operations Analyst</p>
<ul><li>Cut empty return miles by a fifth with shared backhauls</li></ul>
<h3>Northgate Depot<span>2016 - 2019</span></h3>
<p>Shift Supervisor</p>
<ul><li>Scheduled sixty drivers a week across two shifts</li></ul>
<h2>Education</h2>
<h4>Lakeside Community College<span>2012 - 2014</span></h4>
<p>Supply Chain Management (Associate of Applied Science)</p>
<ul><li>Freight Costing</li><li>Warehouse Systems</li></ul>
</main></body></html>"""


@lru_cache(maxsize=1)
def corner_heading_pdf() -> bytes:
    from tailor.render.pdf import render_pdf

    return render_pdf(CORNER_HEADING_HTML)


def corner_heading_resume(tmp_path, off: dict | None = None) -> dict:
    """The page imported; `off` maps cues ("stray_heading.heading_put_back", a function of a
    module of `tailor.importer`) to stand-ins, for a test that shows the page needs them."""
    from contextlib import ExitStack
    from unittest import mock

    from tailor.importer.build import resume_from_lines
    from tailor.importer.pdf import read_pdf_lines

    path = tmp_path / "corner.pdf"
    path.write_bytes(corner_heading_pdf())
    with ExitStack() as stack:
        for name, stand_in in (off or {}).items():
            stack.enter_context(mock.patch(f"tailor.importer.{name}", stand_in))
        return resume_from_lines(read_pdf_lines(path)).resume
