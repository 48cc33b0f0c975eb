"""Cues for layouts that print JSON Resume's fields one after another in the schema's order
(a theme's own template): an address with each field in a comma part of its own, a degree's
school under its title and dates, a duration printed as relative time ("a year"), volunteering
under a "Projects" heading, and a phone number kept on one line by non-breaking hyphens."""
from tailor.importer.addresses import place_of_address
from tailor.importer.build import resume_from_lines
from tailor.importer.dates import is_duration
from tailor.importer.education_lines import school_under_dates
from tailor.importer.entries import RawEntry, group_entries, parse_entry
from tailor.importer.lines import Line, clean
from tailor.importer.sections import Section
from tailor.importer.volunteer_roles import volunteering_apart


def test_an_address_with_every_field_in_a_comma_part_of_its_own():
    assert place_of_address("920 Lavaca Street, Austin, 78701, Texas, US") == "Austin, Texas, US"
    assert place_of_address("88 Harrison Street, Unit 1402, San Francisco, 94105, California, US") \
        == "San Francisco, California, US"
    assert place_of_address("Manchester, M14 5RB, Greater Manchester, GB") == "Manchester, Greater Manchester, GB"
    assert place_of_address("Rua Augusta, 1508, São Paulo, 01304-001, SP, BR") == "São Paulo, SP, BR"
    assert place_of_address("Memphis, 38118, TN, US") == "Memphis, TN, US"
    assert place_of_address("Data Analyst, 2019, Austin, Texas") is None


def test_a_relative_duration_is_how_long_an_entry_lasted():
    assert is_duration("a year") and is_duration("a month") and is_duration("(a year)")
    assert not is_duration("a yearly review") and not is_duration("a team")


def _row(text: str, size: float = 12.0, gap: bool = True) -> Line:
    return Line(text, size=size, x=48.7, gap_before=gap)


def test_the_school_under_a_field_and_degree_title_and_its_dates_is_that_degree_s():
    header = [_row("Business Administration, Associate of Applied Science"), _row("2012 — 2014", 10.2),
              Line("2 years", size=10.2, x=143.8)]
    assert school_under_dates(_row("Austin Community College, GPA: 3.5/4.0"), header,
                              [_row("Statistics, Managerial Accounting")])
    titled = [_row("Culinary Arts, Técnico Superior en Dirección de Cocina"), _row("2008 — 2010", 10.2),
              Line("2 years", size=10.2, x=143.8)]
    assert school_under_dates(_row("ETH Zürich"), titled, [])
    # the next entry's title has dates right under it; a degree line is no school
    assert not school_under_dates(_row("ETH Zürich"), titled, [_row("2016 — 2017", 10.2)])
    assert not school_under_dates(_row("Mathematics, Licencjat (BSc)"), titled, [])
    diploma = [_row("Business Administration – Marketing, Ontario College Diploma"), _row("2012 — 2014", 10.2)]
    assert school_under_dates(_row("Sheridan College"), diploma, [])
    assert not school_under_dates(_row("Sheridan College"), [_row("Sheridan College, Diploma"), diploma[1]], [])
    lines = [*titled, _row("ETH Zürich"), _row("Management, Technology and Economics, CAS in Technology Leadership"),
             _row("2016 — 2017", 10.2), Line("9 months", size=10.2, x=143.8), _row("Escuela de Hostelería")]
    entries = group_entries(lines, "education")
    assert [[h.text for h in e.header][-1] for e in entries] == ["ETH Zürich", "Escuela de Hostelería"]


def test_a_school_with_its_thesis_under_a_grade_label_is_no_sentence():
    header = [_row("Computer Science, Ph.D."), _row("2006 — 2011", 10.2),
              _row("University of Texas at Austin, GPA: Dissertation: Consistency Trade-offs in Geo-Replicated "
                   "Key-Value Stores")]
    entry, left = parse_entry("education", RawEntry(header=header), 0)
    assert entry["institution"] == "University of Texas at Austin"
    assert entry["score"] == "Dissertation: Consistency Trade-offs in Geo-Replicated Key-Value Stores"
    assert not left


