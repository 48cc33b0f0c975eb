"""The layout cues third-party resume layouts rely on (issue 15): heading styles, lists without
markers, tag clouds, icon glyphs, contact sections, employer-first entries, "Name, Issuer,
Date" certificates and entry list labels. Each is checked on hand-built lines, so a failure
names the cue; the committed corpus checks them together (test_third_party_layouts.py)."""
from dataclasses import replace

from tailor.importer.build import resume_from_lines
from tailor.importer.entries import group_entries, parse_entry
from tailor.importer.fields import is_tag_list
from tailor.importer.lines import Line
from tailor.importer.sections import heading_style, split_sections


def _line(text, x=50.0, size=10.0, bold=False, level=0, heading=False, **more):
    return Line(text, x=x, size=size, bold=bold, level=level, heading=heading, **more)


def _themed(*body):
    """Name, then lines; section headings at 20 pt, entry titles bold at 16 pt."""
    return [_line("Maya Okonkwo", size=32, level=1, heading=True), _line("maya@example.com"), *body]


def test_entry_titles_and_group_names_styled_unlike_the_headings_stay_content():
    lines = _themed(_line("Work", size=20, level=2, heading=True),
                    _line("Software Engineering Intern", size=16, bold=True, level=2, heading=True),
                    _line("Outreach | Jun 2024 – Sep 2024"),
                    _line("Skills", size=20, level=2, heading=True),
                    _line("Languages", size=16, bold=True, level=2, heading=True),
                    _line("Python, Go, SQL"),
                    _line("Education", size=20, level=2, heading=True))
    assert heading_style(lines) == (20, False, False)
    assert [s.key for s in split_sections(lines)] == ["header", "work", "skills", "education"]
    # plain text has no styles to agree on: the words decide, as before
    assert heading_style([_line("Name", size=0), _line("Skills", size=0), _line("Work", size=0)]) is None


def test_an_indented_line_under_an_entry_is_a_bullet_even_without_a_marker():
    lines = [_line("Software Engineering Intern", bold=True), _line("Outreach · Jun 2024 – Sep 2024"),
             _line("Built a service-health dashboard adopted by three teams", x=60),
             _line("Cut test runtime by 35%", x=60)]
    [entry] = group_entries(lines, "work")
    assert [b.text for b in entry.bullets] == ["Built a service-health dashboard adopted by three teams",
                                               "Cut test runtime by 35%"]
    # a far-right line (a date column) is not an indent
    far = [_line("Analyst", bold=True), _line("2019 – 2021", x=400)]
    assert not group_entries(far, "work")[0].bullets


def test_tag_lists_are_keywords_not_highlights():
    assert is_tag_list("Next.js, PostgreSQL, Prisma, Vercel")
    assert not is_tag_list("Built with Next.js, PostgreSQL, and Prisma on Vercel.")
    assert not is_tag_list("Python, Go")
    lines = [_line("DormSwap", bold=True), _line("Sep 2024 – May 2025"),
             _line("Deployed to 400+ students", x=60), _line("Next.js, PostgreSQL, Prisma", x=60)]
    entry, _ = parse_entry("projects", group_entries(lines, "projects")[0], 0)
    assert entry["highlights"] == ["Deployed to 400+ students"]
    assert entry["keywords"] == ["Next.js", "PostgreSQL", "Prisma"]


def test_a_contact_section_is_read_as_the_header():
    lines = [_line("Maya Okonkwo", size=24, level=1, heading=True),
             _line("Contact", size=19, bold=True, level=2, heading=True),
             _line("maya@example.com"), _line("(206) 555-0142"),
             _line("About", size=19, bold=True, level=2, heading=True), _line("I build web services.")]
    basics = resume_from_lines(lines).resume["basics"]
    assert (basics["email"], basics["phone"], basics["summary"]) == ("maya@example.com", "(206) 555-0142",
                                                                     "I build web services.")


def test_employer_first_entries_take_the_role_line_that_follows():
    lines = [_line("Outreach", bold=True), _line("2024-06-01 — 2024-09-01", x=400, bold=True),
             _line("Software Engineering Intern", bold=True), _line("Highlights", bold=True),
             _line("Cut runtime by 35%", bullet="•"),
             _line("Allen Institute for AI", bold=True), _line("2023-06-01 — 2023-09-01", x=400, bold=True)]
    raw = group_entries(lines, "work")
    assert len(raw) == 2
    entry, _ = parse_entry("work", raw[0], 0)
    assert (entry["name"], entry["position"], entry["highlights"]) == ("Outreach", "Software Engineering Intern",
                                                                       ["Cut runtime by 35%"])
    # a title-first layout still starts a new entry at the next bold title
    titled = [_line("Data Analyst", bold=True), _line("Acme | 2020 – 2022"), _line("Senior Analyst", bold=True),
              _line("Beta | 2022 – 2024")]
    assert len(group_entries(titled, "work")) == 2


