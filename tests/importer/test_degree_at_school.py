"""A degree and its school printed as one phrase "<degree> at <school>" wrapped in a narrow column
(degree_at_school.py): a degree line over a school line, whole, the "at" dropped."""
from tailor.importer.degree_at_school import degree_at_school
from tailor.importer.lines import Line


def _line(text, y, x=50.0, size=10.0, **kw):
    return Line(text, page=0, x=x, y=y, size=size, right=x + 5 * len(text), bottom=y + size, **kw)


def _rows(rows, dates, top, gap=True):
    lines = [_line(row, top + 13 * i, gap_before=gap and not i) for i, row in enumerate(rows)]
    return lines + [_line(dates, top + 13 * len(rows), x=110)]


def _page():
    head = [_line("Ines Carvalho", 20, size=26, heading=True, level=1), _line("ines@example.pt", 60),
            _line("Education", 100, size=12, heading=True, gap_before=True)]
    return head + _rows(["Master of Arts in Medieval", "History", "at University of", "Coimbra"],
                        "Sep 2014 - Jul 2016", 120) \
        + _rows(["Diploma in Archival", "Studies at Lisbon School of", "Records"], "Sep 2011 - Jun 2013", 200)


def test_the_rows_before_the_at_give_the_degree_and_the_rest_the_school():
    texts = [line.text for line in degree_at_school(_page())]
    assert texts[3:6] == ["Master of Arts in Medieval History", "University of Coimbra", "Sep 2014 - Jul 2016"]
    # the "at" inside a row: cut there, as the other entry's own "at" row shows the phrase
    assert texts[6:9] == ["Diploma in Archival Studies", "Lisbon School of Records", "Sep 2011 - Jun 2013"]


def test_each_school_and_degree_land_in_their_fields():
    from tailor.importer.build import resume_from_lines

    education = resume_from_lines(_page()).resume["education"]
    assert [(e.get("institution"), e.get("studyType"), e.get("area")) for e in education] == [
        ("University of Coimbra", "Master of Arts", "Medieval History"),
        ("Lisbon School of Records", "Diploma", "Archival Studies")]


def test_a_school_with_at_in_its_name_and_no_at_row_are_left_alone():
    lines = _page()[:3] + _rows(["Bachelor of Science in", "Biology"], "Sep 2010 - Jun 2014", 120) \
        + _rows(["University of Texas at Austin"], "Sep 2014 - Jun 2016", 200)
    assert degree_at_school(lines) == lines
    # an "at" in the last row belongs to the school, even where another entry opened a row with "at"
    lines = _page()[:8] + _rows(["BSc Biology", "University of Texas at Austin"], "Sep 2010 - Jun 2014", 200)
    assert [line.text for line in degree_at_school(lines)][-3:] == [
        "BSc Biology", "University of Texas at Austin", "Sep 2010 - Jun 2014"]
