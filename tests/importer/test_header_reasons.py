"""Why a header text found no field: a role or a school is said to be one, not a second name."""
from tailor.importer.header_reasons import unread_reason


def test_a_left_over_header_line_that_is_a_role_or_a_school_is_not_called_a_name():
    """Under a heading that was not recognised, "Jefe de Obra" and "Universidad Politécnica de
    Madrid" land in the header: they read as a role and a school, not as a second name."""
    basics = {"name": "José Núñez"}
    assert unread_reason("Jefe de Obra", basics).startswith("looks like a job title")
    assert unread_reason("Projektleiterin", basics).startswith("looks like a job title")
    assert unread_reason("Universidad Politécnica de Madrid", basics).startswith("looks like a school")
    assert unread_reason("Jane Roe", basics).startswith("looks like a name")
    assert unread_reason("Open to relocation", basics) == "not recognised as a contact detail"


def test_a_labelled_header_detail_says_it_has_no_field():
    why = unread_reason("Veterans' Preference: 10-point (CPS)", {"name": "Jo Doe"})
    assert why.startswith("a labelled detail (\"Veterans' Preference\")") and "basics.summary" in why


def test_a_left_over_header_text_says_what_it_looks_like():
    """A heading, a label alone, a labelled list, a sentence or a degree line is said to be one,
    not "not recognised as a contact detail"; and a labelled detail is never said to have no
    field where JSON Resume has one (languages, a school's courses, the phone)."""
    basics = {"name": "Jo Doe", "label": "Engineer"}
    assert unread_reason("Projects", basics).startswith("looks like a section heading")
    assert unread_reason("Telefon", basics).startswith("a field's label")
    assert unread_reason("Languages Known : English, Hindi", basics) == \
        'a labelled list ("Languages Known") that belongs in languages: move it there'
    assert "education[].courses" in unread_reason("Relevant courses: Algorithms, Databases", basics)
    assert unread_reason("Telefon: on request", basics).startswith("a contact label")
    assert unread_reason("Marketing coordinator who turns data into campaigns.", basics).startswith(
        "reads as a sentence")
    assert unread_reason("BSc in Computer Science Oct 2023 – Jul 2027", basics).startswith("looks like a degree")
