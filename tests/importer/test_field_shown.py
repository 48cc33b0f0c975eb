"""What a third-party layout printed: the exact answer of the marked renders (`printed`) against
the guess from the page's words (tailor/importer/field_shown.py)."""
from __future__ import annotations

import copy

from tailor.importer.field_compare import compare
from tailor.importer.field_shown import printed_paths, shown_on_page, source_digest

SOURCE = {"basics": {"name": "Ana Souza", "email": "ana@example.org", "label": "Data Analyst",
                     "summary": "Analyst who turns sales data into weekly decisions."},
          "work": [{"name": "Acme Retail", "position": "Data Analyst", "startDate": "2021-03",
                    "location": "Lisbon", "highlights": ["Built the weekly sales dashboard"]}],
          "skills": [{"name": "Tools", "keywords": ["Tableau", "SQL"]}]}
# the layout prints the label, the job (in capitals, its bullet cut short) and SQL, but not the
# summary; "Tableau" is on the page only inside the bullet's dashboard tool, not as a skill
PAGE = ("Ana Souza\nana@example.org\nData Analyst\nACME RETAIL — DATA ANALYST  Mar 2021 – Present\n"
        "• Built the weekly sales dash…\nSkills: SQL\nWeekly decisions in Tableau.")
PRINTED = {"basics.label", "work[0].name", "work[0].position", "work[0].highlights[0]",
           "skills.keywords['SQL']"}


def counted(report) -> set[str]:
    return {f.path for f in report.fields}


def test_printed_decides_which_text_fields_count():
    report = shown_on_page(compare(SOURCE, copy.deepcopy(SOURCE)), PAGE, PRINTED)
    # Tableau's word is on the page but the layout never printed the skill: not counted
    assert "skills.keywords['Tableau']" not in counted(report)
    assert report.not_rendered["skills.keywords[] (not on the page)"] == 1
    # the cut bullet is not found by its words, but it was printed
    assert "work[0].highlights[0]" in counted(report)
    # a field printed nowhere stays out, whatever the words say
    assert "work[0].location" not in counted(report) and "basics.summary" not in counted(report)


def test_without_printed_the_words_on_the_page_decide():
    report = shown_on_page(compare(SOURCE, copy.deepcopy(SOURCE)), PAGE)
    assert "skills.keywords['Tableau']" in counted(report)      # the guess: its word is there
    assert "work[0].highlights[0]" not in counted(report)       # the guess: cut, so not found


def test_contact_fields_and_an_open_end_are_still_found_by_their_text():
    report = shown_on_page(compare(SOURCE, copy.deepcopy(SOURCE)), PAGE, PRINTED | {"work[0].startDate"})
    # never marked: not in `printed`, found on the page ("Present")
    assert {"basics.name", "basics.email", "work[0].endDate"} <= counted(report)
    assert "basics.phone" not in counted(report)                 # the source has none


# a certificate the layout leaves undated, though its year is on the page as a job's start
DATED = {**SOURCE, "certificates": [{"name": "Tableau Desktop Specialist", "issuer": "Tableau", "date": "2021-05"}]}
DATED_PAGE = PAGE + "\nCertifications: Tableau Desktop Specialist"
DATED_PRINTED = PRINTED | {"work[0].startDate", "certificates[0].name"}


def test_printed_decides_which_dates_count():
    report = shown_on_page(compare(DATED, copy.deepcopy(DATED)), DATED_PAGE, DATED_PRINTED)
    # "2021" is on the page (the job's "Mar 2021"), but the certificate's marker year never was
    assert "certificates[0].date" not in counted(report)
    assert report.not_rendered["certificates[].date (not on the page)"] == 1
    assert {"work[0].startDate", "certificates[0].name"} <= counted(report)


def test_without_printed_a_date_counts_if_its_year_is_on_the_page():
    assert "certificates[0].date" in counted(shown_on_page(compare(DATED, copy.deepcopy(DATED)), DATED_PAGE))


def test_a_printed_date_is_compared_at_the_precision_the_page_shows():
    page = DATED_PAGE.replace("Mar 2021", "2021") + " (2021)"
    report = shown_on_page(compare(DATED, copy.deepcopy(DATED)), page, DATED_PRINTED | {"certificates[0].date"})
    dates = {f.path: f.expected for f in report.fields if f.path.endswith(("Date", ".date"))}
    # both printed; the page shows years alone, so neither month is asked for
    assert dates["work[0].startDate"] == "2021" and dates["certificates[0].date"] == "2021"
    # printed in the marked render, but the page the importer reads lost it (cut off): not counted
    report = shown_on_page(compare(DATED, copy.deepcopy(DATED)), PAGE.replace("Mar 2021", ""), DATED_PRINTED)
    assert "work[0].startDate" not in counted(report)


def test_an_entry_counts_only_if_printed_names_it():
    printed = PRINTED - {"work[0].name", "work[0].position"} | {"work[0].location"}
    report = shown_on_page(compare(SOURCE, copy.deepcopy(SOURCE)), PAGE, printed)
    # its location and bullet were printed and its dates are on the page, but nothing names the job
    assert not any(path.startswith("work[0]") for path in counted(report))


def test_inventions_count_against_the_import_whatever_was_printed():
    imported = copy.deepcopy(SOURCE)
    imported["skills"][0]["keywords"].append("Excel")
    imported["work"].append({"name": "Made Up Ltd"})
    report = shown_on_page(compare(SOURCE, imported), PAGE, PRINTED)
    assert {f.path for f in report.wrong()} == {"skills.keywords['Excel']", "work[1]"}


def test_printed_paths_answers_only_for_the_source_it_was_made_from():
    shown = {"sources": {"ana": source_digest(SOURCE)},
             "layouts": {"theme-x": {"ana": sorted(PRINTED), "failed": None}}}
    assert printed_paths(shown, "theme-x", "ana", SOURCE) == PRINTED
    assert printed_paths(shown, "theme-x", "failed", SOURCE) is None        # its marked render failed
    assert printed_paths(shown, "theme-y", "ana", SOURCE) is None           # never made
    assert printed_paths(None, "theme-x", "ana", SOURCE) is None
    changed = copy.deepcopy(SOURCE)
    changed["work"].insert(0, {"name": "New Job"})                          # work[0] is another job now
    assert printed_paths(shown, "theme-x", "ana", changed) is None
