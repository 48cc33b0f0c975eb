"""Blocks printed twice (printed_twice.py): a page whose stylesheet failed shows a section twice;
it is read once, the copy reported as furniture, and a line that merely repeats stays content."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.page_furniture import FURNITURE_SECTIONS, split_furniture
from tailor.importer.printed_twice import SECTION, shadow_copies, split_printed_twice


def _line(text, y, page=0, x=40.0, size=10.5, **more):
    return Line(text, page=page, y=y, x=x, size=size, **more)


def _heading(text, y, page=0):
    return _line(text, y, page, size=13.5, bold=True, heading=True, level=2)


def _experience(top, page=0):
    return [_heading("Experience", top, page), _line("Globex", top + 20, page, x=60, size=12, bold=True),
            _line("Jan 2019 - Dec 2022", top + 35, page, x=60),
            _line("Automated failover for 40 services", top + 50, page, x=80, bullet="•"),
            _line("Cut paging noise by half", top + 65, page, x=80, bullet="•")]


def _header():
    return [_line("Robin Park", 30, size=21, bold=True, heading=True, level=1), _line("robin@example.com", 55)]


def test_a_section_printed_twice_is_read_once_and_its_copy_is_furniture():
    lines = _header() + _experience(100) + _experience(200)
    kept, furniture = split_printed_twice(lines)
    assert kept == _header() + _experience(100)
    assert [u.text for u in furniture] == [line.text for line in _experience(200)]
    assert {u.section for u in furniture} == {SECTION} and SECTION in FURNITURE_SECTIONS
    result = resume_from_lines(lines)
    assert len(result.resume["work"]) == 1
    assert all(u.section in FURNITURE_SECTIONS for u in result.unparsed)


def test_a_heading_and_its_paragraph_printed_twice_are_a_copy():
    summary = [_heading("Summary", 100), _line("Site reliability engineer with ten years on call.", 120)]
    kept, furniture = split_furniture(_header() + summary + [_heading("Summary", 140), summary[1]])
    assert kept == _header() + summary and len(furniture) == 2


def test_a_repeated_line_or_copied_duties_are_content():
    duties = [_line("Opened and closed the store", 0, x=80, bullet="•"),
              _line("Counted the till", 0, x=80, bullet="•"), _line("Served customers", 0, x=80, bullet="•")]
    lines = _header() + [_heading("Experience", 80), _line("Cashier, Acme Foods", 100), _line("2019 - 2020", 110),
                         *duties, _line("Cashier, Acme Foods", 160), _line("2021 - 2023", 170), *duties]
    assert split_printed_twice(lines) == (lines, [])  # one line (the employer) and bullets only repeat


def test_the_copy_on_one_page_is_kept_over_one_a_page_break_cuts():
    broken = _experience(700)[:3] + [_line(line.text, line.y - 700, 1, line.x, line.size, bullet=line.bullet)
                                      for line in _experience(700)[3:]]
    lines = _header() + broken + _experience(100, page=1)
    kept, furniture = split_printed_twice(lines)
    assert kept == _header() + _experience(100, page=1)
    assert [u.text for u in furniture] == [line.text for line in broken]


def test_lines_of_another_layer_among_the_copies_are_read_before_the_kept_copy():
    # a header box drawn over the first copy: its contact lines (another place and size) interleave
    contact = [_line(text, y, x=64, size=12) for text, y in
               (("robin.park.dev", 124), ("robin@example.com", 138), ("Denver, CO, US", 152), ("555-201-3344", 165))]
    text = "Site reliability engineer with ten years on call."
    lines = [_line("Robin Park", 40, size=21, bold=True, heading=True, level=1), _heading("Summary", 102),
             _line(text, 128), contact[0], contact[1], contact[2], _heading("Summary", 163), contact[3],
             _line(text, 189), _heading("Skills", 240), _line("Python, Go", 260)]
    kept, furniture = split_printed_twice(lines)
    assert [line.text for line in kept] == ["Robin Park", *(c.text for c in contact), "Summary", text,
                                            "Skills", "Python, Go"]
    assert [u.text for u in furniture] == ["Summary", text]
    # a section of the same style between two copies is content in its place: nothing moves
    between = [_heading("Summary", 100), _line(text, 120), _heading("Skills", 140), _line("Python, Go", 160),
               _heading("Summary", 180), _line(text, 200)]
    assert [line.text for line in split_printed_twice(between)[0]] == ["Summary", text, "Skills", "Python, Go"]


def test_two_degrees_at_one_school_are_two_entries_not_a_copy():
    def school(top, degree):
        return [_line("University of Texas at Austin", top, x=53, size=13.7, bold=True, heading=True, level=2),
                _line("https://www.utexas.edu/", top + 30, x=53, size=11.4),
                _line(degree, top + 45, x=70, size=10),  # set apart from the rest: still no other layer
                _line("Computer Science", top + 60, x=53, size=11.4)]
    lines = _header() + [_heading("Education", 80), *school(100, "Ph.D."), *school(200, "Bachelor of Science")]
    # the school in large type is no section heading, and the lines that differ stand in both entries
    assert split_printed_twice(lines) == (lines, [])


def test_a_contact_block_printed_again_on_page_two_is_a_copy_two_alike_entries_are_not():
    contact = [_line("Robin Park", 40, size=16, bold=True), _line("robin@example.com", 60),
               _line("555-201-3344", 75)]
    again = [_line(line.text, line.y + 30, 1, line.x, line.size, bold=line.bold) for line in contact]
    lines = contact + _experience(100) + again + [_heading("Skills", 200, 1), _line("Python, Go", 220, 1)]
    kept, furniture = split_printed_twice(lines)
    assert [u.text for u in furniture] == [line.text for line in again] and len(kept) == len(lines) - 3
    # two summers in one job, the same three lines each time: one section, two entries
    summer = [_line("Lifeguard, City Pools", 0, bold=True), _line("Guarded a 50 m pool", 0, x=80, bullet="•"),
              _line("Taught swimming to 30 children", 0, x=80, bullet="•")]
    lines = _header() + [_heading("Experience", 80), _line("Summer 2021", 100), *summer, _line("Summer 2022", 160),
                         *summer]
    assert split_printed_twice(lines) == (lines, [])


def test_a_line_drawn_with_its_text_shadow_is_read_once():
    """CSS `text-shadow`: the text layer holds each glyph twice, as a line of its own a little
    lower or merged with its shadow's glyphs into one line ("HELLO HELLO", "I'm Jo I'm Jo Doe. Doe.")."""
    lines = [_line("HELLO, WORLD.", 100, x=225, size=17), _line("HELLO, WORLD.", 100, x=225, size=17),
             _line("I'm Daniel I'm Daniel Reyes. Reyes.", 150, x=150, size=63),
             _line("|| JUNIOR DATA ANALYST, JUNIOR DATA ANALYST ||", 230, x=90, size=12.7),
             _line("Robin Park", 300), _line("Walla Walla", 320), _line("Go Go Gadget", 340)]
    kept, furniture = shadow_copies(lines)
    assert [line.text for line in kept] == ["HELLO, WORLD.", "I'm Daniel Reyes.", "JUNIOR DATA ANALYST",
                                            "Robin Park", "Walla Walla", "Go Go Gadget"]
    assert [(u.section, u.text) for u in furniture] == [(SECTION, "HELLO, WORLD.")]
    # the same text in another place is content (a line repeated down the page)
    assert shadow_copies([_line("Team lead", 100), _line("Team lead", 140)])[0] == [_line("Team lead", 100),
                                                                                   _line("Team lead", 140)]


def test_a_shadowed_heading_wrapped_over_two_lines_is_joined():
    lines = [_line("I'm Zoë I'm Zoë", 260, x=195, size=63), _line("Łukasiewicz.", 330, x=112, size=63),
             _line("Łukasiewicz.", 343, x=112, size=63), _line("SECONDARY SCHOOL TEACHER", 417, x=130, size=12.7)]
    assert [line.text for line in shadow_copies(lines)[0]] == ["I'm Zoë Łukasiewicz.", "SECONDARY SCHOOL TEACHER"]
