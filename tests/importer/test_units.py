"""Unit tests of the importer's small parsers: dates, fields, contact, sections, entries."""
from dataclasses import replace

import pytest

from tailor.importer.contact import parse_header
from tailor.importer.dates import Dates, parse_dates, trailing_dates
from tailor.importer.entries import group_entries, parse_entry, split_degree
from tailor.importer.fields import is_location, is_phone, is_url, split_list, split_parts
from tailor.importer.lines import Line, bold_runs, join_wrapped, strip_bullet
from tailor.importer.sections import section_key, split_sections


def test_dates_formats_and_open_end():
    assert parse_dates("Mar 2021 – Present") == Dates("2021-03", "", True)
    assert parse_dates("March 2019 to Current") == Dates("2019-03", "", True)
    assert parse_dates("03/2018 - 12/2020") == Dates("2018-03", "2020-12")
    assert parse_dates("2019-06 — 2021-02") == Dates("2019-06", "2021-02")
    assert parse_dates("2015-2019") == Dates("2015", "2019")
    assert parse_dates("Apr 2023") == Dates("2023-04", "2023-04")
    assert parse_dates("TechConf 2022") is None
    assert trailing_dates("Acme Corp, Jan 2020 - Present") == ("Acme Corp", Dates("2020-01", "", True))
    assert trailing_dates("TechConf 2022") is None


def test_a_lone_year_in_brackets_at_the_end_is_the_parts_date():
    """"B.S. CS (2018)": brackets set the year apart from the name ("TechConf 2022" keeps its)."""
    assert trailing_dates("B.S. CS (2018)") == ("B.S. CS", Dates("2018", "2018"))
    assert trailing_dates("Dean's List [2019]") == ("Dean's List", Dates("2019", "2019"))
    assert trailing_dates("(2018)") is None and trailing_dates("Windows 2000") is None


def test_a_day_month_and_year_in_figures_is_a_date_day_first_unless_it_cannot_be():
    """Europass and most of the world write "01/09/2019" for 1 September; "06/15/2019" is American."""
    assert parse_dates("01/02/2020 – Current") == Dates("2020-02", "", True)
    assert parse_dates("01.09.2019 – 31.08.2021") == Dates("2019-09", "2021-08")
    assert parse_dates("06/15/2019") == Dates("2019-06", "2019-06")
    assert parse_dates("32/13/2019") is None
    assert trailing_dates("Confluent 01/02/2020 – Current") == ("Confluent", Dates("2020-02", "", True))
    assert not is_phone("15/03/2018") and is_phone("+49 30 1234567")


def test_a_duration_printed_after_the_dates_is_not_part_of_them():
    # LinkedIn's profile PDF and its web page: how long the range lasted, after the range
    assert parse_dates("January 2018 - Present (9 years)") == Dates("2018-01", "", True)
    assert parse_dates("September 2017 - July 2018 (11 months)") == Dates("2017-09", "2018-07")
    assert parse_dates("May 2021 - Present (5 years 8 months)") == Dates("2021-05", "", True)
    assert parse_dates("Mar 2020 - Jan 2022 · 1 yr 10 mos") == Dates("2020-03", "2022-01")
    assert trailing_dates("Acme, Jan 2020 - Present (2 years)") == ("Acme", Dates("2020-01", "", True))
    assert parse_dates("Team of (9 years)") is None


def test_split_parts_protects_date_ranges_and_keeps_hyphenated_names():
    assert split_parts("Mar 2021 – Present | https://techcorp.com") == ["Mar 2021 – Present", "https://techcorp.com"]
    assert split_parts("AWS Architect - Professional — Amazon") == ["AWS Architect - Professional", "Amazon"]
    assert split_parts("Acme Corp - Senior Engineer") == ["Acme Corp", "Senior Engineer"]


def test_field_recognisers():
    assert is_phone("(555) 123-4567") and is_phone("+1 312 555 0199") and not is_phone("2019 - 2021")
    assert is_url("https://x.io/a") and is_url("github.com/jane") and not is_url("Node.js")
    assert is_url("chefjosenunez.example.com.br") and is_url("kowalska.pl")  # country domains, too
    assert is_location("San Francisco, California, US") and is_location("Austin, TX")
    assert not is_location("University of California, Berkeley")
    assert split_list("Python (pandas, numpy), Go; SQL | Bash") == ["Python (pandas, numpy)", "Go", "SQL", "Bash"]


def test_a_thousands_separator_does_not_split_a_list_item():
    """"over 1,200 reviews" is one item; a comma with a space after it still splits."""
    assert split_list("Kept a 4.8 Google rating over 1,200 reviews") == ["Kept a 4.8 Google rating over 1,200 reviews"]
    assert split_list("Raised €1,200,000, grew to 2,500+ users") == ["Raised €1,200,000", "grew to 2,500+ users"]
    assert split_list("Windows 7,8,10, 2019,2020") == ["Windows 7", "8", "10", "2019", "2020"]


