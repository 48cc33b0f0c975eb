"""`sidebar.py`: a narrow column of its own beside the main column is read as one block, and a
header set in two columns is read column by column; grids, label gutters and tables are not."""
from tailor.importer.header_block import header_columns
from tailor.importer.pdf import _logical_lines, _Phys, _reading_order
from tailor.importer.sections import split_sections
from tailor.importer.sidebar import column_edges, item_gaps, page_sidebar, split_sidebar


def _phys(text, top, x0, size=8.0, page=0, width=None):
    width = width if width is not None else 4.4 * len(text)
    return _Phys(page, top, top + size, x0, x0 + width, size, [(c, False) for c in text],
                 4.4 * len(text.split()[0]))


_JOBS = [("WORK EXPERIENCE", None), ("Staff Engineer", "2020 - Present"), ("Confluent, Mountain View, CA", None),
         ("Led the replication work across three regions and its rollout.", None),
         ("Senior Engineer", "2015 - 2020"), ("Dropbox, San Francisco, CA", None),
         ("Built the erasure-coding pipeline that cut storage cost by a quarter.", None),
         ("Software Engineer", "2011 - 2015"), ("Rackspace, San Antonio, TX", None),
         ("Contributed to the open-source object store and its ring builder.", None)]
_SIDE = ["Dr. Lena Vasquez", "lena@example.com", "(415) 555-0117", "LANGUAGES", "English", "Spanish",
         "INTERESTS", "Mentoring", "Cartography", "Hiking"]


def _right_sidebar_page(page=0, main_top=60.0):
    """A main column at x 90-400 and a sidebar at x 450-560 whose lines fall between its rows."""
    lines = []
    for row, (text, dates) in enumerate(_JOBS):
        top = main_top + 24 * row
        lines.append(_phys(text, top, 90, size=10 if text.isupper() else 8, page=page, width=min(4.4 * len(text), 300)))
        if dates:
            lines.append(_phys(dates, top, 340, page=page, width=55))
    for row, text in enumerate(_SIDE):
        lines.append(_phys(text, 46 + 24 * row + 11, 450, size=9 if text.isupper() else 8, page=page,
                           width=min(4.4 * len(text), 110)))
    return lines


def test_a_right_sidebar_is_found_and_read_before_the_main_column_when_it_holds_the_name():
    lines = _right_sidebar_page()
    where, column = page_sidebar(lines)
    assert where == "right" and [p.text for p in sorted(column, key=lambda p: p.top)] == _SIDE
    texts = [line.text for line in _logical_lines(_reading_order(lines))]
    assert texts[:len(_SIDE)] == _SIDE
    assert texts[len(_SIDE)] == "WORK EXPERIENCE"
    sections = split_sections(_logical_lines(_reading_order(lines)))
    assert [s.key for s in sections] == ["header", "languages", "interests", "work"]


def test_rows_read_the_sidebar_into_the_jobs():
    """What the module prevents: without it, "LANGUAGES" lands between two jobs."""
    lines = _right_sidebar_page()
    rows = [p.text for p in sorted(lines, key=lambda p: (p.top + p.bottom) / 2)]
    assert rows.index("LANGUAGES") < rows.index("Senior Engineer")


def test_a_sidebar_that_starts_below_the_header_is_read_after_the_whole_main_column():
    header = [_phys("Dr. Lena Vasquez", 20, 90, size=20, width=200)]
    page0 = header + _right_sidebar_page(main_top=60.0)
    page0 = [p for p in page0 if p.text != "Dr. Lena Vasquez" or p.size == 20]
    page1 = [_phys("Later job line that goes on from the first page.", 40, 90, page=1, width=250)]
    side, rest, first = split_sidebar(page0 + page1)
    assert not first and side
    texts = [p.text for p in _reading_order(page0 + page1)]
    assert texts.index("Later job line that goes on from the first page.") < texts.index("LANGUAGES")


def test_a_grid_of_cards_set_in_rows_is_no_sidebar():
    lines = []
    for row in range(10):
        lines.append(_phys(f"Left card line {row} with some words in it", 60 + 14 * row, 90, width=250))
        lines.append(_phys(f"Right card {row}", 60 + 14 * row, 450, width=90))
    assert page_sidebar(lines) is None


def test_dates_beside_entries_are_no_sidebar():
    lines = []
    for row in range(10):
        lines.append(_phys(f"Entry title number {row} and its employer", 60 + 30 * row, 90, width=250))
        lines.append(_phys(f"Jan 20{10 + row} - Dec 20{11 + row}", 75 + 30 * row, 450, width=90))
    assert page_sidebar(lines) is None


def test_a_line_across_the_gap_while_both_columns_run_means_no_sidebar():
    lines = _right_sidebar_page()
    lines.append(_phys("A paragraph set across the whole page, over the gap and into the side.", 130, 90,
                       width=470))
    assert page_sidebar(lines) is None


