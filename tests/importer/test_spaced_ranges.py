"""Two dates with only a space between them, "(Mar 2021 Present)", "(Jun 2019 Feb 2021)", are a
range whose dash was lost; a sentence naming two dates is left alone. See docs/ARCHITECTURE.md,
"Resume import", step 1."""
from pathlib import Path

from tailor.importer import import_resume
from tailor.importer.lines import Line
from tailor.importer.spaced_ranges import spaced_range, spaced_ranges
from tests.importer.word_documents import styled_docx


def test_a_spaced_pair_in_brackets_or_after_a_separator_is_a_range():
    assert spaced_range("Analyst — Globex Ltd (Mar 2021 Present)") == "Analyst — Globex Ltd (Mar 2021 – Present)"
    assert spaced_range("Analyst — Globex Ltd (Jun 2019 Feb 2021)") == "Analyst — Globex Ltd (Jun 2019 – Feb 2021)"
    assert spaced_range("Globex Ltd | Jun 2019 Feb 2021") == "Globex Ltd | Jun 2019 – Feb 2021"
    assert spaced_range("Sep 2016 Jun 2017") == "Sep 2016 – Jun 2017"
    assert spaced_range("Globex Ltd (2021 Present)") == "Globex Ltd (2021 – Present)"  # a year, then an open end


def test_what_is_no_lost_range_is_left_alone():
    assert spaced_range("Moved teams in Jun 2019 Feb 2021 saw a rise") == "Moved teams in Jun 2019 Feb 2021 saw a rise"
    assert spaced_range("(Feb 2021 Jun 2019)") == "(Feb 2021 Jun 2019)"  # an end before its start
    assert spaced_range("(2019 2020)") == "(2019 2020)"  # bare years: no month says they are dates
    assert spaced_range("Globex | 2021 Present Technologies") == "Globex | 2021 Present Technologies"
    assert spaced_range("Globex (Jun 2019 - Feb 2021)") == "Globex (Jun 2019 - Feb 2021)"


def test_lines_keep_their_layout_and_only_changed_lines_are_new():
    line = Line("Globex (Mar 2021 Present)", bold=True, level=2)
    plain = Line("Ran the books")
    runs = Line("Analyst at Globex | Mar 2021 Present", bold_runs=("Globex | Mar 2021 Present",))
    out = spaced_ranges([line, plain, runs])
    assert out[0].text == "Globex (Mar 2021 – Present)" and out[0].bold and out[0].level == 2
    assert out[1] is plain
    assert out[2].bold_runs == ("Globex | Mar 2021 – Present",)


def test_a_word_entry_title_with_a_spaced_range_gives_employer_and_dates(tmp_path: Path):
    path = styled_docx(
        tmp_path / "resume.docx",
        ("Maya Okonkwo", "Title"),
        "maya@example.com | (555) 201-3344",
        ("Experience", "Heading 1"),
        ("Data Analyst — Globex Ltd (Mar 2021 Present)", "Heading 2"),
        ("Built the weekly sales dashboard", "List Bullet"),
        ("Junior Analyst — Initech (Jun 2019 Feb 2021)", "Heading 2"),
        ("Cleaned the customer tables", "List Bullet"),
        ("Education", "Heading 1"),
        ("BSc, Statistics — University of Leeds (Sep 2015 Jun 2019)", "Heading 2"),
    )
    resume = import_resume(path).resume
    first, second = resume["work"]
    assert (first["name"], first["position"], first["startDate"]) == ("Globex Ltd", "Data Analyst", "2021-03")
    assert "endDate" not in first
    assert (second["name"], second["startDate"], second["endDate"]) == ("Initech", "2019-06", "2021-02")
    school = resume["education"][0]
    assert (school["institution"], school["startDate"], school["endDate"]) == ("University of Leeds", "2015-09",
                                                                              "2019-06")
