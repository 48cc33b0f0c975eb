"""Header cues of centred theme headers (issue 15): contact details set in the heading type
under their labels ("EMAIL • jo@example.com"). Hand-built lines, so a failure names the cue."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.sections import section_key


def _styled(text, size=12.0):
    return Line(text, size=size, bold=True, heading=True, gap_before=True)


def test_a_line_with_an_address_in_the_heading_type_is_no_section_heading():
    assert section_key(_styled("EMAIL • jo.doe@example.com")) is None
    assert section_key(_styled("WEBSITE • jodoe.example.com")) is None
    assert section_key(_styled("ASP.NET Projects")) == "projects"  # a name with a dot is no address


def test_a_contact_label_set_apart_from_its_value_is_read_with_it():
    lines = [Line("Jo Doe", size=30, bold=True, heading=True), Line("Data Analyst", size=20, bold=True, heading=True),
             _styled("Austin, Texas, US"), _styled("12 Main Street"), _styled("EMAIL • jo.doe@example.com"),
             _styled("PHONE • (512) 555-0100"), _styled("WEBSITE • https://jodoe.example.com"),
             Line("About", size=20, bold=True, heading=True), Line("I analyse data.", size=10)]
    result = resume_from_lines(lines)
    basics = result.resume["basics"]
    assert (basics["email"], basics["phone"], basics["url"]) == \
        ("jo.doe@example.com", "(512) 555-0100", "https://jodoe.example.com")
    assert not any(u.text.casefold() in ("email", "phone", "website") for u in result.unparsed)


def test_any_short_label_before_a_web_address_is_a_contact_detail():
    lines = [Line("Jo Doe", size=30, bold=True, heading=True), Line("About", size=20, bold=True, heading=True),
             Line("I cook seasonal food for sixty covers a night.", size=10),
             Line("Email: jo.doe@example.com", size=10), Line("Pinboard: https://pinboard.example/jodoe", size=10),
             Line("Experience", size=20, bold=True, heading=True)]
    basics = resume_from_lines(lines).resume["basics"]
    assert basics["summary"] == "I cook seasonal food for sixty covers a night."
    assert basics["url"] == "https://pinboard.example/jodoe"  # no network Tailor knows: the person's site


def test_profiles_printed_after_the_summary_prose_stay_out_of_the_summary():
    lines = [Line("Jo Doe", size=30, bold=True, heading=True), Line("About", size=20, bold=True, heading=True),
             Line("I cook seasonal food for sixty covers a night.", size=10),
             Line("GitHub", size=10, bold=True), Line("jodoe", size=10, link="https://github.com/jodoe"),
             Line("Experience", size=20, bold=True, heading=True)]
    basics = resume_from_lines(lines).resume["basics"]
    assert basics["summary"] == "I cook seasonal food for sixty covers a night."


def test_a_file_style_image_alt_text_is_never_the_name():
    """"profile-pic" (a broken image's alt text, words joined by a hyphen or underscore) above a
    name set in capitals: the name is the next line, written back in a form's case."""
    from tailor.importer.contact import parse_header

    basics, unparsed = parse_header([Line("profile-pic"), Line("JO ANNE LEE", bold=True), Line("jo@example.com")])
    assert basics["name"] == "Jo Anne Lee" and [u.text for u in unparsed] == ["profile-pic"]
    assert parse_header([Line("user_photo"), Line("Jo Lee")])[0]["name"] == "Jo Lee"
    assert parse_header([Line("Pic Ovens"), Line("Jo Lee")])[0]["name"] == "Pic Ovens"  # a name, not alt text


def test_an_email_set_in_capitals_and_wrapped_comes_back_whole_in_lower_case():
    """"JO.LEE@EXAMPLE.C" / "OM": a layout's capitals (CSS) on an address too long for its column;
    the capital continuation makes it whole, and the address is written in lower case."""
    from tailor.importer.contact import parse_header
    from tailor.importer.lines import address_goes_on

    assert address_goes_on("JO.LEE@EXAMPLE.C", "OM") and not address_goes_on("jo.lee@example.c", "OM")
    assert not address_goes_on("CALL ME", "NOW")
    assert parse_header([Line("Jo Lee"), Line("JO.LEE@EXAMPLE.COM")])[0]["email"] == "jo.lee@example.com"


def test_a_document_title_before_the_name_is_not_part_of_it():
    lines = [Line("Résumé of DR. LENA VASQUEZ", size=22, heading=True), Line("AUSTIN, TEXAS", size=12),
             Line("(512) 555-0188 · lena@example.com", size=11), Line("Experience", size=14, bold=True, heading=True)]
    assert resume_from_lines(lines).resume["basics"]["name"] == "Dr. Lena Vasquez"
    lines[0] = Line("Curriculum Vitae of Jo Doe, Data Analyst", size=22, heading=True)
    basics = resume_from_lines(lines).resume["basics"]
    assert (basics["name"], basics["label"]) == ("Jo Doe", "Data Analyst")


def test_a_name_and_a_label_on_one_line_are_told_apart_by_their_type():
    lines = [Line("Daniel Reyes Junior Data Analyst (former Restaurant Manager)", size=18, heading=True,
                  bold_tail="Junior Data Analyst (former Restaurant Manager)"),
             Line("I turn data into decisions.", size=9), Line("Experience", size=14, bold=True, heading=True)]
    result = resume_from_lines(lines)
    basics = result.resume["basics"]
    assert (basics["name"], basics["label"]) == ("Daniel Reyes", "Junior Data Analyst (former Restaurant Manager)")
    assert lines[0].text not in [u.text for u in result.unparsed]  # placed whole, not also left over
    lines[0] = Line("Maya Okonkwo", size=18, heading=True, bold_tail="Okonkwo")
    assert resume_from_lines(lines).resume["basics"]["name"] == "Maya Okonkwo"
    lines[0] = Line("Résumé of DANIEL REYES", size=18, heading=True, bold_tail="DANIEL REYES")
    assert resume_from_lines(lines).resume["basics"]["name"] == "Daniel Reyes"


def test_a_place_set_in_capitals_is_the_location_not_the_label():
    lines = [Line("Jo Doe", size=22, heading=True), Line("ZÜRICH, ZH", size=12),
             Line("(512) 555-0188 · jo@example.com", size=11), Line("Experience", size=14, bold=True, heading=True)]
    basics = resume_from_lines(lines).resume["basics"]
    assert "label" not in basics and basics["location"]["city"] == "Zürich" and basics["location"]["region"] == "ZH"


def test_a_contact_details_kind_in_brackets_after_it_is_not_part_of_it():
    # LinkedIn's profile PDF: "(Mobile)" after the phone, "(LinkedIn)" after the rest of a handle
    # the narrow column wrapped, "(Personal)" alone under a web address
    lines = [Line("Priya Raghunathan", size=22, level=1, heading=True), Line("416-555-0199 (Mobile)"),
             Line("www.linkedin.com/in/priya-raghunathan"), Line("raghunathan (LinkedIn)"),
             Line("priyaraghunathan.example.ca"), Line("(Personal)")]
    result = resume_from_lines(lines)
    basics = result.resume["basics"]
    assert basics["phone"] == "416-555-0199" and basics["url"] == "priyaraghunathan.example.ca"
    assert basics["profiles"][0]["username"] == "priya-raghunathan"
    assert result.unparsed == []


def test_a_word_set_as_a_link_in_the_header_is_the_profile_or_site_it_links_to():
    """Word and Google Docs users link "LinkedIn" or a handle instead of printing the address."""
    from tailor.importer.contact import parse_header

    basics, unparsed = parse_header([
        Line("Jo Doe"), Line("jo@example.com | (512) 555-0100"),
        Line("LinkedIn", link="https://www.linkedin.com/in/jo-doe"), Line("Portfolio", link="https://jodoe.dev/"),
        Line("Data Analyst")])
    assert basics["profiles"] == [{"network": "LinkedIn", "username": "jo-doe",
                                   "url": "https://www.linkedin.com/in/jo-doe"}]
    assert basics["url"] == "https://jodoe.dev/" and basics["label"] == "Data Analyst" and not unparsed
    # a label set as a link is still a label when it is longer than a link's word or two
    basics, _ = parse_header([Line("Jo Doe"), Line("Senior Data Analyst at Acme", link="https://acme.example")])
    assert basics["label"] == "Senior Data Analyst at Acme" and "url" not in basics


def test_the_name_printed_again_over_two_lines_is_not_left_over():
    from tailor.importer.contact import parse_header

    basics, unparsed = parse_header([Line("Dr. Lena Vasquez"), Line("Staff Engineer"), Line("Dr. Lena"),
                                     Line("Vasquez"), Line("lena-v")])
    assert basics["name"] == "Dr. Lena Vasquez" and [u.text for u in unparsed] == ["lena-v"]


def test_a_linked_handle_alone_in_any_section_is_a_profile_not_that_sections_text():
    lines = [Line("Jo Doe", size=30, bold=True, heading=True), Line("jo@example.com", size=10),
             Line("References", size=20, bold=True, heading=True),
             Line("Jo ran our busiest kitchen with a steady hand.", size=10),
             Line("jodoe-data", size=10, link="https://github.com/jodoe-data"),
             Line("tailor", size=10, link="https://github.com/jodoe-data/tailor")]  # a repository: not a handle
    resume = resume_from_lines(lines).resume
    assert [p["url"] for p in resume["basics"]["profiles"]] == ["https://github.com/jodoe-data"]
    assert "jodoe-data" not in str(resume["references"]) and "tailor" in str(resume["references"])


def test_the_name_is_the_largest_text_when_a_contact_block_beside_it_is_read_first():
    """A contact block set right of the name, its top above the name's: read row by row, the
    street address comes first; the name is the header's largest text, its title the next."""
    from tailor.importer.contact import parse_header

    basics, _ = parse_header([Line("12 Main Street Austin, Texas 78701", size=10), Line("Jo Doe", size=34),
                              Line("jo@example.com", size=10), Line("Data Analyst", size=17),
                              Line("(512) 555-0100", size=10)])
    assert (basics["name"], basics["label"], basics["phone"]) == ("Jo Doe", "Data Analyst", "(512) 555-0100")


def test_a_letter_icon_before_a_contact_detail_is_its_label():
    """"M (415) 555-0117", "E jo@example.com", "W jo.example.com", "gh jodoe": a symbol font's
    icons printed as letters; a fax ("F") is no phone, and a capital before a word is text."""
    from tailor.importer.contact import parse_header

    basics, unparsed = parse_header([Line("Jo Doe"), Line("F (415) 555-0199"), Line("M (415) 555-0117"),
                                     Line("E jo@example.com"), Line("W jo.example.com"), Line("gh jodoe"),
                                     Line("in jo-doe-eng")])
    assert (basics["phone"], basics["email"], basics["url"]) == ("(415) 555-0117", "jo@example.com", "jo.example.com")
    profiles = [(p["network"], p["username"]) for p in basics["profiles"]]
    assert profiles == [("GitHub", "jodoe"), ("LinkedIn", "jo-doe-eng")]
    assert [u.text for u in unparsed] == ["F (415) 555-0199"]
    assert parse_header([Line("Jo Doe"), Line("A Smith")])[0].get("label") == "A Smith"
    # a row of details read as a list keeps the dots between them as items: separators only
    basics, unparsed = parse_header([Line("Jo Doe"), Line("W jo.example.com, •, gh jodoe")])
    assert basics["url"] == "jo.example.com" and basics["profiles"][0]["username"] == "jodoe" and not unparsed


def test_a_country_code_under_an_address_and_an_address_set_in_parts_give_the_place():
    from tailor.importer.contact import parse_header

    basics, _ = parse_header([Line("Jo Doe"), Line("920 Lavaca Street Austin, Texas 78701"), Line("US")])
    assert basics["location"] == {"address": "920 Lavaca Street", "postalCode": "78701",
                                  "city": "Austin", "region": "Texas", "countryCode": "US"}
    basics, _ = parse_header([Line("Jo Doe"), Line("Rua Augusta, 1508 – São Paulo, SP 01304-001 – BR")])
    assert basics["location"] == {"address": "Rua Augusta, 1508", "postalCode": "01304-001", "city": "São Paulo",
                                  "region": "SP", "countryCode": "BR"}


def test_text_larger_than_the_headings_above_the_first_section_stays_in_the_header():
    """The name set larger than any section heading, read after contact lines (a contact block
    beside it): not a section of its own."""
    from tailor.importer.sections import split_sections

    lines = [Line("12 Main Street", size=10), Line("(512) 555-0100", size=10), Line("Jo Doe", size=34, heading=True,
                                                                                    bold=True, level=1),
             Line("Summary", size=14, bold=True, heading=True), Line("I analyse data.", size=10),
             Line("Experience", size=14, bold=True, heading=True), Line("Analyst, Acme", size=10)]
    sections = split_sections(lines)
    assert [s.key for s in sections] == ["header", "summary", "work"]
    assert [line.text for line in sections[0].lines] == ["12 Main Street", "(512) 555-0100", "Jo Doe"]


def test_the_documents_title_is_neither_the_name_nor_the_label():
    from tailor.importer.contact import parse_header

    basics, unparsed = parse_header([Line("RESUME"), Line("Dana K. Whitfield"), Line("dana@example.com")])
    assert basics["name"] == "Dana K. Whitfield" and "label" not in basics
    assert [u.text for u in unparsed] == ["RESUME"]
    basics, _ = parse_header([Line("Dana K. Whitfield — Curriculum Vitae"), Line("Line Cook")])
    assert (basics["name"], basics["label"]) == ("Dana K. Whitfield", "Line Cook")
    assert parse_header([Line("Cvetka Novak")])[0]["name"] == "Cvetka Novak"  # a name that starts like "CV"


def test_contact_labels_of_two_words_are_read_whole():
    """Europass prints "Phone number:" and "Email address:" before the values."""
    from tailor.importer.contact import parse_header

    basics, unparsed = parse_header([Line("Jo Doe"), Line("Phone number: (415) 555-0117"),
                                     Line("Email address: jo@example.com")])
    assert (basics["phone"], basics["email"], unparsed) == ("(415) 555-0117", "jo@example.com", [])


def test_a_name_over_a_larger_label_with_an_emoji_after_it_is_still_the_name():
    """A theme prints the label larger than the name, and an emoji (linked to the theme's page)
    after the name: the name is the line that reads as a name, without the picture."""
    from tailor.importer.contact import parse_header

    basics, _ = parse_header([Line("Jo Doe 🌑🌕", size=10.5, link="https://example.org/someone/theme"),
                              Line("Computer Science Graduate", size=14.3), Line("jo@example.com", size=9.7),
                              Line("(512) 555-0100", size=9.7)])
    assert (basics["name"], basics["label"], basics["phone"]) == ("Jo Doe", "Computer Science Graduate",
                                                                  "(512) 555-0100")
    assert "url" not in basics and "profiles" not in basics


def test_a_phone_and_a_linked_handle_on_one_line_are_both_read():
    from tailor.importer.contact import parse_header

    basics, unparsed = parse_header([Line("Jo Doe"), Line("+55 11 98765-4321 chef.jo",
                                                          link="https://www.instagram.com/chef.jo")])
    assert basics["phone"] == "+55 11 98765-4321"
    assert basics["profiles"][0]["url"] == "https://www.instagram.com/chef.jo" and not unparsed


def test_the_summarys_next_sentence_on_a_line_of_its_own_stays_in_the_summary():
    from tailor.importer.contact import parse_header

    first = "Second-shift supervisor with 12 years in distribution centres, from forklift operator to leading a shift."
    basics, unparsed = parse_header([Line("Jo Doe"), Line("Warehouse Supervisor"), Line(first),
                                     Line("Known for safe, clean operations and training new hires.")])
    assert basics["summary"] == f"{first} Known for safe, clean operations and training new hires."
    assert basics["label"] == "Warehouse Supervisor" and not unparsed


def test_a_title_with_a_credential_is_the_label_and_the_city_under_it_the_location():
    from tailor.importer.contact import parse_header

    basics, _ = parse_header([Line("Hannah Lee"), Line("Registered Nurse, BSN"), Line("Columbus, OH"),
                              Line("hannah@example.com")])
    assert basics["label"] == "Registered Nurse, BSN"
    assert basics["location"] == {"city": "Columbus", "region": "OH"}


def test_a_city_named_alone_among_the_contact_details_is_the_location():
    """A label follows the name; a place is printed with the email and phone ("London", or a
    city and its state's code with no comma, "Melbourne VIC")."""
    from tailor.importer.contact import parse_header

    basics, _ = parse_header([Line("Marco Bianchi | marco@example.com | 020 7946 0958 | London")])
    assert basics["location"] == {"city": "London"} and "label" not in basics
    basics, _ = parse_header([Line("Olivia Brown"), Line("olivia@example.com"), Line("0412 345 678"),
                              Line("Melbourne VIC")])
    assert basics["location"] == {"city": "Melbourne", "region": "VIC"} and "label" not in basics
    basics, _ = parse_header([Line("Jo Doe"), Line("Frontend"), Line("jo@example.com")])
    assert basics["label"] == "Frontend" and "location" not in basics  # under the name: the label


def test_a_word_above_the_name_waits_for_a_label_under_it():
    """A logo's word ("europass") or the kind of document printed over the name is read before
    it: the label is the title under the name; the word above is the label only when no other."""
    from tailor.importer.contact import parse_header

    basics, unparsed = parse_header([Line("europass", size=11), Line("Jo Doe", size=20),
                                     Line("Computer Science Graduate", size=9.5),
                                     Line("Email: jo@example.com", size=9.5)])
    assert (basics["name"], basics["label"]) == ("Jo Doe", "Computer Science Graduate")
    assert [u.text for u in unparsed] == ["europass"]
    basics, _ = parse_header([Line("Senior Data Analyst", size=11), Line("Jo Doe", size=20),
                              Line("jo@example.com", size=9.5)])
    assert basics["label"] == "Senior Data Analyst"


def test_a_label_beside_the_name_wrapped_in_the_names_type_is_read_whole():
    from tailor.importer.contact import parse_header

    basics, _ = parse_header([Line("Jo Doe | Computer Science", size=24.8), Line("Graduate", size=24.8),
                              Line("M (206) 555-0142", size=10.9), Line("jodoe", size=10.9)])
    assert (basics["name"], basics["label"], basics["phone"]) == ("Jo Doe", "Computer Science Graduate",
                                                                  "(206) 555-0142")
    basics, _ = parse_header([Line("Jo Doe", size=24), Line("Data Analyst", size=12), Line("Austin", size=12)])
    assert basics["label"] == "Data Analyst"   # a label on a line of its own: the next line is not its end


def test_a_covering_note_before_the_resume_is_left_out_and_said_why():
    """An email greeting and covering lines before a pasted resume are no name and no label:
    the name beside the contact details is the name, and the note's lines are listed."""
    lines = [Line("Hi Sam,"), Line("My resume is below.", gap_before=True), Line("REBECCA HARTLEY", gap_before=True),
             Line("Project Coordinator"), Line("bex@example.com"), Line("EXPERIENCE", gap_before=True),
             Line("Project Coordinator, Lendlease"), Line("Feb 2023 - Present"),
             Line("Coordinate schedules", bullet="*")]
    result = resume_from_lines(lines)
    basics = result.resume["basics"]
    assert (basics["name"], basics["label"], basics["email"]) == (
        "Rebecca Hartley", "Project Coordinator", "bex@example.com")
    assert [(u.text, u.reason) for u in result.unparsed] == [
        ("Hi Sam,", "before the resume: looks like a covering note"),
        ("My resume is below.", "before the resume: looks like a covering note")]


def test_a_left_over_header_line_that_reads_as_a_name_or_a_title_is_said_to_be_one():
    """"not recognised as a contact detail" misleads for the person's own name or title: say what
    it looks like and which line was taken for the name or label instead."""
    lines = [Line("Jo Doe"), Line("Staff Engineer"), Line("Jane Roe"), Line("Senior Nurse Manager"),
             Line("Open to relocation"), Line("jo@example.com")]
    reasons = {u.text: u.reason for u in resume_from_lines(lines).unparsed}
    assert reasons == {
        "Jane Roe": 'looks like a name; the name was taken from "Jo Doe": check basics.name',
        "Senior Nurse Manager": 'looks like a job title; the label was taken from "Staff Engineer": check '
                                "basics.label",
        "Open to relocation": "not recognised as a contact detail"}


def test_a_full_address_after_a_sites_own_prefix_is_the_address_the_person_gave():
    """A template that writes "https://www.linkedin.com/" before the profile it was given, itself a
    full address: the profile is the inner address; a plain address is kept as printed."""
    from tailor.importer.contact import parse_header

    basics, _ = parse_header([Line("Jo Lee"), Line("jo@example.com"),
                              Line("https://www.linkedin.com/https://linkedin.com/in/jo-lee-ops"),
                              Line("https://jolee.example.net")])
    assert [p["url"] for p in basics["profiles"]] == ["https://linkedin.com/in/jo-lee-ops"]
    assert basics["profiles"][0]["username"] == "jo-lee-ops" and basics["url"] == "https://jolee.example.net"
