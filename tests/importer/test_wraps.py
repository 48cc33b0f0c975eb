"""`wraps.py`: whether a physical PDF line continues the one before it."""
from dataclasses import replace

from tailor.importer.pdf import _Phys, _to_line
from tailor.importer.wraps import cell_wrap, closes_parenthesis, opens_point, rows_under_titles, wraps


def _phys(text, top, x0=63.0, x1=None, size=10.0, bold=False, beside=False):
    x1 = x0 + 5.5 * len(text) if x1 is None else x1
    return _Phys(0, top, top + size, x0, x1, size, [(c, bold) for c in text], 5.5 * len(text.split()[0]),
                 beside=beside)


def test_a_line_that_stops_on_a_joining_word_goes_on():
    first = _phys("University of Texas at", 0, x1=180, bold=True)
    assert wraps(first, _phys("Austin", 13, bold=True), {0: 550.0})
    assert not wraps(_phys("University of Texas", 0, x1=160, bold=True), _phys("Austin", 13, bold=True), {0: 550.0})


def test_a_wrap_that_hangs_left_under_the_marker():
    first = _phys("Built a service-health dashboard adopted by three on-call", 0, x0=241, x1=548)
    assert wraps(first, _phys("teams", 11, x0=228), {0: 550.0})
    assert not wraps(first, _phys("teams", 11, x0=200), {0: 550.0})   # further left: a new block


def test_label_table_rows_are_not_a_wrapped_cell():
    label, value = _phys("Website", 0, x0=218, bold=True), _phys("https://example.com", 0, x0=368, beside=True)
    assert not cell_wrap(label, value, _phys("Email", 17, x0=218, bold=True), 0.5)
    title = _phys("Senior Manufacturing Engineer, Grain Processing", 0, bold=True)
    dates = _phys("September 2010 – March 2014", 0, x0=417, beside=True)
    assert cell_wrap(title, dates, _phys("Equipment", 13, bold=True), 0.3)


def test_a_short_cell_beside_dates_has_not_wrapped():
    employer = _phys("Freelance", 0, x0=50, bold=True, size=12)
    dates = _phys("2024-08-01 — 2025-04-01", 2, x0=438, beside=True)
    assert not cell_wrap(employer, dates, _phys("Data Analyst (Contract)", 22, x0=50, bold=True, size=12), 0.6)


def test_a_layout_that_sets_titles_over_a_bold_row_wraps_a_title_only_when_it_ran_out_of_room():
    short = [_phys("Teacher of Mathematics", 354, x0=60, x1=185, size=11, bold=True),
             _phys("Sep 2018 – Aug 2021", 354, x0=467, beside=True),
             _phys("Levenshulme High School", 368, x0=60, size=11, bold=True)]
    title = _phys("Second in Mathematics Department", 220, x0=60, x1=246, size=11, bold=True)
    dates = _phys("Sep 2021 – Present", 220, x0=475, beside=True)
    employer = _phys("Burnage Academy for Boys", 234, x0=60, size=11, bold=True)
    assert rows_under_titles(short, 0.3) and not rows_under_titles([title, dates, employer], 0.3)
    assert cell_wrap(title, dates, employer, 0.3)            # alone, a title this long may have wrapped
    assert not cell_wrap(title, dates, employer, 0.3, True)  # "Burnage" fitted before the dates: a row of its own
    full = _phys("Senior Manufacturing Engineer, Grain Processing Equipment", 474, x0=60, x1=440, size=11, bold=True)
    assert cell_wrap(full, _phys("Sep 2010 – Mar 2014", 474, x0=467, beside=True),
                     _phys("Bühler AG", 488, x0=60, size=11, bold=True), 0.3, True)


def test_a_points_capitalised_last_word_under_its_text_ends_its_sentence():
    first = _phys("• Teach a 22-period timetable across Key Stages 3–5, including Year 12 and 13 Further", 249,
                  x0=66, x1=488, size=11)
    assert wraps(first, _phys("Mathematics.", 263, x0=74, size=11), {0: 564.0}, 0.3)
    assert not wraps(first, _phys("Mathematics", 263, x0=74, size=11), {0: 564.0}, 0.3)   # a heading, say


def test_lines_set_far_tighter_than_the_documents_leading_are_one_item():
    first = _phys("CSE 451 - Operating", 246.0, x0=94.5, x1=200.2, size=11.4)
    assert wraps(first, _phys("Systems", 258.8, x0=94.5, size=11.4), {0: 374.7}, 0.45)
    assert not wraps(first, _phys("Systems", 266.0, x0=94.5, size=11.4), {0: 374.7}, 0.45)   # an item's gap
    assert not wraps(first, _phys("Systems", 258.8, x0=94.5, size=11.4), {0: 374.7}, 0.2)    # tight leading


