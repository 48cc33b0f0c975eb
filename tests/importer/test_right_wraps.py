"""`right_wraps.py`: a name floated right on an entry's header row that wrapped inside its box
(its last words right-aligned on the next row) is read whole, on the header's row."""
from __future__ import annotations

from tailor.importer.pdf import _Phys
from tailor.importer.right_wraps import tails_joined


def _phys(text, top, x0, x1=None, size=10.0):
    return _Phys(0, top, top + size * 1.2, x0, x1 or x0 + 5.0 * len(text), size, [(c, False) for c in text])


def test_the_right_aligned_tail_of_a_floated_employer_goes_on_it():
    pieces = [_phys("Line Cook", 100, 60), _phys("Harbourside Seafood and", 100, 420, 540),
              _phys("Grill", 112, 515, 540), _phys("- Prepped the raw bar for 200 covers", 126, 60)]
    joined = tails_joined(pieces)
    assert [p.text for p in joined] == ["Line Cook", "Harbourside Seafood and Grill",
                                        "- Prepped the raw bar for 200 covers"]
    assert joined[1].top == 100


def test_a_place_or_dates_stacked_under_the_floated_name_stay_details_of_their_own():
    for detail in ("Portland, OR", "2019 - 2021"):
        pieces = [_phys("Line Cook", 100, 60), _phys("Harbourside Seafood", 100, 445, 540),
                  _phys(detail, 112, 480, 540)]
        assert tails_joined(pieces) == pieces


def test_a_line_starting_where_the_name_starts_is_flush_left_text_not_a_tail():
    pieces = [_phys("Line Cook", 100, 60), _phys("Harbourside Seafood", 100, 445, 540),
              _phys("Grill and Bar", 112, 445, 540)]
    assert tails_joined(pieces) == pieces


def test_a_right_aligned_column_of_roles_beside_dates_or_with_text_right_of_it_is_no_floated_name():
    # a timeline: dates at the left, the role right-aligned and wrapped in a column of its own
    dated = [_phys("2003 - 2006", 100, 60, 120), _phys("Graduate", 100, 280, 337), _phys("Engineer", 112, 290, 337)]
    assert tails_joined(dated) == dated
    # ... and the entry's text right of that column, a little lower
    beside = [_phys("Line Cook", 100, 60), _phys("Harbourside Seafood and", 100, 220, 337),
              _phys("Grill", 112, 312, 337), _phys("Harbourside Group, Portland", 106, 400)]
    assert tails_joined(beside) == beside


def test_a_name_with_nothing_left_of_it_on_its_row_is_no_floated_name():
    pieces = [_phys("Harbourside Seafood and", 100, 420, 540), _phys("Grill", 112, 515, 540)]
    assert tails_joined(pieces) == pieces


def test_a_wrapped_employer_on_a_page_of_jobs_is_read_whole(tmp_path):
    from tests.importer.test_date_stacks import _jobs

    assert ("Picker", "Atlantico Cold Storage and Logistics", "2017-06", "2021-02", 2) in _jobs(tmp_path)
    apart = _jobs(tmp_path, off="tailor.importer.float_stack.tails_joined")
    assert ("Picker", "Atlantico Cold", "2017-06", "2021-02", 2) in apart