def test_certificates_name_issuer_date_and_courses_under_a_label():
    line = _line("AWS Certified Solutions Architect - Professional, Amazon Web Services, May 2024", bullet="•")
    entry, _ = parse_entry("certificates", group_entries([line], "certificates")[0], 0)
    assert entry == {"name": "AWS Certified Solutions Architect - Professional", "issuer": "Amazon Web Services",
                     "date": "2024-05"}
    lines = [_line("University of Washington", bold=True), _line("Bachelor of Science in Computer Science"),
             _line("Sep 2021 – Jun 2025"), _line("Courses", gap_before=True),
             _line("CSE 451 - Operating Systems", x=60), _line("CSE 421 - Algorithms", x=60)]
    [raw] = group_entries(lines, "education")
    entry, _ = parse_entry("education", raw, 0)
    assert entry["courses"] == ["CSE 451 - Operating Systems", "CSE 421 - Algorithms"]
    assert entry["institution"] == "University of Washington"


def test_sentences_without_a_full_stop_and_paragraph_points():
    from tailor.importer.entries import _is_prose

    assert _is_prose(_line("Cut local test-suite runtime by 35% by parallelizing integration fixtures"))
    assert not _is_prose(_line("Master of Science in Electrical and Computer Engineering"))
    assert not _is_prose(_line("Senior Manufacturing Engineer, Grain Processing Equipment"))
    # employer, dates, role, an icon before the link, then paragraphs with no markers
    lines = [_line("Outreach", bold=True), _line("June 2024 - September 2024", bold=True),
             _line("Software Engineering Intern", bold=True, gap_before=True),
             _line("https://www.outreach.io/", bullet="•", gap_before=True),
             _line("Joined the platform team to improve developer tooling.", gap_before=True),
             _line("Built a service-health dashboard adopted by three on-call teams", gap_before=True),
             _line("Cut test runtime by 35% by parallelizing fixtures", gap_before=True)]
    [raw] = group_entries(lines, "work")
    entry, _ = parse_entry("work", raw, 0)
    assert entry["url"] == "https://www.outreach.io/"
    assert entry["summary"] == "Joined the platform team to improve developer tooling."
    assert entry["highlights"] == ["Built a service-health dashboard adopted by three on-call teams",
                                   "Cut test runtime by 35% by parallelizing fixtures"]


def test_unknown_headings_named_by_a_word_and_set_like_the_known_ones():
    lines = _themed(_line("Work Experience", size=12, bold=True, x=113),
                    _line("Outreach, Intern", size=12, bold=True, x=143),
                    _line("Projects Experience", size=12, bold=True, x=113),
                    _line("DormSwap", size=12, bold=True, x=143),
                    _line("Leadership & Volunteering", size=12, bold=True, x=113),
                    _line("Skills", size=12, bold=True, x=113))
    assert [s.key for s in split_sections(lines)] == ["header", "work", "projects", "volunteer", "skills"]


def test_a_capitalised_action_verb_after_a_finished_line_opens_a_point():
    from tailor.importer.wraps import opens_point as _opens_point

    assert _opens_point("Wrote SQL models to standardize data across vendors", "Automated weekly reporting")
    assert _opens_point("Cut local test runtime by 35%", "Wrote the onboarding runbook")
    assert not _opens_point("Built the pipeline in Python and", "Automated tests")      # stopped mid-phrase
    assert not _opens_point("Built sales dashboards in Looker", "Studio for three cafes")  # not a verb
    assert not _opens_point("Built a dashboard adopted by three", "on-call teams")


def test_names_and_labels_set_in_capitals_and_a_label_after_the_name():
    from tailor.importer.contact import parse_header, unshout

    assert unshout("CHEF DE CUISINE") == "Chef de Cuisine" and unshout("JOSÉ ÑÚÑEZ-GARCÍA") == "José Ñúñez-García"
    assert unshout("MARCUS O'NEILL") == "Marcus O'Neill" and unshout("CPA") == "CPA"
    assert unshout("Data Analyst") == "Data Analyst"
    basics, _ = parse_header([_line("Maya Okonkwo, Computer Science Graduate"), _line("maya@example.com")])
    assert (basics["name"], basics["label"]) == ("Maya Okonkwo", "Computer Science Graduate")
    for credentials in ("Jane Doe, CPA", "Jane Doe, RN, BSN"):
        assert parse_header([_line(credentials)])[0]["name"] == credentials


