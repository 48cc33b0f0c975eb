"""Which section a heading names (section_names.py), and where a personal-data heading opens one."""
from tailor.importer.lines import Line
from tailor.importer.section_names import HEADINGS, is_sign_off, names_no_field, normalise_heading
from tailor.importer.sections import split_sections


def test_a_declaration_is_a_sign_off_with_no_field():
    assert is_sign_off("DECLARATION") and names_no_field("Declaration:")
    assert not is_sign_off("Experience")


def test_languages_known_and_personal_data_headings():
    assert HEADINGS[normalise_heading("Languages Known")] == "languages"
    assert HEADINGS[normalise_heading("Persönliche Daten")] == "contact"


def test_a_personal_data_heading_on_the_first_line_is_no_name():
    """"PERSONAL DETAILS" over "Name: Jane Doe": no one is named "Personal Details", so it
    opens the contact section even as the document's first line."""
    sections = split_sections([Line("PERSONAL DETAILS", bold=True), Line("Name: Jane Doe"),
                               Line("EXPERIENCE", bold=True), Line("Picker")])
    assert [s.key for s in sections] == ["header", "contact", "work"]
    assert [s.key for s in split_sections([Line("JANE DOE", bold=True), Line("EXPERIENCE", bold=True)])] \
        == ["header", "work"]
