"""Cues for a layout with section names in a left label column beside their content (issue 15,
session 14): labels a browser floated past the text's right edge, each level with the start of
the section before its own (`floated_labels.py`); skill groups in side-by-side columns whose
keywords carry a marker of their own (`twin_columns.py`); a group name set larger over marked
keywords (`simple.py`); an entry's web address over its role (`wraps.py`); a degree's grade in
brackets over its field (`education.py`); a header whose right column is a lone caption far
above the body (`sidebar.py`). Each is checked on hand-built lines."""
from tailor.importer.columns import gutter_order
from tailor.importer.education import assign_education, split_degree
from tailor.importer.floated_labels import floated_labels, with_labels
from tailor.importer.header_block import header_columns
from tailor.importer.lines import Line
from tailor.importer.pdf import _Phys, _reading_order
from tailor.importer.roles import dashed_names
from tailor.importer.sections import Section
from tailor.importer.sign_off import without_sign_off
from tailor.importer.simple import parse_skills
from tailor.importer.twin_columns import twin_order
from tailor.importer.wraps import wraps


def _phys(text, top, x0, size=9.0, page=0, width=None):
    width = width if width is not None else 4.5 * len(text)
    return _Phys(page, top, top + size, x0, x0 + width, size, [(c, False) for c in text],
                 4.5 * len(text.split()[0]))


def _texts(lines):
    return [p.text for p in lines]


def _trailing_page():
    """A page whose labels ("Skills", "Education", "Awards") sit at the right margin, each level
    with the first line of the section before its own."""
    return [_phys("Work", 40, 50, size=12), _phys("Acme Corp", 42, 178), _phys("Jan 2020 - Now", 42, 350, width=84),
            _phys("Skills", 41, 434, size=12), _phys("Led the platform team.", 60, 66),
            _phys("Programming", 100, 50), _phys("Education", 99, 434, size=12), _phys("Go", 120, 66),
            _phys("State University", 160, 50), _phys("Awards", 159, 434, size=12),
            _phys("Bachelor of Science", 180, 66), _phys("Best Paper Award", 220, 50)]


def test_labels_floated_past_the_right_edge_head_the_section_after_the_one_they_sit_beside():
    page = _trailing_page()
    floated, rest = floated_labels(page)
    assert _texts(floated) == ["Skills", "Education", "Awards"]
    ordered = with_labels(sorted(rest, key=lambda p: (p.top, p.x0)), floated)
    assert _texts(ordered) == ["Work", "Acme Corp", "Jan 2020 - Now", "Led the platform team.", "Skills",
                               "Programming", "Go", "Education", "State University", "Bachelor of Science",
                               "Best Paper Award", "Awards"]


def test_a_heading_over_its_own_column_or_a_lone_one_is_not_floated():
    # a right-hand column with its own text under its heading: a sidebar, not a floated label
    sidebar = [_phys("Experience", 40, 50, size=12), _phys("Acme Corp", 60, 50),
               _phys("Skills", 40, 434, size=12), _phys("Go", 60, 434), _phys("Rust", 75, 434),
               _phys("Education", 100, 434, size=12), _phys("State University", 120, 434)]
    assert floated_labels(sidebar) == ([], sidebar)
    one = [p for p in _trailing_page() if p.text not in ("Education", "Awards")]
    assert floated_labels(one) == ([], one)