def test_text_inside_pdf_figures_is_read(tmp_path):
    """Chromium puts text that sits beside an icon inside a figure; pdfminer skips figure text
    unless asked (all_texts). The committed kendall theme PDF has its contact lines there."""
    from pathlib import Path

    from tailor.importer import import_resume

    pdf = Path(__file__).resolve().parents[1] / "testdata/import_corpus/theme-kendall/new-grad.pdf"
    basics = import_resume(pdf).resume["basics"]
    assert (basics["email"], basics["phone"]) == ("maya.okonkwo@example.com", "(206) 555-0142")


def test_wraps_and_paragraph_gaps_are_judged_against_the_documents_leading():
    from tailor.importer.pdf import _leading, _Phys
    from tailor.importer.wraps import wraps as _wraps

    def phys(text, top, x0=65.0, x1=557.0):
        return _Phys(0, top, top + 12, x0, x1, 12.0, [(c, False) for c in text], 20.0)

    loose = [phys("• Built a Looker Studio sales dashboard for a cafe group, surfacing a margin", 0),
             phys("gap by daypart", 22, x0=80, x1=160), phys("• Wrote SQL models in dbt", 44, x1=300)]
    assert abs(_leading(loose) - 10 / 12) < 1e-6                # lines 22 pt apart, 12 pt glyphs
    assert _wraps(loose[0], loose[1], {0: 561.0}, _leading(loose))
    assert not _wraps(loose[0], loose[1], {0: 561.0}, 0.0)      # with tight leading this is a new paragraph


def test_a_schools_unlabelled_list_is_its_courses_unless_it_names_the_degree():
    school = [_line("Austin Community College", bold=True), _line("2012 – 2014"),
              _line("Statistics", x=80), _line("Managerial Accounting", x=80)]
    entry, _ = parse_entry("education", group_entries(school, "education")[0], 0)
    assert entry["courses"] == ["Statistics", "Managerial Accounting"]
    degree = [_line("University of Washington", bold=True), _line("2021 – 2025"),
              _line("Computer Science", x=80), _line("Bachelor of Science", x=80)]
    entry, _ = parse_entry("education", group_entries(degree, "education")[0], 0)
    assert "courses" not in entry


def test_skill_group_names_and_levels_laid_out_apart_are_not_keywords():
    from tailor.importer.simple import parse_skills

    grid = [_line("Data Analysis", x=65), _line("Data Visualization", x=306), _line("Intermediate", x=65),
            _line("Intermediate", x=306), _line("SQL", x=95), _line("Tableau", x=336), _line("Python", x=95)]
    keywords = {k for group in parse_skills(grid) for k in group["keywords"]}
    assert keywords == {"SQL", "Tableau", "Python"}
    bold = [_line("Programming", bold=True), _line("Python, Go, SQL"), _line("Web", bold=True), _line("React")]
    assert [(g["name"], g["keywords"]) for g in parse_skills(bold)] == [("Programming", ["Python", "Go", "SQL"]),
                                                                       ("Web", ["React"])]
    # a plain list stays a list
    assert parse_skills([_line("Python"), _line("Go")]) == [{"name": "Skills", "keywords": ["Python", "Go"]}]


def test_lone_icon_glyphs_a_repeated_name_and_trailing_commas_leave_no_trace():
    lines = [_line("Daniel Reyes", size=14, level=1, heading=True), _line("Daniel Reyes"),
             _line("Junior Data Analyst"), _line("daniel@example.com"),
             _line("Volunteer", size=16, level=2, heading=True, bold=True),
             _line("Data Volunteer,", bold=True), _line("Central Texas Food Bank"), _line("2024 – 2025")]
    resume = resume_from_lines(lines).resume
    assert resume["basics"]["label"] == "Junior Data Analyst"
    assert resume["volunteer"][0]["position"] == "Data Volunteer"


def test_a_marker_alone_on_its_line_is_dropped(tmp_path):
    from tailor.importer.extract import extract_lines

    (tmp_path / "r.txt").write_text("Ana Souza\n•\nana@example.com\n", "utf-8")
    assert [line.text for line in extract_lines(tmp_path / "r.txt")] == ["Ana Souza", "ana@example.com"]


