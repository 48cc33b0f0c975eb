"""`page_measures.py`: the page measures wraps and gaps are judged against."""
from tailor.importer.page_measures import block_edges, float_edges, leading, short_pages
from tailor.importer.pdf import _Phys


def _phys(text, top, x0=65.0, x1=557.0, size=12.0, page=0):
    return _Phys(page, top, top + size, x0, x1, size, [(c, False) for c in text], 20.0)


def test_the_leading_is_the_usual_space_between_lines_in_ems():
    lines = [_phys("one", 0), _phys("two", 22), _phys("three", 44), _phys("four", 100)]
    assert abs(leading(lines) - 10 / 12) < 1e-6


def test_dates_floated_beside_a_line_are_its_edge():
    title, dates = _phys("Senior Engineer", 100, x1=300), _phys("2019 – 2021", 101, x0=470, x1=540)
    float_edges([title, dates])
    assert title.edge == 470


def test_dates_beyond_a_lines_own_column_do_not_widen_it():
    skill, dates = _phys("Value-stream", 100, x0=60, x1=122), _phys("2003 – 2006", 100, x0=455, x1=554)
    skill.edge = 153.0  # the sidebar's edge, set by `sidebar.column_edges`
    float_edges([skill, dates])
    assert skill.edge == 153.0


def test_a_short_page_of_one_item_a_row_gets_the_widest_pages_edge():
    lines = [_phys("A long line of prose that runs to the edge", 0), _phys("Go", 0, x1=90, page=1)]
    edges = {0: 557.0, 1: 90.0}
    short_pages(edges, lines)
    assert edges[1] == 557.0


def test_a_short_page_of_two_lists_side_by_side_shows_no_edge_but_two_columns_of_prose_do():
    """"5S" beside "Equipment", then "Forklift" / "Reach truck" under it: the lists' words end
    where they end, so the page takes the widest page's edge and "Forklift" does not look full."""
    wide = _phys("A long line of prose that runs to the edge", 0)
    left = [_phys(text, 30 + 16 * row, x0=111, x1=185, page=1)
            for row, text in enumerate(["Wave planning", "Labor planning", "5S"])]
    equipment = _phys("Equipment", 62, x0=306, x1=360, page=1)
    equipment.beside = True
    items = [_phys(text, 77 + 16 * row, x0=336, x1=400, page=1)
             for row, text in enumerate(["Forklift", "Reach truck", "RF scanners"])]
    edges = {0: 557.0, 1: 400.0}
    short_pages(edges, [wide, *left, equipment, *items])
    assert edges[1] == 557.0
    prose = _phys("the second column of a page of prose set in two columns", 62, x0=306, x1=400, page=1)
    prose.beside = True
    edges = {0: 557.0, 1: 400.0}
    short_pages(edges, [wide, *left, prose, *items])
    assert edges[1] == 400.0
    # one list beside a wrapped title ("Southwest Tennessee" / "Community College") is no two lists
    edges = {0: 557.0, 1: 400.0}
    short_pages(edges, [wide, *left[:2], equipment])
    assert edges[1] == 400.0


def test_a_text_column_narrower_than_the_pages_widest_line_wraps_at_its_own_edge():
    """Highlights set 370 pt wide under a title that runs to 404 pt: "... across four" stopped
    at the column's edge, so "European plants" goes on it. Short list items show no edge."""
    from tailor.importer.pdf import _logical_lines

    lines = [_phys("DIRECTOR OF MANUFACTURING ENGINEERING", 300, x0=61, x1=404.4, size=11.4),
             _phys("Four plants, assembly lines for pumps", 330, x0=61, x1=250, size=11.4),
             _phys("Lead 120 engineers and technicians across four", 418.5, x0=102.6, x1=345.1, size=11.4),
             _phys("European plants (Winterthur, Leeds, Bremen, Kotka).", 435.8, x0=102.6, x1=370.4, size=11.4),
             _phys("Introduced a digital work-instruction system on 2,300 assembly", 460.5, x0=102.6, x1=368.5,
                   size=11.4),
             _phys("stations, cutting first-time-wrong rates by 41%.", 477.8, x0=102.6, x1=300.0, size=11.4),
             _phys("Chair of the group's capital-expenditure review board for", 502.5, x0=102.6, x1=369.4,
                   size=11.4),
             _phys("projects above CHF 500k.", 519.8, x0=102.6, x1=230.0, size=11.4)]
    for line in lines:
        line.first_word = 5.5 * len(line.text.split()[0])
    texts = [line.text for line in _logical_lines(lines)]
    assert texts[2] == "Lead 120 engineers and technicians across four European plants (Winterthur, Leeds, " \
                       "Bremen, Kotka)."
    edges = {0: 404.4}
    items = [_phys(t, 100 + 14 * i, x0=102.6, x1=x1, size=11.4) for i, (t, x1) in
             enumerate([("CSE 451 - Operating Systems", 250), ("CSE 444 - Database Systems", 248),
                        ("CSE 446 - Machine Learning", 249)])]
    block_edges(items, edges)
    assert all(item.edge == 0 for item in items)
    clipped = [_phys(t, 100 + 9 * i, x0=79.5, x1=x1, size=8.2) for i, (t, x1) in enumerate([
        ("Lead 120 engineers and technicians across four European plants (Winterthur, Leeds, B", 416.0),
        ("Delivered CHF 14.2M in annual savings through a common make-or-buy model and ma", 416.7),
        ("Introduced a digital work-instruction system on 2,300 assembly stations, cutting first-tim", 418.2),
        ("Chair of the group's capital-expenditure review board for projects above CHF 500k.", 400.6)])]
    block_edges(clipped, {0: 560.0})  # a box that hides what overflows it cuts lines mid-word: no wraps
    assert all(line.edge == 0 for line in clipped)