def test_bullets_and_wrapped_hyphens():
    line = strip_bullet(Line("• Cut costs"))
    assert (line.text, line.bullet, line.is_bullet) == ("Cut costs", "•", True)
    assert not strip_bullet(Line("-5% churn")).is_bullet
    # pasted from Word or an email: its second-level "o", Wingdings' "§" and "Ø", arrows, numbers
    for marked in ("o Trained 4 new cooks", "§ Trained 4 new cooks", "Ø Trained 4 new cooks", "→ Trained 4 new cooks",
                   "1. Trained 4 new cooks", "2) Trained 4 new cooks"):
        assert strip_bullet(Line(marked)).text == "Trained 4 new cooks", marked
    for plain in ("Øystein Berg", "2019. Moved to Oslo", "3.81/4.0", "one of four"):
        assert not strip_bullet(Line(plain)).is_bullet, plain
    assert join_wrapped("tiered-", "storage") == "tiered-storage"
    assert join_wrapped("data-", "base", {"database"}) == "database"
    assert join_wrapped("cut p99", "latency") == "cut p99 latency"
    assert join_wrapped("Taught Years 7–", "11 and led") == "Taught Years 7–11 and led"  # an en dash, too
    assert join_wrapped("Led the team –", "and more") == "Led the team – and more"
    # a typesetter's break inside a word goes; a compound of two words the person may have typed stays
    assert join_wrapped("Machine Learn-", "ing") == "Machine Learning"
    assert join_wrapped("Ambition Insti-", "tute") == "Ambition Institute"
    assert join_wrapped("The Co-", "operative Academy") == "The Co-operative Academy"
    assert join_wrapped("Machine Learn-", "ing", {"learn-ing"}) == "Machine Learn-ing"  # written so elsewhere


def test_contact_keeps_phone_as_written_and_finds_profiles():
    basics, left = parse_header([
        Line("Jane Developer", bold=True), Line("Full Stack Engineer"),
        Line("jane@example.com | (555) 123-4567 | Austin, TX | https://jane.dev | https://github.com/janedev"),
        Line("https://www.linkedin.com/in/ jane-d | Mystery words"),
    ])
    assert basics["name"] == "Jane Developer" and basics["label"] == "Full Stack Engineer"
    assert basics["phone"] == "(555) 123-4567" and basics["email"] == "jane@example.com"
    assert basics["url"] == "https://jane.dev" and basics["location"] == {"city": "Austin", "region": "TX"}
    profiles = [(p["network"], p["username"]) for p in basics["profiles"]]
    assert profiles == [("GitHub", "janedev"), ("LinkedIn", "jane-d")]
    assert [u.text for u in left] == ["Mystery words"]


def test_contact_details_separated_only_by_spaces():
    basics, left = parse_header([Line("Jordan Lee"), Line("jordan.lee@example.com 555-010-2233 www.jlee.me")])
    assert (basics["email"], basics["phone"], basics["url"]) == ("jordan.lee@example.com", "555-010-2233",
                                                                "www.jlee.me")
    assert left == []


@pytest.mark.parametrize("header, position, name", [
    ("Warehouse Associate, Northside Supply Co. (Jan 2020 - Present)", "Warehouse Associate",
     "Northside Supply Co."),
    ("Northside Supply Co., Warehouse Associate", "Warehouse Associate", "Northside Supply Co."),
    ("Acme, Inc.", None, "Acme, Inc."),  # no side names a role: one employer
])
def test_title_and_employer_typed_with_a_comma(header, position, name):
    [raw] = group_entries([Line(header), Line("• Did the work", bullet="•")])
    entry, _ = parse_entry("work", raw, 0)
    assert (entry.get("position"), entry.get("name")) == (position, name)


def test_a_role_and_an_employer_ending_in_a_company_suffix_and_its_stop_is_a_header_not_prose():
    """"Operations Manager, Midwest Logistics Inc." has the length and the full stop of a sentence."""
    [raw] = group_entries([Line("Operations Manager, Midwest Logistics Inc."), Line("May 2019 – Present"),
                           Line("• Managed 3 warehouses", bullet="•")])
    entry, _ = parse_entry("work", raw, 0)
    assert (entry.get("position"), entry.get("name"), entry.get("summary")) == ("Operations Manager",
                                                                                "Midwest Logistics Inc.", None)


def test_a_plain_line_under_the_dates_that_tells_a_deed_describes_the_job():
    """No marker, indent or gap (a plain Word paragraph): "Kept the books" under the dates is what
    the bookkeeper did, not the employer; the header's comma then splits role and employer."""
    [raw] = group_entries([Line("Bookkeeper, Smith & Co"), Line("Mar 2017 – Present"), Line("Kept the books")])
    entry, _ = parse_entry("work", raw, 0)
    assert (entry.get("position"), entry.get("name"), entry.get("summary")) == (
        "Bookkeeper", "Smith & Co", "Kept the books")


