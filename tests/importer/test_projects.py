"""`projects.py`: project entries as third-party layouts set them: "Name: what it is" one per
line, the name then what the project was for, keywords as a tag list under the points."""
from tailor.importer.entries import group_entries, parse_entry
from tailor.importer.lines import Line
from tailor.importer.projects import keywords_after_points, named_lead, plain_leads, project_texts


def _line(text, x=50.0, size=10.0, bold=False, **more):
    return Line(text, x=x, size=size, bold=bold, **more)


def test_a_bold_name_then_a_colon_leads_a_project():
    assert named_lead(_line("Kotka Plant Start-up: Engineering lead.", bold_prefix="Kotka Plant Start-up"))
    assert named_lead(_line("DormSwap – A marketplace", bold_prefix="DormSwap"))
    assert not named_lead(_line("DormSwap, University of Washington", bold_prefix="DormSwap"))
    assert not named_lead(_line("Kotka Plant Start-up: Engineering lead."))             # nothing bold


def test_a_tag_list_in_body_type_after_points_is_keywords():
    points = [_line("Deployed to 400+ students", x=60)]
    assert keywords_after_points(_line("Next.js, PostgreSQL, Prisma"), points, "projects")
    assert not keywords_after_points(_line("Next.js, PostgreSQL, Prisma"), [], "projects")    # no points yet
    assert not keywords_after_points(_line("Next.js, PostgreSQL, Prisma", bold=True), points, "projects")
    assert not keywords_after_points(_line("Acme, Seattle, WA"), points, "work")


def test_name_then_entity_unless_a_role_is_named():
    entry: dict = {}
    assert project_texts(["DormSwap", "University of Washington Capstone"], entry) == ["DormSwap"]
    assert entry == {"entity": "University of Washington Capstone"}
    entry = {}
    assert project_texts(["Team lead", "DormSwap"], entry) == ["Team lead", "DormSwap"] and entry == {}
    assert project_texts(["DormSwap"], entry) == ["DormSwap"] and entry == {}


def test_a_name_and_its_entity_in_one_run_are_cut_at_the_comma():
    """"DormSwap, University of Washington Capstone" set in one bold run: after its only comma,
    capitalised words name what the project was for; lower case is the name's own phrase."""
    entry: dict = {}
    assert project_texts(["DormSwap, University of Washington Capstone"], entry) == ["DormSwap"]
    assert entry == {"entity": "University of Washington Capstone"}
    entry = {}
    assert project_texts(["Tailor, a resume importer"], entry) == ["Tailor, a resume importer"] and entry == {}
    assert project_texts(["Ovens, Pans and Knives"], entry) == ["Ovens, Pans and Knives"] and entry == {}


def test_a_projects_second_part_is_what_it_was_for_unless_it_names_a_role():
    lines = [_line("DormSwap, University of Washington Capstone", bold_prefix="DormSwap"), _line("2024 - 2025")]
    entry, _ = parse_entry("projects", group_entries(lines, "projects")[0], 0)
    assert entry["name"] == "DormSwap" and entry["entity"] == "University of Washington Capstone"
    lines = [_line("Team lead | DormSwap"), _line("2024 - 2025")]
    entry, _ = parse_entry("projects", group_entries(lines, "projects")[0], 0)
    assert entry["name"] == "DormSwap" and entry["roles"] == ["Team lead"] and "entity" not in entry


def test_keywords_under_a_projects_points_stay_with_it():
    lines = [_line("DormSwap", size=16, bold=True, heading=True), _line("Sep 2024 – May 2025"),
             _line("Deployed to 400+ active students", x=60), _line("Designed an image-moderation flow", x=60),
             _line("Next.js, PostgreSQL, Prisma, Vercel", x=55, gap_before=True),
             _line("gradient-viz", size=16, bold=True, heading=True, gap_before=True), _line("Jan 2024 – Mar 2024")]
    raw = group_entries(lines, "projects")
    entries = [parse_entry("projects", r, i)[0] for i, r in enumerate(raw)]
    assert [e["name"] for e in entries] == ["DormSwap", "gradient-viz"]
    assert entries[0]["keywords"] == ["Next.js", "PostgreSQL", "Prisma", "Vercel"]


