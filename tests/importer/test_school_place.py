"""`school_place.py`: a school's city printed after its name is cut off and listed, never kept in
the institution nor read as a field and a degree; a field and its degree ("Economics, MA") stay."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.school_place import is_school_place, school_place_cut


def _education(*body: str):
    lines = [Line("Ana Ruiz"), Line("ana@example.com | 555-301-7788"), Line("EDUCATION"), *(Line(t) for t in body)]
    result = resume_from_lines(lines)
    return result.resume["education"], [u.text for u in result.unparsed]


def test_a_known_city_after_a_name_is_cut_off_a_field_and_its_degree_are_not():
    assert school_place_cut("Harbor Community College, Duluth, MN") == ["Harbor Community College", "Duluth, MN"]
    assert school_place_cut("Riverside Technical Institute, Leeds") == ["Riverside Technical Institute, Leeds"]
    assert school_place_cut("University of California, Berkeley") == ["University of California, Berkeley"]
    assert is_school_place("Duluth, MN") and not is_school_place("Economics, MA")
    assert not is_school_place("University of Texas")


def test_the_school_keeps_its_name_and_its_place_is_listed():
    education, left = _education("Harbor Community College, Duluth, MN", "Associate of Applied Science, Welding",
                                 "2012 – 2016")
    assert education == [{"institution": "Harbor Community College", "studyType": "Associate of Applied Science",
                          "area": "Welding", "startDate": "2012", "endDate": "2016"}]
    assert left == ["Duluth, MN"]


def test_a_place_of_its_own_is_no_field_and_degree():
    education, left = _education("Riverside Technical Institute | Boston, MA", "Bachelor of Arts in History")
    assert education[0]["institution"] == "Riverside Technical Institute"
    assert (education[0]["studyType"], education[0]["area"]) == ("Bachelor of Arts", "History")
    assert left == ["Boston, MA"]


def test_a_name_and_its_place_are_no_list_of_courses():
    education, left = _education("Carpenters Training Fund, Duluth, MN", "Millwright Apprenticeship", "2012 – 2016")
    assert education[0]["institution"] == "Carpenters Training Fund" and "courses" not in education[0]
    assert left == ["Duluth, MN"]


def test_a_citys_name_alone_may_name_the_school():
    assert not is_school_place("Oxford") and not is_school_place("Columbia")
    education, _ = _education("Columbia | Master of Public Health")
    assert education[0]["institution"] == "Columbia"
