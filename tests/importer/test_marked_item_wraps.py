"""`wraps._marked_item_goes_on`: where a list's markers are drawn, a line under a marked line's
text with no marker of its own, at the line spacing, goes on that item, however much room the
page's edge (past a narrower card) left at the end of the line above."""
from dataclasses import replace

from tailor.importer.pdf import _Phys
from tailor.importer.wraps import wraps

_PAGE = {0: 560.0}  # a banner runs to here; the card holding the list ends near 350


def _phys(text, top, x0=94.0, x1=None, size=11.0, marked=False):
    x1 = x0 + 5.0 * len(text) if x1 is None else x1
    return _Phys(0, top, top + size, x0, x1, size, [(c, False) for c in text], 5.0 * len(text.split()[0]),
                 marked=marked)


def test_an_unmarked_line_under_a_marked_item_goes_on_it():
    first = _phys("Raised customer satisfaction from 41 to 63", 0, x1=330, marked=True)
    second = _phys("by re-scheduling staff to match traffic", 17)
    assert wraps(first, second, _PAGE, 0.5)
    ranged = _phys("Taught mathematics across Key Stages 3–", 0, x1=320, marked=True)
    rest = _phys("5 in two schools", 17)  # a number opens it: only the marker above tells a wrap
    assert wraps(ranged, rest, _PAGE, 0.5) and wraps(rest, _phys("and a sixth-form college", 34), _PAGE, 0.5)
    assert not wraps(replace(ranged, marked=False), _phys("5 in two schools", 17), _PAGE, 0.5)
    assert not wraps(first, replace(second, marked=True), _PAGE, 0.5)  # a marker of its own: the next item


def test_a_marked_item_that_ended_its_sentence_or_stands_apart_does_not_go_on():
    ended = _phys("Cut the weekly stock count to two hours.", 0, x1=300, marked=True)
    assert not wraps(ended, _phys("trained four new shift leads", 17), _PAGE, 0.5)
    first = _phys("Raised customer satisfaction from 41 to 63", 0, x1=330, marked=True)
    assert not wraps(first, _phys("by re-scheduling staff to match traffic", 40), _PAGE, 0.5)  # a paragraph's gap
    place = _phys("Seattle, US", 0, x1=110, marked=True)  # an icon before a place, not a list marker
    assert not wraps(place, _phys("https://maya.example.com", 17), _PAGE, 0.5)


def test_a_centred_title_cut_after_a_comma_goes_on_whatever_the_room():
    """A title centred in a card far narrower than the page: the room to the page's edge says it
    could have gone on, the comma says it did."""
    first = _phys("Head of Quality Assurance,", 0, x0=90, x1=250, size=13)
    rest = _phys("Europe", 16, x0=152, x1=188, size=13)
    assert wraps(first, rest, _PAGE, 0.5)
    assert not wraps(_phys("Head of Quality Assurance", 0, x0=92, x1=248, size=13), rest, _PAGE, 0.5)
