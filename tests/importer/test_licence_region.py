"""`licence_region.py`: a state or country after a licence's name is where it holds."""
from tailor.importer.licence_region import licence_region


def test_a_state_or_country_with_or_without_a_bracket_and_in_capitals():
    for text in ("Texas (Compact)", "TEXAS (COMPACT)", "Ohio (RN.123456)", "New York", "Canada"):
        assert licence_region(text), text
    for text in ("Texas Board of Nursing", "American Heart Association", "OSHA", "Ohio State University"):
        assert not licence_region(text), text
