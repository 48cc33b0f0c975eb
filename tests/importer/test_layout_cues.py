"""The layout cues third-party resume layouts rely on (issue 15): heading styles, lists without
markers, tag clouds, icon glyphs, contact sections, employer-first entries, "Name, Issuer,
Date" certificates and entry list labels. Each is checked on hand-built lines, so a failure
names the cue; the committed corpus checks them together (test_third_party_layouts.py)."""
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
    from tailor.importer.pdf import _opens_point

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
    from tailor.importer.pdf import _leading, _Phys, _wraps

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
    from tailor.importer.pdf import _Phys, _wraps

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
