"""Skill group names with no level and no bold (simple.py): a short line over a list of keywords,
each group a block of its own, and a row of names over smaller keywords indented under each."""
from tailor.importer.lines import Line
from tailor.importer.simple import parse_skills


def _line(text, x=50.0, y=0.0, size=10.0, gap=False):
    return Line(text, page=0, x=x, y=y, size=size, gap_before=gap)


def _groups(lines):
    return [(group["name"], group["keywords"]) for group in parse_skills(lines)]


def test_a_short_line_over_a_list_in_a_block_of_its_own_names_the_list():
    lines = [_line("Baking", y=100), _line("Sourdough, Laminated dough, Choux", y=112),
             _line("Front of house", y=140, gap=True), _line("Wine service, Table plans", y=152),
             _line("Tools", y=180, gap=True), _line("Square POS, Excel", y=192)]
    assert _groups(lines) == [("Baking", ["Sourdough", "Laminated dough", "Choux"]),
                              ("Front of house", ["Wine service", "Table plans"]),
                              ("Tools", ["Square POS", "Excel"])]


def test_one_short_line_over_a_list_or_lines_in_one_block_stay_keywords():
    one = [_line("Baking", y=100), _line("Sourdough, Laminated dough", y=112)]
    assert _groups(one) == [("Skills", ["Baking", "Sourdough", "Laminated dough"])]
    block = [_line("Baking", y=100), _line("Sourdough, Choux", y=112), _line("Costing", y=124),
             _line("Excel, Square POS", y=136)]
    assert _groups(block) == [("Skills", ["Baking", "Sourdough", "Choux", "Costing", "Excel", "Square POS"])]


def test_a_row_of_names_over_smaller_keywords_indented_under_each_is_a_grid_of_groups():
    lines = [_line("Baking", x=34, y=250, size=14), _line("Sourdough", x=64, y=285, size=12, gap=True),
             _line("Choux", x=64, y=302, size=12),
             _line("Front of house", x=214, y=250, size=14), _line("Wine service", x=244, y=285, size=12, gap=True),
             _line("Table plans", x=244, y=302, size=12),
             _line("Tools", x=391, y=250, size=14), _line("Square POS", x=421, y=285, size=12, gap=True)]
    assert _groups(lines) == [("Baking", ["Sourdough", "Choux"]), ("Front of house", ["Wine service", "Table plans"]),
                              ("Tools", ["Square POS"])]
    # a row of chips in one type is a row of keywords, not of names
    chips = [_line("Sourdough", x=34, y=250), _line("Choux", x=120, y=250), _line("Costing", x=200, y=250)]
    assert _groups(chips) == [("Skills", ["Sourdough", "Choux", "Costing"])]


def test_a_columns_last_keyword_over_the_next_groups_name_stays_a_keyword():
    # a broken grid: the next group's name sits a little right of this column, its keywords indented
    # under it, so they start just right of this column's last keyword
    lines = [_line("Baking", x=204, y=116, size=14), _line("Sourdough", x=234, y=150, size=12, gap=True),
             _line("Choux", x=234, y=167, size=12), _line("Tools", x=214, y=194, size=14, gap=True),
             _line("Square POS", x=244, y=228, size=12, gap=True), _line("Excel", x=244, y=244, size=12)]
    assert _groups(lines) == [("Baking", ["Sourdough", "Choux"]), ("Tools", ["Square POS", "Excel"])]


def test_a_row_of_bold_names_over_plain_keywords_indented_under_each_is_a_grid_of_groups():
    # same type size for names and keywords: the bold names stand over their indented columns
    def bold(text, x, y):
        return Line(text, page=0, x=x, y=y, size=10.0, bold=True)
    lines = [bold("Baking", 34, 250), _line("Sourdough", x=46, y=266, gap=True), _line("Choux", x=46, y=280),
             bold("Front of house", 214, 250), _line("Wine service", x=226, y=266, gap=True),
             _line("Table plans", x=226, y=280),
             bold("Tools", 391, 250), _line("Square POS", x=403, y=266, gap=True)]
    assert _groups(lines) == [("Baking", ["Sourdough", "Choux"]), ("Front of house", ["Wine service", "Table plans"]),
                              ("Tools", ["Square POS"])]
