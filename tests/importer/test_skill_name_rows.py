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


def _column(name, x, y, keywords, page=0):
    """A bold group name over its plain keywords indented under it, one a row."""
    return [Line(name, page=page, x=x, y=y, size=10.5, bold=True),
            *(Line(k, page=page, x=x + 15, y=y + 24 + 15 * n, size=10.5) for n, k in enumerate(keywords))]


def _plain(text, x, y, page=0):
    return Line(text, page=page, x=x, y=y, size=10.5)


def test_a_column_read_before_a_shorter_one_goes_on_under_its_own_group():
    # read column by column: the first column's last two rows come after the last column's
    lines = [*_column("Clinical", 80, 80, ["Telemetry", "Sepsis bundles"]),
             *_column("Leadership", 382, 80, ["Charge nurse", "Staffing"]),
             _plain("Wound care", 95, 134), _plain("IV therapy", 95, 149)]
    assert _groups(lines) == [("Clinical", ["Telemetry", "Sepsis bundles", "Wound care", "IV therapy"]),
                              ("Leadership", ["Charge nurse", "Staffing"])]


def test_a_page_break_carries_on_the_columns_that_reached_the_foot_in_their_order():
    lines = [*_column("Data Analysis", 80, 650, ["SQL", "Python", "dbt"]),
             *_column("Visualization", 231, 650, ["Tableau", "Matplotlib"]),
             *_column("Operations", 382, 650, ["Scheduling", "Team training", "Budgets"]),
             _plain("Excel", 95, 60, page=1), _plain("Vendor negotiation", 246, 60, page=1)]
    assert _groups(lines) == [("Data Analysis", ["SQL", "Python", "dbt", "Excel"]),
                              ("Visualization", ["Tableau", "Matplotlib"]),
                              ("Operations", ["Scheduling", "Team training", "Budgets", "Vendor negotiation"])]
