"""`twin_columns.py`: two narrow columns set side by side are read one after the other."""
from tailor.importer.pdf import _logical_lines, _Phys, _reading_order
from tailor.importer.twin_columns import twin_order


def _phys(text, top, x0, size=10.8, page=0):
    return _Phys(page, top, top + size, x0, x0 + 5.5 * len(text), size, [(c, False) for c in text],
                 5.5 * len(text.split()[0]))


def _skills_block(top=173.0):
    """A heading left of the run, then a group on each side, keywords wrapping in their column."""
    return [_phys("Retail Store Manager", top - 60, 65),
            _phys("Skills", top, 65, size=12.6), _phys("Store operations", top, 354), _phys("People", top, 450),
            _phys("P&L", top + 23, 384), _phys("Hiring", top + 23, 480),
            _phys("management", top + 35, 384), _phys("Coaching", top + 35, 480),
            _phys("Loss", top + 47, 384), _phys("Team", top + 47, 480),
            _phys("prevention", top + 59, 384), _phys("building", top + 59, 480),
            _phys("Languages", top + 110, 65, size=12.6)]


def test_the_left_column_is_read_before_the_right_one_and_wraps_join_within_a_column():
    texts = [line.text for line in _logical_lines(_reading_order(_skills_block()))]
    assert texts == ["Retail Store Manager", "Skills", "Store operations", "P&L management", "Loss prevention",
                     "People", "Hiring", "Coaching", "Team building", "Languages"]


def test_a_run_cut_by_the_page_end_or_holding_dates_is_left_in_rows():
    block = _skills_block()[:-1]                      # nothing after the run on its page
    rows = [[block[0]], block[1:4]] + [block[i:i + 2] for i in range(4, len(block), 2)]
    assert twin_order(rows) == rows
    dated = [[_phys("Intro", 100, 65)], [_phys("Engineer", 120, 65), _phys("2019 – 2021", 120, 450)],
             [_phys("Analyst", 140, 65), _phys("2017 – 2019", 140, 450)],
             [_phys("Intern", 160, 65), _phys("2016 – 2017", 160, 450)], [_phys("Skills", 200, 65)]]
    assert twin_order(dated) == dated


def test_a_line_across_both_columns_ends_the_run():
    rows = [[_phys("Intro", 100, 65)], [_phys("Teaching", 120, 65), _phys("Subjects", 120, 300)],
            [_phys("Mastery", 135, 65), _phys("GCSE", 135, 300)],
            [_phys("Retrieval", 150, 65), _phys("A-level", 150, 300)],
            [_phys("A sentence that runs across both of the columns of this page", 165, 65)]]
    out = twin_order(rows)
    assert [p.text for row in out for p in row][:4] == ["Intro", "Teaching", "Mastery", "Retrieval"]
    assert out[-1][0].text.startswith("A sentence")


def test_three_columns_side_by_side_are_read_one_after_another_and_a_small_heading_ends_them():
    """A grid of three skill groups (name, level, keywords), then the next section's heading set
    smaller than the grid's text: each column is read whole, and the heading comes after all three."""
    rows = [[_phys("Summary text of the resume", 250, 42)],
            [_phys("SKILLS", 279, 42, size=9.0)],
            [_phys("Distributed", 298, 42, size=11.2), _phys("Languages", 298, 222, size=11.2),
             _phys("Infrastructure", 298, 402, size=11.2)],
            [_phys("Master", 316, 42), _phys("Master", 316, 222), _phys("Advanced", 316, 402)],
            [_phys("Consensus ·", 330, 42), _phys("Go · Rust", 330, 222), _phys("Kafka ·", 330, 402)],
            [_phys("Erasure coding", 343, 42), _phys("Prometheus", 343, 402)],
            [_phys("WORK EXPERIENCE", 381, 42, size=9.0)], [_phys("Staff Engineer", 400, 42)]]
    texts = [p.text for row in twin_order(rows) for p in row]
    assert texts == ["Summary text of the resume", "SKILLS", "Distributed", "Master", "Consensus ·", "Erasure coding",
                     "Languages", "Master", "Go · Rust", "Infrastructure", "Advanced", "Kafka ·", "Prometheus",
                     "WORK EXPERIENCE", "Staff Engineer"]


def _course_rows(right_x=389.6, pitch=9.0, size=8.2):
    """An entry's three courses flowed into two columns, then the next section's heading."""
    return [[_phys("Associate of Applied Science Business Administration", 567, 188, size=9.0)],
            [_phys("Statistics", 594, 207, size=size), _phys("Operations Management", 594, right_x, size=size)],
            [_phys("Managerial Accounting", 594 + pitch, 207, size=size)],
            [_phys("Volunteer", 627, 188, size=10.5)]]


def test_a_short_list_flowed_into_two_columns_is_read_left_column_first():
    """Two rows at one pitch, one short item per column: a list that fills its left column first."""
    texts = [p.text for row in twin_order(_course_rows()) for p in row]
    assert texts[1:4] == ["Statistics", "Managerial Accounting", "Operations Management"]