def test_a_line_that_opens_and_ends_a_sentence_is_a_point_of_its_own():
    from tailor.importer.wraps import one_line_sentence

    first = _phys("Cut trailer dwell time by 22% with the transportation team.", 0, x1=505)
    assert not wraps(first, _phys("Run cycle counts with 99.6% inventory accuracy.", 11), {0: 522.0})
    assert wraps(_phys("Cut trailer dwell time by 22% with the transportation", 0, x1=505),
                 _phys("Run cycle counts", 11), {0: 522.0})          # no full stop: the sentence goes on
    marked = _phys("• Cut trailer dwell time by 22% with the transportation team.", 0, x1=520)
    assert wraps(marked, _phys("Cycle counts rose", 11, x0=70), {0: 522.0})   # a marked point's second sentence
    assert not one_line_sentence("and more of it, as planned.", "Then we left.")  # a paragraph's inner line
    assert not one_line_sentence("Ran the kitchen.", "then left.")


def test_a_place_alone_under_a_title_is_a_line_of_its_own():
    first = _phys("Memorial Hermann Texas Medical Center", 0, x1=540, size=13.7, bold=True)
    assert not wraps(first, _phys("Houston, TX", 16, size=13.7, bold=True), {0: 550.0})
    assert wraps(_phys("Senior Engineer, Acme Corp,", 0, x1=545), _phys("Houston, TX", 11), {0: 550.0})


def test_a_header_ending_on_the_separator_before_its_place_goes_on_to_the_place():
    for dash in ("–", "—", "|"):   # "Role, Employer –" with its place still to come
        assert wraps(_phys(f"Line Cook, Harbor Bistro Group {dash}", 0, x1=545), _phys("Portland, OR", 11), {0: 550.0})
    assert not wraps(_phys("Line Cook, Harbor Bistro Group", 0, x1=545), _phys("Portland, OR", 11), {0: 550.0})


def test_a_hyphenated_first_word_could_have_broken_after_its_hyphen():
    from tailor.importer.pdf import first_word_width

    class Glyph:
        def __init__(self, text, x0):
            self.text, self.x0, self.x1, self.size = text, x0, x0 + 5.0, 10.0

        def get_text(self):
            return self.text

    glyphs = [Glyph(c, 5.0 * i) for i, c in enumerate("Action-research project")]
    assert first_word_width(glyphs) == 35.0                   # "Action-"
    assert first_word_width([Glyph(c, 5.0 * i) for i, c in enumerate("-5% churn")]) == 15.0   # "-5%" whole
    assert first_word_width([Glyph(c, 5.0 * i) for i, c in enumerate("Run it")]) == 15.0


def test_text_beside_floated_boxes_runs_on_under_them():
    first = _phys("Lead a store with 85 employees and four department", 513.5, x0=354.1, x1=506.5, size=10.8)
    after = _phys("managers.", 525.5, x0=95.2, size=10.8)
    after.alone = True
    assert wraps(first, after, {0: 546.7}, 0.11)
    capital = _phys("Grew sales 9.4% in 2023.", 525.5, x0=95.2, size=10.8)
    capital.alone = True
    assert not wraps(first, capital, {0: 546.7}, 0.11)        # a new point
    after.alone = False
    assert not wraps(first, after, {0: 546.7}, 0.11)          # a column beside it on its row: not a run-on
    dates = _phys("2024-02-01 — 2025-03-01", 513.5, x0=354.1, x1=546.0, size=10.8)
    link = _phys("https://www.foodbank.org/", 525.5, x0=95.2, size=10.8)
    link.alone = True
    assert not wraps(dates, link, {0: 546.7}, 0.11)
    # a right-aligned column of links ending at the edge, the next row's email alone at the left
    profile = _phys("www.linkedin.com/in/zoe-lukasiewicz", 85.1, x0=422.8, x1=546.7)
    email = _phys("zoe.lukasiewicz@example.co.uk", 98.6, x0=76.9)
    email.alone = True
    assert not wraps(profile, email, {0: 546.7}, 0.35)


def test_in_narrow_side_by_side_columns_only_a_phrase_goes_on():
    def narrow(text, top, x0=384.1):
        line = _phys(text, top, x0=x0, size=10.8)
        line.narrow = True
        return line

    assert wraps(narrow("P&L", 196.2), narrow("management", 208.2), {0: 546.7}, 0.11)
    assert not wraps(narrow("Hiring", 196.2, 480.4), narrow("Coaching", 208.2, 480.4), {0: 546.7}, 0.11)
    assert wraps(narrow("Whole-", 196.2), narrow("Animal butchery", 208.2), {0: 546.7}, 0.11)
    assert not wraps(narrow("P&L", 196.2), narrow("management", 208.2, 480.4), {0: 546.7}, 0.11)  # other column
    # a list cut after its separator goes on: "Consensus · Replication ·" / "Erasure coding"
    assert wraps(narrow("Consensus · Replication ·", 196.2), narrow("Erasure coding", 208.2), {0: 546.7}, 0.11)
    assert wraps(narrow("Go, Rust,", 196.2), narrow("Python", 208.2), {0: 546.7}, 0.11)


