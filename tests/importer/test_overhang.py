"""`overhang.py`: a name floated right that runs past the edge where the column's other floated
names end does not widen the column; a line that starts its row and runs further does."""
from __future__ import annotations

from types import SimpleNamespace

from tailor.importer.overhang import column_right


def _line(top, x0, x1, size=9.0):
    return SimpleNamespace(page=0, top=top, bottom=top + size * 1.2, x0=x0, x1=x1, size=size)


def _column(*extra):
    rows = []
    for top, employer_x1 in ((100, 514.4), (160, 514.4), (220, 514.4), (280, 546.0)):
        rows += [_line(top, 248, 330), _line(top, 440, employer_x1)]  # role, employer floated right
        rows += [_line(top + 14, 248, 510), _line(top + 26, 248, 470)]  # points
    return rows + list(extra)


def test_a_floated_name_past_the_others_edge_does_not_set_the_columns_edge():
    assert column_right(_column()) == 514.4


def test_a_line_starting_its_row_past_that_edge_still_widens_the_column():
    assert column_right(_column(_line(400, 248, 530))) == 530


def test_without_floated_names_aligned_the_longest_line_is_the_edge():
    lines = [_line(100, 248, 330), _line(100, 440, 546.0), _line(114, 248, 510)]
    assert column_right(lines) == 546.0


def test_one_floated_name_at_an_edge_other_lines_end_at_too_shows_that_edge():
    # a header set as one piece that ends where the names are right-aligned, and one such name
    lines = [_line(100, 248, 514.4), _line(114, 248, 500), _line(160, 248, 330), _line(160, 440, 514.4),
             _line(220, 248, 514.2), _line(280, 248, 330), _line(280, 440, 546.0), _line(294, 248, 505)]
    assert column_right(lines) == 514.4
