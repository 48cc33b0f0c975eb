"""`labelled_lists.py`: skill groups set as rows of a bold label beside (or over) its list, right
under the header with no "Skills" heading, are skills; and "Portfolio" heads projects."""
from tailor.importer.build import resume_from_lines
from tailor.importer.labelled_lists import labelled_lists
from tailor.importer.lines import Line


def _label(text, y, gap=True):
    return Line(text, x=60, y=y, size=10, bold=True, gap_before=gap, right=60 + 6 * len(text), bottom=y + 10)


def _values(text, y, x=140, gap=False, prefix=""):
    return Line(text, x=x, y=y, size=10, gap_before=gap, bold_prefix=prefix, bold_runs=(prefix,) if prefix else (),
                right=x + 5 * len(text), bottom=y + 10)


def _page(rows):
    return [
        Line("Ines Halvorsen", x=60, y=30, size=20, bold=True, heading=True),
        Line("Laboratory Technician", x=60, y=56, size=14, bold=True, heading=True),
        Line("ines.halvorsen@example.org | 555 0199 2231", x=60, y=84, size=10, gap_before=True),
        Line("Bergen, Vestland, NO", x=60, y=100, size=10),
        *rows,
        Line("Experience", x=60, y=330, size=14, bold=True, heading=True, gap_before=True),
        Line("Lab Technician | Fjordlab AS | 2019 - Present", x=60, y=360, size=11, bold=True, heading=True,
             gap_before=True),
        Line("Ran 40 water-quality assays a week.", x=70, y=376, size=10, list_item=True),
    ]


def _rows():
    return [
        # a label beside its list; its second word wrapped under it, level with nothing
        _label("WET", 130), _values("Titration, Chromatography, Spectrophotometry", 130),
        _label("CHEMISTRY", 144, False),
        # a long list set under its label
        _label("FIELD WORK", 170), _values("Sediment coring, Plankton nets, Boat handling, GPS logging", 184, x=60),
        # a label the PDF glued to its list
        _values("SOFTWARE LIMS, Excel, R", 210, x=60, gap=True, prefix="SOFTWARE"),
    ]


def test_labelled_rows_under_the_header_are_skill_groups():
    resume = resume_from_lines(_page(_rows())).resume
    assert [(group["name"].upper(), group["keywords"]) for group in resume["skills"]] == [
        ("WET CHEMISTRY", ["Titration", "Chromatography", "Spectrophotometry"]),
        ("FIELD WORK", ["Sediment coring", "Plankton nets", "Boat handling", "GPS logging"]),
        ("SOFTWARE", ["LIMS", "Excel", "R"]),
    ]
    assert resume["basics"]["name"] == "Ines Halvorsen"
    assert resume["basics"]["email"] == "ines.halvorsen@example.org"
    assert resume["work"][0]["name"] == "Fjordlab AS"


def test_a_column_read_order_pairs_labels_and_lists_by_their_rows():
    rows = [_label("WET CHEMISTRY", 130), _label("FIELD WORK", 160), _label("SOFTWARE", 190),
            _values("Titration, Chromatography", 130), _values("Sediment coring, Boat handling", 160, gap=True),
            _values("LIMS, Excel, R", 190, gap=True)]
    resume = resume_from_lines(_page(rows)).resume
    assert [(g["name"].upper(), g["keywords"][0]) for g in resume["skills"]] == [
        ("WET CHEMISTRY", "Titration"), ("FIELD WORK", "Sediment coring"), ("SOFTWARE", "LIMS")]


def test_not_labelled_lists_stay_as_they_were():
    one_row = _page([_label("TOOLS", 130), _values("Excel, Tableau, Power BI, SQL, Python, Looker", 130)])
    assert labelled_lists(one_row) == one_row  # a single group: a heading Tailor cannot name, as before
    sentences = _page([_label("FOCUS", 130), _values("Water quality, mostly in fjords.", 130),
                       _label("AIM", 160), _values("Open data, shared methods, fewer repeats", 160)])
    assert labelled_lists(sentences) == sentences
    contact = _page([_label("EMAIL", 130), _values("ines@example.org, ines.h@example.net", 130),
                     _label("PHONE", 160), _values("555 0199 2231, 555 0199 2232, 555 0199 2233", 160)])
    assert labelled_lists(contact) == contact


def test_portfolio_heads_projects():
    lines = [
        Line("Ines Halvorsen", x=60, y=30, size=20, bold=True, heading=True),
        Line("ines.halvorsen@example.org", x=60, y=60, size=10),
        Line("Portfolio Highlights", x=60, y=100, size=14, bold=True, heading=True, gap_before=True),
        Line("Fjord Sensor Network", x=60, y=130, size=11, bold=True, gap_before=True),
        Line("Low-cost buoys logging salinity every ten minutes. (2023-04)", x=60, y=146, size=10),
    ]
    project = resume_from_lines(lines).resume["projects"][0]
    assert (project["name"], project["endDate"]) == ("Fjord Sensor Network", "2023-04")


def test_two_rows_lists_run_into_one_line_are_cut_where_the_next_label_stands():
    """The PDF reader ran "Sediment coring, Boat handling" and "Water Quality, LIMS" (the row of
    the next label) into one line: the term holding the break is cut before its capital."""
    run_on = _values("Titration, Chromatography, Assays, Sediment coring Water Quality, LIMS", 130)
    run_on = Line(run_on.text, x=run_on.x, y=130, size=10, right=run_on.right, bottom=158)
    rows = [_label("WET CHEMISTRY", 130), run_on, _label("SOFTWARE", 148, False)]
    resume = resume_from_lines(_page(rows)).resume
    assert [(g["name"].upper(), g["keywords"]) for g in resume["skills"]] == [
        ("WET CHEMISTRY", ["Titration", "Chromatography", "Assays", "Sediment coring"]),
        ("SOFTWARE", ["Water Quality", "LIMS"])]