def test_in_a_sidebar_an_address_broken_at_its_edge_goes_on_and_whole_contact_details_stand_alone():
    def side(text, top):
        line = _phys(text, top, x0=57.0, size=9.0)
        line.narrow = line.sidebar = True
        return line

    assert wraps(side("maya.okonkwo@exampl", 176.7), side("e.com", 187.2), {0: 546.7}, 0.45)
    assert wraps(side("priyaraghunathan.exam", 220.9), side("ple.ca", 231.4), {0: 546.7}, 0.45)
    # "...example.c" / "a" went on, but the phone under the "a" is a line of its own, though "a" is a word
    assert not wraps(side("a", 187.2), side("416-555-0199", 196.4), {0: 546.7}, 0.45)
    assert not wraps(side("priyaraghunathan.example.ca", 220.9), side("priya-raghunathan", 231.4), {0: 546.7}, 0.45)


def test_chips_wrapped_onto_the_next_row_are_more_items_of_the_list():
    row = replace(_phys("Spanish, Brazilian, Whole-animal butchery, Fermentation", 0, x1=505, bold=True), tags=True)
    below = _phys("Pastry basics", 24, x1=164, bold=True)  # under its first chip, past the chips' padding
    assert wraps(row, below, {0: 550.0}) and below.tags
    assert _to_line([row, below], 10.0, 20.0, None, set()).text == \
        "Spanish, Brazilian, Whole-animal butchery, Fermentation, Pastry basics"
    # a chip's own text wrapping sits closer under it than the next row: one item, read as before
    chip = replace(_phys("Whole-animal", 0, x1=125), tags=True)
    inside = _phys("butchery", 14.5, x1=101)
    assert not wraps(chip, inside, {0: 550.0}) or _to_line([chip, inside], 10.0, 20.0, None, set()).text == \
        "Whole-animal butchery"
    # a sentence under a row of chips is no chip
    assert not wraps(row, _phys("Led the kitchen team through a full menu change", 24, bold=True), {0: 550.0})


def test_a_range_cut_in_a_narrow_dates_cell_goes_on_with_its_end():
    cut = _phys("Sep 2008 - Jun", 0, x0=461, x1=532, beside=True)
    assert wraps(cut, _phys("2010", 15, x0=461, x1=484), {0: 550.0})
    assert wraps(_phys("Sep 2008 -", 0, x0=461, x1=510), _phys("Present", 15, x0=461, x1=500), {0: 550.0})
    # whole dates, then the next entry's dates: two lines
    assert not wraps(_phys("Sep 2008 - Jun 2010", 0, x0=461, x1=540), _phys("2011", 15, x0=461, x1=484), {0: 550.0})
    # LinkedIn's degree line: the range in brackets after the degree, cut by the column's edge
    degree = _phys("Ontario College Diploma, Business Administration · (2012 -", 0, x0=220, x1=540)
    assert wraps(degree, _phys("2014)", 15, x0=220, x1=250), {0: 550.0})
    assert not wraps(_phys("Diploma, Business Administration · (2012 - 2014)", 0, x0=220, x1=540),
                     _phys("2015)", 15, x0=220, x1=250), {0: 550.0})


def test_a_point_beside_the_dates_ends_its_sentence_further_left():
    first = _phys("Taught mixed-ability classes in Years 7-11 and led intervention groups for Pupil", 0,
                  x0=354, x1=548, beside=True)
    rest = _phys("Premium students.", 13, x0=95, x1=180)
    rest.alone = True
    assert wraps(first, rest, {0: 550.0}, leading=0.2)
    # a place in a table cell does not go on into the sentence under it
    place = _phys("Mountain View, CA", 0, x0=467, x1=548, beside=True)
    summary = _phys("Technical lead for the multi-region replication initiatives.", 13, x0=57, x1=400)
    summary.alone = True
    assert not wraps(place, summary, {0: 550.0}, leading=0.2)


def test_short_lines_alone_on_a_last_page_are_not_wraps_of_each_other():
    from tailor.importer.pdf import _logical_lines

    def on(page, text, top, x1=None):
        return replace(_phys(text, top, x1=x1), page=page)
    lines = [on(0, "Skills", 0), on(0, "Ran the night shift of a large depot for six years in a row.", 20, x1=540),
             on(1, "Inventory control", 0), on(1, "Cycle counting", 12), on(1, "Slotting", 24)]
    assert [line.text for line in _logical_lines(lines)][-3:] == ["Inventory control", "Cycle counting", "Slotting"]


