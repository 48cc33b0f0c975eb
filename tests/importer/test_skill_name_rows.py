"""A row of skill group names side by side over bulleted keywords in columns (simple.py): each
name opens a group, not a keyword, and each bullet joins the group of its column."""
from tailor.importer.lines import Line
from tailor.importer.simple import parse_skills


def _line(text, x, y, size=9.0, page=0, bullet=""):
    return Line(text, page=page, x=x, y=y, size=size, bullet=bullet, list_item=bool(bullet))


def _groups(lines):
    return [(group["name"], group["keywords"]) for group in parse_skills(lines)]


def test_a_row_of_names_over_bulleted_columns_opens_one_group_per_column():
    lines = [_line("Baking", 180, 700, size=9.7), _line("Front of house", 370, 700, size=9.7),
             _line("Sourdough", 181, 726, bullet="•"), _line("Wine service", 371, 726, bullet="•"),
             _line("Choux", 181, 742, bullet="•"), _line("Table plans", 371, 742, bullet="•"),
             _line("Costing", 51, 30, page=1, bullet="•"), _line("Rotas", 243, 30, page=1, bullet="•")]
    assert _groups(lines) == [("Baking", ["Sourdough", "Choux", "Costing"]),
                              ("Front of house", ["Wine service", "Table plans", "Rotas"])]


def test_a_row_of_bulleted_keywords_in_the_names_type_stays_keywords():
    lines = [_line("Sourdough", 181, 726, bullet="•"), _line("Wine service", 371, 726, bullet="•"),
             _line("Choux", 181, 742, bullet="•"), _line("Table plans", 371, 742, bullet="•")]
    assert _groups(lines) == [("Skills", ["Sourdough", "Wine service", "Choux", "Table plans"])]
