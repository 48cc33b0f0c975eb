"""`item_pitch.py`: a sidebar list of short items set tight shows its pitch where a line had
room for the next, and its lines that close are items, not one wrapped phrase (made-up lines)."""
from tailor.importer.item_pitch import items_at_pitch
from tailor.importer.narrow_wraps import narrow_wrap
from tailor.importer.pdf import _Phys


def _side(text, top, edge=160.0):
    """A sidebar line, 5 pt a glyph, lines 9 pt high set 10 pt apart (a 1 pt gap: all but touching)."""
    return _Phys(0, top, top + 9.0, 30.0, 30.0 + 5.0 * len(text), 9.0, [(c, False) for c in text],
                 5.0 * len(text.split()[0]), narrow=True, sidebar=True, edge=edge)


def test_a_tight_list_that_shows_its_pitch_keeps_its_items_apart():
    items = [_side("Cloud & Object Storage", 100.0), _side("Web Frameworks", 110.0), _side("Testing", 120.0)]
    assert narrow_wrap(items[0], items[1], 0.2)  # all but touching: read as one phrase
    items_at_pitch(items)   # "Web Frameworks" had room for "Testing": the pitch is the items'
    assert not narrow_wrap(items[0], items[1], 0.2)


def test_a_run_holding_a_full_line_is_running_text_and_its_wrap_stays():
    lines = [_side("Ash College", 100.0, 200.0), _side("Diploma of Applied Arboriculture", 110.0, 200.0),
             _side("Practice", 120.0, 200.0)]   # the degree ends 10 pt short of the edge: it filled its line
    items_at_pitch(lines)
    assert narrow_wrap(lines[1], lines[2], 0.2)