def test_a_narrow_page_with_pieces_side_by_side_keeps_its_own_edge():
    from tailor.importer.pdf import _logical_lines

    def on(page, text, top, x0=63.0, x1=None, beside=False):
        return replace(_phys(text, top, x0=x0, x1=x1, beside=beside), page=page)
    lines = [on(0, "Ran the night shift of a large depot for six years in a row.", 0, x1=540),
             on(1, "Southwest Tennessee", 0, x1=248), on(1, "Community College", 14),
             on(1, "Forklift", 28), on(1, "Reach truck", 28, x0=150, x1=248, beside=True)]
    assert "Southwest Tennessee Community College" in [line.text for line in _logical_lines(lines)]


def test_a_centred_title_over_two_lines_goes_on():
    first = _phys("WAREHOUSE OPERATIONS", 0, x0=140, x1=471, size=25, bold=True)
    second = _phys("SUPERVISOR", 29, x0=226, x1=386, size=25, bold=True)
    second.first_word = 160.0
    assert wraps(first, second, {0: 521.0}, 0.13)
    short = _phys("Austin, Texas, US", 0, x0=259, x1=350, size=12, bold=True)
    assert not wraps(short, _phys("920 Lavaca Street", 15, x0=258, x1=352, size=12, bold=True), {0: 521.0}, 0.13)


def test_a_full_width_list_cut_after_its_separator_goes_on():
    first = _phys("Major courses: CSE 451 - Operating Systems · CSE 444 - Database Systems ·", 181.5, x0=41.8,
                  x1=534.0, size=9.7)
    assert wraps(first, _phys("CSE 461 - Computer Networks · CSE 421 - Algorithms", 195.6, x0=41.8, size=9.7),
                 {0: 570.0}, 0.4)
    assert not wraps(_phys("Major courses: CSE 451 - Operating Systems", 181.5, x0=41.8, x1=534.0, size=9.7),
                     _phys("CSE 461 - Computer Networks", 195.6, x0=41.8, size=9.7), {0: 570.0}, 0.4)


def test_in_a_sidebar_a_line_with_room_for_the_next_word_ends_its_item_even_before_lower_case():
    def side(text, top, x0=404.0, edge=557.0):
        line = _phys(text, top, x0=x0, size=9.5)
        line.narrow = line.sidebar = True
        line.edge = edge
        return line

    # skills one a line: "Python" ends far short of the column's edge, so "pandas" was no wrap
    assert not wraps(side("Python", 546.1), side("pandas", 557.3), {0: 557.0}, 0.25)
    # a phrase that did run to the column's edge goes on in lower case
    assert wraps(side("Introduced value-stream", 546.1, edge=536.0), side("mapping", 557.3), {0: 557.0}, 0.25)
    # a line that stopped on a joining word or a hyphen goes on, room or not
    assert wraps(side("Whole-", 546.1), side("animal butchery", 557.3), {0: 557.0}, 0.25)
    assert wraps(side("Inventory and", 546.1), side("ordering", 557.3), {0: 557.0}, 0.25)


def test_a_name_set_flush_right_in_a_narrow_column_wraps_onto_a_line_ending_where_it_ends():
    """"Data" over "Visualization", right-aligned in a left column: one name; a name further
    down (a third of an em and more apart) is the next one."""
    first = _phys("Data", 106.5, x0=100.0, x1=122.3, size=10.9)
    assert wraps(first, _phys("Visualization", 120.1, x0=64.5, x1=122.3, size=10.9), {0: 537.0})
    assert not wraps(first, _phys("Visualization", 123.5, x0=64.5, x1=122.3, size=10.9), {0: 537.0})
    assert not wraps(first, _phys("Visualization", 120.1, x0=64.5, x1=110.0, size=10.9), {0: 537.0})


def test_the_rest_of_a_date_range_wrapped_back_to_the_margin_goes_on():
    """Word: a title too long for its tab-stop dates pushes the range's end to the next line."""
    cut = _phys("Jun 2016 – Mar", 0, x0=476, x1=548)
    assert wraps(cut, _phys("2019", 15.5, x0=65), {0: 550.0})
    assert not wraps(_phys("Jun 2016 – Mar 2019", 0, x0=440, x1=548), _phys("2020", 15.5, x0=65), {0: 550.0})
    assert not wraps(cut, _phys("2019", 40, x0=65), {0: 550.0})  # far below: a line of its own


def _column_line(text, top, x1, first_word, item_gap=0.0, x0=418.1, edge=568.6):
    line = _Phys(0, top, top + 9.5, x0, x1, 9.5, [(c, False) for c in text], first_word, narrow=True,
                 sidebar=True, edge=edge, item_gap=item_gap)
    return line


