"""Warnings where an import looks guessed (review.py), and how `tailor import` shows them."""
import json
from datetime import date

from typer.testing import CliRunner

from tailor.cli import app
from tailor.importer.leftover_reasons import leftover_reason, unplaced_reason
from tailor.importer.result import Unparsed
from tailor.importer.review import review, unparsed_shown

TODAY = date(2026, 12, 6)
GOOD = {"basics": {"name": "Jo Doe", "label": "Line Cook", "email": "jo@example.com"},
        "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-01", "endDate": "2021-03"},
                 {"name": "Initech", "position": "Intern", "startDate": "2018-06"}],
        "volunteer": [{"organization": "Food Bank"}],
        "education": [{"institution": "State University", "studyType": "B.S.", "endDate": "2027"}]}


def _checks(resume, unparsed=()):
    return [(f.check, f.where) for f in review(resume, list(unparsed), today=TODAY)]


def _with(basics=None):
    resume = json.loads(json.dumps(GOOD))
    resume["basics"].update(basics or {})
    return resume


def test_a_plain_correct_import_has_no_warning():
    assert _checks(GOOD) == []


def test_the_name_missing_or_a_heading_or_a_job_title_in_its_place():
    assert _checks(_with({"name": ""})) == [("name_missing", "basics.name")]
    for name in ("RESUME", "Curriculum Vitae", "Work Experience", "jo@example.com", "4410 Bellaire Blvd"):
        assert _checks(_with({"name": name})) == [("name_heading", "basics.name")], name
    # a title in the name's place and the name in the label's place: swapped
    assert _checks(_with({"name": "Senior Software Engineer", "label": "Jo Doe"})) \
        == [("name_heading", "basics.name")]


def test_a_role_word_in_a_name_alone_is_no_warning():
    """A surname that is a role word, a role word in a name printed without a label, or beside
    a label that names a role too: people are called that."""
    assert _checks(_with({"name": "Minnie Driver", "label": "Actor"})) == []
    assert _checks(_with({"name": "Jane Developer", "label": ""})) == []
    assert _checks(_with({"name": "Jane Developer", "label": "Full Stack Software Engineer"})) == []


def test_no_email_and_no_phone():
    assert _checks(_with({"email": ""})) == [("contact_missing", "basics")]
    assert _checks(_with({"email": "", "phone": "555 0100"})) == []


def test_a_job_with_no_name_or_no_dates_and_half_a_name():
    resume = _with()
    resume["work"].append({"highlights": ["Did things"]})
    resume["work"].append({"name": "Treasurer, Chapter of the IIA"})  # no dates, no position
    assert _checks(resume) == [("entry_unnamed", "work[2]"), ("entry_undated", "work[3]")]


def test_a_job_with_both_names_but_no_dates_is_named_once_by_position_and_employer():
    """The user is asked to add the dates, once per job (not per point), and the job is named
    the way the JSON holds it: "work[1]", counted from 0, with its position at its employer."""
    resume = _with()
    resume["work"][1] = {"name": "Initech", "position": "Intern", "highlights": ["Filed forms", "Ran errands"]}
    findings = review(resume, today=TODAY)
    assert [(f.check, f.where) for f in findings] == [("entry_no_dates", "work[1]")]
    assert str(findings[0]).startswith("work[1] (Intern at Initech) has no dates")
    resume["volunteer"][0]["position"] = "Helper"  # a volunteer role often has no dates: no warning
    assert _checks(resume) == [("entry_no_dates", "work[1]")]


def test_every_warning_names_an_entry_as_the_json_holds_it():
    resume = _with()
    resume["work"].append({"highlights": ["Did things"]})
    resume["education"][0]["startDate"] = "2028"
    texts = [str(f) for f in review(resume, today=TODAY)]
    assert texts[0].startswith('work[2] ("Did things") has neither an employer nor a position')
    assert all("education[0] (B.S. at State University)" in t for t in texts[1:]) and len(texts) == 3
    assert not any("job 1" in t or "job 3" in t for t in texts)


def test_a_skill_list_as_an_employer():
    resume = _with()
    resume["work"][0]["name"] = "Python, SQL, Excel"
    assert _checks(resume) == [("entry_list", "work[0]")]


