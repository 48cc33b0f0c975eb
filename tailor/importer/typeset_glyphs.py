"""Two glyphs a typesetter writes that do not mean what their character says.

A link icon after a linked name. A CV generator may print a small icon (an icon font's glyph in
Unicode's private-use area) right after an employer's, school's or project's name to show that
the name is a link: "TechCorp Inc [icon], Senior Software Engineer", "JSON Resume [icon]". Read as
a list marker, as a private-use glyph opening a line is, it leaves "TechCorp Inc •, Senior ..."
and a name ending in "•". An icon that follows text on its piece and has nothing but a comma or
the piece's end after it marks the name before it: it is dropped. An icon with a detail after it
("[phone] 555-0142") opens that detail and stays a marker.

A hyphen mapped to U+00AD. Some fonts' hyphen glyph maps to the soft hyphen, so a typesetter
(Typst) writes every hyphen it draws as U+00AD: the break of a hyphenated word at a line's end and
also "raft-lab" or "Architect - Professional" inside a line. `lines.clean` drops soft hyphens, as
an invisible break point should be dropped; one drawn with text after it on its line is no break
point but a hyphen the page shows, so it reads "-". The one at a line's end is left for the
wrap rules (`stacked_cells.py` reads it as a cut word).
See docs/ARCHITECTURE.md ("Resume import", step 1).
"""
from __future__ import annotations

import copy

_SOFT_HYPHEN = "\u00ad"


def _private_use(text: str) -> bool:
    return len(text) == 1 and 0xE000 <= ord(text) <= 0xF8FF


def read_glyphs(objects: list) -> list:
    """The glyphs of one piece of a PDF line (pdfminer's LTChar and LTAnno, anything with
    `get_text()`), with a link icon after a name left out and a drawn soft hyphen read as "-"."""
    texts = [obj.get_text() for obj in objects]
    out = []
    for index, obj in enumerate(objects):
        text = texts[index]
        if text != _SOFT_HYPHEN and not _private_use(text):
            out.append(obj)
            continue
        after = "".join(texts[index + 1:]).strip()
        if _private_use(text) and any(ch.isalnum() for t in texts[:index] for ch in t) \
                and (not after or after.startswith(",")):
            while after and out and not out[-1].get_text().strip():
                out.pop()  # "TechCorp Inc [icon], Senior": no space before the comma either
            continue  # the icon marks the name a link
        if text == _SOFT_HYPHEN and after and hasattr(obj, "_text"):
            obj = copy.copy(obj)
            obj._text = "-"  # a hyphen the page draws inside a line ("raft-lab")
        out.append(obj)
    return out