def test_a_header_in_two_columns_is_read_name_column_first():
    lines = [_phys("Priya Raghunathan", 53, 58, size=36, width=300),
             _phys("Mississauga, Ontario, Canada", 58, 410, size=10.5, width=140),
             _phys("priya@example.ca", 79, 410, size=10.5, width=120),
             _phys("416-555-0199", 100, 410, size=10.5, width=65),
             _phys("Retail Store Manager", 104, 58, size=15, width=140),
             _phys("priya.example.ca", 121, 410, size=10.5, width=130),
             _phys("Store manager with ten years in specialty retail, running profitable stores.", 166, 58,
                   size=10.5, width=480)]
    block, rest = header_columns(lines)
    assert [p.text for p in block] == ["Priya Raghunathan", "Retail Store Manager", "Mississauga, Ontario, Canada",
                                       "priya@example.ca", "416-555-0199", "priya.example.ca"]
    assert [p.text for p in rest] == ["Store manager with ten years in specialty retail, running profitable stores."]
    texts = [line.text for line in _logical_lines(_reading_order(lines))]
    assert texts[2:6] == ["Mississauga, Ontario, Canada", "priya@example.ca", "416-555-0199", "priya.example.ca"]


def test_a_contact_table_of_values_beside_labels_stays_in_rows():
    lines = [_phys("Maya Okonkwo", 47, 258, size=17, width=110),
             _phys("https://maya.example.com", 111, 368, width=130), _phys("Website", 114, 218, width=31),
             _phys("maya@example.com", 128, 368, width=113), _phys("Email", 131, 218, width=23),
             _phys("(206) 555-0142", 145, 368, width=57), _phys("Phone", 148, 218, width=24)]
    assert header_columns(lines) == ([], lines)


def test_a_sidebar_sets_its_own_smaller_all_caps_headings_and_they_open_sections():
    from tailor.importer.lines import Line
    lines = [Line("Dr. Lena Vasquez", size=16, level=1),
             Line("EDUCATION", size=8.2, bold=True), Line("University of Texas at Austin", size=7.2),
             Line("LANGUAGES", size=8.2, bold=True), Line("English (Native speaker)", size=7.2),
             Line("WORK EXPERIENCE", size=10.2, heading=True, level=2), Line("Staff Engineer", size=8.2),
             Line("AWARDS", size=10.2, heading=True, level=2), Line("Best Paper Award", size=8.2),
             Line("PUBLICATIONS", size=10.2, heading=True, level=2), Line("A paper", size=7.2),
             Line("PROJECTS", size=10.2, heading=True, level=2), Line("raft-lab", size=8.2),
             Line("INTERESTS", size=8.2, bold=True), Line("Mentoring", size=7.2)]
    assert [s.key for s in split_sections(lines)] == ["header", "education", "languages", "work", "awards",
                                                      "publications", "projects", "interests"]
    # a mixed-case group name set like that under Skills stays a group name
    mixed = [lines[0], *lines[5:9], Line("SKILLS", size=10.2, heading=True, level=2),
             Line("Languages", size=8.2, bold=True), Line("Python, Go", size=7.2),
             Line("Tools", size=8.2, bold=True), Line("Docker", size=7.2)]
    assert [s.key for s in split_sections(mixed)] == ["header", "work", "awards", "skills"]


def test_a_name_set_large_over_two_centred_lines_at_the_top_of_a_sidebar_is_one_line():
    lines = _right_sidebar_page()
    lines = [p for p in lines if p.text != "Dr. Lena Vasquez"]
    lines += [_phys("Dr. Lena", 20.0, 470, size=16.4, width=64), _phys("Vasquez", 37.9, 469, size=16.4, width=66)]
    texts = [line.text for line in _logical_lines(_reading_order(lines))]
    assert texts[0] == "Dr. Lena Vasquez"
    assert "lena@example.com" in texts and "(415) 555-0117" in texts  # list items stay apart


def test_a_committed_sidebar_layout_reads_its_header_and_its_chips():
    """theme-autumn (a dev layout of tests/testdata/import_corpus): a header in two columns, a
    left sidebar of skills set as chips, two chips on one row."""
    from pathlib import Path

    from tailor.importer import import_resume

    pdf = Path(__file__).resolve().parents[2] / "tests/testdata/import_corpus/theme-autumn/retail-priya-raghunathan.pdf"
    resume = import_resume(pdf).resume
    basics = resume["basics"]
    assert (basics["name"], basics["label"], basics["phone"]) == ("Priya Raghunathan", "Retail Store Manager",
                                                                   "416-555-0199")
    keywords = [k for group in resume["skills"] for k in group.get("keywords", [])]
    assert "Hiring" in keywords and "Coaching" in keywords
    assert [job["name"] for job in resume["work"]][:2] == ["Canadian Tire Corporation", "Sport Chek"]



def test_a_header_across_both_columns_does_not_hide_the_sidebar_under_it():
    """Name (its first word alone on the sidebar's side), contact and a summary running across
    the page above a left sidebar: the sidebar starts under them, and the header's lines belong
    to neither column."""
    header = [_phys("Zoë", 20, 20, size=20, width=60), _phys("Łukasiewicz", 44, 20, size=20, width=194),
              _phys("zoe@example.co.uk", 24, 300),
              _phys("Qualified teacher with eight years teaching mathematics to ages 11 to 18 in urban", 60, 20,
                    width=500),
              _phys("comprehensive schools, currently second in the maths department.", 72, 20, width=420)]
    side = [_phys(text, 110 + 24 * row + 11, 20, width=100) for row, text in enumerate(_SIDE)]
    main = [_phys(text, 110 + 24 * row, 190, size=10 if text.isupper() else 8, width=min(4.4 * len(text), 300))
            for row, (text, _) in enumerate(_JOBS)]
    where, column = page_sidebar(header + side + main)
    assert where == "left" and [p.text for p in sorted(column, key=lambda p: p.top)] == _SIDE
    # a line crossing the gap further down (the columns are no sidebar and main column) still counts
    low = [_phys("A sentence set across both columns in the middle of the page, well below the header.", 250,
                 20, width=480)]
    assert page_sidebar(header + side + main + low) is None


