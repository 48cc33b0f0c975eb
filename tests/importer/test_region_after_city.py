"""A city the gazetteer knows, then a region it does not, a postal code and the country's code
("Leeds West Yorkshire LS1 4AP" / "GB") is the person's place, its code kept
(addresses._spaced_place, street_kept.street_and_postal, contact.py)."""
from tailor.importer.addresses import place_of_address
from tailor.importer.contact import parse_header
from tailor.importer.lines import Line
from tailor.importer.street_kept import street_and_postal


def test_known_city_then_unknown_region_before_a_postal_code():
    assert place_of_address("Bristol Avon Vale BS1 4DJ GB") == "Bristol, Avon Vale, GB"
    assert place_of_address("Bristol Avon Vale GB") is None  # no postal code: nothing says it is an address
    assert place_of_address("Boston Consulting Group 2019 US") is None  # a year, not a postal code


def test_city_named_again_in_its_region_keeps_the_code():
    place = "Leeds, Greater Leeds, GB"
    assert street_and_postal("Leeds Greater Leeds LS1 4AP GB", place) == {"postalCode": "LS1 4AP"}
    assert street_and_postal("4 Leeds Road Leeds Greater Leeds LS1 4AP GB", place) \
        == {"address": "4 Leeds Road", "postalCode": "LS1 4AP"}


def test_header_reads_the_place_and_its_code():
    lines = [Line("Ada Moreno", size=22), Line("Bristol Avon Vale BS1 4DJ", size=9), Line("GB", size=9),
             Line("+44 117 496 0123", size=9)]
    basics, unparsed = parse_header(lines)
    assert basics["location"] == {"city": "Bristol", "region": "Avon Vale", "countryCode": "GB",
                                  "postalCode": "BS1 4DJ"}
    assert "label" not in basics and not unparsed