def test_an_icon_before_the_first_entry_title_and_a_slight_offset_are_not_a_list():
    lines = [_line("Staff Software Engineer, Confluent", x=136, bullet="•"),
             _line("Feb, 2020 - Present", x=143, size=10),
             _line("Technical lead for the multi-region replication work.", x=143),
             _line("Designed the tiered-storage architecture", x=173),
             _line("Senior Software Engineer, Dropbox", x=143), _line("Jun, 2015 - Jan, 2020", x=143, size=10)]
    raw = group_entries(lines, "work")
    assert [len(r.bullets) for r in raw] == [1, 0]
    entry, _ = parse_entry("work", raw[0], 0)
    assert (entry["position"], entry["name"], entry["startDate"]) == ("Staff Software Engineer", "Confluent", "2020-02")


def test_a_narrow_cell_wraps_long_before_the_page_edge():
    from tailor.importer.pdf import _Phys
    from tailor.importer.wraps import wraps as _wraps

    def phys(text, top, x1):
        return _Phys(0, top, top + 10.5, 63.0, x1, 10.5, [(c, False) for c in text], 30.0)

    first = phys("Created and maintain a popular React component", 0, 300)
    assert _wraps(first, phys("library with 5,000+ GitHub stars.", 13, 250), {0: 550.0})
    assert not _wraps(first, phys("Library of the year award", 13, 250), {0: 550.0})    # capitalised
    assert not _wraps(phys("Seattle, United States of America", 0, 200), phys("maya@example.com", 13, 150),
                      {0: 550.0})                                                      # an email
    assert not _wraps(phys("Sep 2024 – May 2025", 0, 150), phys("application", 13, 120), {0: 550.0})


def test_a_bold_title_wrapped_in_its_table_cell_is_joined_across_the_dates_cell():
    from tailor.importer.pdf import _logical_lines, _Phys

    def phys(text, top, x0, bold=False, beside=False):
        return _Phys(0, top, top + 10.5, x0, x0 + 5.5 * len(text), 10.5, [(c, bold) for c in text], 40.0,
                     beside=beside)

    lines = _logical_lines([phys("Senior Manufacturing Engineer, Grain Processing", 0, 63, bold=True),
                            phys("September 2010 – March 2014", 0, 417, beside=True),
                            phys("Equipment", 13, 63, bold=True),
                            phys("Bühler AG", 26, 63), phys("Uzwil, Switzerland", 26, 460, beside=True)])
    assert [line.text for line in lines] == ["Senior Manufacturing Engineer, Grain Processing Equipment",
                                             "September 2010 – March 2014", "Bühler AG", "Uzwil, Switzerland"]


def test_a_header_typed_as_a_sentence_that_opens_with_its_dates():
    lines = [_line("2012 - 2021, Network Planning Engineer, Huawei, Moscow, Russia. Full cycle of SWAP "
                   "projects. Troubleshooting.", size=0)]
    entry, left = parse_entry("work", group_entries(lines, "work")[0], 0)
    assert entry == {"position": "Network Planning Engineer", "name": "Huawei", "location": "Moscow, Russia",
                     "startDate": "2012", "endDate": "2021",
                     "summary": "Full cycle of SWAP projects. Troubleshooting."}
    assert left == []


def test_marked_details_above_a_courses_label_belong_to_the_header():
    lines = [_line("University of Washington", bold=True), _line("2021 – 2025"),
             _line("Computer Science", bullet="•"), _line("Bachelor of Science", x=69),
             _line("Courses", bold=True), _line("CSE 451 - Operating Systems", bullet="•"),
             _line("CSE 421 - Algorithms", bullet="•")]
    [raw] = group_entries(lines, "education")
    entry, _ = parse_entry("education", raw, 0)
    assert entry["courses"] == ["CSE 451 - Operating Systems", "CSE 421 - Algorithms"]
    assert (entry["studyType"], entry["area"]) == ("Bachelor of Science", "Computer Science")


def test_dates_set_above_the_title_in_a_timeline_column():
    lines = [_line("2021", bold=True), _line("2025", bold=True),
             _line("University of Washington", size=13.7, bold=True, heading=True, level=2, gap_before=True),
             _line("Bachelor of Science"),
             _line("2002", bold=True, gap_before=True), _line("2006", bold=True),
             _line("University of Texas", size=13.7, bold=True, heading=True, level=2, gap_before=True)]
    raw = group_entries(lines, "education")
    assert len(raw) == 2
    entry, _ = parse_entry("education", raw[0], 0)
    assert (entry["institution"], entry["startDate"], entry["endDate"]) == ("University of Washington", "2021", "2025")


def test_details_in_body_type_under_a_large_title_stay_in_its_entry():
    lines = [_line("University of Washington", size=13.7, bold=True, heading=True, level=2),
             _line("2021 – 2025"), _line("Bachelor of Science"),
             _line("Computer Science", gap_before=True), _line("Grade: 3.81/4.0", gap_before=True),
             _line("Austin Community College", size=13.7, bold=True, heading=True, level=2, gap_before=True)]
    raw = group_entries(lines, "education")
    assert len(raw) == 2
    entry, _ = parse_entry("education", raw[0], 0)
    assert (entry["area"], entry["score"]) == ("Computer Science", "3.81/4.0")


