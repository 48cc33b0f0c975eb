"""A place with its postal code after it: the place, and the code kept for basics.location."""
from tailor.importer.postal_place import place_and_postal, with_postal


def test_a_us_or_canadian_place_and_its_postal_code():
    assert place_and_postal("Columbus, OH 43215") == ("Columbus, OH", "43215")
    assert place_and_postal("Austin, TX  78701-1234") == ("Austin, TX", "78701-1234")
    assert place_and_postal("Toronto, ON M5V 2T6") == ("Toronto, ON", "M5V 2T6")


def test_other_text_is_no_place_with_a_postal_code():
    assert place_and_postal("(614) 555-0187") is None
    assert place_and_postal("Columbus, OH") is None
    assert place_and_postal("Suite 200") is None


def test_the_code_joins_the_location_it_was_printed_with():
    assert with_postal({"city": "Columbus", "region": "OH"}, "43215") == {
        "city": "Columbus", "region": "OH", "postalCode": "43215"}
    assert with_postal({"city": "Columbus"}, "") == {"city": "Columbus"}
    assert with_postal({}, "43215") == {}