def test_skill_groups_side_by_side_with_markers_apart_are_read_column_by_column():
    rows = [[_phys("Reduced rebalance time across the cluster.", 27, 66)],
            [_phys("Clinical", 103, 50, size=9.7), _phys("Systems", 103, 242, size=9.7)]]
    for at, (left, right) in enumerate([("Telemetry", "Epic"), ("Wound care", "Vocera"), ("IV therapy", "Pyxis")]):
        top = 134 + 16 * at  # under the names by more than 2.5 markers' heights
        rows.append([_phys("•", top + 1, 51, size=7.5), _phys(left, top, 66), _phys("•", top + 1, 243, size=7.5),
                     _phys(right, top, 258)])
    rows.append([_phys("State University", 200, 50, size=9.7), _phys("2012 - 2016", 200, 330)])
    out = [p.text for row in twin_order(rows) for p in row]
    assert out[1:] == ["Clinical", "•", "Telemetry", "•", "Wound care", "•", "IV therapy",
                       "Systems", "•", "Epic", "•", "Vocera", "•", "Pyxis", "State University", "2012 - 2016"]


def test_a_larger_unmarked_line_over_marked_keywords_names_their_group():
    lines = [Line("Programming Languages", x=50, y=54, size=9.7),
             Line("Go", x=51, y=80, size=9.0, bullet="•"), Line("Rust", x=51, y=97, size=9.0, bullet="•"),
             Line("Infrastructure", x=50, y=176, size=9.7), Line("Kafka", x=51, y=203, size=9.0, bullet="•")]
    assert parse_skills(lines) == [{"name": "Programming Languages", "keywords": ["Go", "Rust"]},
                                   {"name": "Infrastructure", "keywords": ["Kafka"]}]
    # in one type, the unmarked line is a keyword like the rest
    same = [Line("Python", x=50, y=54, size=9.0), Line("Go", x=51, y=70, size=9.0, bullet="•")]
    assert parse_skills(same) == [{"name": "Skills", "keywords": ["Python", "Go"]}]


def test_a_web_address_alone_on_its_line_does_not_run_into_the_role_under_it():
    url = _phys("https://www.confluent.io/", 237, 50, width=110)
    role = _phys("Staff Software Engineer", 247.5, 50, width=104)
    assert not wraps(url, role, {0: 434.0}, leading=0.5)
    # two words of a phrase set as tight still go on
    assert wraps(_phys("CSE 451 - Operating", 237, 50, width=90), _phys("Systems", 247.5, 50, width=33),
                 {0: 434.0}, leading=0.5)


def test_a_degrees_grade_in_brackets_over_its_field_is_its_score():
    entry: dict = {}
    assert assign_education(["University of Texas at Austin", "Computer Science", "Bachelor of Science (3.9/4.0)"],
                            entry) == []
    assert entry == {"institution": "University of Texas at Austin", "studyType": "Bachelor of Science",
                     "area": "Computer Science", "score": "3.9/4.0"}


def test_a_header_column_does_not_run_on_to_the_body_far_below_it():
    lines = [_phys("Priya Raghunathan", 49, 28, size=22, width=180), _phys("Priya Raghunathan", 38, 401, width=95),
             _phys("Cell: 416-555-0199", 98, 28, size=11, width=100),
             _phys("Email: priya@example.ca", 115, 28, size=11, width=130),
             _phys("Store manager with ten years in retail.", 171, 28, size=11, width=300),
             _phys("Sheridan College", 258, 167, size=14, width=120), _phys("Education", 259, 72, size=12.5, width=60),
             _phys("2012-09 - 2014-04", 259, 501, size=11, width=83)]
    block, rest = header_columns(lines)
    assert "Sheridan College" not in _texts(block) and "Education" not in _texts(block)
    assert {"Sheridan College", "Education", "2012-09 - 2014-04"} <= set(_texts(rest))


def test_a_degree_named_with_its_field_then_the_field_after_a_dash_is_whole():
    assert split_degree("Bachelor of Science in Nursing (BSN) - Nursing") == \
        ("Bachelor of Science in Nursing (BSN)", "Nursing")
    assert split_degree("Master of Science in Computer Science - Machine Learning") == \
        ("Master of Science", "Computer Science - Machine Learning")