def test_employer_with_a_tagline_then_the_role_on_its_own_line():
    lines = [_line("Freelance", size=13.7, bold=True), _line("Austin, TX", size=13.7, bold=True),
             _line("Independent analytics consulting"), _line("August 2024 – April 2025"),
             _line("Data Analyst (Contract)", size=13.7, bold=True, gap_before=True),
             _line("Cut reporting time by 5 hours", x=90, gap_before=True),
             _line("Salt & Cedar Restaurant Group", size=13.7, bold=True, gap_before=True),
             _line("March 2018 – July 2024")]
    raw = group_entries(lines, "work")
    assert len(raw) == 2
    entry, left = parse_entry("work", raw[0], 0)
    assert (entry["position"], entry["name"]) == ("Data Analyst (Contract)", "Freelance")
    assert [u.text for u in left] == ["Independent analytics consulting"]


def test_a_sentence_after_a_bold_name_describes_the_project():
    line = _line("DormSwap: A campus marketplace for students to buy, sell, and trade dorm essentials.",
                 bold_prefix="DormSwap")
    entry, _ = parse_entry("projects", group_entries([line], "projects")[0], 0)
    assert (entry["name"], entry["description"]) == ("DormSwap", "A campus marketplace for students to buy, sell, "
                                                                 "and trade dorm essentials.")


def test_an_unmarked_first_sentence_is_the_description_when_the_points_have_no_stops():
    lines = [_line("Outreach, Software Engineering Intern", bold=True), _line("2024 – 2025", x=400),
             _line("Joined the platform team to improve developer tooling.", x=65),
             _line("Built a service-health dashboard", x=65), _line("Cut test runtime by 35%", x=65)]
    entry, _ = parse_entry("work", group_entries(lines, "work")[0], 0)
    assert entry["summary"] == "Joined the platform team to improve developer tooling."
    assert entry["highlights"] == ["Built a service-health dashboard", "Cut test runtime by 35%"]
    # points that all end with a stop stay points
    stops = lines[:2] + [replace(line, text=line.text.rstrip(".") + ".") for line in lines[2:]]
    assert "summary" not in parse_entry("work", group_entries(stops, "work")[0], 0)[0]


def test_field_degree_and_school_as_comma_parts_and_a_grade_after_a_comma():
    lines = [_line("Computer Science, Bachelor of Science, University of Washington"), _line("Sep 2021 – Jun 2025"),
             _line("Business Administration, GPA: 3.5/4.0"),
             _line("Statistics, Managerial Accounting, Operations", x=65)]
    entry, _ = parse_entry("education", group_entries(lines, "education")[0], 0)
    assert (entry["institution"], entry["studyType"], entry["score"]) == ("University of Washington",
                                                                          "Bachelor of Science", "3.5/4.0")
    assert entry["courses"] == ["Statistics", "Managerial Accounting", "Operations"]


def test_a_group_name_set_like_a_heading_but_indented_is_content():
    lines = _themed(_line("Skills", size=12, bold=True, x=113), _line("Python, Go", x=143),
                    _line("Interests", size=12, bold=True, x=113),
                    _line("Open Source", size=12, bold=True, x=143), _line("Hacktoberfest", x=147),
                    _line("Education", size=12, bold=True, x=113))
    assert [s.key for s in split_sections(lines)] == ["header", "skills", "interests", "education"]


def test_a_day_before_or_after_the_month():
    from tailor.importer.dates import parse_dates

    assert parse_dates("1 December 2024").start == "2024-12" and parse_dates("December 1, 2024").start == "2024-12"
    assert parse_dates("15 Jan 2020 - 3 Feb 2021").end == "2021-02"


def test_letter_spaced_dates_and_titles_read_as_words():
    """Text set with wide letter spacing gets a space guessed between every two letters (the
    committed theme-paper PDF sets its dates and award titles that way)."""
    from pathlib import Path

    from tailor.importer.extract import extract_lines

    pdf = Path(__file__).resolve().parents[1] / "testdata/import_corpus/theme-paper/senior-engineer.pdf"
    texts = [line.text for line in extract_lines(pdf)]
    assert "2020-02-01 TO PRESENT" in texts and "BEST PAPER AWARD" in texts


