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


def test_a_role_with_a_comma_of_its_own_before_the_employer():
    """"Head Baker, Pastry, Juniper Hall": role first, then a qualifier of the role, then the
    employer; the split falls at the last comma. "Acme, Inc.", a place at the end, or an acronym in
    the middle part (an organisation's own name) keep the first comma."""
    from tailor.importer.roles import role_comma_split

    assert role_comma_split("Head Baker, Pastry, Juniper Hall") == ["Head Baker, Pastry", "Juniper Hall"]
    assert role_comma_split("Floor Supervisor, Night Shift, Pinecrest Foods") == ["Floor Supervisor, Night Shift",
                                                                                   "Pinecrest Foods"]
    assert role_comma_split("Sales Associate, Bramble, Inc.") == ["Sales Associate", "Bramble, Inc."]
    assert role_comma_split("Sales Associate, Bramble, Austin, TX") == ["Sales Associate", "Bramble, Austin, TX"]
    assert role_comma_split("Board Member, Rivers Trust UK, North Branch") == ["Board Member",
                                                                               "Rivers Trust UK, North Branch"]
    assert role_comma_split("Staff Nurse, Ward 4 (Night Lead, Weekends), Cedar Valley Hospital") == [
        "Staff Nurse, Ward 4 (Night Lead, Weekends)", "Cedar Valley Hospital"]  # a role on both sides of a comma


def test_role_and_comma_before_an_employer_with_a_dash_in_its_name():
    """"Line Cook, Harbor Market – Bayside Hospitality": the comma splits off the role, and the
    dash's two sides are the employer's one name."""
    from tailor.importer.roles import dashed_names

    texts = ["Line Cook, Harbor Market", "Bayside Hospitality"]
    dashed = [("Line Cook, Harbor Market", "Bayside Hospitality", "Line Cook, Harbor Market – Bayside Hospitality")]
    assert dashed_names("work", texts, dashed) == ["Line Cook", "Harbor Market – Bayside Hospitality"]


def test_a_role_with_a_comma_of_its_own_before_a_spaced_em_dash_keeps_it():
    """"Senior Software Engineer, Full Stack — Larkspur Health" (Tailor's own classic template): the
    em dash parts the fields as "|" does, so the comma stays inside the role."""
    from tailor.importer.roles import dashed_names

    a, b = "Senior Software Engineer, Full Stack", "Larkspur Health"
    assert dashed_names("work", [a, b], [(a, b, f"{a} — {b}")]) == [a, b]


def test_a_role_word_on_the_dated_title_outweighs_the_employer_first_order():
    # "Senior Software Engineer  Mar 2021 – Present" over "TechCorp Inc", both bold: the dated line
    # names the role by its words, so the bold line under it is the employer
    entry = _entry(Line("Senior Software Engineer", x=60, y=220, size=11, bold=True),
                   Line("Mar 2021 – Present", x=476, y=220, size=10),
                   Line("TechCorp Inc", x=60, y=234, size=11, bold=True))
    assert (entry["position"], entry["name"]) == ("Senior Software Engineer", "TechCorp Inc")
    # no role word on either line: the order still says the dated line is the employer
    entry = _entry(Line("Burnage Academy", x=60, y=220, size=11, bold=True),
                   Line("Sep 2021 – Present", x=476, y=220, size=10),
                   Line("Second in Mathematics Department", x=60, y=234, size=11, bold=True))
    assert (entry["position"], entry["name"]) == ("Second in Mathematics Department", "Burnage Academy")
