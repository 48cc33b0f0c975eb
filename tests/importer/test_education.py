"""`education.py`: the degree, field, school and grade of an education entry, however the
layout strings them together."""
from tailor.importer.education import assign_education, education_detail, split_degree, trailing_score


def test_a_degree_then_a_colon_then_the_field():
    assert split_degree("Bachelor of Science: Computer Science") == ("Bachelor of Science", "Computer Science")
    assert split_degree("Ph.D. in Computer Science") == ("Ph.D.", "Computer Science")
    assert split_degree("Note: something") == ("Note: something", "")     # not a degree before the colon


def test_a_grade_in_brackets_after_the_field():
    assert trailing_score("Computer Science (3.81/4.0)") == ("Computer Science", "3.81/4.0")
    assert trailing_score("Mathematics (5.0 (very good))") == ("Mathematics", "5.0 (very good)")
    assert trailing_score("Computer Science (Dissertation: Stores)") == ("Computer Science (Dissertation: Stores)",
                                                                         None)
    entry: dict = {}
    assert assign_education(["University of Washington", "Bachelor of Science: Computer Science (3.81/4.0)"],
                            entry) == []
    assert entry == {"institution": "University of Washington", "studyType": "Bachelor of Science",
                     "area": "Computer Science", "score": "3.81/4.0"}


def test_a_bare_grade_on_its_own_line():
    entry: dict = {}
    assert education_detail("3.81/4.0", entry) and entry == {"score": "3.81/4.0"}
    assert not education_detail("2021/2022 exchange year abroad", {})


def test_a_list_of_course_names_but_not_a_school_and_its_place():
    from tailor.importer.education import course_list, is_detail

    assert course_list("Statistics, Managerial Accounting, Operations Management") == [
        "Statistics", "Managerial Accounting", "Operations Management"]
    assert course_list("University of Washington, Seattle, WA") is None
    assert is_detail("3.81/4.0") and is_detail("GPA: 3.8") and not is_detail("Austin Community College")


def test_a_bare_decimal_grade():
    entry: dict = {}
    assert education_detail("3.71", entry) and entry == {"score": "3.71"}
    assert not education_detail("2021", {}) and not education_detail("120", {})
