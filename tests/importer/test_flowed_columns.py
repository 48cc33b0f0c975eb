"""`flowed_columns.py`: a section set in two flowing columns is read left column first, the
right one after it, each with its own right edge; a title with its place set far right, a
column of dates and two columns that end together are not such a section."""
from tailor.importer.flowed_columns import flowed_order
from tailor.importer.pdf import _logical_lines, _Phys, _reading_order

_SIZE = 11.0


def _phys(text, top, x0, width=None, size=_SIZE):
    width = width if width is not None else 5.5 * len(text.rstrip())
    return _Phys(0, top, top + size, x0, x0 + width, size, [(c, False) for c in text], 5.5 * len(text.split()[0]))


def _word_columns():
    """A one-column header over a section in two columns (Word's `w:cols`): the job fills the
    left column (x 90-290), "LANGUAGES" ends it, and its two lines go on at the top of the right
    column (x 320), beside the job's title and employer."""
    return [
        _phys("Ingrid Solberg", 70, 90, size=20), _phys("Bergen, Norway · +47 912 34 567 · ingrid@example.no", 110, 90),
        _phys("EXPERIENCE", 158, 90, size=12), _phys("Norwegian (native)", 157, 320),
        _phys("Marine Electrician", 183, 90), _phys("English (fluent)", 182, 320),
        _phys("Havyard Ship Technology, Leirvik", 208, 90),
        _phys("Aug 2017 – Present", 233, 90),
        _phys("• Install and test switchboards on ", 258, 90, width=200),
        _phys("offshore vessels", 273, 108),
        _phys("• Commissioned battery hybrid ", 297, 90),
        _phys("systems on 4 ferries", 312, 108),
        _phys("LANGUAGES", 340, 90, size=12),
    ]


def test_the_right_column_beside_the_top_of_the_left_one_is_read_after_it():
    lines = _word_columns()
    blocks = flowed_order(lines)
    assert [[p.text for p in block] for block in blocks][2] == ["Norwegian (native)", "English (fluent)"]
    assert [p.text for p in blocks[0]] == ["Ingrid Solberg", "Bergen, Norway · +47 912 34 567 · ingrid@example.no"]
    assert blocks[1][-1].text == "LANGUAGES" and len(blocks) == 3
    assert {p.edge for p in blocks[1]} == {290.0}                      # the left column's longest line
    assert {p.edge for p in blocks[2]} == {520.0} and all(p.narrow for p in blocks[2])  # the right one is as wide


def test_read_in_order_the_points_wrapped_at_the_left_columns_edge_are_whole():
    texts = [line.text for line in _logical_lines(_reading_order(_word_columns()))]
    assert texts[2:6] == ["EXPERIENCE", "Marine Electrician", "Havyard Ship Technology, Leirvik", "Aug 2017 – Present"]
    assert "• Install and test switchboards on offshore vessels" in texts
    assert texts[-3:] == ["LANGUAGES", "Norwegian (native)", "English (fluent)"]


def test_a_place_set_far_right_of_a_title_over_short_points_is_no_column():
    lines = [_phys("Jane Doe", 70, 90, size=20), _phys("EXPERIENCE", 110, 90, size=12),
             _phys("Marine Electrician", 135, 90), _phys("Bergen, Norway", 135, 450),
             _phys("Havyard Ship Technology", 160, 90), _phys("Leirvik, Norway", 160, 445),
             _phys("• Wired switchboards", 185, 90), _phys("• Tested hybrid systems", 210, 90)]
    assert flowed_order(lines) == [lines]                              # the points end far short of x 445


def test_two_cards_side_by_side_with_the_next_section_a_gap_under_them_are_not_flowing_columns():
    """Two schools set as cards: the left one's degree wraps a line further, and the next
    section's lines, short enough to sit left of the right card, stand a section's gap below."""
    lines = [_phys("Jane Doe", 70, 50, size=20), _phys("EDUCATION", 110, 50, size=12),
             _phys("KTH Royal Institute of Technology", 135, 50), _phys("ETH Zürich", 135, 308),
             _phys("Civilingenjör (MSc) - Mechanical Engineering (Production", 148, 50, width=228),
             _phys("CAS in Technology Leadership", 148, 308),
             _phys("Engineering)", 161, 50), _phys("Management and Economics", 161, 308),
             _phys("Sustainable manufacturing and lean production", 174, 50, width=240),
             _phys("AWARDS", 215, 50, size=12), _phys("Sulzer Chairman's Award for Operational Excellence", 240, 50,
                                                     width=209),
             _phys("Awarded by the board of Sulzer Ltd in Winterthur", 253, 50, width=220)]
    assert flowed_order(lines) == [lines]


def test_a_column_of_dates_or_two_columns_that_end_together_are_not_flowing_columns():
    dated = [_phys("Jane Doe", 70, 90, size=20), _phys("EXPERIENCE", 110, 90, size=12),
             _phys("Install and test switchboards on", 135, 90), _phys("2017 – 2020", 135, 320),
             _phys("offshore vessels for the fleet", 160, 90), _phys("2014 – 2017", 160, 320),
             _phys("Commissioned battery hybrid", 185, 90), _phys("systems on 4 ferries", 210, 90)]
    assert flowed_order(dated) == [dated]
    level = [line for line in _word_columns() if line.top < 200]       # nothing of the left column under the right
    assert flowed_order(level) == [level]