def test_in_a_column_whose_items_stand_apart_a_full_line_set_close_goes_on_in_capitals():
    """"AWS Certified Solutions" / "Architect - Professional,": 4 pt apart where items stand 14
    apart (`item_gap` 5.9); a line with room for the next word, or set an item's gap away, stays."""
    full = _column_line("AWS Certified Solutions", 657.2, 545.1, 24.2, item_gap=5.9)
    assert wraps(full, _column_line("Architect - Professional,", 670.7, 546.7, 48.8, item_gap=5.9), {0: 568.6}, 0.4)
    assert not wraps(full, _column_line("Architect - Professional,", 680.7, 546.7, 48.8, item_gap=5.9), {0: 568.6}, 0.4)
    roomy = _column_line("Bachelor of Science", 657.2, 500.0, 50.0, item_gap=5.9)
    assert not wraps(roomy, _column_line("University of Houston", 670.7, 520.0, 50.0, item_gap=5.9), {0: 568.6}, 0.4)
    unspaced = _column_line("AWS Certified Solutions", 657.2, 545.1, 24.2)  # a list of one item a line
    assert not wraps(unspaced, _column_line("Architect - Professional,", 670.7, 546.7, 48.8), {0: 568.6}, 0.4)


def test_in_a_narrow_column_a_full_line_of_a_comma_list_goes_on_until_a_group_label():
    listed = _column_line("Systems: Epic, Pyxis", 295.7, 529.5, 43.5, x0=432.4)
    assert wraps(listed, _column_line("MedStation, Philips", 309.2, 522.9, 56.8, x0=432.4), {0: 568.6}, 0.4)
    ending = _column_line("IntelliVue, Vocera", 323.5, 514.8, 47.0, x0=432.4)
    assert not wraps(ending, _column_line("Leadership: Charge nurse,", 337.7, 557.6, 55.4, x0=432.4), {0: 568.6}, 0.4)
    label = _column_line("Programming Languages:", 239.5, 554.4, 64.0, x0=432.4)
    assert wraps(label, _column_line("Python, TypeScript, Java, Go,", 253.0, 569.0, 35.9, x0=432.4), {0: 569.0}, 0.4)
    one_item = _column_line("Stakeholder Management", 239.5, 560.0, 64.0, x0=432.4)
    assert not wraps(one_item, _column_line("Forecasting", 253.0, 500.0, 50.0, x0=432.4), {0: 568.6}, 0.4)
    # a group's name and its level set apart ("Clinical" ... "Advanced") run past the column's
    # edge: no wrap is judged against an edge the line does not keep
    apart = _column_line("Clinical, Advanced", 264.3, 573.2, 39.1, x0=375.9, edge=478.7)
    assert not wraps(apart, _column_line("Telemetry monitoring", 276.8, 478.7, 47.6, x0=376.7, edge=478.7),
                     {0: 578.0}, 0.4)


def test_a_group_label_opening_a_line_starts_a_group_of_its_own():
    full = _phys("Backend: Node.js, Express, PostgreSQL, MongoDB, Redis, GraphQL, REST APIs", 0, x1=545)
    assert not wraps(full, _phys("DevOps: Docker, Kubernetes, AWS, GitHub Actions", 13), {0: 550.0})
    assert opens_point("Frontend: React, Redux", "Data & Infrastructure: PostgreSQL")
    assert not opens_point("and the team was told", "Note that nothing changed")
    # a wrap that merely has a colon further on is no label
    assert wraps(full, _phys("and more tools: Kafka", 13), {0: 550.0})


def test_a_parenthesis_left_open_is_closed_on_the_next_line_that_goes_on_it():
    first = _phys("AWS Certified Solutions Architect - Professional, Amazon Web Services (APRIL", 0, x1=420)
    assert wraps(first, _phys("2023)", 13), {0: 550.0})
    assert closes_parenthesis("Spanish (Professional working", "proficiency)")
    assert not closes_parenthesis("Amazon Web Services (2023)", "Certified Kubernetes Administrator (2022)")
    assert not closes_parenthesis("Led the (re)build", "Migrated the billing service to Kafka and cut latency by half")


def test_a_first_word_ends_at_the_room_a_pdf_without_space_glyphs_leaves():
    """A PDF with no space glyphs (TeX) leaves only room between words: measured to the first
    space glyph, "Memorial Hermann ..." would be one word as wide as the line, and "Experience"
    would run on into the entry under it."""
    from tailor.importer.pdf import first_word_width

    class Glyph:
        def __init__(self, text, x0):
            self.text, self.x0, self.x1, self.size = text, x0, x0 + 5.0, 10.0

        def get_text(self):
            return self.text

    x, glyphs = 0.0, []
    for word in "Memorial Hermann Texas Medical Center".split():
        glyphs += [Glyph(c, x + 5.0 * i) for i, c in enumerate(word)]
        x += 5.0 * len(word) + 3.3  # a third of an em between words, no glyph in it
    assert first_word_width(glyphs) == 40.0
    assert first_word_width([Glyph(c, 5.0 * i) for i, c in enumerate("Memorial")]) == 40.0  # kerned, no gap
    heading = _phys("Experience", 178.5, x0=226.3, x1=285.4, size=12.0)
    entry = replace(_phys("Memorial Hermann Texas Medical Center | Registered Nurse II,", 195.5, x0=226.3,
                          x1=547.1, size=12.0), first_word=48.0)
    assert not wraps(heading, entry, {0: 574.2})

