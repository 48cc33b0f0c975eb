"""`name_stop.name_without_stop`: an entry header written as a sentence closes the employer's name
with a full stop ("Baker - Crumb Bakery. Leeds, UK, 2019 - 2021"); the stop is no part of the name.
Made-up names, not a theme's text."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.name_stop import name_without_stop


def test_a_stop_closing_a_name_is_dropped_but_an_abbreviation_keeps_its_own():
    assert name_without_stop("Crumb Bakery.") == "Crumb Bakery"
    assert name_without_stop("Night Baker (2nd Shift) - Crumb Bakery.") == "Night Baker (2nd Shift) - Crumb Bakery"
    assert name_without_stop("Crumb & Co.") == "Crumb & Co."
    assert name_without_stop("Loaf Holdings Inc.") == "Loaf Holdings Inc."
    assert name_without_stop("Panadería S.A.") == "Panadería S.A."
    assert name_without_stop("Baked bread for two shops.") == "Baked bread for two shops."  # a sentence


def test_a_header_written_as_a_sentence_gives_the_employer_without_its_stop():
    lines = [Line("Ada Quill", size=15, bold=True, heading=True, level=1), Line("ada.quill@example.org", size=10),
             Line("Experience", size=12, bold=True, heading=True, gap_before=True),
             Line("Head Baker - Crumb Bakery. Leeds, UK, 2019-03 - 2021-08", size=10,
                  bold_prefix="Head Baker - Crumb Bakery.", bold_runs=("Head Baker - Crumb Bakery.",)),
             Line("Pastry Chef - Harbour Kitchen. York, UK, 2016-01 - 2019-02", size=10, gap_before=True,
                  bold_prefix="Pastry Chef - Harbour Kitchen.", bold_runs=("Pastry Chef - Harbour Kitchen.",))]
    work = resume_from_lines(lines).resume["work"]
    assert [(job["position"], job["name"]) for job in work] == [("Head Baker", "Crumb Bakery"),
                                                                ("Pastry Chef", "Harbour Kitchen")]