def test_a_section_word_in_body_type_is_content_where_headings_are_set_apart():
    """A Word sidebar's Interests end on "Open Source", an award names its awarder in capitals:
    every heading of the file is bold, so neither opens a section (no type sizes to judge by)."""
    lines = [Line("Jo Doe", bold=True), Line("SKILLS", bold=True), Line("Python"), Line("INTERESTS", bold=True),
             Line("Rock Climbing"), Line("Open Source"), Line("PROJECTS", bold=True), Line("DormSwap", bold=True),
             Line("AWARDS", bold=True), Line("Best Paper Award", bold=True), Line("USENIX OSDI"), Line("Oct. 2014")]
    assert [(s.key, [line.text for line in s.lines]) for s in split_sections(lines)] == [
        ("header", ["Jo Doe"]), ("skills", ["Python"]), ("interests", ["Rock Climbing", "Open Source"]),
        ("projects", ["DormSwap"]), ("awards", ["Best Paper Award", "USENIX OSDI", "Oct. 2014"])]
    # a text file whose headings are in body type too: there it is a heading like the others
    plain = [replace(line, text=line.text.title(), bold=False) for line in lines]
    assert "Open Source" in [s.heading for s in split_sections(plain)]


def _role_at(text: str, *runs: str) -> dict:
    head = text.split(" at ")[0]
    line = Line(text, bold_prefix=runs[0] if runs and runs[0] == head else "", bold_runs=runs)
    [raw] = group_entries([line, Line("Jan 2015 – Jan 2019"), Line("• Did the work", bullet="•")])
    entry, _ = parse_entry("work", raw, 0)
    return {k: entry.get(k) for k in ("position", "name", "location")}


def test_role_at_a_bold_employer_then_its_place_in_regular_type():
    assert _role_at("Staff Software Engineer at Confluent Mountain View, CA", "Staff Software Engineer",
                    "Confluent") == {"position": "Staff Software Engineer", "name": "Confluent",
                                     "location": "Mountain View, CA"}
    assert _role_at("Chef de Partie, Garde Manger at Hotel Villa Magna Madrid, Spain", "Chef de Partie, Garde Manger",
                    "Hotel Villa Magna") == {"position": "Chef de Partie, Garde Manger", "name": "Hotel Villa Magna",
                                             "location": "Madrid, Spain"}
    assert _role_at("Sous Chef at Mercado de San Miguel – Grupo Gastronómico Sanmi Madrid, Spain", "Sous Chef",
                    "Mercado de San Miguel – Grupo Gastronómico Sanmi") == {
        "position": "Sous Chef", "name": "Mercado de San Miguel – Grupo Gastronómico Sanmi",
        "location": "Madrid, Spain"}
    # the title in regular type, only the employer bold, and a title no role word names
    assert _role_at("Data Analyst at Acme Austin, TX", "Acme") == {"position": "Data Analyst", "name": "Acme",
                                                                   "location": "Austin, TX"}
    assert _role_at("Sommelier at Le Bernardin New York, NY", "Le Bernardin") == {
        "position": "Sommelier", "name": "Le Bernardin", "location": "New York, NY"}
    # no font: the words after "at" are kept whole, "the" and all
    assert _role_at("Teaching Assistant at the University of Texas") == {
        "position": "Teaching Assistant", "name": "the University of Texas", "location": None}


def test_an_employer_and_its_role_in_one_bold_run_split_at_a_spaced_dash():
    line = Line("Central Texas Food Bank - Data Volunteer https://www.centraltexasfoodbank.org/",
                bold_prefix="Central Texas Food Bank - Data Volunteer")
    [raw] = group_entries([line, Line("Jan 2022 – Present")], "volunteer")
    entry, _ = parse_entry("volunteer", raw, 0)
    assert (entry.get("position"), entry.get("organization")) == ("Data Volunteer", "Central Texas Food Bank")


def test_the_bold_runs_of_a_line_set_partly_in_bold():
    chars = [(c, True) for c in "Chef "] + [(c, False) for c in "at "] + [(c, True) for c in "Casa Lucio "] \
        + [(c, False) for c in "Madrid, Spain"]
    assert bold_runs(chars) == ("Chef", "Casa Lucio")
    assert bold_runs([(c, True) for c in "All bold"]) == ()
    assert bold_runs([(c, False) for c in "No bold"]) == ()


def test_headings_by_words_and_by_style():
    assert section_key(Line("WORK EXPERIENCE:")) == "work"
    assert section_key(Line("Licenses & Certifications")) == "certificates"
    assert section_key(Line("Hobbies and more", bold=True, heading=True)) == "unknown"
    assert section_key(Line("Senior Engineer — Acme", bold=True)) is None
    # a contact block's place set in a type larger than the body is no heading
    for place in ("Mississauga, Ontario, CA", "Manchester, Greater Manchester, GB", "Austin, TX"):
        assert section_key(Line(place, bold=True, heading=True, size=12)) is None
    assert section_key(Line("Python", list_item=True)) is None
    keys = [s.key for s in split_sections([Line("Jane"), Line("Summary"), Line("Hi."), Line("Skills"), Line("Go")])]
    assert keys == ["header", "summary", "skills"]


