"""Role-and-employer cues of "Role at Employer" entry titles (issue 15): a bold list label under
the dates is no role line, and an employer's own dash after "at" stays in the employer."""
from tailor.importer.entries import group_entries, parse_entry
from tailor.importer.lines import Line


def _entry(*lines):
    raw = group_entries(list(lines), "work")
    return parse_entry("work", raw[0], 0)[0]


def test_a_bold_list_label_under_the_dates_does_not_make_the_title_employer_first():
    entry = _entry(Line("Shift Lead at Corner Bakery", size=15, bold=True, heading=True),
                   Line("May 2021 - Present", size=11, bold=True),
                   Line("HIGHLIGHTS", size=11, bold=True, gap_before=True),
                   Line("Opened the shop at six every day", x=30, size=11, gap_before=True))
    assert (entry["position"], entry["name"]) == ("Shift Lead", "Corner Bakery")


def test_a_dash_in_the_employer_after_at_stays_in_the_employer():
    entry = _entry(Line("Line Cook at Harbour Hotel – Seaside Group", size=15, bold=True, heading=True),
                   Line("May 2019 - June 2021", size=11, bold=True))
    assert (entry["position"], entry["name"]) == ("Line Cook", "Harbour Hotel – Seaside Group")