def test_a_bold_line_with_no_dates_of_its_own_below_it_completes_the_entry():
    """Employer and its dates on one row, the role (no role word in it) bold on the next line:
    a new entry needs dates of its own; "Second in Mathematics Department" has none."""
    lines = [_line("Ark Academy", bold=True), _line("2021-09 —", x=500, bold=True),
             _line("Second in Mathematics Department", bold=True), _line("Teach a 22-period timetable", bullet="•"),
             _line("Levenshulme High School", bold=True, gap_before=True), _line("2018-09 — 2021-08", x=500, bold=True)]
    raw = group_entries(lines, "work")
    assert len(raw) == 2
    entry, _ = parse_entry("work", raw[0], 0)
    assert (entry["name"], entry["startDate"]) == ("Ark Academy", "2021-09") and "endDate" not in entry
    assert entry["position"] == "Second in Mathematics Department"


def test_a_labelled_date_and_a_schools_grade_and_courses_on_lines_of_their_own():
    from tailor.importer.dates import parse_dates

    assert parse_dates("Issued on: May 01, 2024").start == "2024-05"
    assert parse_dates("Skills: 2024") is None
    certs = [_line("Google Data Analytics Certificate, Google"), _line("Issued on: May 01, 2024", size=9),
             _line("Tableau Desktop Specialist, Tableau", gap_before=True), _line("Issued on: Jan 01, 2025", size=9)]
    raw = group_entries(certs, "certificates")
    assert [parse_entry("certificates", r, 0)[0]["date"] for r in raw] == ["2024-05", "2025-01"]
    school = [_line("Business Administration, Associate of Applied Science, Austin Community College",
                    bold_prefix="Business Administration, Associate of Applied Science"),
              _line("Sep, 2012 - May, 2014", size=9), _line("3.5/4.0", gap_before=True),
              _line("Statistics, Managerial Accounting, Operations Management", gap_before=True)]
    [raw] = group_entries(school, "education")
    entry, _ = parse_entry("education", raw, 0)
    assert (entry["studyType"], entry["area"], entry["score"]) == ("Associate of Applied Science",
                                                                   "Business Administration", "3.5/4.0")
    assert entry["institution"] == "Austin Community College"
    assert entry["courses"] == ["Statistics", "Managerial Accounting", "Operations Management"]


def test_a_degree_indented_under_its_school_is_part_of_the_header():
    lines = [_line("2021-09 TO 2025-06", x=62, bold=True), _line("University of Washington", x=217, bold=True),
             _line("Bachelor of Science: Computer Science (3.81/4.0)", x=241)]
    [raw] = group_entries(lines, "education")
    entry, _ = parse_entry("education", raw, 0)
    assert (entry["studyType"], entry["area"], entry["score"]) == ("Bachelor of Science", "Computer Science",
                                                                   "3.81/4.0")


def test_unmarked_sentences_set_as_one_block_are_all_points():
    header = [_line("Restaurante Alma", size=12, bold=True), _line("March 2019 - Present", bold=True),
              _line("Chef de Cuisine", bold=True, gap_before=True)]
    points = ["Run the kitchen of a 70-cover restaurant serving 1,400 covers a week.",
              "Write four seasonal menus a year using produce from small farms.",
              "Trained two sous chefs who went on to open their own restaurants."]
    block = header + [_line(points[0], gap_before=True)] + [_line(text) for text in points[1:]]
    entry, _ = parse_entry("work", group_entries(block, "work")[0], 0)
    assert entry["highlights"] == points and "summary" not in entry
    # a paragraph of its own before them is the description
    apart = header + [_line(text, gap_before=True) for text in points]
    entry, _ = parse_entry("work", group_entries(apart, "work")[0], 0)
    assert entry["summary"] == points[0] and entry["highlights"] == points[1:]


def test_a_line_beside_floated_dates_wraps_at_the_dates():
    from tailor.importer.pdf import _logical_lines, _Phys

    def phys(text, top, x0, x1):
        return _Phys(0, top, top + 9, x0, x1, 9.0, [(c, False) for c in text], 5.0 * len(text.split()[0]))

    lines = _logical_lines([phys("2018-01 — Present", 202.2, 452, 522),
                            phys("Lead 120 engineers and technicians across four European plants", 206.7, 177, 408),
                            phys("(Winterthur, Leeds, Bremen, Kotka).", 218.7, 177, 310),
                            phys("Delivered CHF 14.2M in annual savings through a common make-or-buy model", 232.9, 177,
                                 522)])
    assert lines[1].text == ("Lead 120 engineers and technicians across four European plants "
                             "(Winterthur, Leeds, Bremen, Kotka).")


