"""`label_values.py`: rows set under a labelled list's value (a hanging indent) are more items of
that list, and an item with its own date is measured part by part."""
from tailor.importer.build import resume_from_lines
from tailor.importer.label_values import hanging_values, item_words
from tailor.importer.lines import Line


def _row(text, y, x=33.7, right=None):
    return Line(text, x=x, y=y, size=9.0, right=right or x + 4.2 * len(text), bottom=y + 9.0)


def test_rows_under_a_labelled_lists_value_are_more_of_its_items():
    lines = [Line("Jo Doe", size=20, bold=True), Line("jo@example.com", size=9.0),
             Line("Additional Information", y=515, size=12.0, bold=True, heading=True, gap_before=True),
             _row("Languages: English (Native speaker), Spanish (Native speaker)", 534),
             _row("Certificates: Google Data Analytics Professional Certificate — Google / Coursera — May 2024", 549,
                  right=412.9),
             _row("Databases and SQL for Data Science — IBM / Coursera — Sep 2024", 561, x=88.3),
             _row("Tableau Desktop Specialist — Tableau — Jan 2025", 572, x=88.3)]
    resume = resume_from_lines(lines).resume
    assert [(c["name"], c["issuer"], c["date"]) for c in resume["certificates"]] == [
        ("Google Data Analytics Professional Certificate", "Google / Coursera", "2024-05"),
        ("Databases and SQL for Data Science", "IBM / Coursera", "2024-09"),
        ("Tableau Desktop Specialist", "Tableau", "2025-01")]
    assert [lang["language"] for lang in resume["languages"]] == ["English", "Spanish"]


def test_a_row_that_does_not_start_at_the_values_edge_stays_apart():
    label = _row("Certificates: Tableau Desktop Specialist — Tableau — Jan 2025", 549, right=300.0)
    point = _row("Renewed every two years with a short exam on the new features", 561, x=48.0)
    assert hanging_values([label, point]) == [label, point]  # an indent of its own, not the value's edge
    own = _row("Awards: Dean's List — 2019", 561, x=88.3)
    assert hanging_values([label, own]) == [label, own]      # a labelled row of its own


def test_an_item_with_its_own_date_is_measured_part_by_part():
    assert item_words("AWS Certified Solutions Architect - Professional — Amazon Web Services — Mar 2019") == 6
    assert item_words("Strong knowledge of accounting and payroll software across several firms") == 10