def test_dates_far_in_the_future_or_ending_before_they_start():
    resume = _with()
    resume["work"][0]["endDate"] = "2031-01"
    resume["education"][0]["startDate"] = "2028"  # and ends 2027: before it starts, and too far ahead
    assert _checks(resume) == [("date_future", "work[0]"), ("date_future", "education[0]"),
                               ("date_order", "education[0]")]


def test_one_warning_per_section_tailor_did_not_import():
    unparsed = [Unparsed("unknown: Patents", "US 1", "x"), Unparsed("unknown: Patents", "US 2", "x"),
                Unparsed("work", "stray", "x", 0)]
    findings = review(GOOD, unparsed, today=TODAY)
    assert [(f.check, f.where) for f in findings] == [("heading_unknown", "unknown: Patents")]
    assert "Patents" in str(findings[0]) and "2 line(s)" in str(findings[0])


def test_cli_prints_warnings_after_the_counts_and_sums_them_up(tmp_path):
    resume = tmp_path / "cv.md"
    resume.write_text("# Resume\n\n## Experience\n**Clerk**, Acme, 2019 - 2021\n- Filed 30 forms a day\n\n"
                      "## Patents\nUS 10,000,001: A widget\n")
    out = tmp_path / "cv.json"
    result = CliRunner().invoke(app, ["import", str(resume), "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = result.output
    assert "no email and no phone" in text and 'section "Patents" was not imported' in text
    assert text.index("Wrote") < text.index("no email and no phone") < text.index("unparsed")
    # no name ("Resume" is the document's title), no email or phone, the Patents section
    assert text.splitlines()[-1].startswith(f"3 warning(s): check what they name in {out}; 2 line(s) found no field")


def test_a_name_followed_by_its_place_is_no_list():
    resume = _with()
    resume["education"][0]["institution"] = "University of Minnesota, Minneapolis, MN"
    assert _checks(resume) == []


def test_cli_lists_a_linkedin_exports_own_warnings_and_the_reviews_as_one_list(tmp_path):
    import zipfile
    export = tmp_path / "Basic_LinkedInDataExport_12-05-2026.zip"
    with zipfile.ZipFile(export, "w") as archive:  # a profile only: no positions, no email, no phone
        archive.writestr("Profile.csv", "First Name,Last Name,Headline\nAda,Lovelace,Analyst\n")
    result = CliRunner().invoke(app, ["import", str(export), "--out", str(tmp_path / "ada.json")])
    assert result.exit_code == 0, result.output
    text = result.output
    assert text.index("Wrote") < text.index("no Positions.csv") < text.index("no email and no phone")
    assert text.splitlines()[-1].startswith("4 warning(s): check what they name in")


def test_a_greeting_or_a_heading_word_as_the_name_is_said_to_be_one():
    """"Hi Sam," (a resume pasted into an email) and "Contact" (a sidebar's heading read first)
    in the name's place: each warning says what the text looks like and where the name may be."""
    for name in ("Hi Sam,", "Dear Hiring Manager", "My resume is below."):
        [finding] = review(_with({"name": name}), today=TODAY)
        assert (finding.check, finding.where) == ("name_greeting", "basics.name"), name
        assert "looks like a greeting or a line of a letter" in str(finding)
    [finding] = review(_with({"name": "Contact"}), today=TODAY)
    assert finding.check == "name_heading" and 'the name "Contact" looks like a section heading' in str(finding)
    assert "listed as unparsed" in str(finding)


def test_an_unplaced_text_names_its_entry_and_a_place_points_at_the_location_field():
    """"[work] Kraków (work entry: extra text in the header)" said neither which job nor what to
    do: the entry is named as warnings name it, and a place left over points at the job's
    location field."""
    resume = {"basics": {}, "work": [{"name": "Acme", "position": "Clerk"},
                                     {"name": "Allegro", "position": "Product Designer"}]}
    assert unplaced_reason("work") == "a line next to the role and employer that was not placed"
    assert unplaced_reason("education") == "a line next to the school and degree that was not placed"
    where, why = unparsed_shown(Unparsed("work", "Kraków", unplaced_reason("work"), 1), resume)
    assert where == "work[1] (Product Designer at Allegro)"
    assert why == "a line next to the role and employer that was not placed; it may be the job's location: " \
                  "work[1].location"
    where, why = unparsed_shown(Unparsed("work", "Design Guild", unplaced_reason("work"), 0), resume)
    assert (where, why) == ("work[0] (Clerk at Acme)", unplaced_reason("work"))
    resume["work"][1]["location"] = "Warsaw"  # the job has its place: no hint
    assert unparsed_shown(Unparsed("work", "Kraków", unplaced_reason("work"), 1), resume)[1] == \
        unplaced_reason("work")
    assert unparsed_shown(Unparsed("header", "x", "y"), resume) == ("header", "y")


def test_cli_names_the_entry_of_an_unplaced_line_and_counts_with_units(tmp_path):
    resume = tmp_path / "cv.txt"
    resume.write_text("Jane Doe\njane@example.com | 555-201-3344\n\nEXPERIENCE\n"
                      "Senior Product Designer | Allegro | Design Guild | Jun 2021 - Present\n- Designed things\n")
    result = CliRunner().invoke(app, ["import", str(resume), "--out", str(tmp_path / "cv.json")])
    assert result.exit_code == 0, result.output
    assert "(3 basics fields, 1 job)" in result.output
    assert "[work[0] (Senior Product Designer at Allegro)] Design Guild" in result.output
    assert "a line next to the role and employer that was not placed" in result.output
    assert "extra text in the header" not in result.output
    assert result.output.splitlines()[-1] == ("1 line(s) found no field: each is listed above with the section or "
                                              f"entry it sat in; copy what you keep into that place in "
                                              f"{tmp_path / 'cv.json'}.")


def test_no_section_read_and_many_lines_left_says_the_headings_were_not_recognised():
    """Headings in another language in Title case ("Expérience professionnelle", "Formation"):
    nothing under them is read and every line is listed; one warning first names the fix."""
    basics = {"name": "Jo Doe", "email": "jo@example.com"}
    unparsed = [Unparsed("header", text, "x") for text in ("Expérience professionnelle", "Logistics Manager",
                                                           "Boiron", "2019 – 2023", "Formation", "Langues")]
    findings = review({"basics": basics}, unparsed, today=TODAY)
    assert findings[0].check == "no_sections"
    assert "6 line(s)" in findings[0].text and '"Experience", "Education"' in findings[0].text
    assert not [f for f in review({"basics": basics, "work": [{"name": "Acme", "position": "Clerk",
                                                                "startDate": "2019"}]}, unparsed, today=TODAY)
                if f.check == "no_sections"]
    assert not [f for f in review({"basics": basics}, unparsed[:2], today=TODAY) if f.check == "no_sections"]


def test_a_section_not_imported_says_its_heading_can_be_renamed():
    findings = review(GOOD, [Unparsed("unknown: Formation", "Master, Lyon 2", "x")], today=TODAY)
    assert "rename its heading" in findings[0].text and '"Education"' in findings[0].text


def test_a_second_date_says_which_dates_the_entry_holds():
    resume = {"basics": {}, "work": [{"position": "Supply Technician (GS", "name": "DLA", "startDate": "2005-09",
                                      "endDate": "2005-09"}]}
    item = Unparsed("work", "03/2014 – 05/2018", leftover_reason("work", "03/2014 – 05/2018", {}), 0)
    where, why = unparsed_shown(item, resume)
    assert where == "work[0] (Supply Technician (GS at DLA)"
    assert "as 2005-09 – 2005-09" in why and "work[0].startDate" in why


def test_a_declaration_section_is_left_out_with_a_short_note():
    """"DECLARATION" with place, date and signature: no rename advice, a note that it is left out."""
    found = review(GOOD, [Unparsed("unknown: DECLARATION", "Place: Pune", "x")], today=TODAY)
    messages = [str(finding) for finding in found]
    assert any(m.startswith('section "DECLARATION" left out') for m in messages)
    assert not any("rename its heading" in m for m in messages)