def test_degree_split():
    assert split_degree("Bachelor of Science in Computer Science") == ("Bachelor of Science", "Computer Science")
    assert split_degree("Ph.D. in Computer Science") == ("Ph.D.", "Computer Science")
    assert split_degree("B.S. Computer Science") == ("B.S.", "Computer Science")


def test_entries_split_and_read_by_bold_title():
    lines = [Line("Staff Engineer — Confluent", bold_prefix="Staff Engineer"),
             Line("Mountain View, CA | Feb 2020 – Present | https://www.confluent.io/"),
             strip_bullet(Line("• Designed tiered storage")),
             Line("Data Analyst (Contract), Freelance", bold_prefix="Data Analyst (Contract)"),
             Line("Aug 2024 – Apr 2025")]
    raw = group_entries(lines)
    assert len(raw) == 2
    first, left = parse_entry("work", raw[0], 0)
    assert first == {"location": "Mountain View, CA", "startDate": "2020-02", "url": "https://www.confluent.io/",
                     "position": "Staff Engineer", "name": "Confluent", "highlights": ["Designed tiered storage"]}
    second, _ = parse_entry("work", raw[1], 1)
    assert (second["position"], second["name"]) == ("Data Analyst (Contract)", "Freelance")
    assert second["endDate"] == "2025-04"
    assert left == []


def test_education_details():
    raw = group_entries([Line("Master of Science in HCI — Stanford University", bold_prefix="Master of Science in HCI"),
                         Line("Sep 2018 – Jun 2020 | Score: 3.9 | Courses: Interaction Design, Distributed Systems")])
    entry, left = parse_entry("education", raw[0], 0)
    assert entry == {"institution": "Stanford University", "studyType": "Master of Science", "area": "HCI",
                     "startDate": "2018-09", "endDate": "2020-06", "score": "3.9",
                     "courses": ["Interaction Design", "Distributed Systems"]} and not left


def test_a_skill_far_above_the_next_indented_line_names_no_group():
    from tailor.importer.lines import Line
    from tailor.importer.simple import parse_skills

    lines = [Line("Teaching", x=195.7, y=68.8, size=16.4, bold=True),
             Line("Retrieval practice", x=202, y=118.5, size=10.5),
             Line("Differentiation", x=299.9, y=118.5, size=10.5), Line("SEND support", x=202, y=142.5, size=10.5),
             Line("Tools", x=195.7, y=196.3, size=16.4, bold=True), Line("Sparx Maths", x=305.8, y=222, size=10.5)]
    groups = parse_skills(lines)
    assert [g["name"] for g in groups] == ["Teaching", "Tools"]
    assert groups[0]["keywords"] == ["Retrieval practice", "Differentiation", "SEND support"]


def test_bold_chips_set_in_a_row_are_keywords_and_bold_names_alone_are_groups():
    from tailor.importer.lines import Line
    from tailor.importer.simple import parse_skills

    chips = [Line("Lean Six Sigma Black Belt", x=96.7, y=135.7, size=10.5, bold=True),
             Line("Value-stream mapping", x=249.1, y=135.7, size=10.5, bold=True),
             Line("SMED", x=382.1, y=135.7, size=10.5, bold=True),
             Line("ISO 9001", x=96.7, y=159.7, size=10.5, bold=True)]  # alone on its row, smaller than the name
    groups = parse_skills([Line("Lean and quality", x=87.7, y=104.1, size=13.5, bold=True), *chips])
    assert [(g["name"], g["keywords"]) for g in groups] == [
        ("Lean and quality", ["Lean Six Sigma Black Belt", "Value-stream mapping", "SMED", "ISO 9001"])]
    row = [Line(text, x=90 + 60 * i, y=80, size=10, bold=True) for i, text in enumerate(["Python", "Go", "Rust"])]
    assert parse_skills([*row, Line("Excel, Tableau", x=90, y=100, size=10)]) == [
        {"name": "Skills", "keywords": ["Python", "Go", "Rust", "Excel", "Tableau"]}]
    # a layout that prints group names only, all bold, one a row: each is a group with no keywords
    names = [Line("Distributed Systems", x=93.2, y=60, size=7.2, bold=True),
             Line("Infrastructure", x=93.2, y=87.6, size=7.2, bold=True)]
    assert [(g["name"], g["keywords"]) for g in parse_skills(names)] == [("Distributed Systems", []),
                                                                        ("Infrastructure", [])]


