"""Glyphs a typesetter writes that do not mean what their character says.

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

An accent drawn over its letter. A font without accented letters (pdflatex's default OT1 fonts)
draws "é" as two glyphs: the spacing accent "´" set over the "e", the two boxes one over the
other. Read in order they give "Caf´e"; a reader sees "Café". A spacing accent whose box covers
most of a letter's next to it is that letter's accent (`_accented`): the two are the one letter
(a dotless "ı" under it is the "i" typed). An accent typed as a character of its own ("don´t")
is set beside its neighbours, not over them, and stays.
See docs/ARCHITECTURE.md ("Resume import", step 1).
"""
from __future__ import annotations

import copy
import unicodedata

_SOFT_HYPHEN = "\u00ad"
_ACCENTS = {"\u00b4": "\u0301", "`": "\u0300", "\u02c6": "\u0302", "\u02dc": "\u0303", "\u00a8": "\u0308",
            "\u00af": "\u0304", "\u02d8": "\u0306", "\u02d9": "\u0307", "\u02da": "\u030a", "\u02dd": "\u030b",
            "\u02c7": "\u030c", "\u00b8": "\u0327", "\u02db": "\u0328"}  # spacing accent -> combining
_DOTLESS = {"\u0131": "i", "\u0237": "j"}


def _private_use(text: str) -> bool:
    return len(text) == 1 and 0xE000 <= ord(text) <= 0xF8FF


def read_glyphs(objects: list) -> list:
    """The glyphs of one piece of a PDF line (pdfminer's LTChar and LTAnno, anything with
    `get_text()`), with a link icon after a name left out, a drawn soft hyphen read as "-" and
    an accent drawn over its letter read with it."""
    objects = _accented(objects)
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


def _over(accent, letter) -> bool:
    """`accent`'s box covers at least half of the narrower of the two (drawn over, not beside)."""
    width = min(accent.x1 - accent.x0, letter.x1 - letter.x0)
    return width > 0 and min(accent.x1, letter.x1) - max(accent.x0, letter.x0) >= width / 2


def _accented(objects: list) -> list:
    """`objects` with each spacing accent drawn over a letter next to it (the one after it, as
    TeX sets it, else the one before) folded into that letter."""
    out = list(objects)
    for index, obj in enumerate(objects):
        mark = _ACCENTS.get(obj.get_text())
        if not mark or not hasattr(obj, "x0"):
            continue
        for near in (index + 1, index - 1):
            letter = out[near] if 0 <= near < len(out) else None
            if letter is not None and hasattr(letter, "x0") and letter.get_text().isalpha() \
                    and len(letter.get_text()) == 1 and _over(obj, letter):
                letter = copy.copy(letter)
                base = letter.get_text()
                letter._text = unicodedata.normalize("NFC", _DOTLESS.get(base, base) + mark)
                out[near], out[index] = letter, None
                break
    return [obj for obj in out if obj is not None]
