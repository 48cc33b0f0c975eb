"""`header_block.header_columns`: a note in small type above the name ("Last updated in March 2026")
opens no column of the header, so a contact detail under it is read with the others."""
from __future__ import annotations

from functools import lru_cache

# A made-up page: a date stamp in small type at the top right, just above a centred name that
# ends left of the contact row's last detail.
_NOTE_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: Letter; margin: 0.6in; }
html { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.3; }
.stamp { text-align: right; font-size: 8pt; margin-bottom: 2pt; }
h1 { font-size: 26pt; margin: 0 0 6pt 0; text-align: center; } h2 { font-size: 13pt; margin: 12pt 0 4pt 0; }
.contact { display: flex; justify-content: center; gap: 18pt; } p { margin: 0; }
</style></head><body>
<p class="stamp">Last updated in March 2026</p>
<h1>Ines Varga</h1>
<div class="contact"><span>Tacoma, WA</span><span>ines.varga@example.org</span><span>(555) 310-2299</span>
<span>inesvarga.example.org</span></div>
<h2>Summary</h2><p>Field biologist who turns survey data into plans that crews can follow on a wet Tuesday morning.</p>
<h2>Experience</h2>
<p><b>Puget Shore Trust</b>, Survey Lead, 2020 - 2024</p>
</body></html>"""


@lru_cache(maxsize=1)
def _note_pdf() -> bytes:
    from tailor.render.pdf import render_pdf

    return render_pdf(_NOTE_HTML)


def test_a_stamp_above_the_name_leaves_the_web_address_in_the_header_and_the_summary_clean(tmp_path):
    from tailor.importer.build import resume_from_lines
    from tailor.importer.pdf import read_pdf_lines

    path = tmp_path / "note.pdf"
    path.write_bytes(_note_pdf())
    result = resume_from_lines(read_pdf_lines(path))
    basics = result.resume["basics"]
    assert (basics["name"], basics["phone"], basics.get("url")) == (
        "Ines Varga", "(555) 310-2299", "inesvarga.example.org")
    assert basics["summary"].startswith("Field biologist")
    assert "Last updated in March 2026" in [item.text for item in result.unparsed]
