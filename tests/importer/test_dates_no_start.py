"""A range printed without its start ("— May 2010": a school with no start date given) is an
end date, not a line of text (dates.py)."""
from tailor.importer.dates import parse_dates


def test_a_dash_then_one_date_is_an_end_with_no_start():
    dates = parse_dates("— May 2010")
    assert (dates.start, dates.end, dates.ongoing) == ("", "2010-05", False)
    assert parse_dates("– 2019").end == "2019"


def test_a_dash_alone_or_before_words_is_no_date():
    assert parse_dates("—") is None
    assert parse_dates("— Mid-South Distribution") is None