def test_a_fluency_on_a_line_of_its_own_belongs_to_the_language_above():
    from tailor.importer.lines import Line
    from tailor.importer.simple import parse_languages

    lines = [Line(t) for t in ("English", "- Native speaker", "Portuguese", "(Professional working proficiency)",
                               "Igbo", "Spanish (Fluent)")]
    assert parse_languages(lines) == [{"language": "English", "fluency": "Native speaker"},
                                      {"language": "Portuguese", "fluency": "Professional working proficiency"},
                                      {"language": "Igbo"}, {"language": "Spanish", "fluency": "Fluent"}]


def test_an_images_size_or_alt_text_is_never_the_name():
    basics, unparsed = parse_header([Line("64x64"), Line("Maya Okonkwo", bold=True), Line("Seattle")])
    assert basics["name"] == "Maya Okonkwo"
    assert [u.text for u in unparsed] == ["64x64"]
    assert parse_header([Line("Profile photo"), Line("Jo Lee")])[0]["name"] == "Jo Lee"


def test_labelled_contact_lines_in_the_about_section_are_contact_details():
    from tailor.importer.build import resume_from_lines
    lines = [Line("Maya Okonkwo", size=20, bold=True), Line("About", size=14, bold=True),
             Line("Computer science graduate who builds distributed systems and ships web services."),
             Line("Phone: (206) 555-0142"), Line("Email: maya.okonkwo@example.com"),
             Line("GitHub: https://github.com/mayaokonkwo"),
             Line("Experience", size=14, bold=True), Line("Engineer, Acme (2020 - 2022)")]
    basics = resume_from_lines(lines).resume["basics"]
    assert basics["email"] == "maya.okonkwo@example.com" and basics["phone"] == "(206) 555-0142"
    assert basics["summary"] == "Computer science graduate who builds distributed systems and ships web services."
    assert [p["network"] for p in basics.get("profiles", [])] == ["GitHub"]


def test_bold_group_names_side_by_side_in_a_grid_open_groups():
    """Three skill groups set as a grid: each bold name over plain lines of its own column."""
    from tailor.importer.lines import Line
    from tailor.importer.simple import parse_skills

    lines = [Line("Distributed Systems", x=41.8, y=298, size=11.2, bold=True),
             Line("Master", x=41.8, y=316, size=10.5), Line("Consensus · Replication", x=41.8, y=330, size=9.7),
             Line("Programming Languages", x=222.2, y=298, size=11.2, bold=True),
             Line("Master", x=222.2, y=316, size=10.5), Line("Go · Rust", x=222.2, y=330, size=9.7),
             Line("Infrastructure", x=402.6, y=298, size=11.2, bold=True),
             Line("Advanced", x=402.6, y=316, size=10.5), Line("Kafka · S3", x=402.6, y=330, size=9.7)]
    assert [(g["name"], g.get("level"), g["keywords"]) for g in parse_skills(lines)] == [
        ("Distributed Systems", "Master", ["Consensus", "Replication"]),
        ("Programming Languages", "Master", ["Go", "Rust"]), ("Infrastructure", "Advanced", ["Kafka", "S3"])]


def test_an_address_broken_at_a_narrow_column_edge_goes_on_without_a_space():
    assert join_wrapped("maya.okonkwo@exampl", "e.com") == "maya.okonkwo@example.com"
    assert join_wrapped("bjorn.akesson@example", ".ch") == "bjorn.akesson@example.ch"
    assert join_wrapped("mayaokonkwo.example.", "com") == "mayaokonkwo.example.com"
    assert join_wrapped("jo.example.co", "m") == "jo.example.com"
    # whole addresses and words stay apart
    assert join_wrapped("Write to jo@example.com", "or") == "Write to jo@example.com or"
    assert join_wrapped("Built with Node.", "Then") == "Built with Node. Then"


def test_an_about_block_of_contact_details_one_a_line_is_the_contact_not_the_summary():
    from tailor.importer.build import resume_from_lines
    lines = [Line("Maya Okonkwo", size=20, bold=True), Line("Summary", size=14),
             Line("Computer science graduate who builds distributed systems and ships web services."),
             Line("Experience", size=14), Line("Engineer, Acme (2020 - 2022)"),
             Line("About", size=14), Line("417 Maple Avenue, Apt 6 Seattle Washington 98105 US"),
             Line("maya.okonkwo@example.com"), Line("(206) 555-0142"), Line("mayaokonkwo.example.com"),
             Line("mayaokonkwo"), Line("maya-okonkwo"), Line("maya_ok")]  # handles of networks it leaves unnamed
    basics = resume_from_lines(lines).resume["basics"]
    assert (basics["email"], basics["phone"], basics["url"]) == (
        "maya.okonkwo@example.com", "(206) 555-0142", "mayaokonkwo.example.com")
    assert basics["summary"] == "Computer science graduate who builds distributed systems and ships web services."


