"""`program_school.py`: of two plain names in an education entry, the one printed with its place
is the body that runs the program."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.program_school import program_and_school


def test_the_name_printed_with_its_place_is_the_body_that_runs_the_program():
    entry = {"institution": "Sheet Metal Apprenticeship", "studyType": "Lakeshore Regional Training Trust"}
    program_and_school([Line("Lakeshore Regional Training Trust, Duluth, MN"), Line("2012 – 2016"),
                        Line("Sheet Metal Apprenticeship")], entry)
    assert entry == {"institution": "Lakeshore Regional Training Trust", "studyType": "Sheet Metal Apprenticeship"}


def test_how_long_a_program_runs_says_nothing_of_which_name_is_the_school():
    entry = {"institution": "Pacific Code School, 12-week course", "studyType": "Full Stack Web Development"}
    program_and_school([Line("Full Stack Web Development"), Line("Pacific Code School, 12-week course")], entry)
    assert entry["institution"] == "Pacific Code School, 12-week course"


def test_a_degree_or_a_school_named_by_its_words_is_left_as_read():
    entry = {"institution": "Springfield, IL", "studyType": "Bachelor of Science"}
    program_and_school([Line("Bachelor of Science, Springfield, IL")], entry)
    assert entry["studyType"] == "Bachelor of Science"
    entry = {"institution": "Harbor Community College", "studyType": "Welding Technology"}
    program_and_school([Line("Welding Technology, Duluth, MN"), Line("Harbor Community College")], entry)
    assert entry["institution"] == "Harbor Community College"


def test_a_program_under_the_body_that_runs_it_reads_as_its_school_and_degree():
    lines = [Line("Ana Ruiz"), Line("ana@example.com | 555-301-7788"), Line("EDUCATION"),
             Line("Lakeshore Regional Training Trust, Duluth, MN   2012 – 2016"), Line("Sheet Metal Apprenticeship")]
    education = resume_from_lines(lines).resume["education"]
    assert education[0]["institution"] == "Lakeshore Regional Training Trust"
    assert education[0]["studyType"] == "Sheet Metal Apprenticeship"
