"""`narrow_wraps.py`: whether a line of a narrow column goes on over the next (made-up lines)."""
from tailor.importer.narrow_wraps import at_column_edge, narrow_wrap
from tailor.importer.pdf import _Phys


def _narrow(text, top, x0=40.0, x1=None, edge=0.0, sidebar=False):
    x1 = x0 + 5.0 * len(text) if x1 is None else x1
    return _Phys(0, top, top + 9.0, x0, x1, 9.0, [(c, False) for c in text], 5.0 * len(text.split()[0]),
                 narrow=True, sidebar=sidebar, edge=edge)


def test_a_phrase_goes_on_in_lower_case_or_after_a_joining_word_and_a_new_item_does_not():
    assert narrow_wrap(_narrow("Supply chain", 100.0), _narrow("planning", 111.0), 0.2)
    assert narrow_wrap(_narrow("Bachelor of", 100.0), _narrow("Nursing", 111.0), 0.2)
    assert not narrow_wrap(_narrow("Forklift", 100.0), _narrow("Inventory", 111.0), 0.2)
    assert not narrow_wrap(_narrow("Supply chain", 100.0), _narrow("planning", 140.0), 0.2)  # an item further down


def test_a_sidebar_line_with_room_left_at_its_edge_is_an_item_of_its_own_even_in_lower_case():
    first = _narrow("Excel", 100.0, edge=160.0, sidebar=True)
    assert not narrow_wrap(first, _narrow("pivot tables", 111.0, edge=160.0, sidebar=True), 0.2)


def test_an_address_broken_at_the_columns_edge_goes_on():
    first = _narrow("jo.bloggs@exampl", 100.0, x1=159.8, edge=160.0, sidebar=True)
    assert at_column_edge(first)
    assert narrow_wrap(first, _narrow("e.org", 111.0, edge=160.0, sidebar=True), 0.2)
    assert not at_column_edge(_narrow("jo.bloggs@example.org", 100.0, x1=140.0, edge=160.0))