def test_a_sidebar_that_ends_high_on_a_later_page_is_still_the_sidebar():
    """Page 2's sidebar holds only its languages, a third of the page high: taken because page
    1's sidebar sits in the same band; alone on a page it would be too short to tell."""
    page0 = _right_sidebar_page()
    jobs = [_phys(f"Job line {row} that carries on the career of the first page, with some detail.", 40 + 24 * row,
                  90, page=1, width=300) for row in range(24)]
    languages = [_phys(text, 51 + 20 * row, 450, page=1, width=70)
                 for row, text in enumerate(["LANGUAGES", "Swedish", "Native", "English", "Fluent", "German",
                                             "Fluent", "French", "Intermediate"])]
    assert page_sidebar(jobs + languages) is None
    side, rest, first = split_sidebar(page0 + jobs + languages)
    assert {p.text for p in side} >= {"LANGUAGES", "Intermediate"} and not any(p in side for p in jobs)
    # beside no sidebar elsewhere, the short column is left to the rows
    assert split_sidebar(jobs + languages)[0] == []
    # in the known band, a few lines are enough (the end of an interests list), one of them
    # running a little past the band's edge
    few = languages[:3] + [_phys("Commuting and gravel", 111, 450, page=1, width=84)]
    side, rest, first = split_sidebar(page0 + jobs + few)
    assert {p.text for p in few} <= {p.text for p in side} and not any(p in side for p in jobs)
    # a column mostly outside that band is another shape (a dates column, a note)
    off = [_phys(text, 51 + 20 * row, 490, page=1, width=80) for row, text in enumerate(["One", "Two", "Three"])]
    assert not {"One", "Two", "Three"} & {p.text for p in split_sidebar(page0 + jobs + off)[0]}


def test_a_chip_beside_a_sidebar_row_stays_in_the_sidebar():
    """A short skill set to the right of a sidebar list's row ("Slotting  5S") leaves a narrow
    gap before it and a wide one after it: the column boundary is the wide gap, so the chip
    is the sidebar's, not a line between the main column's job points."""
    side = [_phys(text, 110 + 24 * row + 11, 20, width=80) for row, text in enumerate(_SIDE)]
    chip = _phys("5S", 110 + 24 * 4 + 11, 130, width=12)
    main = [_phys(text, 110 + 24 * row, 190, size=10 if text.isupper() else 8, width=min(4.4 * len(text), 300))
            for row, (text, _) in enumerate(_JOBS)]
    where, column = page_sidebar(side + [chip] + main)
    assert where == "left" and chip in column


def test_a_sidebar_beside_a_dense_main_column_is_found_though_its_lines_fall_near_the_main_rows():
    """Small type set every 9 pt beside a sidebar set every 14 pt: by chance most sidebar lines
    lie within a third of an em of some main line, yet no two are level as a grid's rows are."""
    words = "Managed the second shift of a regional distribution centre with forty people".split()
    lines = [_phys(" ".join(words[:6 + i % 6]), 100 + 9 * i, 190, size=8.2, width=330) for i in range(40)]
    side = ["About", "Memphis TN 38118 US", "marcus@example.net", "901.555.0187", "Operations", "Inventory control",
            "Cycle counting", "Wave planning", "Systems", "Manhattan WMS", "SAP EWM", "Forklift", "Order picker"]
    lines += [_phys(text, 103 + 14 * row, 57, size=9.0, width=min(4.4 * len(text), 110))
              for row, text in enumerate(side)]
    where, column = page_sidebar(lines)
    assert where == "left" and [p.text for p in sorted(column, key=lambda p: p.top)] == side


def test_a_sidebar_beside_a_main_column_that_ends_early_on_the_last_page_is_found():
    """The last page: the main column opens level with the sidebar and ends a third of the way
    down; the sidebar runs on to the foot of the page."""
    main = [_phys(text, 44 + 24 * row, 190, size=10 if text.isupper() else 8, width=min(4.4 * len(text), 300))
            for row, (text, _) in enumerate(_JOBS)]
    side = _SIDE + ["SKILLS", "Consensus", "Replication", "Erasure coding", "Go", "Rust", "Kafka", "Terraform",
                    "Prometheus", "Kubernetes", "Cartography", "Mapping"]
    lines = main + [_phys(text, 44 + 30 * row, 57, size=9, width=min(4.4 * len(text), 110))
                    for row, text in enumerate(side)]
    where, column = page_sidebar(lines)
    assert where == "left" and len(column) == len(side)
    # a main column that starts lower than the sidebar, beside its top only, is no such column
    lower = [p for p in lines if p.x0 < 100] + [_phys(p.text, p.top + 300, 190, size=p.size, width=p.x1 - p.x0)
                                                for p in main]
    assert page_sidebar(lower) is None


