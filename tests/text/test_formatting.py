"""Shares and quotations as every table and note prints them."""
from tailor.text.formatting import percent, quote


def test_a_share_of_nothing_is_not_a_perfect_score():
    assert percent(0.816) == "82%"
    assert percent(None) == "n/a" and percent(None, missing="-") == "-"


def test_quote_is_short():
    assert quote("one two three") == '"one two three"'
    assert quote(" ".join(map(str, range(20)))) == '"0 1 2 3 4 5 6 7 ..."'
