"""`dashed_role.role_before_dash`: "Role, Qualifier - Employer": the spaced dash sets the
employer apart and the comma is the role's own. Made-up names, not a theme's text."""
from tailor.importer.build import resume_from_lines
from tailor.importer.dashed_role import role_before_dash
from tailor.importer.lines import Line


def test_a_role_with_a_qualifier_before_the_dash_stays_whole():
    assert role_before_dash("Pastry Chef, Night Shift - Crumb Bakery") == ["Pastry Chef, Night Shift", "Crumb Bakery"]
    assert role_before_dash("Pastry Chef - Crumb Bakery") is None  # no comma: the other rules cut it
    assert role_before_dash("Staff Nurse, NHS Fife - Ward 3") is None  # an acronym names the employer
    assert role_before_dash("Pastry Chef, Crumb Bakery - Leeds, UK") is None  # a place after the dash


def test_the_qualified_role_and_its_employer_fill_their_fields():
    lines = [Line("Ada Quill", size=15, bold=True, heading=True, level=1), Line("ada.quill@example.org", size=10),
             Line("Experience", size=12, bold=True, heading=True, gap_before=True),
             Line("Pastry Chef, Night Shift - Crumb Bakery | Leeds, UK | 2019 - 2021", size=10,
                  bold_prefix="Pastry Chef, Night Shift - Crumb Bakery",
                  bold_runs=("Pastry Chef, Night Shift - Crumb Bakery",))]
    job = resume_from_lines(lines).resume["work"][0]
    assert (job["position"], job["name"]) == ("Pastry Chef, Night Shift", "Crumb Bakery")


def test_an_en_dash_after_a_unit_in_common_words_is_the_cut():
    """An en dash is often inside an employer's name ("Sous Chef, Mercado de San Miguel – Grupo
    Sanmi"), but after a hospital unit or a department said in common words it sets the employer
    apart: the unit is the role's (`role_unit.py`)."""
    assert role_before_dash("Staff Nurse, Critical Care – Lakeside General") == [
        "Staff Nurse, Critical Care", "Lakeside General"]
    assert role_before_dash("Sous Chef, Mercado de San Miguel – Grupo Sanmi") is None
    lines = [Line("Ada Quill", heading=True, level=1), Line("ada.quill@example.org"),
             Line("Experience", bold=True, heading=True, level=1),
             Line("Staff Nurse, Critical Care – Lakeside General | 2019 – 2021",
                  bold_prefix="Staff Nurse, Critical Care – Lakeside General")]
    job = resume_from_lines(lines).resume["work"][0]
    assert (job["position"], job["name"]) == ("Staff Nurse, Critical Care", "Lakeside General")