def test_a_bare_site_with_a_handle_glued_on_is_cut_apart_in_the_header():
    basics, _ = parse_header([Line("Daniel Reyes"), Line("danielreyes.example.com danielreyesdata")])
    assert basics["url"] == "danielreyes.example.com"


def test_typeset_ligatures_and_curled_apostrophes_are_the_letters_typed():
    from tailor.importer.lines import clean

    assert clean("Marcus O\u2019Neill") == "Marcus O'Neill"
    assert clean("Created 5+ o\ufb00icial themes; \ufb01rst") == "Created 5+ official themes; first"
    assert clean("the \u2018best\u2019 one") == "the \u2018best\u2019 one"   # quotation marks stay


def test_a_letter_and_its_accents_drawn_apart_are_the_one_letter_typed():
    """A PDF may set "ễ" as "ê" and a combining tilde: the name is the one the person typed."""
    from tailor.importer.lines import clean

    assert clean("Nguye\u0302\u0303n Thi\u0323 Hu\u031bo\u031bng") == "Nguy\u1ec5n Th\u1ecb H\u01b0\u01a1ng"
    assert clean("Jos\u0065\u0301") == "Jos\u00e9"


def test_an_address_cut_where_its_column_ends_joins_with_no_space_though_it_looked_whole():
    assert join_wrapped("jose.nunez.garcia@example.co", "m.br", cut=True) == "jose.nunez.garcia@example.com.br"
    assert join_wrapped("jose.nunez.garcia@example.co", "m.br") == "jose.nunez.garcia@example.co m.br"
    assert join_wrapped("www.instagram.com/chef.jose.n", "unez", cut=True) == "www.instagram.com/chef.jose.nunez"
    assert join_wrapped("jo@example.com", "janedoe.com", cut=True) == "jo@example.com janedoe.com"  # one of its own


def test_a_full_address_ending_in_city_region_and_country_code_in_brackets_is_the_place():
    basics, _ = parse_header([Line("Lena Vasquez"), Line("88 Harrison Street, Unit 1402, 94105, San Francisco, "
                                                         "California (US)")])
    assert basics["location"] == {"address": "88 Harrison Street, Unit 1402", "postalCode": "94105",
                                  "city": "San Francisco", "region": "California", "countryCode": "US"}


def test_a_long_degree_line_with_its_dates_run_into_it_is_a_header_not_prose():
    """An overfull LaTeX line: the dates column starts where the degree's text ends, no space."""
    lines = [Line("University of Texas at Austin", bold=True),
             Line("Ph.D., Computer Science (Dissertation: Consistency Trade-offs in Geo-Replicated Key-Value "
                  "Stores)Sep. 2006 – June 2011")]
    entry, _ = parse_entry("education", group_entries(lines, "education")[0], 0)
    assert (entry["studyType"], entry["startDate"], entry["endDate"]) == ("Ph.D.", "2006-09", "2011-06")


def test_a_skill_list_set_as_a_sentence_loses_its_full_stop_not_its_last_name():
    from tailor.importer.simple import parse_skills

    groups = parse_skills([Line("Distributed Systems (master): Consensus, Replication, Consistency models."),
                           Line("Web: React, Vue.js.")])
    assert [g["keywords"] for g in groups] == [["Consensus", "Replication", "Consistency models"], ["React", "Vue.js"]]


def test_a_full_address_with_the_street_first_and_the_postal_code_last_gives_the_place():
    basics, _ = parse_header([Line("Nguyen Thi Huong"), Line("4410 Bellaire Blvd, Apt 12, Houston, Texas, US, 77401")])
    assert basics["location"] == {"address": "4410 Bellaire Blvd, Apt 12", "postalCode": "77401", "city": "Houston",
                                  "region": "Texas", "countryCode": "US"}
    assert "location" not in parse_header([Line("Jo Doe"), Line("Acme Corp, Engineering, Research, UK")])[0]


def test_a_verb_before_a_date_says_it_is_a_date_without_a_colon():
    from tailor.importer.dates import parse_dates

    assert parse_dates("Completed in May 2017") == parse_dates("May 2017")
    assert parse_dates("Awarded in 2023") == parse_dates("2023")
    assert parse_dates("Expected May 2026") == parse_dates("May 2026")
    assert parse_dates("Completed the migration") is None and parse_dates("Period 2019") is None
    assert trailing_dates("Associate of Applied ScienceCompleted in May 2017") == \
        ("Associate of Applied Science", parse_dates("May 2017"))


def test_a_symbol_font_bullet_read_as_an_opening_brace_is_a_bullet():
    """moderncv's marvosym bullet lands in the text layer as "{": before a space and text, with no
    closing brace on the line, it is the marker; a brace that opens a group is text."""
    line = strip_bullet(Line("{ Built a Looker Studio sales dashboard"))
    assert (line.text, line.is_bullet) == ("Built a Looker Studio sales dashboard", True)
    assert not strip_bullet(Line("{ a, b } are the two cases")).is_bullet
    assert not strip_bullet(Line("{json} templates")).is_bullet


