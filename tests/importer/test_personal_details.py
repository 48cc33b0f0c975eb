"""A personal-data block (personal_details.py): the details JSON Resume has no field for are listed,
never placed; a "Name:" label is taken off the name; contact labels in other languages are read."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.personal_details import FORM_LABEL, personal_details


def test_details_with_no_field_are_left_out_with_their_value():
    left, kept = personal_details([Line("Jo Doe"), Line("Nationality : Indian"), Line("Marital Status"),
                                   Line("Single"), Line("Father's Name : Mr. R. Doe"), Line("jo@example.com")])
    assert [line.text for line in kept] == ["Jo Doe", "jo@example.com"]
    assert [item.text for item in left] == ["Nationality : Indian", "Marital Status: Single",
                                            "Father's Name : Mr. R. Doe"]
    assert all("no field" in item.reason for item in left)


def test_a_name_label_is_taken_off_the_name():
    _, kept = personal_details([Line("Name: Katharina Schäfer")])
    assert kept[0].text == "Katharina Schäfer"


def test_contact_labels_in_other_languages():
    assert FORM_LABEL.match("Telefon: +49 171 2345678")[1] == "+49 171 2345678"
    assert FORM_LABEL.match("Tel. 0711 123456")[1] == "0711 123456"
    assert FORM_LABEL.match("Handy: 0171 2345678")[1] == "0171 2345678"


def test_a_personal_data_block_at_the_top_and_at_the_end():
    """A Lebenslauf opens with "PERSÖNLICHE DATEN"; an Indian CV ends with "PERSONAL DETAILS":
    the heading is no name, "Telefon:" is the phone, "Nationality : Indian" no place or label,
    and "Languages Known" the languages."""
    top = resume_from_lines([Line("PERSÖNLICHE DATEN", bold=True), Line("Name: Katharina Schäfer"),
                             Line("Telefon: +49 171 2345678"), Line("E-Mail: k@example.de"),
                             Line("Geburtsdatum: 14.05.1997"), Line("BERUFSERFAHRUNG", bold=True),
                             Line("Industriemechanikerin"), Line("Robert Bosch GmbH | 03/2019 – 02/2023")])
    basics = top.resume["basics"]
    assert (basics["name"], basics["phone"], basics["email"]) == ("Katharina Schäfer", "+49 171 2345678",
                                                                  "k@example.de")
    assert "label" not in basics and "location" not in basics
    end = resume_from_lines([Line("Jo Doe"), Line("jo@example.com | 555-201-3344"), Line("EXPERIENCE", bold=True),
                             Line("Quality Engineer"), Line("Tata Motors | 2019 – 2023"),
                             Line("PERSONAL DETAILS", bold=True), Line("Date of Birth : 12/03/1996"),
                             Line("Nationality : Indian"), Line("Languages Known : English, Hindi")])
    assert "label" not in end.resume["basics"] and "location" not in end.resume["basics"]
    assert [x["language"] for x in end.resume["languages"]] == ["English", "Hindi"]
    assert {item.text for item in end.unparsed} >= {"Date of Birth : 12/03/1996", "Nationality : Indian"}


def test_a_label_value_table_read_cell_by_cell_or_row_by_row():
    """A Word table's rows come as "Telefon | +49 ..." or "Gender | : | Female", a multi-line
    cell as "Anschrift" over its street over "70435 Stuttgart": each label goes back on its value."""
    left, kept = personal_details([Line("Name | Katharina Schäfer"), Line("Anschrift"), Line("Hohenloher Straße 12"),
                                   Line("70435 Stuttgart"), Line("Telefon | +49 171 2345678"),
                                   Line("Gender | : | Female")])
    assert [line.text for line in kept] == ["Katharina Schäfer", "Anschrift: Hohenloher Straße 12, 70435 Stuttgart",
                                            "Telefon: +49 171 2345678"]
    assert [item.text for item in left] == ["Gender: Female"]


def test_two_rows_read_as_one_line_in_a_pdf():
    """A PDF reads the cells of a borderless table as a list, two rows on one line and the last
    value wrapped: "Marital Status, :, Single, Languages Known, :, English, Hindi," over "Tamil"."""
    left, kept = personal_details([Line("Marital Status, :, Single, Languages Known, :, English, Hindi,"),
                                   Line("Tamil"), Line("Python, Go, SQL")])
    assert [item.text for item in left] == ["Marital Status: Single"]
    assert [line.text for line in kept] == ["Languages Known: English, Hindi, Tamil", "Python, Go, SQL"]
