"""A skill's name with its level on the next line is a skill (JSON Resume's name and level),
not a keyword, even when its keywords are not under it in the same column (simple.py)."""
from tailor.importer.lines import Line
from tailor.importer.simple import parse_skills


def _line(text, x=60.0, y=0.0, page=0):
    return Line(text, x=x, y=y, page=page, size=10.0)


def test_a_name_over_its_level_is_a_skill_whose_keywords_went_elsewhere():
    lines = [_line("Baking", x=60, y=100), _line("Advanced", x=60, y=112),
             _line("Sourdough", x=90, y=130), _line("Laminated dough", x=90, y=142),
             _line("Costing", x=300, y=700), _line("Intermediate", x=300, y=712),
             _line("Menu pricing", x=90, y=30, page=1), _line("Stock control", x=90, y=42, page=1)]
    skills = parse_skills(lines)
    assert [(s["name"], s.get("level")) for s in skills] == [("Baking", "Advanced"), ("Costing", "Intermediate")]
    assert skills[1]["keywords"] == ["Menu pricing", "Stock control"]


def test_a_name_in_a_column_of_labels_beside_its_list_is_the_groups_name():
    """LaTeX CV classes set "Distributed Systems" in a left column, its keywords level with it."""
    lines = [_line("Distributed Systems", x=40, y=100), _line("Consensus, Replication, Erasure coding", x=130, y=100),
             _line("Programming", x=40, y=114), _line("Go, Rust, Java", x=130, y=114)]
    assert [(s["name"], s["keywords"]) for s in parse_skills(lines)] == [
        ("Distributed Systems", ["Consensus", "Replication", "Erasure coding"]),
        ("Programming", ["Go", "Rust", "Java"])]
    # one skill a line, each level with nothing: keywords of one list, no group names
    plain = [_line("Python", y=100), _line("SQL, dbt", y=114)]
    assert [(s["name"], s["keywords"]) for s in parse_skills(plain)] == [("Skills", ["Python", "SQL", "dbt"])]


def test_a_bold_name_and_its_level_read_as_one_line_are_a_group_and_its_level():
    lines = [Line("Infrastructure, Advanced", x=60, y=100, size=10.0, bold_prefix="Infrastructure"),
             _line("Kafka, Kubernetes", y=112), _line("Baking, Advanced", y=130)]  # not bold: two keywords
    assert [(s["name"], s.get("level"), s["keywords"]) for s in parse_skills(lines)] == [
        ("Infrastructure", "Advanced", ["Kafka", "Kubernetes", "Baking", "Advanced"])]


def test_a_bold_name_then_its_level_after_a_space_is_a_group_even_wrapped():
    """"**Clinical** Advanced" in a column of names beside the keywords; "**Distributed**" over
    "**Systems** Master": the name wrapped, then its level."""
    lines = [Line("Distributed", x=75, y=197, size=11.2, bold=True, gap_before=True),
             Line("Systems Master", x=75, y=212, size=11.2, bold_prefix="Systems"),
             Line("Clinical Advanced", x=75, y=244, size=11.2, bold_prefix="Clinical", gap_before=True),
             Line("Consensus, Replication", x=207, y=197, size=11.2), Line("Epic, Vocera", x=207, y=244, size=11.2)]
    skills = parse_skills(lines)
    assert [(s["name"], s.get("level")) for s in skills] == [("Distributed Systems", "Master"),
                                                             ("Clinical", "Advanced")]
    assert [k for s in skills for k in s["keywords"]] == ["Consensus", "Replication", "Epic", "Vocera"]


def test_two_group_names_side_by_side_are_both_names_not_a_keyword():
    lines = [Line("People", x=40, y=199, size=9.7, gap_before=True), Line("Systems", x=308, y=199, size=9.7),
             Line("Hiring, Coaching, Workday", x=47, y=225, size=8.8, gap_before=True),
             Line("Tools", x=40, y=260, size=9.7, gap_before=True), Line("Excel, Kronos", x=47, y=280, size=8.8)]
    skills = parse_skills(lines)
    assert [s["name"] for s in skills] == ["People", "Systems", "Tools"]
    assert [k for s in skills for k in s["keywords"]] == ["Hiring", "Coaching", "Workday", "Excel", "Kronos"]


def test_a_bold_line_among_plain_ones_in_a_word_file_names_a_skill_group():
    """A Word sidebar sets each group's name in bold over its keywords one a paragraph; a word
    processor gives no positions, so bold is the only mark of a name."""
    lines = [Line("Frontend", bold=True), Line("React"), Line("TypeScript"), Line("Backend", bold=True), Line("Go")]
    assert [(g["name"], g["keywords"]) for g in parse_skills(lines)] == [("Frontend", ["React", "TypeScript"]),
                                                                       ("Backend", ["Go"])]
    plain = [Line("React"), Line("TypeScript"), Line("Go")]  # no bold line: one list
    assert [(g["name"], g["keywords"]) for g in parse_skills(plain)] == [("Skills", ["React", "TypeScript", "Go"])]


def test_skills_drawn_as_bars_with_a_percentage_are_names_with_levels():
    """A portfolio page's skill bars: a name and a bubble "75%" over its bar; "NaN%" is a level
    the page's script failed to print."""
    lines = [_line("50%", x=416, y=511), _line("DATA ANALYSIS", y=514), _line("75%", x=474, y=561),
             _line("OPERATIONS & LEADERSHIP", y=564), _line("NaN%", x=300, y=611), _line("TOOLS", y=614)]
    assert parse_skills(lines) == [{"name": "DATA ANALYSIS", "level": "50%"},
                                   {"name": "OPERATIONS & LEADERSHIP", "level": "75%"}, {"name": "TOOLS"}]
    # a percentage among lists is no bar's level
    mixed = [_line("Python, Go, SQL", y=100), _line("95%", y=120)]
    assert parse_skills(mixed)[0]["keywords"] == ["Python", "Go", "SQL", "95%"]


def test_a_level_in_brackets_after_or_under_a_bold_name_is_its_level_not_a_keyword():
    """"**Baking** (Advanced)" on one row, or "**Front of House**" over a smaller "(Beginner)":
    a group's name and its level in brackets, its keywords indented under it."""
    lines = [Line("Baking (Advanced)", x=60, y=100, size=10.0, bold_prefix="Baking", gap_before=True),
             _line("Sourdough", x=75, y=124), _line("Laminated dough", x=75, y=139),
             Line("Front of House", x=60, y=170, size=10.0, bold=True, gap_before=True),
             Line("(Beginner)", x=60, y=187, size=8.0), _line("Table service", x=75, y=209)]
    skills = parse_skills(lines)
    assert [(s["name"], s.get("level")) for s in skills] == [("Baking", "Advanced"), ("Front of House", "Beginner")]
    assert [k for s in skills for k in s["keywords"]] == ["Sourdough", "Laminated dough", "Table service"]