def test_a_section_json_resume_has_no_field_for_is_never_read_as_jobs():
    """"Professional Affiliations" over "Treasurer, Austin Chapter of the IIA (2021 – 2023)":
    dated entries with role words, but memberships, not jobs. The heading is known (even in
    mixed case in a text file), so its lines neither run on into the section above nor become
    work; they are listed as unparsed with the reason."""
    from tailor.importer.build import resume_from_lines
    lines = [Line("Jo Doe"), Line("jo@example.com"), Line("Experience"), Line("Clerk, Acme, 2019 - 2021"),
             Line("Professional Affiliations"), Line("Member, American Institute of CPAs (AICPA)"),
             Line("Treasurer, Austin Chapter of the IIA (2021 – 2023)"), Line("Patents"),
             Line("US 10,000,001: A widget, 2020")]
    assert [s.key for s in split_sections(lines)] == ["header", "work", "unknown", "unknown"]
    result = resume_from_lines(lines)
    assert [job["name"] for job in result.resume["work"]] == ["Acme"]
    assert {u.reason for u in result.unparsed} == {"section 'Professional Affiliations' has no JSON Resume field",
                                                   "section 'Patents' has no JSON Resume field"}


def test_a_heading_naming_talks_or_patents_with_experience_in_it_opens_no_work_section():
    assert section_key(Line("SPEAKING EXPERIENCE", bold=True)) == "unknown"
    assert section_key(Line("TEACHING EXPERIENCE", bold=True)) == "work"
    assert section_key(Line("PATENTS AND AWARDS", bold=True)) == "awards"
    from tailor.importer.build import resume_from_lines
    result = resume_from_lines([Line("Jo Doe"), Line("jo@example.com"), Line("SPEAKING EXPERIENCE", bold=True),
                                Line("Keynote, PyCon, 2023")])
    assert "work" not in result.resume
    assert [u.reason for u in result.unparsed] == ["section 'SPEAKING EXPERIENCE' has no JSON Resume field"]


def test_a_date_range_and_an_address_in_one_cell_are_two_parts():
    assert split_parts("JUN 2015 — JAN 2020 https://www.dropbox.com/") == ["JUN 2015 — JAN 2020", "https://www.dropbox.com/"]
    assert split_parts("https://x.io 2019 - 2021") == ["https://x.io", "2019 - 2021"]
    assert split_parts("Acme 2019 - 2021 https://x.io") == ["Acme 2019 - 2021 https://x.io"]  # more than the two


def test_an_images_alternative_text_naming_the_person_is_neither_name_nor_label():
    basics, unparsed = parse_header([Line("Dr. Lena Vasquez avatar"), Line("Dr. Lena Vasquez"),
                                     Line("Staff Software Engineer"), Line("lena@example.com")])
    assert basics["name"] == "Dr. Lena Vasquez" and basics["label"] == "Staff Software Engineer"
    assert [u.text for u in unparsed] == ["Dr. Lena Vasquez avatar"]


def test_a_name_in_capitals_keeps_its_credentials_generation_and_mc_prefix():
    from tailor.importer.contact import unshout
    assert unshout("JANE DOE, RN, BSN") == "Jane Doe, RN, BSN"
    assert unshout("SEAN MCCARTHY III") == "Sean McCarthy III"
    assert unshout("CHEF DE CUISINE") == "Chef de Cuisine"
    assert unshout("REGISTERED NURSE, CARDIAC STEP-DOWN") == "Registered Nurse, Cardiac Step-Down"


def test_work_headings_of_academics_teachers_and_veterans_are_known_in_plain_text():
    for heading in ("Research Experience", "Teaching Experience", "Positions Held", "Military Service",
                    "Academic Appointments", "Internships"):
        assert section_key(Line(heading)) == "work", heading


def test_a_line_of_contact_details_above_the_name_is_never_the_name():
    basics, _ = parse_header([Line("john.smith@gmail.com | 555-201-3344"), Line("John Smith"), Line("Accountant")])
    assert (basics["name"], basics["email"], basics["label"]) == ("John Smith", "john.smith@gmail.com", "Accountant")
    basics, _ = parse_header([Line("john.smith@gmail.com | 555-201-3344")])
    assert "name" not in basics and basics["email"] == "john.smith@gmail.com"  # the review warns: no name