def test_a_line_under_a_marked_points_text_goes_on_it_however_much_room_was_left():
    """TeX sets ragged-right points by whole paragraphs and may break a line far short of the
    edge; the next line starting under the point's text (a hanging indent) is the rest of it."""
    point = _phys("• Redesigned the Key Stage 3 scheme of work around mastery, with shared", 226.9, x0=225.1,
                  x1=519.6, size=9.0)
    rest = replace(_phys("retrieval-practice starters for every lesson.", 237.8, x0=237.2, x1=397.1, size=9.0),
                   first_word=35.0)  # "retrieval-" could have broken after its hyphen: room was left for it
    assert wraps(point, rest, {0: 573.7}, 0.3)
    ended = _phys("• Redesigned the Key Stage 3 scheme of work around mastery.", 226.9, x0=225.1, x1=450.0,
                  size=9.0)
    assert not wraps(ended, rest, {0: 573.7}, 0.3)                      # the point had ended
    unmarked = replace(point, chars=[(c, False) for c in point.text[2:]], x0=237.2)
    assert not wraps(unmarked, replace(rest, x0=250.0), {0: 573.7}, 0.3)   # an indented line, no marker above
    assert not wraps(point, replace(rest, x0=300.0), {0: 573.7}, 0.3)      # far right of the marker


def test_in_a_narrow_column_a_full_line_of_a_bullet_separated_list_goes_on():
    listed = _column_line("Epic • Pyxis MedStation • Philips", 360.1, 172.6, 40.0, x0=36.0, edge=206.5)
    assert wraps(listed, _column_line("IntelliVue • Vocera", 372.1, 112.0, 40.0, x0=36.0, edge=206.5), {0: 576.0},
                 0.3)
    roomy = _column_line("Epic • Pyxis MedStation", 360.1, 130.0, 40.0, x0=36.0, edge=206.5)
    assert not wraps(roomy, _column_line("IntelliVue • Vocera", 372.1, 112.0, 40.0, x0=36.0, edge=206.5),
                     {0: 576.0}, 0.3)


def test_a_short_point_over_an_indented_line_has_not_wrapped():
    """"• Secondary Mathematics" over "PGCE with Qualified Teacher Status" set indented: the point
    stopped far short of its measure, so the next line is not its rest."""
    point = _phys("• Secondary Mathematics", 677.5, x0=50.2, x1=204.8, size=12.0)
    assert not wraps(point, _phys("PGCE with Qualified Teacher Status", 691.0, x0=69.0, x1=261.5, size=12.0),
                     {0: 561.7}, 0.2)
    field = _phys("• Management, Technology and Economics", 37.0, x0=50.2, x1=305.9, size=12.0)
    assert not wraps(field, _phys("CAS in Technology Leadership", 50.5, x0=69.0, x1=232.9, size=12.0),
                     {0: 348.5}, 0.2)                                   # a capital: a line of its own


def test_a_date_cut_after_its_month_goes_on_with_its_year():
    cut = _column_line("Manufacturing Skill Standards Council | Mar.", 487.7, 196.5, 160.0, x0=36.0, edge=208.3)
    assert wraps(cut, _column_line("2018", 499.6, 52.9, 16.9, x0=36.0, edge=208.3), {0: 576.0}, 0.3)
    whole = _column_line("Manufacturing Skill Standards Council | 2017", 487.7, 196.5, 160.0, x0=36.0, edge=208.3)
    assert not wraps(whole, _column_line("2018", 499.6, 52.9, 16.9, x0=36.0, edge=208.3), {0: 576.0}, 0.3)
    assert wraps(_phys("Skill Standards Council | Mar.", 0, x1=540), _phys("2018", 11), {0: 550.0})


def test_a_parenthesis_closed_in_smaller_type_right_under_goes_on():
    header = _phys("The Co-operative Academy of Manchester | Trainee Teacher (School", 390.8, x0=226.3, x1=570.0,
                   size=12.0)
    assert wraps(header, _phys("Direct)", 404.4, x0=226.3, size=10.0), {0: 573.7})
    assert not wraps(header, _phys("Direct)", 420.0, x0=226.3, size=10.0), {0: 573.7})     # far below
    assert not wraps(replace(header, chars=[(c, False) for c in "Academy | Trainee Teacher"]),
                     _phys("Sep. 2017 – July 2018", 404.4, x0=226.3, size=10.0), {0: 573.7})
    role = _phys("Memorial Hermann Texas Medical Center | Registered Nurse II,", 195.5, x0=226.3, x1=547.1, size=12.0)
    assert wraps(role, _phys("Cardiac Step-Down Unit (Charge Nurse, Nights)", 209.1, x0=226.3, size=10.0),
                 {0: 574.2})
    assert not wraps(role, _phys("Apr. 2019 – Present | Houston, TX", 209.1, x0=226.3, size=10.0), {0: 574.2})


