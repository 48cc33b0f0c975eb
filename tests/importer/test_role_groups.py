"""`role_groups.py`: several roles at one employer, its name set once over them."""
from tailor.importer.entries import group_entries, parse_entry
from tailor.importer.lines import Line
from tailor.importer.role_groups import employer_over_roles


def _line(text, y, size=10.5, **more):
    return Line(text, page=0, x=220.0, y=y, size=size, **more)


def _roles(total=True):
    lines = [_line("Mid-South Distribution Services", 264, 11.5, bold=True, gap_before=True),
             _line("10 years 8 months", 281),
             _line("Warehouse Operations Supervisor (2nd Shift)", 299, 11.0),
             _line("February 2020 - Present (6 years 11 months)", 316),
             _line("Memphis, TN", 332),
             _line("Supervise 45 associates across receiving and loading.", 351, bullet="•"),
             _line("Lead Associate, Inbound", 505, 11.0, gap_before=True),
             _line("May 2016 - January 2020 (3 years 9 months)", 522),
             _line("Memphis, TN", 538),
             _line("Led a 12-person receiving team.", 557, bullet="•"),
             _line("FedEx Ground", 634, 11.5, bold=True, gap_before=True),
             _line("Package Handler / Forklift Operator", 654, 11.0),
             _line("September 2012 - April 2016 (3 years 8 months)", 670),
             _line("Loaded and unloaded trailers.", 706, bullet="•")]
    return lines if total else [line for line in lines if line.text != "10 years 8 months"]


def test_each_role_under_a_total_time_is_a_role_at_that_employer():
    entries = [parse_entry("work", raw, i)[0] for i, raw in enumerate(group_entries(_roles(), "work"))]
    assert [(e["position"], e["name"]) for e in entries] == [
        ("Warehouse Operations Supervisor (2nd Shift)", "Mid-South Distribution Services"),
        ("Lead Associate, Inbound", "Mid-South Distribution Services"),
        ("Package Handler / Forklift Operator", "FedEx Ground")]
    assert entries[1]["startDate"] == "2016-05" and entries[1]["highlights"] == ["Led a 12-person receiving team."]


def test_no_total_time_no_group():
    headers = [raw.header for raw in group_entries(_roles(total=False), "work")]
    assert employer_over_roles(headers, "work") == headers
    assert headers[1][0].text == "Lead Associate, Inbound"


def test_a_group_ends_at_a_line_set_like_the_employer_and_reads_only_in_work():
    lines = _roles()
    headers = [lines[:5], lines[6:9], lines[10:13]]  # as grouped, before the employer is given out
    grouped = employer_over_roles(headers, "work")
    assert [h[0].text for h in grouped] == ["Mid-South Distribution Services"] * 2 + ["FedEx Ground"]
    assert grouped[1][1:] == headers[1] and grouped[2] == headers[2]
    assert employer_over_roles(headers, "education") == headers
    no_employer = [lines[1:5], *headers[1:]]  # a total time with no text line over it opens no group
    assert employer_over_roles(no_employer, "work") == no_employer
