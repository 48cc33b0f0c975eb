"""`roles.py`: which text part of a work entry is the role."""
from tailor.importer.lines import Line
from tailor.importer.roles import (
    COMPANY_SUFFIX,
    dashed_names,
    employer_first,
    is_role,
    role_after_employer,
    role_comma_split,
    role_dash_split,
)


def test_role_words_and_a_title_typed_with_a_comma():
    assert is_role("Senior Software Engineer") and not is_role("Acme Corp")
    assert role_comma_split("Warehouse Associate, Northside Supply Co.") == ["Warehouse Associate",
                                                                             "Northside Supply Co."]
    assert role_comma_split("Acme, Inc.") is None


def test_a_role_line_under_an_employer_and_its_tagline():
    header = [Line("Freelance", bold=True), Line("Independent analytics consulting"), Line("August 2024 – April 2025")]
    assert role_after_employer(Line("Data Analyst (Contract)", bold=True), header, "work")
    assert not role_after_employer(Line("Data Analyst (Contract)", bold=True), header, "education")
    assert not role_after_employer(Line("Senior Analyst", bold=True), [Line("Data Analyst"), Line("2020")], "work")


def test_the_line_with_the_dates_names_the_employer():
    assert employer_first([Line("Burnage Academy", bold=True), Line("2021-09 —", bold=True),
                           Line("Second in Mathematics Department", bold=True)])
    assert not employer_first([Line("Data Analyst", bold=True), Line("Acme | 2020 – 2022")])


def test_more_trades_and_a_deputy_are_roles():
    assert is_role("Package Handler / Forklift Operator") and is_role("Second in Mathematics Department")
    assert not is_role("FedEx Ground") and not is_role("Burnage Academy for Boys")


def test_an_employer_with_a_dash_and_the_role_after_a_comma():
    from tailor.importer.roles import dashed_names

    texts = ["Mercado de San Miguel", "Grupo Gastronómico Sanmi, Sous Chef"]
    dashed = [("Mercado de San Miguel", "Grupo Gastronómico Sanmi, Sous Chef",
               "Mercado de San Miguel – Grupo Gastronómico Sanmi, Sous Chef")]
    assert dashed_names("work", texts, dashed) == ["Mercado de San Miguel – Grupo Gastronómico Sanmi", "Sous Chef"]
    assert dashed_names("projects", texts, dashed) == texts
    # a role with a comma of its own beside the employer is left to the usual assignment
    assert dashed_names("work", ["Chef de Partie, Garde Manger", "Hotel Villa Magna"], []) == [
        "Chef de Partie, Garde Manger", "Hotel Villa Magna"]


def test_an_employer_with_a_comma_then_the_role_last():
    assert role_comma_split("Swiss Engineering STV, Sektion Zürich, Board Member") == [
        "Swiss Engineering STV, Sektion Zürich", "Board Member"]
    assert role_comma_split("Houston Methodist Hospital, Registered Nurse, Medical-Surgical Telemetry") == [
        "Houston Methodist Hospital", "Registered Nurse, Medical-Surgical Telemetry"]


def test_a_role_whose_at_leaves_the_employer_to_the_next_piece():
    from tailor.importer.entries import group_entries, parse_entry
    from tailor.importer.roles import open_at, role_at

    assert open_at("Staff Software Engineer at") == "Staff Software Engineer" and not open_at("Chat Support")
    assert role_at("work", ["Staff Software Engineer at", "Confluent"], []) == ["Staff Software Engineer", "Confluent"]
    # "Senior Software Engineer at" then a linked "Dropbox" on the same row, both bold: one entry
    row = dict(page=0, size=11.0, bold=True)
    lines = [Line("Jun 2015 – Jan 2020", x=38, y=425, size=11.0, gap_before=True),
             Line("Senior Software Engineer at", x=38, y=444, **row),
             Line("Dropbox", x=188, y=444, link="https://www.dropbox.com/", **row),
             Line("Worked on Magic Pocket, the exabyte-scale storage system.", x=38, y=489, size=11.0, gap_before=True),
             Line("Built the erasure-coding pipeline", x=52, y=544, size=11.0, gap_before=True),
             Line("Owned the cross-zone repair scheduler", x=52, y=585, size=11.0),
             Line("Aug 2011 – May 2015", x=38, y=650, size=11.0, gap_before=True),
             Line("Software Engineer at Rackspace", x=38, y=669, **row)]
    entries = group_entries(lines, "work")
    assert len(entries) == 2
    entry, _ = parse_entry("work", entries[0], 0)
    assert (entry["position"], entry["name"], entry["startDate"]) == ("Senior Software Engineer", "Dropbox", "2015-06")
    assert entry["highlights"] == ["Built the erasure-coding pipeline", "Owned the cross-zone repair scheduler"]