def test_volunteer_roles_under_a_projects_heading_are_volunteering():
    volunteering = Section("projects", "PROJECTS", [
        _row("Central Texas Food Bank , Data Volunteer"), _row("February 2024 — March 2025", 10.2),
        _row("Helped the operations team make sense of distribution data."),
        _row("Austin Free-Net , Digital Literacy Tutor"), _row("September 2023 — June 2024", 10.2)])
    software = Section("projects", "PROJECTS", [
        _row("Volunteer Hours Tracker, React Native"), _row("2023 — 2024", 10.2),
        _row("Built an app that volunteer coordinators use to log shifts."),
        _row("raft-lab, Author"), _row("2021 — Present", 10.2)])
    assert [s.key for s in volunteering_apart([volunteering, software])] == ["volunteer", "projects"]


def test_volunteering_under_projects_fills_organisation_and_position():
    lines = [Line("Daniel Reyes", size=20, heading=True), Line("daniel.reyes@example.com", size=10),
             Line("PROJECTS", size=14, heading=True, gap_before=True),
             _row("Central Texas Food Bank , Data Volunteer"), _row("February 2024 — March 2025", 10.2),
             Line("a year", size=10.2, x=223.2),
             _row("Helped the operations team make sense of distribution data.")]
    result = resume_from_lines(lines)
    assert "projects" not in result.resume
    volunteer = result.resume["volunteer"][0]
    assert (volunteer["organization"], volunteer["position"], volunteer["startDate"]) == (
        "Central Texas Food Bank", "Data Volunteer", "2024-02")
    assert all(u.text != "a year" or "how long" in u.reason for u in result.unparsed)


def test_a_phone_number_kept_on_one_line_by_non_breaking_hyphens():
    assert clean("(206) 555\u20110142") == "(206) 555-0142"
    assert clean("re\u2010entering") == "re-entering"


def test_a_group_of_tools_or_subjects_lists_names_in_title_case():
    from tailor.importer.casing import restore_case

    texts = ["Teach pupils on A-level Further Maths; moved the cardiac step-down unit to the new wing."]
    resume = {"work": [{"name": "BURNAGE ACADEMY", "position": "NURSE, CARDIAC STEP-DOWN UNIT"}],
              "skills": [{"name": "TOOLS", "keywords": ["SIEMENS TEAMCENTER", "SPARX MATHS"]},
                         {"name": "SUBJECTS", "keywords": ["A-LEVEL MATHEMATICS"]},
                         {"name": "TEACHING", "keywords": ["RETRIEVAL PRACTICE", "MASTERY CURRICULUM"]}]}
    restored = restore_case(resume, texts)
    assert [s["keywords"] for s in restored["skills"]] == [
        ["Siemens Teamcenter", "Sparx Maths"], ["A-level Mathematics"], ["Retrieval practice", "Mastery curriculum"]]
    # a compound the document writes in lower case is a common word: a title capitalises it
    assert restored["work"][0]["position"] == "Nurse, Cardiac Step-Down Unit"


def test_a_skills_heading_of_names_one_a_line_after_skill_groups_is_the_last_group():
    def heading(text):
        return Line(text, x=53, size=10.5, heading=True, level=2)

    lines = [Line("Bjorn Akesson", size=30, level=1, heading=True), Line("bjorn@example.ch"),
             heading("Manufacturing"), Line("Machining", x=53, size=7.5), Line("Heat treatment", x=53, size=7.5),
             heading("Leadership"), Line("Capex governance", x=53, size=7.5), Line("Change management", x=53, size=7.5),
             heading("Tools"), Line("SAP PP", x=53, size=7.5), Line("Minitab", x=53, size=7.5)]
    skills = resume_from_lines(lines).resume["skills"]
    assert [(s["name"], s["keywords"]) for s in skills] == [
        ("Manufacturing", ["Machining", "Heat treatment"]), ("Leadership", ["Capex governance", "Change management"]),
        ("Tools", ["SAP PP", "Minitab"])]


def test_courses_set_as_chips_that_flowed_onto_one_line_are_one_course_per_code():
    from tailor.importer.education_lines import detail_line

    entry: dict = {}
    assert detail_line("CSE 451 - Operating Systems CSE 446 - Machine Learning", entry)
    assert entry["courses"] == ["CSE 451 - Operating Systems", "CSE 446 - Machine Learning"]
    one: dict = {}
    assert detail_line("CSE 451 - Operating Systems", one) and one["courses"] == ["CSE 451 - Operating Systems"]
