"""Entry and section cues of the second round on third-party layouts (issue 15): a contact block
carried past the next heading by a page break, durations beside dates, a bold run that ends at a
comma, and the field-degree-school header (projects: test_projects.py). Each is checked on
hand-built lines; the committed corpus checks them together (test_third_party_layouts.py)."""
from tailor.importer.build import resume_from_lines
from tailor.importer.contact import leading_contact
from tailor.importer.dates import is_duration
from tailor.importer.entries import RawEntry, group_entries, parse_entry
from tailor.importer.header_parts import bold_split, labelled_issuer, place_cut
from tailor.importer.lines import Line


def _line(text, x=50.0, size=10.0, bold=False, **more):
    return Line(text, x=x, size=size, bold=bold, **more)


def test_contact_details_that_open_the_next_section_go_back_to_the_contact_block():
    lines = [_line("Marcus O'Neill", size=26, level=1, heading=True),
             _line("CONTACT", size=17, level=2, heading=True), _line("901.555.0187"),
             _line("EDUCATION", size=17, level=2, heading=True), _line("marcus@example.net"),
             _line("https://marcus.example.net"), _line("LinkedIn"), _line("marcus-oneill"),
             _line("Southwest Tennessee Community College", size=13, bold=True),
             _line("Associate of Applied Science"), _line("2014 - 2017")]
    resume = resume_from_lines(lines).resume
    assert resume["basics"]["email"] == "marcus@example.net" and resume["basics"]["url"] == "https://marcus.example.net"
    assert [e["institution"] for e in resume["education"]] == ["Southwest Tennessee Community College"]
    assert leading_contact([_line("Southwest Tennessee Community College"), _line("a@b.org")]) == 0


def test_a_duration_beside_the_dates_is_neither_a_name_nor_a_title():
    assert is_duration("1 year 4 months") and is_duration("8 months") and is_duration("(2 yrs)")
    assert not is_duration("2 Months of Sundays") and not is_duration("2019")
    lines = [_line("gradient-viz", bold=True), _line("Jan, 2024 - Mar, 2024 • 2 months"),
             _line("An interactive visualizer that animates gradient descent over loss surfaces.")]
    entry, left = parse_entry("projects", group_entries(lines, "projects")[0], 0)
    assert entry["name"] == "gradient-viz" and "roles" not in entry and entry["endDate"] == "2024-03"
    assert [u.text for u in left] == ["2 months"]


def test_a_bold_run_that_takes_its_comma_along():
    line = _line("Culinary Arts, Técnico Superior en Cocina, Escuela de Hostelería",
                 bold_prefix="Culinary Arts, Técnico Superior en Cocina,")
    assert bold_split(line) == ["Culinary Arts, Técnico Superior en Cocina", "Escuela de Hostelería"]
    assert bold_split(_line("Data Analyst, Freelance", bold_prefix="Data Analys")) is None   # ends inside a word


def test_field_degree_school_in_one_header_line():
    lines = [_line("Mathematics, Licencjat (BSc), Uniwersytet Jagielloński, Kraków"), _line("Oct, 2012 - Jul, 2015"),
             _line("5.0 (bardzo dobry)", gap_before=True)]
    raw = group_entries(lines, "education")
    assert len(raw) == 1
    entry, _ = parse_entry("education", raw[0], 0)
    assert entry == {"area": "Mathematics", "studyType": "Licencjat (BSc)",
                     "institution": "Uniwersytet Jagielloński, Kraków", "score": "5.0 (bardzo dobry)",
                     "startDate": "2012-10", "endDate": "2015-07"}


def test_a_long_title_set_bold_is_a_header_not_a_sentence():
    lines = [_line("Memorial Hermann Texas Medical Center, Registered Nurse II, Cardiac Step-Down Unit (Charge "
                   "Nurse, Nights)", bold=True), _line("2019-04 — Present", x=452),
             _line("Serve as charge nurse three nights a week for a team of 8 RNs.", x=60)]
    entry, _ = parse_entry("work", group_entries(lines, "work")[0], 0)
    assert entry["name"] == "Memorial Hermann Texas Medical Center"
    assert entry["position"] == "Registered Nurse II, Cardiac Step-Down Unit (Charge Nurse, Nights)"


