"""An address line whose place is read by its shape keeps its street and postal code
(`street_kept.py`, used by `contact.py`): no header line lost (issue 15)."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.street_kept import street_and_postal


def test_the_street_before_the_city_and_a_code_after_it_are_kept():
    assert street_and_postal("12 Elm Road, Springfield, Ohio, US", "Springfield, Ohio, US") \
        == {"address": "12 Elm Road"}
    assert street_and_postal("Oakweg 7 Zwolle, Overijssel 8011 NL", "Zwolle, Overijssel, NL") \
        == {"address": "Oakweg 7", "postalCode": "8011"}
    assert street_and_postal("5 Kings Way, Flat 2 – Leeds, West Yorkshire LS1 4AB – GB",
                             "Leeds, West Yorkshire, GB") == {"address": "5 Kings Way, Flat 2", "postalCode": "LS1 4AB"}
    assert street_and_postal("Pinecrest, Ohio, US", "Pinecrest, Ohio, US") == {}  # no street before the city
    assert street_and_postal("Data Team, Columbus, Ohio, US", "Columbus, Ohio, US") == {}  # no house number


def test_a_header_address_without_a_postal_code_keeps_its_street():
    lines = [Line("Sam Rivera", size=20.0), Line("12 Elm Road, Columbus, Ohio, US"), Line("sam@example.com"),
             Line("EXPERIENCE", size=12.0, bold=True), Line("Analyst, Acme Corp"), Line("2020 - 2023")]
    location = resume_from_lines(lines).resume["basics"]["location"]
    assert location == {"address": "12 Elm Road", "city": "Columbus", "region": "Ohio", "countryCode": "US"}


def test_a_postal_code_without_a_street_is_kept_before_or_after_the_city():
    assert street_and_postal("Springfield, OH 45501 US", "Springfield, OH, US") == {"postalCode": "45501"}
    assert street_and_postal("45501, Springfield, OH, US", "Springfield, OH, US") == {"postalCode": "45501"}
    assert street_and_postal("Springfield, 45501, OH, US", "Springfield, OH, US") == {"postalCode": "45501"}
    assert street_and_postal("K1A 0B1, Ottawa, ON, CA", "Ottawa, ON, CA") == {"postalCode": "K1A 0B1"}


def test_a_header_place_with_its_postal_code_and_country_keeps_the_code():
    for place in ("Springfield, OH 45501 US", "45501, Springfield, OH, US", "45501, Springfield, OH, United States"):
        lines = [Line("Sam Rivera", size=20.0), Line(place), Line("sam@example.com"),
                 Line("EXPERIENCE", size=12.0, bold=True), Line("Analyst, Acme Corp"), Line("2020 - 2023")]
        location = resume_from_lines(lines).resume["basics"]["location"]
        assert location == {"postalCode": "45501", "city": "Springfield", "region": "OH", "countryCode": "US"}, place
