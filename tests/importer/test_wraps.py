"""`wraps.py`: whether a physical PDF line continues the one before it."""
from tailor.importer.pdf import _Phys
from tailor.importer.wraps import cell_wrap, wraps


def _phys(text, top, x0=63.0, x1=None, size=10.0, bold=False, beside=False):
    x1 = x0 + 5.5 * len(text) if x1 is None else x1
    return _Phys(0, top, top + size, x0, x1, size, [(c, bold) for c in text], 5.5 * len(text.split()[0]),
                 beside=beside)


def test_a_line_that_stops_on_a_joining_word_goes_on():
    first = _phys("University of Texas at", 0, x1=180, bold=True)
    assert wraps(first, _phys("Austin", 13, bold=True), {0: 550.0})
    assert not wraps(_phys("University of Texas", 0, x1=160, bold=True), _phys("Austin", 13, bold=True), {0: 550.0})


def test_a_wrap_that_hangs_left_under_the_marker():
    first = _phys("Built a service-health dashboard adopted by three on-call", 0, x0=241, x1=548)
    assert wraps(first, _phys("teams", 11, x0=228), {0: 550.0})
    assert not wraps(first, _phys("teams", 11, x0=200), {0: 550.0})   # further left: a new block


def test_label_table_rows_are_not_a_wrapped_cell():
    label, value = _phys("Website", 0, x0=218, bold=True), _phys("https://example.com", 0, x0=368, beside=True)
    assert not cell_wrap(label, value, _phys("Email", 17, x0=218, bold=True), 0.5)
    title = _phys("Senior Manufacturing Engineer, Grain Processing", 0, bold=True)
    dates = _phys("September 2010 – March 2014", 0, x0=417, beside=True)
    assert cell_wrap(title, dates, _phys("Equipment", 13, bold=True), 0.3)


def test_a_short_cell_beside_dates_has_not_wrapped():
    employer = _phys("Freelance", 0, x0=50, bold=True, size=12)
    dates = _phys("2024-08-01 — 2025-04-01", 2, x0=438, beside=True)
    assert not cell_wrap(employer, dates, _phys("Data Analyst (Contract)", 22, x0=50, bold=True, size=12), 0.6)


def test_lines_set_far_tighter_than_the_documents_leading_are_one_item():
    first = _phys("CSE 451 - Operating", 246.0, x0=94.5, x1=200.2, size=11.4)
    assert wraps(first, _phys("Systems", 258.8, x0=94.5, size=11.4), {0: 374.7}, 0.45)
    assert not wraps(first, _phys("Systems", 266.0, x0=94.5, size=11.4), {0: 374.7}, 0.45)   # an item's gap
    assert not wraps(first, _phys("Systems", 258.8, x0=94.5, size=11.4), {0: 374.7}, 0.2)    # tight leading
