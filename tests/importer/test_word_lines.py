"""A word processor's paragraphs as lines (DOCX and ODT alike), built here from runs."""
from tailor.importer.lines import Line
from tailor.importer.word_lines import contact_footer, row_lines, runs_lines, with_page_header


def texts(runs: list[tuple[str, bool]], is_list: bool = False) -> list[str]:
    return [line.text for line in runs_lines(runs, 0, is_list)]


def test_spaces_typed_inside_a_sentence_are_one_space():
    """"managed  the   team": spaces typed twice or more before a lower-case word go on the
    sentence; `clean` alone would cut it at the three spaces as a text file's column gap."""
    assert texts([("Managed  the   team of    five", False)]) == ["Managed the team of five"]
    assert texts([("Led    four    engineers", False)], is_list=True) == ["Led four engineers"]
    # a list paragraph is one point: a run before a capital after a full stop is one space too
    assert texts([("Built the ledger.   Cut costs 20%.", False)], is_list=True) == ["Built the ledger. Cut costs 20%."]


def test_spaces_that_push_a_field_right_and_tabs_stay_gaps():
    """People do align a date or a place with spaces; a capital or a digit after the run is a
    new field, and a tab is how a word processor sets a column."""
    assert texts([("Data Analyst          Globex, Berlin          2016 – 2018", False)]) == [
        "Data Analyst | Globex, Berlin | 2016 – 2018"]
    assert texts([("Managed the team\t2019 – 2021", False)], is_list=True) == ["Managed the team | 2019 – 2021"]


def test_runs_keep_bold_lead_and_line_breaks():
    lines = runs_lines([("Engineer", True), (", Acme\nBerlin", False)], 0, True)
    assert [(line.text, line.bold_prefix, line.list_item) for line in lines] == [
        ("Engineer, Acme", "Engineer", True), ("Berlin", "", True)]


def test_runs_give_every_bold_run_of_a_line_set_partly_in_bold():
    """A font change inside a line ends a field, as in a PDF: the employer's run ends where its
    regular place begins."""
    [line] = runs_lines([("Sommelier at ", False), ("Le Bernardin", True), (" New York, NY", False)], 0, False)
    assert line.bold_runs == ("Le Bernardin",)
    runs = [("Chef", True), (" at ", False), ("Casa ", True), ("Lucio", True), (" Madrid", False)]
    [line] = runs_lines(runs, 0, False)
    assert line.bold_runs == ("Chef", "Casa Lucio")
    assert runs_lines([("All bold", True)], 0, False)[0].bold_runs == ()


def test_rows_page_header_and_footer():
    assert row_lines([[Line("Engineer", bold=True)], [Line("2019 – 2021")]]) == [
        Line("Engineer | 2019 – 2021", bold_prefix="Engineer")]
    body = [Line("Jane Doe"), Line("Experience")]
    header = [Line("jane@example.com | Portland, OR")]
    assert [line.text for line in with_page_header(header, body)] == [
        "Jane Doe", "jane@example.com | Portland, OR", "Experience"]
    assert contact_footer([Line("Page 1")]) == [] and contact_footer(header) == header


def _texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def test_a_table_that_opens_the_document_reads_the_cell_holding_the_name_first():
    """A 1x2 table with the sidebar in the left cell and the name over the main column in the
    right: the name's cell opens the document, so the name and label do not go on the sidebar's
    last section ("LANGUAGES" / "Jane Doe") and "CONTACT" is not the name."""
    sidebar = [Line("CONTACT", bold=True), Line("jane.doe@example.com"), Line("LANGUAGES"), Line("English")]
    main = [Line("Jane Doe", bold=True), Line("Registered Nurse"), Line("EXPERIENCE"), Line("Staff Nurse")]
    assert _texts(row_lines([sidebar, main], opens=True)) == [
        "Jane Doe", "Registered Nurse", "EXPERIENCE", "Staff Nurse",
        "CONTACT", "jane.doe@example.com", "LANGUAGES", "English"]
    # the same row further down the document is read left to right, as before
    assert _texts(row_lines([sidebar, main])) == _texts(sidebar + main)
    # a name in the left cell keeps its place
    assert _texts(row_lines([main, sidebar], opens=True)) == _texts(main + sidebar)


