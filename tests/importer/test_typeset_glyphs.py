"""`typeset_glyphs.py`: a link icon after a linked name is dropped, and a hyphen a font maps to
U+00AD is read as the hyphen it draws inside a line."""
from __future__ import annotations

from tailor.importer.lines import clean
from tailor.importer.typeset_glyphs import read_glyphs

_ICON = "\uf08e"  # an icon font's glyph in the private-use area


class _Glyph:
    def __init__(self, text: str):
        self._text = text

    def get_text(self) -> str:
        return self._text


def _read(text: str) -> str:
    """The piece as `pdf._phys` spells it: a private-use glyph left over is a marker ("•")."""
    glyphs = read_glyphs([_Glyph(ch) for ch in text])
    return clean("".join("•" if g.get_text() == _ICON else g.get_text() for g in glyphs))


def test_an_icon_after_a_linked_name_is_dropped():
    assert _read(f"Harbour Foods {_ICON}, Line Cook") == "Harbour Foods, Line Cook"
    assert _read(f"Lakeshore University{_ICON}, Oceanography") == "Lakeshore University, Oceanography"
    assert _read(f"Forklift Safety Certificate{_ICON}") == "Forklift Safety Certificate"
    assert _read(f"tide-tables {_ICON} ") == "tide-tables"


def test_an_icon_that_opens_a_detail_stays_its_marker():
    assert _read(f"{_ICON} (555) 201-7788") == "• (555) 201-7788"
    assert _read(f"Tacoma, WA {_ICON} (555) 201-7788") == "Tacoma, WA • (555) 201-7788"


def test_a_soft_hyphen_drawn_inside_a_line_is_a_hyphen_and_one_at_its_end_a_break():
    assert _read("raft\u00adlab") == "raft-lab"
    assert _read("Solutions Architect \u00ad Professional") == "Solutions Architect - Professional"
    assert _read("Bach\u00ad") == "Bach"  # a break point at the line's end: the wrap rules join it


class _Placed(_Glyph):
    def __init__(self, text: str, x0: float, x1: float):
        super().__init__(text)
        self.x0, self.x1 = x0, x1


def _set(*glyphs: tuple[str, float, float]) -> str:
    return "".join(g.get_text() for g in read_glyphs([_Placed(*g) for g in glyphs]))


def test_an_accent_drawn_over_its_letter_is_the_accented_letter():
    # pdflatex's OT1 fonts: "Café" as "f", the acute set over the "e", then the "e"
    assert _set(("f", 59.0, 62.1), ("\u00b4", 61.8, 66.9), ("e", 62.1, 66.7)) == "fé"
    assert _set(("S", 40.0, 45.5), ("\u02dc", 45.6, 50.6), ("a", 45.5, 50.5), ("o", 50.5, 55.5)) == "São"
    assert _set(("\u00b4", 30.2, 35.2), ("\u0131", 30.0, 32.8), ("a", 32.8, 37.8)) == "ía"  # a dotless i under it


def test_an_accent_set_beside_its_neighbours_stays():
    assert _set(("n", 10.0, 15.0), ("\u00b4", 15.0, 17.0), ("t", 17.0, 20.0)) == "n\u00b4t"
