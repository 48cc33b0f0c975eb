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