def test_a_role_at_employer_title_wrapped_onto_a_second_line():
    from tailor.importer.entries import group_entries, parse_entry
    from tailor.importer.roles import at_wrap

    title = dict(page=0, x=38.0, size=11.0, bold=True)
    cases = [("Senior Manufacturing Engineer, Grain Processing", "Equipment at Bühler AG",
              "Senior Manufacturing Engineer, Grain Processing Equipment", "Bühler AG"),
             ("Process Engineer, Heat Treatment at ZF Friedrichshafen", "AG",
              "Process Engineer, Heat Treatment", "ZF Friedrichshafen AG")]
    for upper, lower, position, name in cases:
        lines = [Line("Sep 2010 – Mar 2014", page=0, x=38.0, y=31.8, size=11.0, gap_before=True),
                 Line(upper, y=50.6, **title), Line(lower, y=67.1, **title),
                 Line("Owned manufacturing processes for roller mills.", page=0, x=52.0, y=110.0, size=11.0,
                      gap_before=True),
                 Line("Feb 2006 – Aug 2010", page=0, x=38.0, y=243.0, size=11.0, gap_before=True),
                 Line("Lean Production Manager at ZF", y=262.0, **title)]
        entries = group_entries(lines, "work")
        assert len(entries) == 2, upper
        entry, _ = parse_entry("work", entries[0], 0)
        assert (entry["position"], entry["name"]) == (position, name)
    # a bold line under a title with no "at", or a title with its own "at" over another: not a wrap
    assert not at_wrap(Line("Data Analyst", y=50.0, **title), Line("Acme Corp", y=66.0, **title))
    assert not at_wrap(Line("Engineer at Acme", y=50.0, **title), Line("Intern at Initech", y=66.0, **title))
    assert not at_wrap(Line("Engineer at Acme", y=50.0, **title), Line("Platform", y=66.0, gap_before=True, **title))


def test_a_firm_named_for_its_people_is_the_employer_not_a_second_role():
    assert role_comma_split("Data Analyst, Willamette Health Partners") == \
        ["Data Analyst", "Willamette Health Partners"]
    assert role_comma_split("Smith & Associates, Senior Associate") == ["Smith & Associates", "Senior Associate"]
    assert role_comma_split("Partner, Bain Capital") == ["Partner", "Bain Capital"]  # one partner is a role


def test_the_legal_forms_that_end_a_company_name():
    assert all(COMPANY_SUFFIX.match(w) for w in ("Inc.", "LLC", "Ltd", "GmbH", "Corp.", "Co.", "S.A.", "plc",
                                                  "Corporation", "LLP", "S.r.l.", "B.V."))
    assert not any(COMPANY_SUFFIX.match(w) for w in ("Logistics", "Company's", "Austin", "IL"))


def test_a_spaced_dash_no_stronger_separator_cut_sets_the_role_apart():
    assert role_dash_split("Central Texas Food Bank - Data Volunteer") == ["Central Texas Food Bank", "Data Volunteer"]
    assert role_dash_split("Sous Chef - Casa Lucio") == ["Sous Chef", "Casa Lucio"]
    assert role_dash_split("Acme - Beta Labs") is None  # no role on either side
    assert role_dash_split("Senior Engineer - Staff Engineer") is None  # a role on both
    # an employer with an en dash in its name, then a plain hyphen and the role
    a, b = "Mercado de San Miguel", "Grupo Gastronómico Sanmi - Sous Chef"
    assert dashed_names("work", [a, b], [(a, b, f"{a} – {b}")]) == ["Mercado de San Miguel – Grupo Gastronómico Sanmi",
                                                                    "Sous Chef"]


def test_a_one_line_job_with_no_role_word_is_read_in_its_order():
    from tailor.importer.roles import one_line_job

    assert one_line_job("Sommelier, Hawksmoor") == ["Sommelier", "Hawksmoor"]
    assert one_line_job("Acme, Inc.") is None  # a company suffix
    assert one_line_job("Bar Supervisor, Hawksmoor") is None  # a role word decides (`role_comma_split`)
    assert one_line_job("Sommelier, Hawksmoor, Soho") is None  # three parts: not "Role, Employer"


def test_french_and_spanish_role_words():
    assert role_comma_split("Responsable logistique, Boiron") == ["Responsable logistique", "Boiron"]
    assert is_role("Jefe de Obra") and is_role("Ingeniero de Proyectos") and not is_role("Acciona Construcción")


def test_a_designation_label_is_no_part_of_the_role():
    """"Designation: Quality Engineer" under the employer's dated line (Indian CVs): the label
    names the field, the role is what follows it."""
    from tailor.importer.roles import role_at
    assert role_at("work", ["Tata Motors Ltd.", "Designation: Quality Engineer"], []) == \
        ["Tata Motors Ltd.", "Quality Engineer"]
    assert role_at("work", ["Position: Staff Nurse", "Mercy Hospital"], []) == ["Staff Nurse", "Mercy Hospital"]


def test_a_unit_after_the_roles_comma_is_no_part_of_the_employer_across_a_dash():
    """"Sous Chef, Mercado – Grupo Sanmi": the text after the comma opens the employer's own name,
    which goes on across the dash; "Staff Nurse, Critical Care – Lakeside General": a unit in
    common words stays with the role, the employer is the text after the dash (`role_unit.py`)."""
    a, b = "Staff Nurse, Critical Care", "Lakeside General"
    assert dashed_names("work", [a, b], [(a, b, f"{a} – {b}")]) == [a, b]
    a, b = "Sous Chef, Mercado de San Miguel", "Grupo Sanmi"
    assert dashed_names("work", [a, b], [(a, b, f"{a} – {b}")]) == ["Sous Chef", "Mercado de San Miguel – Grupo Sanmi"]


def test_a_sentence_naming_a_lead_is_no_role():
    # a project's description sentence holds a role word ("lead") but runs past any title's length
    assert not is_role("Technical lead for a new bottling line at the Tampere brewery, Finland.")
    assert is_role("Technical Lead")
    assert is_role("Lead Engineer, Platform and Data Infrastructure")  # a long title, no full stop
