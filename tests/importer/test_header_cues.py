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