def test_a_sidebar_cell_without_a_heading_opens_afresh_in_the_header():
    """A column's first lines start afresh: a sidebar's contact lines with no heading over them go
    to the header beside the name, not onto the main column's last section."""
    sidebar = [Line("jane.doe@example.com"), Line("555-201-3344"), Line("SKILLS", bold=True), Line("Triage")]
    main = [Line("Jane Doe"), Line("Registered Nurse"), Line("EDUCATION"), Line("BSc Nursing, NUI Galway")]
    assert _texts(row_lines([sidebar, main], opens=True)) == [
        "Jane Doe", "Registered Nurse", "jane.doe@example.com", "555-201-3344",
        "EDUCATION", "BSc Nursing, NUI Galway", "SKILLS", "Triage"]


def test_a_heading_that_reads_like_a_name_does_not_move_its_cell():
    """"Contact Details" is two capitalised words, as a name is, but it names a section."""
    left = [Line("Jane Doe"), Line("Nurse"), Line("EXPERIENCE")]
    right = [Line("Contact Details", bold=True), Line("jane@example.com")]
    assert _texts(row_lines([left, right], opens=True)) == _texts(left + right)
    assert _texts(row_lines([right, left], opens=True))[0] == "Jane Doe"


def test_a_label_value_row_reads_as_a_labelled_list():
    """"EDV | SAP PM, MS Office": the label cell names the group, the value cell's items are
    its keywords; a value cell of one item a line is a list too. A row of a place, a phone or
    dates stays a row."""
    assert [line.text for line in row_lines([[Line("EDV")], [Line("SAP PM, MS Office")]])] == ["EDV: SAP PM, MS Office"]
    languages = [[Line("Sprachen")], [Line("Deutsch (Muttersprache)"), Line("Englisch (B2)")]]
    assert [line.text for line in row_lines(languages)] == ["Sprachen: Deutsch (Muttersprache), Englisch (B2)"]
    assert [line.text for line in row_lines([[Line("Acme")], [Line("Berlin, Germany")]])] == ["Acme | Berlin, Germany"]
    assert [line.text for line in row_lines([[Line("Anschrift")], [Line("Hohenloher Straße 12, 70435 Stuttgart")]])] \
        == ["Anschrift | Hohenloher Straße 12, 70435 Stuttgart"]


def test_a_running_header_that_names_the_person_again_adds_only_what_the_body_lacks():
    """A page-2 header "Jane Doe, RN | email" over a body that opens with the name: read first,
    "Jane Doe, RN" would be the place; only a contact detail the body does not give is kept."""
    body = [Line("Jane Doe"), Line("Registered Nurse"), Line("Leeds, UK | 555-201-3344 | jane.doe@example.com")]
    header = [Line("Jane Doe, RN | jane.doe@example.com")]
    assert [line.text for line in with_page_header(header, body)] == [line.text for line in body]
    header = [Line("Jane Doe, RN | linkedin.com/in/janedoe")]
    assert [line.text for line in with_page_header(header, body)][:2] == ["Jane Doe", "linkedin.com/in/janedoe"]


def test_a_name_in_the_title_style_goes_before_a_page_header_of_contact_details():
    """A header's place with its postal code ("Portland, OR 97205") is a place, and a page header
    that names nobody never goes before a name set in a heading style (Word's "Title")."""
    body = [Line("Jane Doe", heading=True, level=1), Line("Experience", heading=True, level=1)]
    header = [Line("Portland, OR 97205 | jane@example.com")]
    assert [line.text for line in with_page_header(header, body)][:2] == ["Jane Doe", header[0].text]
    header = [Line("Unit 4, Riverside Court | jane@example.com")]
    assert [line.text for line in with_page_header(header, body)][:2] == ["Jane Doe", header[0].text]
    header = [Line("Jane Doe | Portland")]  # a header naming the person is read first, as printed
    assert [line.text for line in with_page_header(header, [Line("Curriculum Vitae", heading=True, level=1)])][0] \
        == "Jane Doe | Portland"