def test_an_acronym_in_capitals_inside_a_list_of_short_items_is_an_item_not_a_heading():
    """"MYOB" and "HIPAA" between "Xero" and "Payroll" are set in capitals like a heading, but
    name no section and sit in the list with no blank line before them: skills. A line in
    capitals after a blank line ("ACTIVITIES") still opens a section of its own."""
    lines = [Line("Olivia Brown"), Line("olivia@example.com"), Line("SKILLS", gap_before=True), Line("HIPAA"),
             Line("Xero"), Line("MYOB"), Line("Payroll"), Line("SAP"),
             Line("ACTIVITIES", gap_before=True), Line("Chess club")]
    sections = split_sections(lines)
    assert [(s.key, s.heading) for s in sections] == [("header", ""), ("skills", "SKILLS"), ("unknown", "ACTIVITIES")]
    assert [line.text for line in sections[1].lines] == ["HIPAA", "Xero", "MYOB", "Payroll", "SAP"]
    # a word processor's file has no blank lines: a short acronym is an item, a longer word a heading
    plain = [Line(line.text) for line in lines]
    sections = split_sections(plain)
    assert [s.key for s in sections] == ["header", "skills", "unknown"] and len(sections[1].lines) == 5


def test_a_pay_grade_in_a_job_title_is_never_its_dates():
    """"Supply Technician (GS-2005-09)": a federal pay grade's series looks like a year and a
    month, but a plan's capitals and a hyphen before it say it is a code; the title keeps it
    whole and the real dates line gives the dates."""
    assert parse_dates("GS-2005-09") is None and trailing_dates("Supply Technician (GS-2005-09)") is None
    assert parse_dates("WG-2010") is None and parse_dates("2005-09") == Dates("2005-09", "2005-09")
    [raw] = group_entries([Line("Supply Technician (GS-2005-09)"), Line("Defense Logistics Agency"),
                           Line("03/2014 – 05/2018"), Line("• Processed requisitions", bullet="•")])
    entry, extra = parse_entry("work", raw, 0)
    assert entry["position"] == "Supply Technician (GS-2005-09)"
    assert (entry["startDate"], entry["endDate"]) == ("2014-03", "2018-05") and not extra


def test_an_unknown_word_on_a_line_of_its_own_under_the_details_is_not_the_place():
    """"Kartalkaya" beside the email is the place; on a line of its own it may as well be a heading
    Tailor does not read ("İş Deneyimi"), so only a city the gazetteer knows is taken there."""
    details = Line("jo@example.com | 555-201-3344")
    basics, left = parse_header([Line("Jo Doe"), Line("Data Analyst"), details, Line("Kartalkaya")])
    assert "location" not in basics and [u.text for u in left] == ["Kartalkaya"]
    basics, _ = parse_header([Line("Jo Doe"), Line("Data Analyst"), Line(f"{details.text} | Kartalkaya")])
    assert basics["location"] == {"city": "Kartalkaya"}
    basics, _ = parse_header([Line("Jo Doe"), Line("Data Analyst"), details, Line("Ankara")])
    assert basics["location"] == {"city": "Ankara"}


def test_till_date_and_till_now_are_open_ends():
    """Indian and British CVs write "July 2019 – Till Date": no end yet, not a one-month job."""
    assert parse_dates("July 2019 – Till Date") == Dates("2019-07", "", True)
    assert parse_dates("2019 - till now") == Dates("2019", "", True)
    assert parse_dates("Mar 2020 – up to date") == Dates("2020-03", "", True)
    assert trailing_dates("Tata Motors, July 2019 – Till Date") == ("Tata Motors", Dates("2019-07", "", True))


def test_one_date_after_since_is_a_start_with_no_end():
    """"seit 03/2019" (German "since") and "since 2019": the start of a job still held."""
    assert parse_dates("seit 03/2019") == Dates("2019-03", "", True)
    assert parse_dates("since 2019") == Dates("2019", "", True)
    assert trailing_dates("Robert Bosch GmbH | seit 03/2019") == ("Robert Bosch GmbH", Dates("2019-03", "", True))
    assert parse_dates("03/2019") == Dates("2019-03", "2019-03")  # without "since": one month


def test_expected_after_the_dates_keeps_them():
    """"Oct 2023 – Jul 2027 (expected)": a student's end still to come is still the end."""
    assert parse_dates("Oct 2023 – Jul 2027 (expected)") == Dates("2023-10", "2027-07")
    assert trailing_dates("BSc, Oct 2023 – Jul 2027 (expected)") == ("BSc", Dates("2023-10", "2027-07"))
    assert parse_dates("expected") is None


def test_a_personal_data_tables_list_row_is_its_section():
    """"Languages Known | : | English, Hindi" in a personal-details table: the languages."""
    from tailor.importer.sections import inline_sections
    found = inline_sections(Line("Languages Known | : | English, Hindi"), "contact")
    assert [(s.key, [line.text for line in s.lines]) for s in found] == [("languages", ["English, Hindi"])]
    assert inline_sections(Line("Python | Advanced"), "skills") == []


def test_a_pin_code_set_apart_by_a_dash_stays_with_its_address():
    """The dash before an Indian PIN code splits the line into parts; the address is read whole."""
    address = Line("Flat 304, Shree Residency, Baner Road, Pune, Maharashtra – 411045")
    basics, _ = parse_header([Line("Jo Doe"), address])
    assert basics["location"]["city"] == "Pune" and basics["location"]["postalCode"] == "411045"