def test_name_colon_description_projects_one_per_line_without_a_gap():
    lines = [_line("Kotka Plant Start-up: Engineering lead for a greenfield plant in Kotka, Finland.",
                   bold_prefix="Kotka Plant Start-up"),
             _line("Digital Shop-Floor Programme: Group-wide roll-out of digital work instructions.",
                   bold_prefix="Digital Shop-Floor Programme")]
    raw = group_entries(lines, "projects")
    assert [parse_entry("projects", r, 0)[0]["name"] for r in raw] == ["Kotka Plant Start-up",
                                                                       "Digital Shop-Floor Programme"]


def test_name_dash_sentence_paragraphs_in_body_type_are_one_project_each():
    lines = [_line("Kotka Plant Start-up - Engineering lead for a greenfield plant in Kotka.", gap_before=True),
             _line("Digital Shop-Floor Programme - Group-wide roll-out of digital work instructions.", gap_before=True)]
    entries = [parse_entry("projects", raw, i)[0] for i, raw in enumerate(group_entries(lines, "projects"))]
    assert [e["name"] for e in entries] == ["Kotka Plant Start-up", "Digital Shop-Floor Programme"]
    # a sentence that merely has a dash in it is no project lead
    assert not plain_leads(_line("Cut build times by half - and kept them there.", gap_before=True), lines[0])


def test_a_name_with_its_address_after_a_dot_and_a_tag_list_in_the_header():
    """"DormSwap ∙ https://..." over its description, then its keywords as chips, then its points."""
    lines = [_line("DormSwap ∙ https://dormswap.example.com", bold=True), _line("09/2024 - 05/2025", x=480),
             _line("A campus marketplace for students to buy, sell, and trade dorm essentials."),
             _line("Next.js, PostgreSQL, Prisma, Vercel"),
             _line("Deployed to 400+ active students across two residence halls", x=75, bullet="•")]
    entry, _ = parse_entry("projects", group_entries(lines, "projects")[0], 0)
    assert entry["name"] == "DormSwap" and entry["url"].startswith("https://dormswap.example.com")
    assert entry["keywords"] == ["Next.js", "PostgreSQL", "Prisma", "Vercel"]


def test_a_name_then_its_roles_after_commas_in_one_part():
    entry, _ = parse_entry("projects", group_entries([Line("raft-lab, Author, Maintainer | Jan 2019 – Present", x=50,
                                                           size=10)], "projects")[0], 0)
    assert (entry["name"], entry["roles"]) == ("raft-lab", ["Author", "Maintainer"])
    entry, _ = parse_entry("projects", group_entries([Line("Ovens, Pans and Knives | 2021", x=50, size=10)],
                                                     "projects")[0], 0)
    assert entry["name"] == "Ovens, Pans and Knives" and "roles" not in entry  # no role named: one name
    entry, _ = parse_entry("projects", group_entries([Line("raft-lab, Author, Maintainer, github.com/jo/raft-lab",
                                                           x=50, size=10)], "projects")[0], 0)
    assert (entry["name"], entry["roles"], entry["url"]) == ("raft-lab", ["Author", "Maintainer"],
                                                             "github.com/jo/raft-lab")
    bold_name = Line("raft-lab, Author, github.com/jo/raft-lab", x=50, size=10, bold_prefix="raft-lab")
    entry, _ = parse_entry("projects", group_entries([bold_name], "projects")[0], 0)
    assert (entry["name"], entry["roles"], entry["url"]) == ("raft-lab", ["Author"], "github.com/jo/raft-lab")


