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