def test_references_offered_on_request_under_the_last_job_are_no_entry():
    work = Section("work", "Experience", [Line("FedEx Ground"), Line("2012-09 - 2016-04"),
                                          Line("Loaded trailers at 1,200+ packages per hour."),
                                          Line("Available on request", gap_before=True)])
    sections, foot = without_sign_off([Section("header"), work])
    assert [line.text for line in sections[-1].lines][-1] == "Loaded trailers at 1,200+ packages per hour."
    assert [u.text for u in foot] == ["Available on request"]
    kept = [Section("header"), Section("references", "References", [Line("Available on request")])]
    assert without_sign_off(kept) == (kept, [])


def _label_page(about_top: float) -> list:
    """Labels level with the first line of their blocks; "Website" over its address set closer to
    the summary (a gap under 1 em) than to the contact details above it."""
    return [_phys("Contact", 101, 50, size=12), _phys("Email", 102, 178, size=7.5),
            _phys("lena@example.com", 111, 178), _phys("Website", 131, 178, size=7.5),
            _phys("https://lena.example.com", 140, 178), _phys("About", about_top, 50, size=12),
            _phys("Staff engineer with 14 years building storage systems across", 152, 178),
            _phys("three companies and two continents.", 165, 178),
            _phys("Work", 230, 50, size=12), _phys("Confluent", 231, 178), _phys("Led the storage team.", 245, 178),
            _phys("Skills", 290, 50, size=12), _phys("Go, Rust, Java", 291, 178)]


def test_a_lone_label_level_with_a_later_line_of_its_block_labels_that_line_on():
    texts = [p.text for chunk in gutter_order(_label_page(150)) for p in chunk]
    assert texts[:7] == ["Contact", "Email", "lena@example.com", "Website", "https://lena.example.com", "About",
                         "Staff engineer with 14 years building storage systems across"]
    # a label level with no line of its block still opens the block
    texts = [p.text for chunk in gutter_order(_label_page(145.5)) for p in chunk]
    assert texts.index("About") == texts.index("Website") - 1


def test_skill_columns_opening_a_page_under_a_floated_label_are_read_column_by_column():
    page0 = [_phys("Work", 40, 50, size=12), _phys("Acme Corp", 42, 50), _phys("Jan 2020 - Now", 42, 350, width=84),
             _phys("Skills", 41, 434, size=12)] + [_phys(f"Led the platform team through release {n}.", 60 + 15 * n, 66)
                                                  for n in range(8)]
    page1 = [_phys("Clinical", 29, 50, size=9.7, page=1), _phys("Systems", 29, 242, size=9.7, page=1),
             _phys("Education", 29, 434, size=12, page=1)]
    for at, (left, right) in enumerate([("Telemetry", "Epic"), ("Wound care", "Vocera"), ("IV therapy", "Pyxis")]):
        page1 += [_phys(left, 55 + 16 * at, 66, page=1), _phys(right, 55 + 16 * at, 258, page=1)]
    page1 += [_phys("State University", 160, 50, size=9.7, page=1), _phys("2012 - 2016", 160, 350, page=1, width=84)]
    texts = [p.text for p in _reading_order(page0 + page1)]
    at = texts.index("Skills")
    assert texts[at:at + 9] == ["Skills", "Clinical", "Telemetry", "Wound care", "IV therapy",
                                "Systems", "Epic", "Vocera", "Pyxis"]
    assert texts[-1] == "Education"  # the last floated label: after everything


def test_two_names_across_a_dash_with_no_role_are_one_employer():
    a, b = "St. Luke's Health", "The Vintage Hospital"
    assert dashed_names("work", [a, b], [(a, b, f"{a} – {b}")]) == [f"{a} – {b}"]
    assert dashed_names("work", ["Amazon", "Picker"], [("Amazon", "Picker", "Amazon – Picker")]) == ["Amazon", "Picker"]
    assert dashed_names("work", ["Acme Corp", "Store Manager"], [("Acme Corp", "Store Manager", "x")]) == \
        ["Acme Corp", "Store Manager"]
