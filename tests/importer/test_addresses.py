"""`addresses.py`: the place in a postal address printed in a resume's header."""
from tailor.importer.addresses import bare_place, city_and_country, country_code, place_of_address
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line


def test_an_address_glued_the_way_an_envelope_puts_it_gives_its_place():
    assert place_of_address("920 Lavaca Street Austin, Texas 78701 US") == "Austin, Texas, US"
    assert place_of_address("Rua Augusta, 1508 São Paulo, SP 01304-001 BR") == "São Paulo, SP, BR"
    assert place_of_address("Seefeldstrasse 214 Zürich, ZH 8008 CH") == "Zürich, ZH, CH"
    assert place_of_address("Manchester, Greater Manchester M14 5RB GB") == "Manchester, Greater Manchester, GB"
    assert place_of_address("Mississauga, Ontario L5B 2C9 CA") == "Mississauga, Ontario, CA"


def test_a_comma_list_ending_with_a_country_name_and_a_place_set_apart_by_spaces():
    assert place_of_address("920 Lavaca Street, 78701, Austin, Texas, United States") == "Austin, Texas, US"
    assert place_of_address("L5B 2C9, Mississauga, Ontario, Canada") == "Mississauga, Ontario, CA"
    assert place_of_address("San Francisco California US") == "San Francisco, California, US"
    assert place_of_address("São Paulo SP BR") == "São Paulo, SP, BR"


def test_other_text_is_no_address():
    for text in ("Senior Data Analyst", "Python SQL US", "Manchester Greater Manchester", "Acme, 2019, Berlin"):
        assert place_of_address(text) is None


def test_the_header_reads_the_place_of_an_address_and_a_country_code_after_the_place():
    lines = [Line("Jo Doe", size=22, heading=True), Line("920 Lavaca Street Austin, Texas 78701 US", size=10),
             Line("jo@example.com", size=10), Line("Experience", size=14, bold=True, heading=True)]
    assert resume_from_lines(lines).resume["basics"]["location"] == \
        {"address": "920 Lavaca Street", "postalCode": "78701", "city": "Austin", "region": "Texas",
         "countryCode": "US"}  # the street and postal code kept too (street_kept.py)
    lines[1:2] = [Line("San Francisco, California 94105", size=10), Line("US", size=10)]
    assert resume_from_lines(lines).resume["basics"]["location"] == \
        {"postalCode": "94105", "city": "San Francisco", "region": "California", "countryCode": "US"}  # code kept


def test_an_address_without_commas_or_with_the_country_code_after_the_city():
    assert place_of_address("88 Harrison Street, Unit 1402 San Francisco California 94105 US") == \
        "San Francisco, California, US"
    assert place_of_address("Rua Augusta, 1508 São Paulo SP 01304-001 BR") == "São Paulo, SP, BR"
    assert place_of_address("M14 5RB, Manchester (GB), Greater Manchester") == "Manchester, Greater Manchester, GB"


def test_an_address_broken_after_a_comma_in_a_header_cell_goes_on_past_a_cell_beside_it():
    lines = [Line("Jo Doe", size=22, heading=True), Line("920 Lavaca Street, Austin,", size=10),
             Line("https://jodoe.example.com", size=10), Line("Texas, US, 78701", size=10),
             Line("Experience", size=14, bold=True, heading=True)]
    basics = resume_from_lines(lines).resume["basics"]
    assert basics["location"] == {"address": "920 Lavaca Street", "postalCode": "78701",
                                  "city": "Austin", "region": "Texas", "countryCode": "US"}
    assert basics["url"] == "https://jodoe.example.com"
    assert place_of_address("Manchester, Greater Manchester, GB, M14 5RB") == "Manchester, Greater Manchester, GB"


def test_a_place_broken_inside_its_countrys_name_goes_on():
    lines = [Line("Jo Doe", size=22, heading=True), Line("San Francisco, California, United", size=10),
             Line("States", size=10), Line("Experience", size=14, bold=True, heading=True)]
    assert resume_from_lines(lines).resume["basics"]["location"] == \
        {"city": "San Francisco", "region": "California", "countryCode": "US"}


def test_a_summary_in_the_header_is_not_joined_to_the_place_under_it():
    summary = ("Staff engineer with 14 years building storage systems, mentor to senior engineers, and still "
               "in the codebase most of the week.")
    lines = [Line("Jo Doe", size=22, heading=True), Line(summary, size=10),
             Line("San Francisco, United States", size=10), Line("Experience", size=14, bold=True, heading=True)]
    basics = resume_from_lines(lines).resume["basics"]
    assert basics["summary"] == summary


def test_a_city_named_alone_can_be_a_place_but_a_title_or_a_common_word_cannot():
    assert bare_place("London") == "London"
    assert bare_place("Melbourne VIC") == "Melbourne, VIC"
    assert bare_place("Winston-Salem") == "Winston-Salem"
    for text in ("Graphic Designer", "Freelance", "Data Science", "DevOps", "LONDON", "jo-doe", "Austin 78701"):
        assert bare_place(text) is None, text


def test_a_known_city_with_its_states_code_is_a_place_even_before_any_contact_detail():
    assert bare_place("Sydney NSW 2000") == "Sydney, NSW"
    assert bare_place("Melbourne VIC", known_only=True) == "Melbourne, VIC"
    assert bare_place("Dublin", known_only=True) == "Dublin"
    for text in ("Head Chef", "Chin Chin", "Winston-Salem Labs", "Union"):
        assert bare_place(text, known_only=True) is None, text
    lines = [Line("Rebecca Hartley", size=20), Line("Melbourne VIC  |  0412 555 019  |  bex@example.com"),
             Line("Experience", bold=True, heading=True), Line("Head Chef, Chin Chin"), Line("Apr 2015 - Dec 2022")]
    basics = resume_from_lines(lines).resume["basics"]
    assert basics["location"] == {"city": "Melbourne", "region": "VIC"} and "label" not in basics
    lines[1] = Line("Line Cook  |  0412 555 019  |  bex@example.com")
    assert resume_from_lines(lines).resume["basics"]["label"] == "Line Cook"


def test_a_country_named_in_its_own_language_has_its_code():
    assert (country_code("España"), country_code("France"), country_code("Deutschland")) == ("ES", "FR", "DE")
    assert country_code("Acme") == ""
    assert city_and_country("Madrid, España") and not city_and_country("Formación, España")
    assert not city_and_country("Acme, Spain")


def test_a_known_city_with_its_region_in_words_is_a_place():
    """A theme prints JSON Resume's city and region: a region that is no state or country name
    ("Greater Manchester", "Berkshire") is a place after a city the gazetteer knows."""
    assert bare_place("Manchester, Greater Manchester", known_only=True) == "Manchester, Greater Manchester"
    assert bare_place("Reading, Berkshire") == "Reading, Berkshire"
    for text in ("Reading, Writing", "Chef, Head Cook", "Manchester, Senior Data Analyst", "Manchester, ACME"):
        assert bare_place(text, known_only=True) is None, text