def test_a_short_main_column_opening_under_the_name_at_a_sidebars_top_is_found_beside_it():
    """A short resume: the sidebar holds the name, a long summary and the lists to the page's foot;
    the main column opens a heading's height under the name and ends halfway down the page."""
    side = ["Dr. Lena Vasquez"] + _SIDE[1:] + ["SKILLS", "Consensus", "Replication", "Erasure coding", "Go", "Rust",
                                              "Kafka", "Terraform", "Prometheus", "Kubernetes", "Cartography"]
    lines = [_phys(text, 20 + 30 * row, 57, size=9, width=min(4.4 * len(text), 110)) for row, text in enumerate(side)]
    main = [_phys(text, 70 + 22 * row, 190, size=10 if text.isupper() else 8, width=min(4.4 * len(text), 300))
            for row, (text, _) in enumerate(_JOBS + _JOBS[1:4])]
    where, column = page_sidebar(lines + main)
    assert where == "left" and len(column) == len(side)


def test_wraps_are_judged_by_the_leading_of_the_main_column_not_the_sidebar():
    """A sidebar of items set well apart beside a main column set tight: two short lines of an
    entry's header, close under each other as all its lines are, stay two lines; measured with
    the sidebar's wide gaps they would look set far tighter than the text and be joined."""
    header = ["Confluent", "Data streaming platform built on Apache Kafka", "Staff Software Engineer"]
    body = ["Technical lead for the multi-region replication and tiered storage initiatives across",
            "three regions, with a team of six engineers and the storage group as partners."] * 4
    main = [_phys(text, 60 + 10.5 * row, 190, size=9, width=min(4.6 * len(text), 360))
            for row, text in enumerate(header + body)]
    side = ["About", "Memphis TN 38118 US", "marcus@example.net", "901.555.0187", "SKILLS", "Inventory control",
            "Cycle counting", "Wave planning", "Manhattan WMS", "SAP EWM", "Forklift", "Order picker",
            "Reach truck", "RF scanners"]
    lines = main + [_phys(text, 63 + 17.3 * row, 57, size=9, width=min(4.4 * len(text), 110))
                    for row, text in enumerate(side)]
    texts = [line.text for line in _logical_lines(_reading_order(lines))]
    assert "Data streaming platform built on Apache Kafka" in texts and "Staff Software Engineer" in texts


def test_a_long_sidebar_beside_a_few_main_lines_is_found_when_both_open_with_a_heading_on_one_row():
    """The sidebar ran longer than the page, so the main column's entries went to the next page:
    beside it only "Summary" and its paragraph, both columns opening with a heading on one row."""
    summary = ["Mechanical engineer with 26 years in industrial manufacturing across Sweden and",
               "Switzerland: process engineering, plant start-ups, lean transformation and, for the",
               "last decade, leading engineering organisations of up to 120 people."]
    side = ["Seefeldstrasse 214", "bjorn@example.ch", "+41 44 668 18 00", "Manufacturing", "Machining",
            "Heat treatment", "Casting", "Leadership", "Capex governance", "Plant start-ups", "Tools", "SAP PP",
            "Siemens Teamcenter", "Minitab", "Languages", "Swedish (Native speaker)", "English (Fluent)"]
    lines = [_phys("About", 126, 53, size=10.5, width=29), _phys("Summary", 126, 188, size=10.5, width=47)]
    lines += [_phys(text, 152 + 9 * row, 188, size=8.2, width=360) for row, text in enumerate(summary)]
    lines += [_phys(text, 152 + 17 * row, 57, size=9, width=min(4.4 * len(text), 110)) for row, text in enumerate(side)]
    where, column = page_sidebar(lines)
    assert where == "left" and [p.text for p in sorted(column, key=lambda p: p.top)] == ["About", *side]
    # without the heading row, a few lines beside a long column are no main column
    assert page_sidebar([p for p in lines if p.text not in ("About", "Summary")]) is None


def test_a_sidebar_of_mixed_case_headings_opens_sections_when_every_line_in_its_type_names_one():
    from tailor.importer.lines import Line
    main = [Line("Priya Raghunathan", size=22, level=1), Line("Retail Store Manager", size=11.5),
            Line("Summary", size=14.5, heading=True, level=2), Line("Store manager with ten years.", size=11.5),
            Line("Experience", size=14.5, heading=True, level=2), Line("Canadian Tire", size=11.5, bold=True),
            Line("Store Manager", size=11)]
    # LinkedIn's profile PDF: the left column, read after the main one, in a smaller plain type
    side = [Line("Contact", size=12.5, heading=True), Line("priya@example.ca", size=10.5),
            Line("Top Skills", size=12.5, heading=True), Line("Loss prevention", size=10.5),
            Line("Honors-Awards", size=12.5, heading=True), Line("Store of the Year", size=10.5)]
    assert [s.key for s in split_sections(main + side)] == ["header", "summary", "work", "contact", "skills", "awards"]
    # the same type also set on a line that names no section: entry titles, not headings
    titled = main + side + [Line("Sport Chek", size=12.5, heading=True)]
    assert [s.key for s in split_sections(titled)] == ["header", "summary", "work"]


