"""`field_series.py`: a field printed as a series of fields right after an "X in Y"
qualification, with no separator, opens with the qualification's last word."""
from tailor.importer.education import split_degree


def test_a_series_of_fields_after_a_qualification_opens_with_the_word_before_its_comma():
    assert split_degree("PgCert in Digital Leadership Marketing, Finance and Economics") == (
        "PgCert in Digital Leadership", "Marketing, Finance and Economics")
    # the field set after a comma: cut there, as before
    assert split_degree("PgCert in Digital Leadership, Marketing, Finance and Economics") == (
        "PgCert in Digital Leadership", "Marketing, Finance and Economics")


def test_a_two_item_field_or_a_compound_field_name_keeps_its_words():
    assert split_degree("PgCert in Project Leadership, Finance and Economics") == (
        "PgCert in Project Leadership", "Finance and Economics")   # "Leadership" names no field
    assert split_degree("PgCert in Computer Science, Mathematics and Physics") == (
        "PgCert in Computer Science", "Mathematics and Physics")   # "Science" needs "Computer"


def test_a_foreign_qualification_title_then_its_field_in_english_is_cut_at_the_language():
    assert split_degree("Técnico Superior en Gestión de Alojamientos Hotel Management") == (
        "Técnico Superior en Gestión de Alojamientos", "Hotel Management")
    # a title all in one language keeps its words: no English field after it
    assert split_degree("Técnico Superior en Gestión de Alojamientos") == (
        "Técnico Superior en Gestión de Alojamientos", "")
    from tailor.importer.field_series import english_field

    assert english_field("PGDip in Public Policy Applied Economics") is None  # all English: no cue


def test_a_qualification_awarded_with_a_class_or_status_closes_on_it_and_the_field_follows():
    assert split_degree("PGDE with Chartered Teacher Status Primary Education") == (
        "PGDE with Chartered Teacher Status", "Primary Education")
    assert split_degree("BA with First Class Honours Philosophy and Economics") == (
        "BA with First Class Honours", "Philosophy and Economics")
    assert split_degree("PGDE with Chartered Teacher Status") == ("PGDE with Chartered Teacher Status", "")
