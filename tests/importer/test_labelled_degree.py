"""A degree printed under its label ("Study type: ...", "Degree: ...") with its field printed apart
above the school (labelled_degree.py): the label goes, the field is the area, the degree whole."""
from tailor.importer.education import assign_education
from tailor.importer.labelled_degree import DEGREE_LABEL, field_beside
from tailor.importer.lines import Line


def test_study_type_and_degree_type_are_labels_of_the_degree():
    assert DEGREE_LABEL.match("Study type: Master of Fine Arts")[1] == "Master of Fine Arts"
    assert DEGREE_LABEL.match("Degree type: Diploma")[1] == "Diploma"
    assert DEGREE_LABEL.match("Studytype: MFA")[1] == "MFA"
    assert DEGREE_LABEL.match("Study group: Tuesdays") is None


def test_the_field_set_apart_is_the_one_part_naming_a_field_and_no_school():
    assert field_beside(["Marine Biology", "Coastal State University"], {}) == "Marine Biology"
    assert field_beside(["Marine Biology", "Kestrel Point"], {}) == "Marine Biology"  # a school named by no word
    assert field_beside(["Marine Biology"], {}) is None  # no part left to be the school
    assert field_beside(["Marine Biology"], {"institution": "Coastal State University"}) == "Marine Biology"
    assert field_beside(["Marine Biology", "Ocean Engineering", "Kestrel Point"], {}) is None  # which one?
    assert field_beside(["Board: Marine Biology", "Kestrel Point"], {}) is None  # a label of its own
    assert field_beside(["Ceramics", "Kestrel Point College"], {}) == "Ceramics"  # the one part beside the school
    assert field_beside(["Leeds, UK", "Kestrel Point College"], {}) is None  # a place is no field


def test_a_labelled_degree_keeps_no_label_and_the_field_above_the_school_is_its_area():
    entry: dict = {}
    left = assign_education(["Marine Biology", "Coastal State University", "Study type: Master of Fine Arts"], entry)
    assert left == []
    assert entry == {"area": "Marine Biology", "studyType": "Master of Fine Arts",
                     "institution": "Coastal State University"}


def test_a_labelled_degree_that_names_its_field_is_named_whole_beside_the_field():
    entry: dict = {}
    assign_education(["Ceramics", "Kestrel Point College", "Degree: Bachelor of Arts in Ceramics (BA)"], entry)
    assert entry == {"area": "Ceramics", "studyType": "Bachelor of Arts in Ceramics (BA)",
                     "institution": "Kestrel Point College"}


def test_a_labelled_degree_alone_is_still_cut_into_degree_and_field():
    entry: dict = {}
    assign_education(["Coastal State University", "Degree: Bachelor of Science in Marine Biology"], entry)
    assert entry == {"studyType": "Bachelor of Science", "area": "Marine Biology",
                     "institution": "Coastal State University"}


def _line(text, y, size=10.0, **kw):
    return Line(text, page=0, x=40, y=y, size=size, bottom=y + size, **kw)


def test_a_page_of_labelled_degrees_reads_each_field_degree_and_school():
    from tailor.importer.build import resume_from_lines

    lines = [_line("Imogen Castellanos", 20, size=24, heading=True), _line("imogen@example.org", 50),
             _line("Education", 80, size=16, heading=True, gap_before=True),
             _line("Marine Biology", 100, size=13, bold=True, gap_before=True),
             _line("Coastal State University (September 2010 - June 2014)", 116),
             _line("Study type: Associate of Applied Science", 130),
             _line("GPA: 3.6/4.0", 144),
             _line("Ceramics", 170, size=13, bold=True, gap_before=True),
             _line("Kestrel Point College (September 2014 - June 2016)", 186),
             _line("Study type: Master of Fine Arts", 200)]
    result = resume_from_lines(lines)
    assert [(e.get("area"), e.get("studyType"), e.get("institution"), e.get("score"))
            for e in result.resume["education"]] == [
        ("Marine Biology", "Associate of Applied Science", "Coastal State University", "3.6/4.0"),
        ("Ceramics", "Master of Fine Arts", "Kestrel Point College", None)]
    assert not [u for u in result.unparsed if "Study type" in u.text]
