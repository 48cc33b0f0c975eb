"""`marked_wraps.py`: in narrow columns set side by side, an item of a list whose markers are
drawn wraps onto a capitalised line with no marker of its own ("• Managerial" / "Accounting");
the next marked line is the next item."""
from tailor.importer.pdf import _Phys
from tailor.importer.wraps import wraps

_PAGE = {0: 470.0}


def _phys(text, top, x0=136.0, size=10.0, marked=False):
    return _Phys(0, top, top + size, x0, x0 + 5.0 * len(text), size, [(c, False) for c in text],
                 5.0 * len(text.split()[0]), narrow=True, marked=marked)


def test_an_unmarked_capitalised_line_under_a_marked_item_in_a_narrow_column_goes_on_it():
    first, second = _phys("Cost", 100, marked=True), _phys("Accounting", 113.5)
    assert wraps(first, second, _PAGE, 0.35)
    course, rest, last = _phys("ECON 210 -", 100, x0=233.0, marked=True), _phys("Applied", 113.5, x0=233.0), \
        _phys("Econometrics", 127.0, x0=233.0)
    assert wraps(course, rest, _PAGE, 0.35) and wraps(rest, last, _PAGE, 0.35)  # a third line goes on too


def test_a_marked_line_a_sentence_end_or_a_contact_detail_is_no_wrap():
    assert not wraps(_phys("Cost", 100, marked=True), _phys("Statistics", 113.5, marked=True), _PAGE, 0.35)
    assert not wraps(_phys("Cost", 100), _phys("Accounting", 113.5), _PAGE, 0.35)  # no marker drawn at all
    assert not wraps(_phys("Led the audit.", 100, marked=True), _phys("Payroll", 113.5), _PAGE, 0.35)
    assert not wraps(_phys("Memphis, TN", 100, marked=True), _phys("jo@example.com", 113.5), _PAGE, 0.35)
    assert not wraps(_phys("Cost", 100, marked=True), _phys("Accounting", 140.0), _PAGE, 0.35)  # apart
