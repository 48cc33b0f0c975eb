"""An undated school set like the title before it opens the next entry when the title's degree
line names its field first ("Logistics, Associate of Applied Science": education_lines.opens_school)."""
from tailor.importer.entries import group_entries, parse_entry
from tailor.importer.lines import Line


def _entries(lines):
    return [parse_entry("education", raw, i)[0] for i, raw in enumerate(group_entries(lines, "education"))]


def test_a_school_after_a_field_and_degree_line_opens_the_next_entry():
    lines = [Line("Harrow Vale Community College", size=14, bold=True, gap_before=True),
             Line("Horticulture, Associate of Applied Science", size=11, bold=True, gap_before=True),
             Line("Fernbrook High School", size=14, bold=True, gap_before=True),
             Line("General Studies, High School Diploma", size=11, bold=True, gap_before=True)]
    entries = _entries(lines)
    assert [entry.get("institution") for entry in entries] == ["Harrow Vale Community College",
                                                              "Fernbrook High School"]
    assert entries[1].get("studyType") == "High School Diploma"



def test_a_school_after_a_qualification_with_its_status_opens_the_next_entry():
    lines = [Line("Harrow Vale University", size=14, bold=True, gap_before=True),
             Line("Secondary Science, PGCE with Qualified", size=11, bold=True, gap_before=True),
             Line("Teacher Status", size=11, bold=True),
             Line("Uniwersytet Warszawski, Warszawa", size=14, bold=True, gap_before=True),
             Line("Chemistry, Licencjat (BSc) — 4.5", size=11, bold=True, gap_before=True)]
    assert [entry.get("institution") for entry in _entries(lines)] == ["Harrow Vale University",
                                                                       "Uniwersytet Warszawski, Warszawa"]
