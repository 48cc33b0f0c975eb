"""A postal address with its street gives its place's pieces, never a place name on its own."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.street_address import StreetAddress, street_address


def test_a_us_street_address_gives_each_piece():
    address = street_address("1420 Granby Street, Norfolk, VA 23510")
    assert address == StreetAddress("1420 Granby Street", "23510", "Norfolk", "VA")
    assert address.location() == {"address": "1420 Granby Street", "postalCode": "23510", "city": "Norfolk",
                                  "region": "VA"}
    assert address.place() == "Norfolk, VA"


def test_a_unit_and_a_country_after_the_street_are_read():
    address = street_address("1420 Granby Street, Apt 4, Norfolk, VA 23510, USA")
    assert address.location()["address"] == "1420 Granby Street, Apt 4"
    assert address.location()["countryCode"] == "US"


def test_a_european_address_puts_the_postal_code_before_the_city():
    address = street_address("12 rue de la République, 69002 Lyon, France")
    assert address.location() == {"address": "12 rue de la République", "postalCode": "69002", "city": "Lyon",
                                  "countryCode": "FR"}
    assert address.place() == "Lyon, France"
    assert street_address("Seefeldstrasse 214, 8008 Zürich").city == "Zürich"  # the number after the street
    assert street_address("221B Baker Street, London NW1 6XE").postal == "NW1 6XE"


def test_text_that_is_not_a_whole_street_address_is_none():
    for text in ("Acme Corp, Austin, TX", "Norfolk, VA 23510", "Norfolk, VA", "2019 - 2021, Acme, Austin, TX 78701",
                 "Building 2, Suite 4", "14 Acme Widgets, 12345 Notacity"):
        assert street_address(text) is None, text


def _imported(*texts: str) -> dict:
    lines = [Line("Jo Doe", size=22, heading=True), *(Line(t, size=10) for t in texts),
             Line("Experience", size=14, bold=True, heading=True), Line("Supply Technician", size=10),
             Line("Defense Logistics Agency", size=10),
             Line("8000 Jefferson Davis Highway, Richmond, VA 23297", size=10),
             Line("03/2014 – 05/2018", size=10), Line("• Processed requisitions", size=10, bullet="•")]
    return resume_from_lines(lines).resume


def test_the_header_street_address_is_the_persons_location_and_a_jobs_is_the_jobs():
    resume = _imported("12 rue de la République, 69002 Lyon, France", "jo@example.com | 555-201-3344")
    assert resume["basics"]["location"] == {"address": "12 rue de la République", "postalCode": "69002",
                                            "city": "Lyon", "countryCode": "FR"}
    assert resume["work"][0]["location"] == "Richmond, VA"


def test_a_known_city_and_its_country_in_its_own_language_is_the_location():
    resume = _imported("Madrid, España", "jo@example.com | 555-201-3344")
    assert resume["basics"]["location"] == {"city": "Madrid", "region": "España"}


def test_an_indian_address_with_its_pin_code():
    """"Flat 304, Shree Residency, Baner Road, Pune, Maharashtra – 411045": the flat, building
    and road are the street, then a known city, its state and the six-digit PIN code."""
    address = street_address("Flat 304, Shree Residency, Baner Road, Pune, Maharashtra – 411045")
    assert address.location() == {"address": "Flat 304, Shree Residency, Baner Road", "postalCode": "411045",
                                  "city": "Pune", "region": "Maharashtra"}
    assert street_address("Flat 304, Shree Residency, Baner Road, Nowhereville, Maharashtra – 411045") is None
