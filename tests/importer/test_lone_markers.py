"""A list marker of the kind `lines` takes only before a space ("◆", "→"), printed as a piece of
its own beside its point's text (a stylesheet's ::before), is put back in front of the point
(lone_markers.attach_markers): the point is a list item, not a line "◆" and a line of prose. An
em dash or angle quote marks a point only when set apart like this."""
from tailor.importer.lines import Line, strip_bullet
from tailor.importer.lone_markers import attach_markers
from tailor.importer.pdf import _Phys


def _piece(text, x0, top=100.0, size=9.5):
    return _Phys(0, top, top + size, x0, x0 + 5.0 * len(text), size, [(c, False) for c in text], 5.0)


def _joined(marker):
    point = "Cut the weekly stock count from six hours to two"
    pieces = attach_markers([_piece(marker, 46.0), _piece(point, 57.6), _piece("Trained four new pickers", 57.6, 114)])
    texts = ["".join(c for c, _ in p.chars) for p in pieces]
    return [strip_bullet(Line(t)) for t in texts]


def test_a_diamond_or_arrow_marker_set_apart_from_its_point_marks_it():
    for marker in ("◆", "♦", "❖", "→", "➔", "⇒"):
        lines = _joined(marker)
        assert [(line.text, line.bullet) for line in lines] == [
            ("Cut the weekly stock count from six hours to two", marker), ("Trained four new pickers", "")]


def test_a_word_beside_a_point_is_not_taken_for_its_marker():
    lines = _joined("Q3")
    assert [line.text for line in lines][:1] == ["Q3"]


def test_a_dash_or_angle_quote_set_apart_marks_its_point_and_a_typed_one_does_not():
    point = "Cut the weekly stock count from six hours to two"
    for marker in ("—", "›", "»"):
        [joined] = attach_markers([_piece(marker, 46.0), _piece(point, 57.6)])
        assert joined.marked and "".join(c for c, _ in joined.chars) == point and joined.x0 == 57.6
    typed = _piece("— Sous Chef", 46.0)  # wrapped from "Mercado – Grupo, Madrid — Sous Chef": one piece
    [kept] = attach_markers([typed])
    assert not kept.marked and strip_bullet(Line(kept.text)).bullet == ""


def test_a_dash_in_a_column_of_its_own_beside_a_title_is_no_marker():
    """"—" over "2021-03" (an open end, then the start) centred in a date column left of the
    title: two ems and more from the title's first glyph, a cell of its own."""
    [dash, title] = attach_markers([_piece("—", 20.0), _piece("Dock Lead", 60.0)])
    assert dash.text == "—" and not title.marked
