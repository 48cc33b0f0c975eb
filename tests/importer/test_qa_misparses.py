"""QA misparses: text that landed in a wrong field instead of its own field or `unparsed`.

Inline "Label: values" sections, seasons as dates, headings we do not know, Markdown markup,
a folder given as the resume, and a two-column table in a Word document.
"""
from pathlib import Path

import pytest

from tailor.errors import UserInputError
from tailor.importer import import_resume
from tailor.importer.dates import Dates, parse_dates, trailing_dates
from tailor.importer.extract import extract_lines
from tailor.importer.lines import Line
from tailor.importer.sections import inline_sections, section_key, split_sections
from tests.importer.importer_helpers import lost_words

ACCOUNTANT = """\
Marcus O'Neil-Brown, CPA
marcus@oneil.example | (555) 010-2030

{work}
-----------------
Staff Accountant                                   Jan. 2020 – current
Harbor & Vine LLP, Boston MA
• Closed the books monthly for 14 clients; reduced close time from 10 to 6 days
• Prepared 120+ individual and 35 partnership tax returns (1040, 1065)
Tax Intern                                          Summer 2019
Harbor & Vine LLP
• Assisted with 200 returns during busy season

{education}
---------
Boston College — B.S. Accounting (magna cum laude), May 2019

Skills: CCH Axcess, Excel, QuickBooks; Certifications: CPA (Massachusetts, 2021)
Awards: Dean's List (6 semesters)
"""