def test_a_range_cut_after_its_start_month_goes_on():
    first = _phys("University Hospital Galway, Galway | Mar", 0, x1=540, size=11.0)
    assert wraps(first, _phys("2019 – Present", 15, size=11.0), {0: 557.7})
    # a title over its own dates stays a line of its own
    assert not wraps(_phys("University Hospital Galway, Galway", 0, x1=480, size=11.0),
                     _phys("2019 – Present", 15, size=11.0), {0: 557.7})


def test_a_marked_item_in_a_narrow_column_is_an_item_of_its_own():
    first = replace(_phys("• Design systems", 214.7, x0=42.7, x1=137.8, size=10.5), narrow=True, sidebar=True,
                    edge=180.1)
    second = replace(_phys("• Illustrator", 226.7, x0=42.7, size=10.5), narrow=True, sidebar=True, edge=180.1,
                     first_word=50.8)  # "Illustrator" would not have fit after "Design systems"
    assert not wraps(first, second, {0: 561.7}, 0.15)
    assert wraps(first, replace(second, chars=[(c, False) for c in "Illustrator"]), {0: 561.7}, 0.15)  # touching


def test_an_address_cut_where_its_column_ends_goes_on_though_it_looked_whole():
    """LinkedIn's profile PDF fills a line to its column's edge and breaks an address anywhere:
    "jose.nunez.garcia@example.co" / "m.br" is one email, though the first line reads as one."""
    def side(text, top, x1):
        return replace(_phys(text, top, x0=21.6, x1=x1, size=9.5), narrow=True, sidebar=True, edge=155.1)

    email, rest = side("jose.nunez.garcia@example.co", 63.0, 154.2), side("m.br", 76.5, 40.6)
    assert wraps(email, rest, {0: 575.9}, 0.4)
    assert _to_line([email, rest], 10.0, 24.0, None, set()).text == "jose.nunez.garcia@example.com.br"
    short = side("jose.nunez.garcia@example.co", 63.0, 120.0)  # room left at the edge: the address ended
    assert not wraps(short, rest, {0: 575.9}, 0.4)
    # an address of its own under a full line stays a line of its own
    assert not wraps(side("jo@example.com", 63.0, 154.2), side("janedoe.com", 76.5, 90.0), {0: 575.9}, 0.4)


def test_a_line_of_groups_opens_each_group_though_its_label_goes_on_in_lower_case():
    first = _phys("Cuisine: Spanish, Brazilian, Charcuterie, Whole-animal butchery, Fermentation, Pastry basics",
                  700.8, x0=69.8, x1=540.4, size=8.5)
    second = _phys("Kitchen management: Menu costing, Inventory and ordering, HACCP", 714.3, x0=69.8, size=8.5)
    assert not wraps(first, second, {0: 545.0}, 0.5)
    assert opens_point("Tools: Excel, Tableau", "Data analysis: SQL, pandas")
    assert not opens_point("Led the team through a merger and", "Data analysis: SQL, pandas")   # mid-phrase


def test_a_title_beside_floated_dates_wraps_short_of_their_gutter():
    """A flex layout keeps a gap between a title and its dates: "... Master of Science in
    Human-Computer" wrapped though "Interaction" would have fit before the dates' left edge."""
    from tailor.importer.wraps import float_gutter

    def title(text, top, x1, edge):
        return replace(_phys(text, top, x0=50.2, x1=x1), edge=edge, alone=False)

    stanford = title("Stanford University — Master of Science in Human-Computer", 698.9, 370.5, 438.0)
    close = title("Sheridan College — Ontario College Diploma in Business Administration", 477.6, 420.9, 437.1)
    rest = _phys("Interaction", 713.1, x0=50.2, x1=104.5)
    rest.first_word = 54.2
    assert not wraps(stanford, rest, {0: 561.7}, 0.45)   # 67.5 points of room before the dates
    float_gutter([stanford, close])                      # the least room beside dates: 16.2 points
    assert wraps(stanford, rest, {0: 561.7}, 0.45)
    smaller = replace(rest, size=9.5, bottom=rest.top + 9.5)   # a detail set smaller under the title
    assert not wraps(stanford, smaller, {0: 561.7}, 0.45)
    # the en dash of "Business Administration – Marketing" reads as a marker, but goes on a full line
    dash = _phys("– Marketing", 492.6, x0=50.2, x1=108.6)
    dash.first_word = 5.0
    assert wraps(close, dash, {0: 561.7}, 0.45)
    # a layout that runs its titles up to the dates keeps no gutter
    tight = title("Stanford University — Master of Science in Human-Computer", 698.9, 370.5, 438.0)
    float_gutter([tight, title("Sheridan College — Ontario College Diploma in Business", 477.6, 437.0, 437.1)])
    assert not wraps(tight, rest, {0: 561.7}, 0.45)