def test_a_point_that_starts_beside_the_dates_and_runs_on_under_them():
    lines = [_line("Canadian Tire Corporation", x=65, size=12.6, bold=True, heading=True, y=474),
             _line("Store Manager", x=65, size=10.8, y=501.5, gap_before=True),
             _line("2021-05 - Present", x=209.7, size=10.8, y=501.5),
             _line("Lead a $28M-revenue store with 85 employees and four department managers.", x=354.1, size=10.8,
                   y=501.5),
             _line("Grew year-over-year sales 9.4% in 2023, ranking 3rd of 42 stores.", x=95.2, size=10.8, y=537.5),
             _line("Reduced shrink from 2.1% to 1.3% of sales with targeted audits.", x=95.2, size=10.8, y=549.5)]
    entry, _ = parse_entry("work", group_entries(lines, "work")[0], 0)
    assert entry["highlights"][0].startswith("Lead a $28M") and len(entry["highlights"]) == 3
    assert "summary" not in entry
    # a gutter of dates with the description level with them and the points indented under it
    gutter = [_line("2024-02-01 TO 2025-03-01", x=62, size=7.6, bold=True, y=683.3),
              _line("Central Texas Food Bank", x=217, size=9.1, bold=True, y=664.9),
              _line("Helped the operations team make sense of distribution data.", x=217, size=9.1, y=680.6),
              _line("Cleaned three years of distribution spreadsheets", x=241, size=9.1, y=695.6),
              _line("Built a monthly volunteer-hours report", x=241, size=9.1, y=721.9)]
    entry, _ = parse_entry("volunteer", group_entries(gutter, "volunteer")[0], 0)
    assert entry["summary"].startswith("Helped") and len(entry["highlights"]) == 2


def test_two_unmarked_points_in_one_block_even_across_a_page_break():
    def entry_of(*body):
        lines = [_line("Hotel Villa Magna", size=12, bold=True, heading=True), _line("April 2012 - December 2014"),
                 _line("Chef de Partie", bold=True, gap_before=True), *body]
        return parse_entry("work", group_entries(lines, "work")[0], 0)[0]

    across = entry_of(_line("Ran the cold section for banquets of up to 400 guests.", gap_before=True),
                      _line("Produced charcuterie and pickles in house for the two restaurants.", page=1,
                            gap_before=True))
    assert len(across["highlights"]) == 2 and "summary" not in across
    described = entry_of(_line("Ran the cold section for banquets of up to 400 guests.", gap_before=True),
                         _line("Produced charcuterie and pickles in house for the two restaurants.", gap_before=True))
    assert described["summary"].startswith("Ran") and len(described["highlights"]) == 1


def test_more_profile_hosts_and_a_region_of_any_name_in_the_header():
    from tailor.importer.contact import parse_header

    basics, _ = parse_header([_line("Zoë Łukasiewicz"),
                              _line("zoe@example.co.uk | Manchester, Greater Manchester, GB"),
                              _line("https://www.xing.com/profile/Zoe_L | https://bsky.app/profile/mrs-l.bsky.social")])
    assert basics["location"] == {"city": "Manchester", "region": "Greater Manchester", "countryCode": "GB"}
    assert "url" not in basics and [p["network"] for p in basics["profiles"]] == ["XING", "Bluesky"]


def test_an_employer_and_its_place_after_a_comma_are_two_parts():
    assert place_cut("Confluent, Mountain View, CA") == ["Confluent", "Mountain View, CA"]
    assert place_cut("Acme, Inc., Austin, TX") == ["Acme, Inc.", "Austin, TX"]
    assert place_cut("Mountain View, CA") == ["Mountain View, CA"]
    assert place_cut("Software Engineer, Platform") == ["Software Engineer, Platform"]


def test_an_award_dated_only_present_gets_no_empty_date():
    """"Present" alone parses to an open range with no date in it; an award must not get "" (the
    schema refuses it and the whole import fails)."""
    lines = [Line("Distinguished Engineer Spotlight | Present", size=10.0, x=50.0),
             Line("Confluent", size=10.0, x=50.0)]
    entry, _ = parse_entry("awards", group_entries(lines, "awards")[0], 0)
    assert "date" not in entry and entry.get("title") == "Distinguished Engineer Spotlight"


