"""`places.py`: a city the gazetteer knows, alone or with its region's code, and a city at the end
of an employer's name after a comma or in brackets."""
from tailor.importer.places import city_code, fold, is_city, is_place, trailing_place


def test_a_known_city_is_a_place_written_as_a_name_and_with_or_without_accents():
    for text in ("Dublin", "Kraków", "Krakow", "Coalville", "Leicester", "Melbourne", "Birmingham"):
        assert is_city(text), text
    assert fold("  Kraków ") == "krakow"


def test_text_that_is_no_city_a_common_word_or_a_role_is_not_a_place():
    for text in ("Amazon", "Acme", "Chin Chin", "Union", "Officer", "Chef", "dublin", "Dublin 2",
                 "Bank of America", "London Stock Exchange", "Boston Scientific", "Dublin City Council"):
        assert not is_city(text), text


def test_a_city_and_its_state_or_province_code_without_a_comma():
    assert city_code("Melbourne VIC") == "Melbourne, VIC"
    assert city_code("Sydney NSW 2000") == "Sydney, NSW"
    assert city_code("Toronto ON") == "Toronto, ON"
    assert city_code("Toronto ON M5V 2T6") == "Toronto, ON"
    assert is_place("Melbourne VIC") and is_place("Dublin")
    for text in ("Melbourne XYZ", "Acme VIC", "Chin Chin NSW", "Head Chef VIC"):
        assert city_code(text) is None, text


def test_a_city_after_the_employers_comma_or_in_brackets_is_cut_off():
    assert trailing_place("Beaumont Hospital, Dublin") == ["Beaumont Hospital", "Dublin"]
    assert trailing_place("Amazon, Coalville") == ["Amazon", "Coalville"]
    assert trailing_place("Chin Chin (Melbourne)") == ["Chin Chin", "Melbourne"]
    assert trailing_place("Head Chef, Chin Chin (Melbourne)") == ["Head Chef, Chin Chin", "Melbourne"]
    assert trailing_place("Head Chef, Chin Chin, Melbourne") == ["Head Chef, Chin Chin", "Melbourne"]
    assert trailing_place("Boston Scientific, Boston") == ["Boston Scientific", "Boston"]
    assert trailing_place("Chin Chin, Melbourne VIC") == ["Chin Chin", "Melbourne VIC"]


def test_an_employer_named_after_a_place_with_nothing_setting_it_apart_stays_whole():
    for text in ("Bank of America", "London Stock Exchange", "Boston Scientific", "Dublin City Council", "Amazon",
                 "Dublin", "Acme (Remote)", "Acme, Inc."):
        assert trailing_place(text) is None, text


def test_a_role_before_the_comma_a_campus_or_a_place_before_it_is_not_cut():
    assert trailing_place("Software Engineer, Mobile") is None  # a common word: the team
    assert trailing_place("Staff Nurse, Galway") is None  # a role alone: the comma may name its ward
    assert trailing_place("University of California, Berkeley") is None
    assert trailing_place("London, Dublin") is None