def test_a_sidebar_line_is_judged_against_the_widest_line_starting_no_further_right_on_any_page():
    heading = _phys("Management, Technology and Economics", 100, 380, width=177)  # page 0: x 380-557
    item = _phys("Value-stream mapping", 120, 404, page=1, width=95)           # page 1: an indented list
    longest = _phys("Lean Six Sigma Black Belt", 140, 404, page=1, width=112)
    contact = _phys("someone.long@example.net", 160, 420, page=1, width=150)      # past its icon, overflowing
    main = [_phys("Led the replication work", 100, 46, page=page, width=290) for page in (0, 1)]
    column_edges([heading, item, longest, contact], main)
    assert item.edge == longest.edge == heading.edge == 557  # not the list's own longest line (516)
    assert contact.edge == 570
    assert main[0].edge == main[1].edge == 336 and item.sidebar and item.narrow


def test_a_wide_sidebar_beside_a_main_column_not_half_as_wide_again_is_found():
    """A sidebar of a page's text width (here 210 of 570) beside a main column 1.45 times as wide:
    its long lines (a language and its level set apart) still make it the narrower column."""
    lines = [p for p in _right_sidebar_page() if p.text != "Spanish"]
    lines.append(_phys("Spanish", 46 + 24 * 5 + 11, 450, width=40))
    lines.append(_phys("Conversational", 46 + 24 * 5 + 11, 590, width=70))  # x 450-660 beside x 90-395
    where, column = page_sidebar(lines)
    assert where == "right" and "Conversational" in [p.text for p in column]


def test_on_a_later_page_the_sidebar_in_its_band_may_hold_more_text_than_the_main_column():
    """Page 2: a job's last few points beside a reference's quote set in the sidebar's band. Alone
    such a page looks like two even halves (a grid); page 1's sidebar shows the band."""
    page0 = _right_sidebar_page()
    points = [_phys(f"Point {row}.", 40 + 24 * row, 90, page=1, width=300) for row in range(10)]
    quote = [_phys(text, 51 + 14 * row, 450, page=1, width=65)
             for row, text in enumerate(["REFERENCES", "Daniel ran our busiest location", "with a steady hand and a",
                                         "relentless focus on numbers.", "Priya Natarajan, Owner"])]
    side, rest, first = split_sidebar(page0 + points + quote)
    assert {p.text for p in quote} <= {p.text for p in side} and not {p.text for p in points} & {p.text for p in side}


def test_a_page_the_sidebar_does_not_reach_keeps_the_main_columns_edge():
    side = [_phys("Skills", 100 + 12 * row, 376, page=0, width=60) for row in range(3)]
    main = [_phys("Led a 12-person receiving team unloading trailers", 100, 39, page=0, width=308)]
    last = [_phys("Associate of Applied Science in Logistics and Supply", 103, 39, page=1, width=279),
            _phys("Chain Management from Southwest Tennessee Community", 120, 39, page=1, width=309),
            _phys("College", 136, 39, page=1, width=40),
            _phys("Powered by a static site generator", 500, 212, page=1, width=187)]  # a centred footer
    column_edges(side, main + last)
    assert [p.edge for p in last] == [347, 347, 347, 0.0]
    wide = [_phys("A last page set across the whole width of the page, past the column", 103, 39, page=1,
                  width=520)]
    column_edges(side, main + wide)
    assert wide[0].edge == 0.0


def test_on_a_later_page_a_few_lines_of_the_last_job_beside_the_sidebar_are_the_main_column():
    page0 = _right_sidebar_page()
    job = [_phys(text, 36 + 12 * row, 90, page=1, width=280)
           for row, text in enumerate(["Line Cook at Casa Lucio", "2010 - 2012",
                                       "Prepared mise en place for the grill station.",
                                       "Learned classic stocks and sauces under the head chef."])]
    skills = [_phys(text, 34 + 12 * row, 450, page=1, width=75)
              for row, text in enumerate(["Menu costing", "HACCP", "Staff scheduling", "Supplier relations",
                                          "SOFTWARE", "Apicbase", "Toast POS", "Excel"])]
    side, rest, first = split_sidebar(page0 + job + skills)
    assert {p.text for p in skills} <= {p.text for p in side} and not {p.text for p in job} & {p.text for p in side}


def test_a_last_page_holding_only_the_rest_of_the_sidebar_is_read_with_the_sidebar():
    page0 = _right_sidebar_page()
    rest = [_phys(text, 60 + 12 * row, 450, page=1, width=60)
            for row, text in enumerate(["SYSTEMS", "Manhattan WMS", "SAP EWM", "EQUIPMENT", "Forklift"])]
    side, others, first = split_sidebar(page0 + rest)
    assert {p.text for p in rest} <= {p.text for p in side}
    texts = [p.text for p in _reading_order(page0 + rest)]
    assert texts.index("SYSTEMS") < texts.index("WORK EXPERIENCE")  # with the sidebar, read first here
    # a last page of the main column's own text is no sidebar
    main = [_phys("Later job line that goes on from the first page.", 40, 90, page=1, width=250)]
    assert not {p.text for p in main} & {p.text for p in split_sidebar(page0 + main)[0]}