def test_a_bold_tail_with_an_accent_drawn_apart_is_found_in_the_composed_text():
    """"Chef at **José**": the bold run's glyphs "e" and U+0301 are one letter of the line's text."""
    chars = [(c, False) for c in "Chef at "] + [(c, True) for c in "Jose\u0301"]
    line = _Phys(0, 0, 10, 63.0, 200.0, 10.0, chars, 22.0)
    assert _to_line([line], 10.0, 20.0, None, set()).bold_tail == "Jos\u00e9"


def test_a_labelled_address_beside_its_label_goes_on_back_at_the_rows_start():
    """"Website  https://jordanlee-" with "dev.example.org" on the next row under the label: the
    value's address had no room left in its column, so it wrapped back to the row's left."""
    def value(x1):
        first = _phys("https://jordanlee-", 220, x0=385.0, x1=x1, beside=True)
        first.narrow, first.edge = True, 532.6
        return first

    def rest(text):
        second = _phys(text, 236, x0=329.0)
        second.narrow = True
        return second

    assert wraps(value(484.0), rest("dev.example.org"), {0: 550.0}, 0.4)
    assert not wraps(value(484.0), rest("Email"), {0: 550.0}, 0.4)              # the next label
    assert not wraps(value(440.0), rest("dev.example.org"), {0: 550.0}, 0.4)    # it would have fitted


def test_a_dash_line_under_a_full_line_goes_on_only_when_it_is_short_as_a_titles_rest_is():
    title = _phys("Warehouse Lead (Night Shift), Northfield Parcel Logistics Centre", 0, x0=60.0, x1=540.0)
    assert wraps(title, _phys("– Dayton, OH", 13, x0=60.0, x1=130.0), {0: 550.0})
    point = _phys("– Scheduled 30 pickers across two docks and cut late loads by a third", 13, x0=60.0, x1=520.0)
    assert not wraps(title, point, {0: 550.0})


def test_a_list_wrapped_before_a_dash_and_running_on_to_the_edge_goes_on():
    """"..., CSE 444" / "- Database Systems, ..., CSE": neither line ends a sentence and the dash
    line runs to the edge as the full line does: one list wrapped twice, however long its rest."""
    first = _phys("Sep 2021 – Jun 2025 | Courses: CSE 451 - Operating Systems, CSE 444", 0, x0=60.0, x1=545.0)
    rest = _phys("- Database Systems, CSE 446 - Machine Learning, CSE 461 - Computer Networks, CSE", 13,
                 x0=60.0, x1=540.0)
    assert wraps(first, rest, {0: 546.0})
    ended = _phys("Ran a 32-bed progressive care unit for post-PCI and heart-failure patients.", 0, x0=60.0, x1=545.0)
    point = _phys("- Serve as charge nurse three nights a week for a team of 8 RNs and 3 patient care", 13,
                  x0=60.0, x1=540.0)
    assert not wraps(ended, point, {0: 546.0})


def test_a_capitalised_line_in_another_type_under_an_ended_sentence_opens_a_line():
    point = _phys("- Run cycle counts with 99.6% inventory accuracy in Manhattan WMS.", 166.7, x0=248, x1=506.7,
                  size=8.5)
    title = _phys("Lead Associate, Inbound", 179.0, x0=248, size=8.8)
    assert not wraps(point, title, {0: 514.4})
    assert wraps(point, replace(title, size=8.5), {0: 514.4})   # the same type: a marked point's next sentence


def test_under_a_drawn_marker_a_capitalised_sentence_that_had_no_room_goes_on_its_point():
    # a list whose markers are drawn draws one for every point: the unmarked line under a
    # marked one is its wrapped second sentence when its first word had no room above
    first = _phys("Developed responsive websites for clients using modern frontend technologies.", 560.6,
                  x0=93.4, x1=479.0, size=11.0)
    second = _phys("Collaborated with designers to implement pixel-perfect interfaces.", 575.6,
                   x0=93.4, x1=411.8, size=11.0)
    assert not wraps(first, second, {0: 535.0}, 0.5)  # no marker drawn: a point whose glyph was lost
    first.marked = True
    assert wraps(first, second, {0: 535.0}, 0.5)
    second.marked = True
    assert not wraps(first, second, {0: 535.0}, 0.5)  # a point of its own


def test_a_line_left_open_after_a_separator_goes_on_with_the_date_under_it():
    first = _phys("National Professional Qualification for Leading Teaching (NPQLT) — Ambition Institute —",
                  303.3, x0=94.9, x1=528.3, size=11.0)
    date = _phys("Jul 2023", 318.3, x0=94.9, size=11.0)
    assert wraps(first, date, {0: 535.0}, 0.36)
    closed = _phys("Qualified Teacher Status (QTS) — Department for Education", 303.3, x0=94.9, x1=400, size=11.0)
    assert not wraps(closed, date, {0: 535.0}, 0.36)
