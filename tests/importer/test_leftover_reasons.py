"""`leftover_reasons.py`: why a date, place, link or honour beside an entry's title found no field."""
from tailor.importer.entries import RawEntry, parse_entry
from tailor.importer.leftover_reasons import leftover_reason
from tailor.importer.lines import Line


def test_a_second_place_names_the_field_that_holds_the_first():
    why = leftover_reason("work", "Leeds", {"location": "London"})
    assert why == 'a second place next to the role and employer: this job\'s location is already "London"'
    assert "header" not in why and "schema" not in why


def test_a_link_or_place_an_entry_has_no_field_for_says_so():
    assert leftover_reason("education", "Boston, MA", {}) == \
        "a place next to the school and degree: a school has no field for a place"
    assert leftover_reason("projects", "https://b.example", {"url": "https://a.example"}) == \
        'a second link next to the project\'s name: this project\'s link is already "https://a.example"'
    assert leftover_reason("work", "2019 – 2020", {}).startswith("a second date next to the role and employer")


def test_an_entry_with_two_places_lists_the_second_in_a_users_words():
    _, left = parse_entry("work", RawEntry([Line("Analyst | Acme | London, UK | Leeds, UK | 2019 – 2020")]), 0)
    assert [(u.text, u.reason) for u in left] == \
        [("Leeds, UK", 'a second place next to the role and employer: this job\'s location is already "London, UK"')]


def test_a_second_date_quotes_the_text_the_dates_were_read_from():
    why = leftover_reason("work", "03/2014 – 05/2018", {}, taken="GS-2005-09")
    assert '"GS-2005-09"' in why and "schema" not in why and "startDate" in why


def test_an_entry_with_two_dates_quotes_the_one_it_kept():
    """The user sees which text won, so they can tell whether Tailor kept the right dates."""
    _, left = parse_entry("work", RawEntry([Line("Analyst | Acme | 03/2014 – 05/2018 | Jan 2015 – Feb 2016")]), 0)
    assert [u.text for u in left] == ["Jan 2015 – Feb 2016"] and '"03/2014 – 05/2018"' in left[0].reason