def test_the_main_column_beside_a_sidebar_gets_its_own_edge_not_a_summary_across_the_page_above():
    summary = _phys("Passionate software engineer with five years of experience building web apps", 168, 43, width=514)
    heading = _phys("EXPERIENCE", 219, 43, width=87)
    point = _phys("Architected and implemented new microservices platform using", 312, 58, width=305)
    longest = _phys("Trained team on modern JavaScript and component-based architecture", 690, 58, width=337)
    side = [_phys("SKILLS", 219, 418, width=48), _phys("Frontend: React, TypeScript,", 239, 432, width=133)]
    column_edges(side, [summary, heading, point, longest])
    assert heading.edge == point.edge == longest.edge == 395  # not the summary's 557
    assert summary.edge == 557


def test_the_tail_of_a_sidebar_at_the_top_of_the_next_page_stays_in_the_sidebar():
    """Page 0's sidebar runs to its foot; page 1 opens with the last two lines of a certificate
    in its band, level with the main column's first heading."""
    page0 = _right_sidebar_page()
    page0 += [_phys(f"Line {row} of the last job's points, long enough to fill", 300 + 24 * row, 90, width=300)
              for row in range(8)]
    page0 += [_phys(f"Certificate line {row}", 300 + 24 * row, 450, width=100) for row in range(9)]
    tail = [_phys("Computing Foundation", 46, 450, page=1, width=100),
            _phys("(NOVEMBER 2022)", 59.5, 450, page=1, width=80)]
    main1 = [_phys("EDUCATION", 46.7, 90, page=1, width=70)] + \
        [_phys(f"Education line {row}", 67 + 14 * row, 90, page=1, width=280) for row in range(12)]
    side, rest, _ = split_sidebar(page0 + tail + main1)
    assert all(p in side for p in tail) and not any(p in side for p in main1)
    # a page whose main column takes the whole width (crossing the band) has no sidebar tail
    wide = [_phys("Experience", 44, 450, page=1, width=55)] + \
        [_phys(f"Sulzer Pumps Equipment AG, line {row} across the page", 70 + 14 * row, 90, page=1, width=420)
         for row in range(12)]
    side, rest, _ = split_sidebar(page0 + wide)
    assert not any(p in side for p in wide)


def test_item_gaps_mark_a_column_whose_items_stand_apart_under_one_left_edge():
    from tailor.importer.pdf import _Phys

    def line(text, top, x0=418.1):
        return _Phys(0, top, top + 9.5, x0, x0 + 120, 9.5, [(c, False) for c in text], 30.0)

    spaced = [line("AWS Certified Solutions", 657.2), line("Architect - Professional,", 670.7),
              line("Amazon Web Services", 684.2), line("Certified Kubernetes", 721.7), line("Administrator", 735.2)]
    item_gaps(spaced)
    assert all(abs(p.item_gap - 5.9) < 0.01 for p in spaced)
    even = [line(text, 300 + 14 * row) for row, text in enumerate(["Python", "Go", "SQL", "Docker"])]
    item_gaps(even)
    assert all(p.item_gap == 0 for p in even)
    # a degree and its GPA a paragraph apart, the courses under them set close at another indent
    degree = [line("Associate of Applied Science", 338.8), line("GPA: 3.5/4.0", 356.7)]
    courses = [line(text, top, x0=404.2) for text, top in
               [("Statistics", 373.8), ("Managerial Accounting", 385.0), ("Operations Management", 396.9)]]
    item_gaps(degree + courses)
    assert all(p.item_gap == 0 for p in courses)


def test_a_short_sidebar_is_found_when_both_columns_open_with_a_heading_on_one_row():
    """A Google Docs table of two columns: SKILLS beside EXPERIENCE, its lists ending a third of
    the way down while the jobs run on."""
    main = [_phys("EXPERIENCE", 180, 43, size=10.5, width=87)]
    main += [_phys(f"Point {row} of a job, a line of prose that fills the column", 200 + 14.3 * row, 58, width=325)
             for row in range(36)]
    side = [_phys("SKILLS", 180, 418, size=10.5, width=48)]
    side += [_phys(f"Skill line {row}", 207 + 13.5 * row, 432, width=110) for row in range(12)]
    found, rest, _ = split_sidebar(main + side)
    assert {p.text for p in found} == {p.text for p in side}


def test_a_sidebar_line_whose_marker_is_laid_out_apart_keeps_its_column():
    from tailor.importer.lone_markers import attach_markers
    marker = _phys("•", 100, 440, width=4)
    text = _phys("Python", 100, 450, width=30)
    text.sidebar = text.narrow = True
    text.edge, text.item_gap = 560.0, 5.9
    [joined] = attach_markers([marker, text])
    assert joined.text.startswith("•") and joined.x0 == 440
    assert joined.sidebar and joined.narrow and joined.edge == 560.0 and joined.item_gap == 5.9


