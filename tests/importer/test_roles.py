"""`roles.py`: which text part of a work entry is the role."""
from tailor.importer.lines import Line
from tailor.importer.roles import employer_first, is_role, role_after_employer, role_comma_split


def test_role_words_and_a_title_typed_with_a_comma():
    assert is_role("Senior Software Engineer") and not is_role("Acme Corp")
    assert role_comma_split("Warehouse Associate, Northside Supply Co.") == ["Warehouse Associate",
                                                                             "Northside Supply Co."]
    assert role_comma_split("Acme, Inc.") is None


def test_a_role_line_under_an_employer_and_its_tagline():
    header = [Line("Freelance", bold=True), Line("Independent analytics consulting"), Line("August 2024 – April 2025")]
    assert role_after_employer(Line("Data Analyst (Contract)", bold=True), header, "work")
    assert not role_after_employer(Line("Data Analyst (Contract)", bold=True), header, "education")
    assert not role_after_employer(Line("Senior Analyst", bold=True), [Line("Data Analyst"), Line("2020")], "work")


def test_the_line_with_the_dates_names_the_employer():
    assert employer_first([Line("Burnage Academy", bold=True), Line("2021-09 —", bold=True),
                           Line("Second in Mathematics Department", bold=True)])
    assert not employer_first([Line("Data Analyst", bold=True), Line("Acme | 2020 – 2022")])
