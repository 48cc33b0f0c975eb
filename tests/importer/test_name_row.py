"""A title level with the name in another column (name_row.py) is read right after the name; a
title in capitals that a narrow box wrapped goes on with its next row (`title_goes_on`)."""
from tailor.importer.lines import Line
from tailor.importer.name_row import title_after_name, title_goes_on


def _line(text, x, y, right, size=10.0, bottom=0.0, **kw):
    return Line(text, page=0, x=x, y=y, size=size, right=right, bottom=bottom or y + size, **kw)


def _sidebar_page():
    """The name wrapped over two rows at the top of a sidebar, the title level with it in the
    main column; the sidebar (contact, skills) is read before the main column."""
    return [_line("Tomasz Wierzbicki", 50, 40, 170, size=28, bottom=105, heading=True, level=1),
            _line("Contact", 50, 130, 100, size=12, heading=True, gap_before=True),
            _line("tomasz.w@example.net", 50, 148, 160), _line("Mastodon: tomaszw", 50, 162, 140),
            _line("+48 600 100 200", 50, 176, 120),
            _line("Skills", 50, 220, 90, size=12, heading=True, gap_before=True),
            _line("Bookbinding, Paper conservation", 50, 238, 190),
            _line("Senior Archive Conservator", 260, 55, 520, size=17, heading=True),
            _line("Summary", 235, 130, 300, size=12, heading=True, gap_before=True),
            _line("I keep old paper alive for the people who need to read it.", 235, 148, 560)]


def test_a_title_level_with_the_name_is_read_right_after_it():
    lines = title_after_name(_sidebar_page())
    assert [line.text for line in lines[:3]] == ["Tomasz Wierzbicki", "Senior Archive Conservator", "Contact"]


def test_the_title_becomes_the_label_not_a_contact_line():
    from tailor.importer.build import resume_from_lines

    basics = resume_from_lines(_sidebar_page()).resume["basics"]
    assert basics["label"] == "Senior Archive Conservator"
    assert basics["email"] == "tomasz.w@example.net"


def test_a_line_under_the_name_or_a_section_heading_beside_it_stays_put():
    lines = _sidebar_page()
    lines[7] = _line("Senior Archive Conservator", 260, 150, 520, size=17, heading=True)  # far under the name
    assert title_after_name(lines) == lines
    lines[7] = _line("Experience", 260, 55, 360, size=17, heading=True)  # a heading, not a title
    assert title_after_name(lines) == lines


def test_a_wrapped_title_in_capitals_goes_on_with_its_next_row():
    title = _line("HEAD OF GUEST", 34, 110, 300, size=19, bottom=130, heading=True, gap_before=True)
    rest = _line("RELATIONS", 34, 137, 150, size=19, bottom=157, heading=True)
    assert title_goes_on(title, rest)
    assert not title_goes_on(title, _line("RELATIONS", 34, 137, 150, size=12, bottom=149))  # the body's type
    assert not title_goes_on(title, _line("Relations", 34, 137, 150, size=19, bottom=157, heading=True))

    from tailor.importer.contact import parse_header

    header = [_line("Amara Osei", 34, 60, 200, size=24, bottom=85, heading=True, level=1), title, rest,
              _line("amara.osei@example.org", 34, 177, 200, gap_before=True)]
    basics, _ = parse_header(header)
    assert basics["label"] == "Head of Guest Relations"