def test_cards_chips_and_rows_of_a_table_stay_in_rows():
    """Label/value cards flush with the paragraph above, a cloud of chips (pieces wherever their
    widths put them), a table going on under a title beside its dates, a right column longer than
    the left one, or sentences: none is a short list flowed into two columns."""
    cards = [[_phys("Intro", 640, 65)], [_phys("LinkedIn", 658, 65), _phys("GitHub", 658, 306)],
             [_phys("danielreyesdata", 670, 65), _phys("dreyes-data", 670, 306)],
             [_phys("Interests", 745, 65, size=16.2)]]
    chips = [[_phys("Data Analysis", 312, 57.7)], [_phys("SQL", 335, 60.7), _phys("Python", 335, 93.7)],
             [_phys("pandas", 356, 60.7), _phys("dbt", 356, 107.1)], [_phys("Excel", 377, 60.7)],
             [_phys("Data Visualization", 420, 57.7, size=14)]]
    table = [[_phys("Senior Engineer, Grain", 434, 63), _phys("2010 – 2014", 434, 417)],
             [_phys("Equipment", 449, 63), _phys("Uzwil, Switzerland", 449, 471)],
             [_phys("Bühler AG", 464, 63)], [_phys("Owned manufacturing processes end to end.", 500, 58, size=14)]]
    right_longer = _course_rows()
    right_longer[2] = [_phys("Managerial Accounting", 603, 389.6, size=8.2)]
    sentences = _course_rows()
    sentences[1][0] = _phys("Led the team.", 594, 207, size=8.2)
    for rows in (cards, chips, table, right_longer, sentences):
        assert twin_order(rows) == rows


def test_a_table_under_a_heading_in_a_gutter_far_to_its_left_stays_in_rows():
    rows = [[_phys("LANGUAGES", 536, 62, size=9.0)],
            [_phys("German", 547, 218, size=9.1), _phys("Fluent", 547, 368, size=9.1)],
            [_phys("French", 563.5, 218, size=9.1), _phys("Intermediate", 563.5, 368, size=9.1)],
            [_phys("AWARDS", 599, 62, size=12)]]
    assert twin_order(rows) == rows


def test_a_gutter_of_section_labels_beside_their_blocks_is_read_in_rows():
    """Labels level with the first line of what they label, with right-only rows between them."""
    lines = [_phys("Nguyen Thi Huong", 40, 43, size=15.0),
             _phys("SUMMARY", 124, 43), _phys("Registered nurse with nine years of acute care", 124, 138),
             _phys("Charge nurse on nights and preceptor for graduates", 138, 138),
             _phys("SKILLS", 160, 43), _phys("Clinical: Telemetry monitoring, Wound care", 160, 138),
             _phys("Systems: Epic, Pyxis MedStation, Vocera", 174, 138),
             _phys("EXPERIENCE", 196, 43), _phys("Memorial Hermann - Registered Nurse II", 196, 138),
             _phys("Interpret for patients and families", 210, 153),
             _phys("Education", 240, 43, size=12.6)]
    rows = [[lines[0]], lines[1:3], [lines[3]], lines[4:6], [lines[6]], lines[7:9], [lines[9]], [lines[10]]]
    assert twin_order(rows) == rows


def test_a_run_whose_lists_go_on_past_the_page_break_is_read_column_by_column_up_to_it():
    """Keywords indented under their group names, cut by the page break: the next page opens
    with a row of items, each where an item of the run starts."""
    rows = [[_phys("SKILLS", 600, 65)],
            [_phys("Baking", 620, 65), _phys("Service", 620, 300)],
            [_phys("Sourdough", 640, 80), _phys("Wine pairing", 640, 315)],
            [_phys("Lamination", 655, 80), _phys("Front of house", 655, 315)],
            [_phys("Tempering", 670, 80), _phys("Cash handling", 670, 315)]]
    after = [_phys("Croissants", 40, 80, page=1), _phys("Reservations", 40, 315, page=1)]
    texts = [[p.text for p in row] for row in twin_order(rows, after=after)]
    assert texts == [["SKILLS"], ["Baking"], ["Sourdough"], ["Lamination"], ["Tempering"],
                     ["Service"], ["Wine pairing"], ["Front of house"], ["Cash handling"]]
    elsewhere = [_phys("Croissants", 40, 120, page=1), _phys("Reservations", 40, 315, page=1)]
    assert twin_order(rows, after=elsewhere) == rows  # a row that does not go on the lists: left in rows


def test_a_column_whose_first_line_stands_lower_than_the_others_is_a_column_all_the_same():
    """The first row of the run holds the outer columns only (the middle one's group name took two
    rows in large type above it): the middle column's lines are read whole, not interleaved."""
    rows = [[_phys("Skills", 40, 94, size=12.6)],
            [_phys("Welding", 80, 94), _phys("Multi-site", 77, 312)],
            [_phys("Casting", 98, 94), _phys("Lean Six", 98, 203), _phys("Capex", 98, 312)],
            [_phys("Assembly", 116, 94), _phys("Value-stream", 116, 203), _phys("Change", 116, 312)],
            [_phys("Tooling", 134, 94), _phys("SMED", 134, 203), _phys("Coaching", 134, 312)],
            [_phys("PFMEA", 152, 203)],
            [_phys("Languages", 200, 94, size=12.6)]]
    texts = [p.text for row in twin_order(rows) for p in row]
    assert texts == ["Skills", "Welding", "Casting", "Assembly", "Tooling", "Lean Six", "Value-stream", "SMED",
                     "PFMEA", "Multi-site", "Capex", "Change", "Coaching", "Languages"]