def test_an_issuer_written_as_issued_by_and_a_school_named_in_another_language():
    lines = [_line("Food Safety Manager Certificate", bold=True), _line("Issued by Comunidad de Madrid"),
             _line("2015")]
    entry, _ = parse_entry("certificates", group_entries(lines, "certificates")[0], 0)
    assert entry["issuer"] == "Comunidad de Madrid"
    school = [_line("Escuela de Hostelería y Turismo de Madrid", bold=True),
              _line("Técnico Superior en Dirección de Cocina in Culinary Arts"), _line("2008 - 2010")]
    entry, _ = parse_entry("education", group_entries(school, "education")[0], 0)
    assert (entry["institution"], entry["area"]) == ("Escuela de Hostelería y Turismo de Madrid", "Culinary Arts")


def test_a_role_after_a_gap_with_no_dates_below_it_stays_with_its_employer():
    lines = [_line("Burnage Academy for Boys", size=13.7, bold=True, heading=True, level=2),
             _line("Manchester, UK", size=13.7, bold=True), _line("September 2021 – Present"),
             _line("Second in Mathematics Department", size=13.7, bold=True, heading=True, level=2, gap_before=True),
             _line("Highlights", bold=True), _line("Teach a 22-period timetable", x=80, gap_before=True),
             _line("Levenshulme High School", size=13.7, bold=True, heading=True, level=2, gap_before=True),
             _line("Manchester, UK", size=13.7, bold=True), _line("September 2018 – August 2021")]
    raw = group_entries(lines, "work")
    assert len(raw) == 2
    entry, _ = parse_entry("work", raw[0], 0)
    assert (entry["name"], entry["position"]) == ("Burnage Academy for Boys", "Second in Mathematics Department")


def test_a_school_after_a_blank_row_belongs_to_the_degree_above_it():
    lines = [_line("PGCE with Qualified Teacher Status in Secondary Mathematics", bold=True),
             _line("September 2017 – July 2018", x=428), _line("Manchester Metropolitan University", gap_before=True),
             _line("Licencjat (BSc) in Mathematics", bold=True), _line("October 2012 – July 2015", x=441),
             _line("Uniwersytet Jagielloński, Kraków")]
    raw = group_entries(lines, "education")
    assert len(raw) == 2
    entry, _ = parse_entry("education", raw[0], 0)
    assert (entry["institution"], entry["area"]) == ("Manchester Metropolitan University", "Secondary Mathematics")


def test_an_employer_name_with_a_dash_in_it_stays_whole_when_the_role_is_elsewhere():
    lines = [_line("Sous Chef | January 2015 – January 2019", bold_prefix="Sous Chef"),
             _line("Mercado de San Miguel – Grupo Gastronómico Sanmi | Madrid, Spain")]
    entry, _ = parse_entry("work", group_entries(lines, "work")[0], 0)
    assert (entry["position"], entry["name"]) == ("Sous Chef", "Mercado de San Miguel – Grupo Gastronómico Sanmi")
    # with no role elsewhere, the dash still separates title and employer
    entry, _ = parse_entry("work", group_entries([_line("Acme Corp – Data Analyst | 2020 – 2022")], "work")[0], 0)
    assert (entry["position"], entry["name"]) == ("Data Analyst", "Acme Corp")


def test_a_place_with_its_postal_code_after_it():
    from tailor.importer.contact import parse_header

    basics, _ = parse_header([_line("Maya Okonkwo"), _line("maya@example.com"),
                              _line("Seattle, Washington, US, 98105")])
    assert basics["location"]["city"] == "Seattle"


def test_undated_projects_named_in_bold_one_per_paragraph():
    lines = [_line("DormSwap: A campus marketplace for students to trade dorm essentials.", bold_prefix="DormSwap"),
             _line("gradient-viz: An interactive visualizer of gradient descent.", bold_prefix="gradient-viz",
                   gap_before=True)]
    raw = group_entries(lines, "projects")
    assert [parse_entry("projects", r, 0)[0]["name"] for r in raw] == ["DormSwap", "gradient-viz"]


def test_a_course_grid_on_shared_rows_is_the_schools_list():
    lines = [_line("University of Washington", bold=True, y=10), _line("2021 - 2025", x=400, y=10),
             _line("CSE 451 - Operating Systems", x=50, y=40), _line("CSE 444 - Database Systems", x=200, y=40),
             _line("CSE 421 - Algorithms", x=50, y=55)]
    entry, _ = parse_entry("education", group_entries(lines, "education")[0], 0)
    assert entry["courses"] == ["CSE 451 - Operating Systems", "CSE 444 - Database Systems", "CSE 421 - Algorithms"]