def test_a_part_labelled_issued_by_is_the_issuer_wherever_it_stands():
    assert labelled_issuer("certificates", ["Issued by: Google / Coursera", "Google Data Analytics"]) == [
        "Google Data Analytics", "Google / Coursera"]
    assert labelled_issuer("publications", ["Published in ACM Queue", "Tiered Storage", "extra"]) == [
        "Tiered Storage", "ACM Queue", "extra"]
    assert labelled_issuer("awards", ["Awarded by: Google", "Google"]) == ["Google", "Google"]
    assert labelled_issuer("work", ["Issued by Google", "Analyst"]) == ["Google", "Analyst"]  # label dropped only
    lines = [_line("Awarded by: Sulzer Ltd"), _line("Chairman's Award for Operational Excellence"), _line("2021-11")]
    entry, left = parse_entry("awards", group_entries(lines, "awards")[0], 0)
    assert entry == {"title": "Chairman's Award for Operational Excellence", "awarder": "Sulzer Ltd", "date": "2021-11"}


def test_a_certificates_level_after_a_dash_and_a_licences_state_after_a_comma_stay_in_its_name():
    def certificate(text):
        return parse_entry("certificates", group_entries([_line(text)], "certificates")[0], 0)[0]

    assert certificate("AWS Certified Solutions Architect - Professional") == {
        "name": "AWS Certified Solutions Architect - Professional"}
    assert certificate("Registered Nurse License, Texas (Compact)") == {
        "name": "Registered Nurse License, Texas (Compact)"}
    # an issuer after the dash or the comma is still the issuer
    assert certificate("Certified ScrumMaster - Scrum Alliance") == {"name": "Certified ScrumMaster",
                                                                       "issuer": "Scrum Alliance"}
    assert certificate("Food Handler Certificate, ServSafe") == {"name": "Food Handler Certificate",
                                                                 "issuer": "ServSafe"}


def test_a_certificates_date_set_apart_by_a_tab_or_a_date_column_leaves_name_and_issuer_to_the_comma():
    def certificate(line):
        return parse_entry("certificates", group_entries([line], "certificates")[0], 0)[0]

    expected = {"name": "Basic Life Support (BLS)", "issuer": "American Heart Association", "date": "2024-03"}
    assert certificate(_line("Basic Life Support (BLS), American Heart Association | Mar 2024")) == expected
    # moderncv's date column: "03/2024: ..." with the date in bold
    assert certificate(_line("03/2024: Basic Life Support (BLS), American Heart Association",
                             bold_prefix="03/2024")) == expected
    # a bold name is still cut at its bold run
    assert certificate(_line("Basic Life Support (BLS) American Heart Association",
                             bold_prefix="Basic Life Support (BLS)")) == {
        "name": "Basic Life Support (BLS)", "issuer": "American Heart Association"}
    assert certificate(_line("Basic Life Support (BLS), American Heart Association | Mar 2024",
                             bold_prefix="Basic Life Support (BLS), American Heart Association")) == expected


def test_a_bold_place_under_dates_stays_in_its_job_when_the_next_dates_are_past_its_points():
    """"Staff Engineer at Confluent", "Feb 2020 - Current", then "Mountain View, CA" in bold, a
    line of summary and its points indented under it, then the next job and its dates: the
    next job's dates lie past the points, so the place does not open an entry of its own."""
    def job(title, dates, place, y):
        return [_line(title, y=y, bold_prefix=title.split(" at ")[0]), _line(dates, y=y + 13),
                _line(place, bold=True, y=y + 27),
                _line("Technical lead for the replication work.", y=y + 40),
                _line("Designed the tiered-storage architecture", x=63.0, y=y + 57, gap_before=True),
                _line("Cut p99 produce latency 40%", x=63.0, y=y + 74, gap_before=True)]
    lines = job("Staff Software Engineer at Confluent", "Feb 2020 - Current", "Mountain View, CA", 300) + \
        job("Senior Software Engineer at Dropbox", "Jun 2015 - Jan 2020", "San Francisco, CA", 420)
    entries = group_entries(lines, "work")
    assert [e.header[0].text for e in entries] == ["Staff Software Engineer at Confluent",
                                                   "Senior Software Engineer at Dropbox"]


def test_a_marked_comma_list_of_terms_under_a_job_is_a_point():
    """"Vents, drips, CRRT" as a list paragraph under a job is one of its points; the same row of
    terms unmarked is no point (work has no field for keywords) and is listed."""
    header = [Line("Staff Nurse | Lakeside General | 2019 – 2021")]
    entry, left = parse_entry("work", RawEntry(header, [Line("Vents, drips, CRRT, restraints", list_item=True)]), 0)
    assert entry["highlights"] == ["Vents, drips, CRRT, restraints"] and not left
    entry, left = parse_entry("work", RawEntry(header, [Line("Vents, drips, CRRT, restraints")]), 0)
    assert "highlights" not in entry and [u.text for u in left] == ["Vents, drips, CRRT, restraints"]
