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


def test_an_employer_set_over_its_first_role_groups_the_roles_after_it_without_a_total_time():
    """A promotion with no total time printed: the employer's name larger than the role under it,
    then the next role of that employer alone, set like the first role and named by a role word."""
    entries = [parse_entry("work", raw, i)[0] for i, raw in enumerate(group_entries(_roles(total=False), "work"))]
    assert [(e["position"], e["name"]) for e in entries] == [
        ("Warehouse Operations Supervisor (2nd Shift)", "Mid-South Distribution Services"),
        ("Lead Associate, Inbound", "Mid-South Distribution Services"),
        ("Package Handler / Forklift Operator", "FedEx Ground")]


def test_without_a_total_time_a_line_naming_no_role_or_a_title_first_layout_opens_no_group():
    lines = _roles(total=False)
    no_role = [*lines[:5], _line("Acme Logistics", 505, 11.0, gap_before=True), *lines[7:]]
    headers = [raw.header for raw in group_entries(no_role, "work")]
    assert employer_over_roles(headers, "work") == headers
    assert headers[1][0].text == "Acme Logistics"
    # title first (a role, set larger), its employer under it: no employer is set over roles
    title_first = [_line("Shift Supervisor", 264, 11.5, bold=True, gap_before=True), _line("Café Lumen", 281),
                   _line("Jan 2016 - Feb 2018", 299), _line("Barista", 505, 11.5, bold=True, gap_before=True),
                   _line("Café Lumen", 522), _line("Jan 2014 - Dec 2015", 538)]
    headers = [raw.header for raw in group_entries(title_first, "work")]
    assert employer_over_roles(headers, "work") == headers


def test_a_group_ends_at_a_line_set_like_the_employer_and_reads_only_in_work():
    lines = _roles()
    headers = [lines[:5], lines[6:9], lines[10:13]]  # as grouped, before the employer is given out
    grouped = employer_over_roles(headers, "work")
    assert [h[0].text for h in grouped] == ["Mid-South Distribution Services"] * 2 + ["FedEx Ground"]
    assert grouped[1][1:] == headers[1] and grouped[2] == headers[2]
    assert employer_over_roles(headers, "education") == headers
    no_employer = [lines[1:5], *headers[1:]]  # a total time with no text line over it opens no group
    assert employer_over_roles(no_employer, "work") == no_employer
