"""`url_wraps.py`: a web address or email a browser broke after one of its hyphens, in a column of
contact details, is read whole on the row where it starts."""
from __future__ import annotations

from tailor.importer.pdf import _Phys
from tailor.importer.right_wraps import tails_joined
from tailor.importer.url_wraps import addresses_joined


def _phys(text, top, x0=None, x1=535.0, size=10.0):
    x0 = x1 - 5.0 * len(text) if x0 is None else x0
    return _Phys(0, top, top + size, x0, x1, size, [*((c, False) for c in text), ("\n", False)])


def test_an_address_broken_after_a_hyphen_in_a_right_aligned_column_is_one():
    pieces = [_phys("Houston, Texas", 71.6, 76.9, 145.7), _phys("huongnguyen-", 71.6),
              _phys("huong@example.org", 85.1, 76.9, 217.1), _phys("rn.example.org", 85.1, 468.4),
              _phys("www.linkedin.com/in/huong-", 98.6), _phys("nguyen-rn", 112.1)]
    assert [p.text for p in addresses_joined(pieces)] == [
        "Houston, Texas", "huongnguyen-rn.example.org", "huong@example.org", "www.linkedin.com/in/huong-nguyen-rn"]


def test_a_line_ending_on_a_hyphen_that_makes_no_address_or_a_rest_of_words_stays():
    words = [_phys("Registered nurse with a well-", 100, 76.9, 300), _phys("known record", 113, 76.9, 150)]
    assert addresses_joined(words) == words
    spaced = [_phys("www.linkedin.com/in/huong-", 98.6), _phys("nguyen rn", 112.1)]
    assert addresses_joined(spaced) == spaced
    far = [_phys("www.linkedin.com/in/huong-", 98.6), _phys("nguyen-rn", 140)]  # a paragraph's room below
    assert addresses_joined(far) == far


def test_a_contact_detail_in_a_right_aligned_column_is_no_floated_name_a_next_line_goes_on():
    pieces = [_phys("Manchester, Greater", 71.6, 76.9, 168.1), _phys("zoelukasiewicz.example.co.uk", 71.6, 401.2),
              _phys("www.linkedin.com/in/zoe-lukasiewicz", 85.1, 422.8)]
    assert tails_joined(pieces) == pieces