def test_a_header_written_as_name_at_entity_as_roles_is_read_by_those_words():
    entry: dict = {}
    texts = project_texts(["DormSwap at University of Washington Capstone as Full-stack developer, Team lead"], entry)
    assert texts == ["DormSwap", "Full-stack developer, Team lead"]
    assert entry == {"entity": "University of Washington Capstone"}
    entry = {}
    assert project_texts(["gradient-viz at as Author"], entry) == ["gradient-viz", "Author"] and entry == {}
    assert project_texts(["Meals at Home as a Service"], {}) == ["Meals at Home as a Service"]  # no role: a name


def test_a_labelled_list_of_names_is_the_projects_keywords_even_before_its_points():
    tags = _line("Skills acquired: Next.js | PostgreSQL | Prisma", bold_prefix="Skills acquired:", gap_before=True)
    assert keywords_after_points(tags, [], "projects")
    assert not keywords_after_points(_line("Outcome: shipped to 400 students.", bold_prefix="Outcome:"), [], "projects")
    assert not keywords_after_points(_line("Next.js | PostgreSQL | Prisma"), [], "projects")   # no label, no points


def test_roles_after_commas_or_joined_by_and_are_roles_not_keywords():
    entry: dict = {}
    assert project_texts(["raft-lab", "Author, Maintainer, github.com/jo/raft-lab"], entry) == \
        ["raft-lab", "Author, Maintainer"]
    assert entry == {"url": "github.com/jo/raft-lab"}
    assert project_texts(["raft-lab", "Author and Maintainer"], {}) == ["raft-lab", "Author, Maintainer"]
    assert project_texts(["Research and Development Tools", "Author"], {}) == ["Research and Development Tools",
                                                                               "Author"]


def test_a_name_its_entity_and_its_role_in_three_parts():
    entry: dict = {}
    texts = project_texts(["DormSwap", "University of Washington Capstone", "Full-stack developer, Team lead"], entry)
    assert texts == ["DormSwap", "Full-stack developer, Team lead"]
    assert entry == {"entity": "University of Washington Capstone"}


def test_undated_bold_names_with_their_address_after_a_space_are_one_project_each():
    """"DormSwap https://..." in bold over its description and keywords, then after a gap the
    next bold name: one project each, the address cut off the name."""
    lines = [_line("DormSwap https://dormswap.example.com", bold=True, gap_before=True),
             _line("A campus marketplace for students to buy, sell, and trade dorm essentials."),
             _line("Next.js, PostgreSQL, Prisma, Vercel"),
             _line("gradient-viz https://github.com/mayaokonkwo/gradient-viz", bold=True, gap_before=True),
             _line("An interactive visualizer that animates gradient descent over 2D loss surfaces.")]
    entries = [parse_entry("projects", raw, i)[0] for i, raw in enumerate(group_entries(lines, "projects"))]
    assert [(e["name"], e["url"]) for e in entries] == [
        ("DormSwap", "https://dormswap.example.com"), ("gradient-viz", "https://github.com/mayaokonkwo/gradient-viz")]


def test_an_awards_bold_awarder_after_a_gap_stays_with_its_title():
    """Awards set title and awarder as bold lines a gap apart are one award each pair, undated
    or not: only a project's bold name after a gap opens the next project."""
    lines = [_line("SUPERVISOR OF THE YEAR", bold=True, gap_before=True),
             _line("Mid-South Distribution Services", bold=True, gap_before=True),
             _line("Highest safety and productivity scores of all six shift supervisors.")]
    assert len(group_entries(lines, "awards")) == 1


def test_where_every_line_of_a_project_stands_a_gap_apart_a_gap_parts_no_projects():
    lines = [_line("Bounded Staleness for Geo-Replicated Key-Value Stores", bold=True, gap_before=True),
             _line("https://www.usenix.org/conference/osdi14", gap_before=True),
             _line("A tunable consistency model that bounds replica staleness.", gap_before=True),
             _line("Operating Tiered Storage at Streaming Scale", bold=True, gap_before=True)]
    assert len(group_entries(lines, "projects")) == 1