def test_a_paragraph_across_the_page_between_a_narrow_columns_lines_means_no_sidebar():
    """Two lists of skills side by side, both opening with a heading on one row, then
    "REFERENCES" and quotes across the page, its last short line ("to students.") on the
    narrow side: the left lists are no sidebar, the page is read in rows."""
    left = [_phys(text, 30 + 15.7 * row, 81 if row in (0, 1, 6, 7) else 111, width=100) for row, text in enumerate(
        ["Distributed Systems", "Master", "Consensus", "Replication", "Erasure coding", "Consistency models",
         "Infrastructure", "Advanced", "Kafka", "Kubernetes", "Terraform", "Prometheus", "S3"])]
    left += [_phys(text, 308 + 15.7 * row, 81, width=60) for row, text in
             enumerate(["LANGUAGES", "English", "Spanish", "Portuguese", "INTERESTS", "Mentoring", "Cartography",
                        "REFERENCES"])]
    right = [_phys(text, 30 + 15.7 * row, 306 if row < 2 else 336, width=80) for row, text in
             enumerate(["Programming Languages", "Master", "Go", "Rust", "Java", "Python", "C++"])]
    right += [_phys(text, 330 + 15.7 * row, 456, width=75) for row, text in
              enumerate(["Native speaker", "Fluent", "Professional working proficiency"])]
    quotes = [_phys("Lena was among the strongest doctoral students I have advised. Her OSDI paper", 626 + 15.7 * row,
                    81, width=430) for row in range(2)]
    tail = _phys("to students.", 657.9, 81, width=58)
    side, rest, _ = split_sidebar(left + right + quotes + [tail])
    assert side == []


def test_labels_wrapped_over_two_lines_beside_their_values_are_a_table_not_a_sidebar():
    """"Distributed" / "Systems Master" left of "Consensus, Replication, ...": every value is
    level with a label's first line, though half the labels' lines are not (they wrap)."""
    lines = [_phys("SKILLS", 164, 74, size=12, width=45)]
    top = 197.0
    for first, second, values in [("Distributed", "Systems Master", "Consensus, Replication, Erasure coding"),
                                  ("Programming", "Languages Master", "Go, Rust, Java, Python, C++"),
                                  ("Infrastructure", "Advanced", "Kafka, Kubernetes, Terraform, S3"),
                                  ("Databases", "Intermediate", "PostgreSQL, Redis, Cassandra"),
                                  ("Observability", "Advanced", "Prometheus, Grafana, OpenTelemetry"),
                                  ("Languages", "Master", "English, Spanish, Portuguese"),
                                  ("Frontend", "Intermediate", "React, TypeScript, Next.js"),
                                  ("Cloud", "Advanced", "AWS, GCP, Azure"),
                                  ("Testing", "Advanced", "pytest, Jepsen, property tests")]:
        lines += [_phys(first, top, 74, width=64), _phys(second, top + 15, 74, width=88),
                  _phys(f"{values}, and the tools around them", top, 207, width=300)]
        top += 46
    lines += [_phys(f"A line of the references quoted across the page {row}", 640 + 15 * row, 91, width=430)
              for row in range(3)]
    side, rest, _ = split_sidebar(lines)
    assert side == []


def test_a_block_set_tighter_than_the_columns_usual_item_gap_holds_one_wrapped_item():
    """LinkedIn's profile sets every item of its sidebar 7 points apart and the lines of one
    item 4 or 5: a certificate wrapped over two lines, alone in its block, is one item; a list of
    skills one a line, its groups set a little further apart, keeps its items apart."""
    def line(text, top, size=9.5):
        return _Phys(0, top, top + size, 21.6, 21.6 + 4.4 * len(text), size, [(c, False) for c in text], 30.0)

    column = [line("Top Skills", 191.5, 12.0), line("Consensus", 211.5), line("Go", 228.0), line("Kafka", 245.3),
              line("Languages", 277.0, 12.0), line("English (Native or Bilingual)", 297.0),
              line("Spanish (Full Professional)", 313.5), line("Certifications", 346.0, 12.0),
              line("AWS Certified Solutions", 366.0), line("Architect - Professional", 379.5),
              line("Honors-Awards", 442.0, 12.0), line("Best Paper Award", 462.0),
              line("Distinguished Engineer", 478.5), line("Spotlight", 492.8)]
    item_gaps(column)
    marked = {p.text for p in column if p.item_gap}
    assert {"AWS Certified Solutions", "Architect - Professional", "Distinguished Engineer", "Spotlight"} <= marked
    certificate = next(p for p in column if p.text == "AWS Certified Solutions")
    assert 4.0 < certificate.item_gap < 7.0   # between the lines of one item and the items' gap
    # skills one a line 5 or 6 points apart, their groups 8 apart: the usual gap is the items'
    skills = [line(text, top) for text, top in [("Cuisine", 257.2), ("Spanish", 272.2), ("Pastry basics", 287.2),
                                                 ("Kitchen management", 305.2), ("Menu costing", 320.2),
                                                 ("HACCP", 335.2), ("Software", 353.2), ("Excel", 367.4)]]
    item_gaps(skills)
    assert not any(p.item_gap for p in skills)


