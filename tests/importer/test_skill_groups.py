"""`skill_groups.py`: skill groups set as sections of their own (a name in the headings' type,
its level, its keywords) are skills, not sections named "languages" or sections Tailor cannot name."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line


def _heading(text):
    return Line(text, x=53, size=10.5, heading=True, level=2)


def test_groups_set_as_headings_with_a_level_under_them_are_skill_groups():
    lines = [Line("Maya Okonkwo", size=30, level=1, heading=True), Line("maya@example.com"),
             _heading("Experience"), Line("Software Engineer, Outreach (2024 - 2025)", x=188, size=8.2),
             _heading("Programming Languages"), Line("Intermediate", x=53, size=9, bold=True),
             Line("Python, TypeScript, Java", x=56, size=9.6),  # 9.6 pt: not the 10.5 pt headings' type
             _heading("Web Development"), Line("Beginner", x=53, size=9, bold=True),
             Line("React, Next.js", x=56, size=9.6),
             _heading("Languages"), Line("English (Native speaker)", x=53, size=7.5),
             Line("Spanish (Intermediate)", x=53, size=7.5)]
    resume = resume_from_lines(lines).resume
    assert [(s["name"], s.get("level"), s["keywords"]) for s in resume["skills"]] == [
        ("Programming Languages", "Intermediate", ["Python", "TypeScript", "Java"]),
        ("Web Development", "Beginner", ["React", "Next.js"])]
    assert [lang["language"] for lang in resume["languages"]] == ["English", "Spanish"]


def test_a_section_named_exactly_keeps_its_own_parser():
    lines = [Line("Maya Okonkwo", size=30, level=1, heading=True), Line("maya@example.com"),
             _heading("Languages"), Line("Intermediate", x=53, size=9), Line("Spanish", x=53, size=9)]
    assert "skills" not in resume_from_lines(lines).resume


def test_groups_of_keywords_only_are_skill_groups_when_two_or_more_stand_together():
    body = [_heading("Operations"), Line("Lean Six Sigma Black Belt", x=56, size=9.6),
            Line("Cycle counting, Slotting, Wave planning", x=56, size=9.6),
            _heading("Systems"), Line("Manhattan WMS", x=56, size=9.6), Line("Microsoft Excel, Kronos", x=56, size=9.6)]
    lines = [Line("Marcus O'Neill", size=30, level=1, heading=True), Line("marcus@example.net"), *body]
    assert [(s["name"], s["keywords"]) for s in resume_from_lines(lines).resume["skills"]] == [
        ("Operations", ["Lean Six Sigma Black Belt", "Cycle counting", "Slotting", "Wave planning"]),
        ("Systems", ["Manhattan WMS", "Microsoft Excel", "Kronos"])]
    # one such heading alone says nothing of what its names are
    alone = [Line("Jo Doe", size=30, level=1, heading=True), Line("jo@example.com"), _heading("Personal"),
             Line("Web Performance, Accessibility, Developer Tools", x=56, size=9.6)]
    result = resume_from_lines(alone)
    assert "skills" not in result.resume and [u.section for u in result.unparsed] == ["unknown: Personal"]


def test_groups_of_names_one_a_line_beside_a_skills_section_are_skill_groups():
    lines = [Line("Zoe Lukasiewicz", size=30, level=1, heading=True), Line("zoe@example.co.uk"),
             _heading("Teaching"), Line("Mastery curriculum", x=56, size=9.6),
             Line("Retrieval practice", x=56, size=9.6),
             _heading("Subjects"), Line("GCSE Mathematics", x=56, size=9.6), Line("Statistics", x=56, size=9.6),
             _heading("Tools"), Line("Sparx Maths, Desmos, GeoGebra", x=56, size=9.6)]
    skills = resume_from_lines(lines).resume["skills"]
    assert [s["name"] for s in skills] == ["Teaching", "Subjects", "Skills"]  # "Tools" is the skills section
    assert skills[0]["keywords"] == ["Mastery curriculum", "Retrieval practice"]
    # a network's name over a handle beside the skills is one heading alone: not a group
    handle = [Line("Priya Raghunathan", size=30, level=1, heading=True), Line("priya@example.ca"),
              _heading("LinkedIn"), Line("priya-raghunathan", x=56, size=9.6),
              _heading("Skills"), Line("Hiring, Coaching, Team building", x=56, size=9.6)]
    assert [s["keywords"] for s in resume_from_lines(handle).resume["skills"]] == [
        ["Hiring", "Coaching", "Team building"]]


def test_groups_of_names_one_a_line_are_skill_groups_when_one_is_a_known_skill():
    body = [_heading("Kitchen"), Line("Menu costing", x=56, size=7.5), Line("Staff scheduling", x=56, size=7.5),
            _heading("Software"), Line("Apicbase", x=56, size=7.5), Line("Excel", x=56, size=7.5)]
    lines = [Line("Jose Nunez", size=30, level=1, heading=True), Line("jose@example.com"), *body]
    assert [(s["name"], s["keywords"]) for s in resume_from_lines(lines).resume["skills"]] == [
        ("Kitchen", ["Menu costing", "Staff scheduling"]), ("Software", ["Apicbase", "Excel"])]
    # names nobody lists as skills stay a heading Tailor cannot name ("Good coffee", "Long walks")
    pastimes = [Line("Jo Doe", size=30, level=1, heading=True), Line("jo@example.com"),
                _heading("Mornings"), Line("Good coffee", x=56, size=7.5), _heading("Evenings"),
                Line("Long walks", x=56, size=7.5)]
    assert "skills" not in resume_from_lines(pastimes).resume