def _import(tmp_path: Path, text: str, name: str = "cv.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    lines = extract_lines(path)
    result = import_resume(path)
    headings = {line.text for line in lines if section_key(line)}
    assert lost_words(lines, result, headings) == []  # nothing dropped silently
    return result


def _check_accountant(result, unparsed=()) -> None:
    resume = result.resume
    assert resume["skills"] == [{"name": "Skills", "keywords": ["CCH Axcess", "Excel", "QuickBooks"]}]
    assert resume["certificates"] == [{"name": "CPA (Massachusetts, 2021)"}]
    assert resume["awards"] == [{"title": "Dean's List (6 semesters)"}]
    assert resume["education"] == [{"institution": "Boston College", "studyType": "B.S.",
                                    "area": "Accounting (magna cum laude)", "endDate": "2019-05"}]
    intern = resume["work"][1]
    assert (intern["position"], intern["name"], intern["startDate"]) == ("Tax Intern", "Harbor & Vine LLP", "2019")
    assert set(resume["basics"]) == {"name", "email", "phone"}
    assert [(u.section, u.text) for u in result.unparsed] == list(unparsed)


def test_inline_sections_and_season_dates(tmp_path):
    """cv4: "Skills: ...; Certifications: ..." and "Awards: ..." under Education became an
    education entry; "Summer 2019" became the intern's employer."""
    _check_accountant(_import(tmp_path, ACCOUNTANT.format(work="Experience", education="Education")))


def test_headings_we_do_not_know_are_read_by_content_with_a_warning(tmp_path):
    """cv3: an underlined heading that is no section name became basics.label and the first
    bullet basics.summary. Its entries are read by what they look like instead (strict rules:
    `section_guess`), and a warning names each section read so."""
    result = _import(tmp_path, ACCOUNTANT.format(work="Places I've been", education="Learning"))
    # the headings themselves are lines of the page: listed, never dropped
    _check_accountant(result, [("work", "Places I've been"), ("education", "Learning")])
    assert sum("Places I've been" in w and "work" in w for w in result.warnings) == 1
    assert sum("Learning" in w and "education" in w for w in result.warnings) == 1


def test_unknown_heading_with_unrecognisable_content_is_unparsed(tmp_path):
    result = _import(tmp_path, "Jo Doe\njo@example.com\n\nTHINGS I LIKE\nGood coffee\nLong walks\n")
    assert [(u.section, u.text) for u in result.unparsed] == [("unknown: THINGS I LIKE", "Good coffee"),
                                                              ("unknown: THINGS I LIKE", "Long walks")]
    assert "label" not in result.resume["basics"]


def test_languages_and_hobbies_typed_inline(tmp_path):
    """cv1: "LANGUAGES: ..." and "HOBBIES: ..." after a Volunteer section became a volunteer entry."""
    result = _import(tmp_path, "John Public\njohn@mail.com\n\nVOLUNTEER\n"
                               "Treasurer, Springfield Youth Soccer League (2018–2022)\n\n"
                               "LANGUAGES: English (native), Polish (conversational)\n"
                               "HOBBIES: MARATHON RUNNING, WOODWORKING\n")
    resume = result.resume
    assert resume["volunteer"] == [{"position": "Treasurer", "organization": "Springfield Youth Soccer League",
                                    "startDate": "2018", "endDate": "2022"}]
    assert resume["languages"] == [{"language": "English", "fluency": "native"},
                                   {"language": "Polish", "fluency": "conversational"}]
    assert resume["interests"] == [{"name": "MARATHON RUNNING"}, {"name": "WOODWORKING"}]


def test_inline_labels_inside_skills_stay_skill_groups():
    """"Languages: Python, Go" under a Skills heading is a skill group, not spoken languages;
    a line in the middle of an entry does not end the entry's section."""
    sections = split_sections([Line("Jo"), Line("Skills"), Line("Languages: Python, Go"), Line("Experience"),
                               Line("Engineer, Acme, 2020 - 2022"), Line("Tools: Docker, Git"),
                               Line("Did things", bullet="•")])
    assert [(s.key, [line.text for line in s.lines]) for s in sections] == [
        ("header", ["Jo"]), ("skills", ["Languages: Python, Go"]),
        ("work", ["Engineer, Acme, 2020 - 2022", "Did things"]), ("skills", ["Tools: Docker, Git"])]
    prose = "Skills:- Strong knowledge of accounting principles and practices- Proficiency in financial statements"
    assert inline_sections(Line(prose)) == []  # a sentence after the label is not a list of skills


def test_seasons_and_double_hyphens_are_dates():
    assert parse_dates("Summer 2019") == Dates("2019", "2019")
    assert parse_dates("Fall 2018 – Spring 2020") == Dates("2018", "2020")
    assert trailing_dates("Tax Intern, Summer 2019") == ("Tax Intern", Dates("2019", "2019"))
    assert parse_dates("Summer camp") is None
    # "--" typed for a dash (cv2l.md): one range, not "Dec 2020" alone with "Sep 2018" left over
    assert parse_dates("Sep 2018 -- Dec 2020") == Dates("2018-09", "2020-12")


def test_markdown_markup_is_stripped(tmp_path):
    """cv2: the blockquote `> ` stayed in basics.label and `*dates*` stayed unread."""
    result = _import(tmp_path, "# Ana Gutiérrez\n\n> Data analyst · Madrid, Spain · ana@correo.es · "
                               "[GitHub](https://github.com/anamg)\n\n## Experience\n\n"
                               "### Senior Data Analyst @ [Telefónica](https://telefonica.com)\n"
                               "*January 2021 — now*\n\n- Built **Power BI** dashboards in `DAX` and _M_\n\n"
                               "### Data Analyst @ BBVA\n*Sep 2018 — Dec 2020*\n\nWorked on credit-risk models.\n\n"
                               "- Wrote SQL queries.\n\n"
                               "## Education\n\n**MSc Statistics**, Universidad Complutense de Madrid, 2018\n\n"
                               "## Certifications\n\n- Google Data Analytics Certificate\n"
                               "- Tableau Desktop Specialist\n",
                     name="cv.md")
    resume = result.resume
    assert resume["basics"]["label"] == "Data analyst"
    assert resume["basics"]["profiles"] == [{"network": "GitHub", "username": "anamg",
                                             "url": "https://github.com/anamg"}]
    work = resume["work"][0]
    assert (work["position"], work["startDate"], work["highlights"]) == (
        "Senior Data Analyst", "2021-01", ["Built Power BI dashboards in DAX and M"])
    assert (work["name"], work["url"]) == ("Telefónica", "https://telefonica.com")  # a link: name and address
    # a paragraph after a blank line describes the entry above; it does not start a new one
    assert resume["work"][1] == {"position": "Data Analyst", "name": "BBVA", "startDate": "2018-09",
                                 "endDate": "2020-12", "summary": "Worked on credit-risk models.",
                                 "highlights": ["Wrote SQL queries."]}
    # a bulleted list of certificates: one certificate per bullet
    assert resume["certificates"] == [{"name": "Google Data Analytics Certificate"},
                                      {"name": "Tableau Desktop Specialist"}]
    assert result.unparsed == []
    assert resume["education"] == [{"institution": "Universidad Complutense de Madrid", "studyType": "MSc",
                                    "area": "Statistics", "endDate": "2018"}]


def test_folder_is_not_a_resume(tmp_path):
    with pytest.raises(UserInputError) as info:
        import_resume(tmp_path)
    assert "folder" in info.value.message and "(none)" not in info.value.message


def test_docx_two_column_table_is_read_cell_by_cell(tmp_path):
    """priya.docx: a layout table (SKILLS beside EXPERIENCE, lines split by breaks) was one
    long unparsed line; "M.S. Statistics, UC Davis, 2019" had no institution."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Priya Raman", style="Title")
    document.add_paragraph("priya.raman@example.com | 415-555-0100 | Oakland, CA")
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.text = "SKILLS\nPython\nSQL\nTableau"
    right.text = ("EXPERIENCE\nData Scientist, Kaiser Permanente, 2019 - Present\n"
                  "Built readmission-risk models in Python that cut 30-day readmissions by 8%.")
    document.add_heading("Education", level=1)
    document.add_paragraph("M.S. Statistics, UC Davis, 2019")
    path = tmp_path / "priya.docx"
    document.save(path)
    result = import_resume(path)
    resume = result.resume
    assert resume["skills"] == [{"name": "Skills", "keywords": ["Python", "SQL", "Tableau"]}]
    assert resume["work"] == [{"position": "Data Scientist", "name": "Kaiser Permanente", "startDate": "2019",
                               "summary": "Built readmission-risk models in Python that cut 30-day "
                                          "readmissions by 8%."}]
    assert resume["education"] == [{"institution": "UC Davis", "studyType": "M.S.", "area": "Statistics",
                                    "endDate": "2019"}]
    assert result.unparsed == []


def test_inline_certificates_separated_by_semicolons_are_one_entry_each():
    """LaTeX resumes list "Certifications: Name, Issuer, Date; Name, Issuer, Date" on one line."""
    from tailor.importer.build import resume_from_lines
    lines = [Line("Daniel Reyes"), Line("daniel@example.com"), Line("Technical Skills", size=12, heading=True),
             Line("Data Analysis: SQL, Python, pandas"),
             Line("Certifications: Google Data Analytics Certificate, Google / Coursera, May 2024; "
                  "Tableau Desktop Specialist, Tableau, Jan. 2025")]
    certificates = resume_from_lines(lines).resume["certificates"]
    assert [(c["name"], c.get("issuer"), c.get("date")) for c in certificates] == [
        ("Google Data Analytics Certificate", "Google / Coursera", "2024-05"),
        ("Tableau Desktop Specialist", "Tableau", "2025-01")]


def test_an_interests_skills_label_gives_its_keywords_not_a_skills_section():
    line = Line("Skills: Topographic maps · GIS")
    assert inline_sections(line, "interests") == []
    assert [s.key for s in inline_sections(line, "work")] == ["skills"]


def test_spoken_languages_typed_inline_under_skills_are_languages():
    """LaTeX resumes end "Technical Skills" with "Languages: English (Native speaker), ..."."""
    spoken = Line("Languages: English (Native speaker), Spanish (Fluent)")
    assert [s.key for s in inline_sections(spoken, "skills")] == ["languages"]
    assert inline_sections(Line("Languages: Python, Go, Rust"), "skills") == []          # a skill group
    assert inline_sections(Line("Languages: Java (Advanced), Go (Expert)"), "skills") == []


def test_a_projects_skills_label_gives_its_keywords_not_a_skills_section():
    lines = [Line("Lena Vasquez"), Line("lena@example.com"), Line("PROJECTS", bold=True, size=9),
             Line("raft-lab", bold=True, size=12), Line("Skills: Go · Raft · Consensus"),
             Line("A teaching implementation of the Raft consensus protocol.")]
    sections = split_sections(lines)
    assert [s.key for s in sections] == ["header", "projects"]
    assert [line.text for line in sections[1].lines][1] == "Go, Raft, Consensus"


def test_a_skills_line_of_human_languages_is_the_persons_languages_programming_ones_a_skill_group():
    from tailor.importer.build import resume_from_lines
    from tailor.importer.simple import spoken_languages

    assert spoken_languages(["English", "Tamil", "Hindi"]) and spoken_languages(["English", "Tamil (native)"])
    assert not spoken_languages(["Python", "Go"]) and not spoken_languages(["English", "Python"])
    lines = [Line("Jo Doe"), Line("jo@example.com | 555-201-3344"), Line("SKILLS"),
             Line("Technical: IFRS, Power BI"), Line("Languages: English, Tamil (native), Hindi"),
             Line("Languages: Python, Go")]
    resume = resume_from_lines(lines).resume
    assert resume["languages"] == [{"language": "English"}, {"language": "Tamil", "fluency": "native"},
                                   {"language": "Hindi"}]
    assert [group["name"] for group in resume["skills"]] == ["Technical", "Languages"]