def test_points_with_a_hanging_indent_show_their_columns_edge_over_the_page():
    """Justified points, each marker line at 73.7 pt and its wraps under the text at 81.7 pt, with
    the entry's dates out at 549.6 pt: the lines that end at 429.2 pt show the column's edge, so
    "Rooms" (a capital, which would not have fitted) goes on the point above it."""
    from tailor.importer.pdf import _logical_lines

    rows = [("Harbourside College, Teacher of Chemistry", 62.4, 280.0),
            ("Sep 2015 – Jul 2019", 462.0, 549.6),
            ("• Planned practical lessons for Years 7–11 and ran the revision clinic for", 73.7, 429.2),
            ("exam groups.", 81.7, 140.0),
            ("• Moved the department's homework onto an online platform using Lantern", 73.7, 429.2),
            ("Rooms and weekly quizzes.", 81.7, 200.0),
            ("Westgate School, Trainee Teacher", 62.4, 240.0),
            ("• Taught a Year 9 group through two terms of combined science with a mentor", 73.7, 429.2),
            ("• Led one field trip.", 73.7, 180.0)]
    lines = [_phys(text, 100 + 14 * i, x0=x0, x1=x1, size=10.0) for i, (text, x0, x1) in enumerate(rows)]
    lines[1].beside = True
    for line in lines:
        line.first_word = 5.5 * len(line.text.split()[0])
    texts = [line.text for line in _logical_lines(lines)]
    assert "• Moved the department's homework onto an online platform using Lantern Rooms and weekly quizzes." \
        in texts
    assert "• Led one field trip." in texts


def test_a_header_beside_a_floated_place_that_ends_at_the_columns_edge_wrapped():
    """"Harbourside Clinic, Staff Pharmacist, Oncology" ends at the text column's edge (where the
    points' lines end, 429.2 pt) with "Leeds, UK" floated far right in its row: the room up to
    the place would have held "Satellite", yet the header filled its column and wrapped; its rest
    comes after the place in reading order, with the dates beside it."""
    from tailor.importer.pdf import _logical_lines

    def entry(header_x1):
        rows = [("Harbourside Clinic, Staff Pharmacist, Oncology", 62.4, header_x1, 0),
                ("Leeds, UK", 499.0, 549.6, 0),
                ("Satellite (Weekends)", 62.4, 170.0, 13.4),
                ("Mar 2018 – present", 472.0, 549.6, 12.3),
                ("• Checked chemotherapy orders for a ward of thirty beds and cut the time", 73.7, 429.2, 40.8),
                ("to release by a third.", 81.7, 190.0, 53.4),
                ("• Kept the cold chain log for all trial medicines and trained four new", 73.7, 429.2, 67.1),
                ("technicians.", 81.7, 140.0, 79.7),
                ("• Ran the monthly audit of controlled drugs with the ward manager", 73.7, 429.2, 93.4),
                ("and the lead nurse.", 81.7, 170.0, 106.0)]
        lines = [_phys(text, 100 + top, x0=x0, x1=x1, size=10.0) for text, x0, x1, top in rows]
        lines[0].alone = lines[2].alone = False
        lines[1].beside = lines[3].beside = True
        for line in lines:
            line.first_word = 5.5 * len(line.text.split()[0])
        return [line.text for line in _logical_lines(lines)]

    assert "Harbourside Clinic, Staff Pharmacist, Oncology Satellite (Weekends)" in entry(429.2)
    assert "Harbourside Clinic, Staff Pharmacist, Oncology" in entry(330.0)   # short of the edge: its own line


def test_a_line_drawn_on_over_the_next_cell_filled_its_own_and_wraps_under_it():
    from tailor.importer.pdf import _logical_lines

    degree = _phys("Associate of Applied Science Logistics and Supply", 347.7, x0=248.1, x1=404.9, size=7.0)
    school = _phys("Southwest Tennessee Community College", 347.7, x0=382.9, x1=514.4, size=7.0)
    rest = _phys("Chain Management", 355.4, x0=248.1, x1=309.7, size=7.0)
    for line in (degree, school, rest):
        line.first_word = 3.5 * len(line.text.split()[0])
    block_edges([degree, school, rest], {0: 514.4})
    assert degree.edge == 382.9 and school.edge == 0 and rest.edge == 0
    texts = [line.text for line in _logical_lines([degree, rest, school])]
    assert texts[0] == "Associate of Applied Science Logistics and Supply Chain Management"