def _list_across_then_three_columns():
    """A school's courses running on from the page before, their longer lines crossing the gap
    between the columns below, the last course short; then a skills section of three groups
    side by side, the first under the heading, and a section in the second column under them."""
    def at(text, top, x0, width, size=10.5):
        return _phys(text, top, x0, size=size, page=1, width=width)
    lines = [at("Bachelor of Arts", 60, 80, 90), at("2019-09 - 2023-06", 75, 80, 110), at("Grade: 1.7", 90, 80, 60),
             at("HIST 210 - Early Modern Europe", 112, 95, 140), at("HIST 318 - Archives and Sources", 127, 95, 139),
             at("LING 205 - Corpus Methods", 142, 95, 135), at("GEOG 330 - Mapping the Past", 157, 95, 144),
             at("HIST 401 - Seminar", 172, 95, 100),
             at("SKILLS", 217, 80, 36), at("Research Methods", 240, 80, 127), at("(Advanced)", 257, 80, 52, size=8.4),
             *(at(word, 280 + 15 * n, 95, 45) for n, word in enumerate(["Archives", "Palaeography", "Zotero",
                                                                        "NVivo", "Transcription"])),
             at("Languages of Sources (Intermediate)", 240, 231, 146),
             *(at(word, 264 + 15 * n, 246, 50) for n, word in enumerate(["Latin", "Old French", "German", "Dutch"])),
             at("Digital Tools (Beginner)", 240, 382, 146),
             *(at(word, 264 + 15 * n, 397, 50) for n, word in enumerate(["QGIS", "Python", "TEI XML", "Omeka"])),
             at("INTERESTS", 354, 231, 59), at("Choir", 376, 231, 40), at("Tenor parts", 399, 246, 60),
             at("Sight reading", 414, 246, 70), at("Rowing", 444, 231, 45), at("Coxing", 468, 246, 40),
             at("Sculling", 483, 246, 41)]
    return lines


def test_the_short_tail_of_a_list_across_the_gap_is_no_sidebar_s_top():
    """"HIST 401 - Seminar", the last course of a list whose other lines cross the gap, falls
    left of it and makes the skills under it look like a sidebar that starts high on the page;
    measured without it, the left column is too short for one: the page is read in rows and
    columns, each skills group with its own keywords."""
    lines = _list_across_then_three_columns()
    assert page_sidebar(lines) is None
    texts = [line.text for line in _logical_lines(_reading_order(lines))]
    assert texts.index("HIST 401 - Seminar") < texts.index("SKILLS") \
        < texts.index("Languages of Sources (Intermediate)")


def _carried_list_pages():
    """Page 0 has no sidebar and ends with a skill list at x 95; page 1 opens with its last item
    there ("Excel"), level with the end of another list, then a narrow column of interests on the
    left beside references on the right."""
    page0 = [_phys("EXPERIENCE", 60, 80, size=10.5)]
    page0 += [_phys(f"Ran the store's weekly stock count and vendor returns, year {n}", 80 + 15 * n, 80,
                    size=10.5, width=420) for n in range(30)]
    page0 += [_phys("SKILLS", 640, 80, size=10.5), _phys("Data Analysis", 660, 80, size=10.5),
              _phys("Operations", 660, 380, size=10.5)]
    page0 += [_phys(t, 680 + 15 * n, 95, size=10.5) for n, t in enumerate(["SQL", "Python", "dbt"])]
    page0 += [_phys(t, 680 + 15 * n, 395, size=10.5) for n, t in enumerate(["Scheduling", "Hiring", "Budgets"])]
    left = [("Excel", 60, 95), ("INTERESTS", 105, 80), ("Home Cooking", 127, 80), ("Fermentation", 150, 95),
            ("Bread baking", 165, 95), ("Cycling", 195, 80), ("Gravel", 219, 95), ("Commuting", 234, 95)]
    right = [("Vendor negotiation", 60, 246), ("REFERENCES", 105, 329)] + [
        (f"Dana ran our busiest location with a steady hand, line {n} of her note", 127 + 15 * n, 329)
        for n in range(7)] + [("Priya Natarajan, Owner, Salt & Cedar", 240, 329)]
    page1 = [_phys(t, top, x, size=10.5, page=1, width=min(4.4 * len(t), 200)) for t, top, x in left + right]
    return page0, page1


def test_a_list_item_carried_over_the_page_break_is_not_the_sidebars():
    page0, page1 = _carried_list_pages()
    where, column = page_sidebar(page1)
    assert where == "left" and "Excel" in [p.text for p in column]
    side, rest, _ = split_sidebar(page0 + page1)
    assert [p.text for p in side][:2] == ["INTERESTS", "Home Cooking"]
    assert "Excel" in [p.text for p in rest]


def test_a_sidebar_heading_where_the_page_befores_last_entry_started_stays_the_sidebars():
    """The page before ends with an entry at the sidebar's x, its last row in smaller type: the
    sidebar's heading level with the main column's ("About" beside "Awards") goes on no list."""
    page0, page1 = _carried_list_pages()
    page0 = [p for p in page0 if p.top < 640] + [_phys("University of Texas", 690, 95, size=10.5),
                                                 _phys("3.9/4.0", 705, 95, size=8.2)]
    page1 = [_phys("About", 60, 95, size=10.5, page=1) if p.text == "Excel" else p for p in page1]
    side, _, _ = split_sidebar(page0 + page1)
    assert [p.text for p in side][:2] == ["About", "INTERESTS"]