def test_labels_in_a_left_gutter_are_read_before_their_block():
    from tailor.importer.pdf import _logical_lines, _Phys, _reading_order

    def phys(text, top, x0, size=9.0, bold=False):
        return _Phys(0, top, top + size, x0, x0 + 5 * len(text), size, [(c, bold) for c in text], 20.0)

    page = [phys("WORK EXPERIENCE", 337.3, 62), phys("2020-02 TO PRESENT", 359.3, 62, size=7.6, bold=True),
            phys("Staff Engineer at Confluent", 341.6, 217),
            phys("Led the replication work for the platform.", 355.1, 217),
            phys("2015-06 TO 2020-01", 468.1, 62, size=7.6, bold=True), phys("Senior Engineer at Dropbox", 464.6, 217),
            phys("Worked on the storage system of the company.", 478.1, 217),
            phys("EDUCATION", 548.6, 62), phys("University of Texas at Austin", 548.4, 217),
            phys("Bachelor of Science in Computer Science", 561.9, 217)]
    texts = [line.text for line in _logical_lines(_reading_order(page))]
    assert texts[:3] == ["WORK EXPERIENCE", "2020-02 TO PRESENT", "Staff Engineer at Confluent"]
    assert texts.index("2015-06 TO 2020-01") == texts.index("Senior Engineer at Dropbox") - 1
    assert texts.index("EDUCATION") == texts.index("University of Texas at Austin") - 1


def test_a_title_that_stops_on_a_joining_word_goes_on_in_a_narrow_column():
    from tailor.importer.pdf import _logical_lines, _Phys

    def phys(text, top, x1):
        return _Phys(0, top, top + 13.7, 53.2, x1, 13.7, [(c, True) for c in text], 40.0)

    lines = _logical_lines([phys("University of Texas at", 269.7, 220), phys("Austin", 286.0, 100),
                            _Phys(0, 300, 311, 53.2, 560, 11.0, [(c, False) for c in "x" * 90], 40.0)])
    assert lines[0].text == "University of Texas at Austin"


def test_a_marked_list_item_that_names_a_section_opens_none():
    lines = _themed(_line("Interests", size=20, level=2, heading=True), _line("Mentoring"),
                    _line("- Conference speaking"), _line("- Open source"), _line("Cartography"))
    sections = split_sections(lines)
    assert [s.key for s in sections] == ["header", "interests"]
    assert [line.text for line in sections[1].lines][-2:] == ["- Open source", "Cartography"]


def test_a_year_then_the_months_name_is_a_date():
    """"2019-Mar - 2021-Nov": year first, then the month's name; without it the entry had no dates
    and its title line was not read as a job."""
    from tailor.importer.dates import parse_dates

    assert parse_dates("2019-Mar - 2021-Nov") == parse_dates("Mar 2019 - Nov 2021")
    assert parse_dates("2019-Mar - Present").start == "2019-03" and parse_dates("2019-Mayor") is None
    lines = [_line("Line Cook, Harbor Bistro", bold=True), _line("2019-Mar - Present", size=9),
             _line("Ran the grill station", bullet="•"),
             _line("Prep Cook, Maple Diner", bold=True, gap_before=True), _line("2016-Jan - 2019-Feb", size=9)]
    raw = group_entries(lines, "work")
    assert len(raw) == 2
    entry, _ = parse_entry("work", raw[1], 0)
    assert (entry["startDate"], entry["endDate"]) == ("2016-01", "2019-02")


def test_the_line_under_a_wrapped_title_follows_the_title_not_the_dates_beside_it():
    """"Senior Manufacturing Engineer, Grain Processing" / "Equipment" with its dates floated
    right of the first line, then the employer right under "Equipment": no gap, so the employer
    stays with its title rather than opening an entry of its own."""
    from tailor.importer.pdf import _logical_lines, _Phys

    def phys(text, top, x0, size=11.2, beside=False):
        line = _Phys(0, top, top + size, x0, x0 + 5.4 * len(text), size, [(c, False) for c in text], 40.0)
        line.beside = beside
        return line

    lines = [phys("Cut average lead time for large pump casings from 19 to 12 weeks.", 382, 229, size=9.0),
             phys("Senior Manufacturing Engineer, Grain Processing", 407.4, 199.5),
             phys("09/2010 to 03/2014", 407.0, 473.6, size=7.9, beside=True),
             phys("Equipment", 420.1, 199.5), phys("Bühler AG", 433.0, 199.5, size=10.1)]
    out = _logical_lines(lines)
    assert [line.text for line in out][1:] == ["Senior Manufacturing Engineer, Grain Processing Equipment",
                                               "09/2010 to 03/2014", "Bühler AG"]
    assert not out[-1].gap_before
