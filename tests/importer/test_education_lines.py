"""`education_lines.py`: which lines add a detail to a school's entry (a grade, courses, a
labelled field) and which open the next school's entry."""
from tailor.importer.education_lines import (
    course_list,
    detail_after,
    detail_line,
    education_detail,
    is_detail,
    is_honour,
)
from tailor.importer.entries import RawEntry, parse_entry
from tailor.importer.lines import Line


def test_a_bare_grade_on_its_own_line():
    entry: dict = {}
    assert education_detail("3.81/4.0", entry) and entry == {"score": "3.81/4.0"}
    assert not education_detail("2021/2022 exchange year abroad", {})


def test_a_list_of_course_names_but_not_a_school_and_its_place():
    assert course_list("Statistics, Managerial Accounting, Operations Management") == [
        "Statistics", "Managerial Accounting", "Operations Management"]
    assert course_list("University of Washington, Seattle, WA") is None
    assert is_detail("3.81/4.0") and is_detail("GPA: 3.8") and not is_detail("Austin Community College")


def test_a_bare_decimal_grade():
    entry: dict = {}
    assert education_detail("3.71", entry) and entry == {"score": "3.71"}
    assert not education_detail("2021", {}) and not education_detail("120", {})


def test_a_degree_in_a_subject_marked_like_a_list_item_under_the_school():
    from tailor.importer.education_lines import degree_into_header

    header = [Line("Escuela de Hostelería y Turismo de Madrid", bold=True)]
    bullets = [Line("Culinary Arts", bullet="•", list_item=True), Line("Técnico Superior en Dirección de Cocina")]
    moved, left = degree_into_header(header, bullets)
    assert [line.text for line in moved[1:]] == ["Culinary Arts", "Técnico Superior en Dirección de Cocina"]
    assert left == []
    courses = [Line("Statistics", list_item=True), Line("Accounting", list_item=True),
               Line("Programming in Python", list_item=True)]
    assert degree_into_header(header, courses) == (header, courses)   # an "in" course far down the list


def test_major_courses_under_their_label_are_courses():
    entry: dict = {}
    assert education_detail("Major courses: Statistics · Managerial Accounting", entry)
    assert entry["courses"] == ["Statistics", "Managerial Accounting"]


def test_a_labelled_list_of_courses_is_courses_whatever_their_length():
    assert course_list("Major courses: Adult Health II · Pathophysiology · Community Health Nursing") == [
        "Adult Health II", "Pathophysiology", "Community Health Nursing"]
    assert course_list("Statistics, Managerial Accounting, Operations Management") == [
        "Statistics", "Managerial Accounting", "Operations Management"]


def _entries(lines):
    from tailor.importer.entries import group_entries, parse_entry

    return [parse_entry("education", raw, i)[0] for i, raw in enumerate(group_entries(lines, "education"))]


def test_a_grade_and_the_courses_on_one_line_cut_at_the_semicolon():
    entry: dict = {}
    assert detail_line("GPA 3.5/4.0; Courses: Statistics, Managerial Accounting", entry)
    assert entry == {"score": "3.5/4.0", "courses": ["Statistics", "Managerial Accounting"]}
    lines = [Line("Austin Community College — Associate of Applied Science, Business Administration", size=10,
                  bold_prefix="Austin Community College"), Line("SEPTEMBER 2012 - MAY 2014", size=8, gap_before=True),
             Line("GPA 3.81/4.0; Courses: CSE 451 - Operating Systems, CSE 444 - Database Systems", size=9.5)]
    [entry] = _entries(lines)
    assert entry["score"] == "3.81/4.0" and entry["courses"] == ["CSE 451 - Operating Systems",
                                                                 "CSE 444 - Database Systems"]


def test_labelled_rows_under_a_degree_give_its_field_and_grade_and_open_no_entry():
    def school(dates, degree, name, *rows):
        return [Line(dates, size=8.5, gap_before=True), Line(degree, size=9.5, bold=True), Line(name, size=9.5),
                *(Line(row, size=9.5, bold_prefix=row.split(":")[0] + ":") for row in rows)]

    lines = school("08/2012 – 05/2016", "Bachelor of Science in Nursing (BSN)", "University of Houston",
                   "Field(s) of study: Nursing", "Final grade: 3.71") \
        + school("05/2010", "High School Diploma", "Hillcrest High School", "Field(s) of study: General Studies")
    first, second = _entries(lines)
    assert first == {"studyType": "Bachelor of Science in Nursing (BSN)", "area": "Nursing", "score": "3.71",
                     "institution": "University of Houston", "startDate": "2012-08", "endDate": "2016-05"}
    assert second == {"studyType": "High School Diploma", "area": "General Studies",
                      "institution": "Hillcrest High School", "endDate": "2010-05"}


def test_a_labelled_field_keeps_its_dash_and_a_grade_keeps_apart_what_follows_it():
    entry: dict = {}
    assert detail_line("Field(s) of study: Business Administration – Marketing", entry)
    assert entry == {"area": "Business Administration – Marketing"}
    assert not detail_line("GPA: 3.8 | Dean's List", {})  # the parts: "3.8", then what is left over
    assert not education_detail("05/2010", {})  # a month and year, not a grade out of 2010
    major: dict = {}
    assert detail_line("Major: Computer Science", major) and major == {"area": "Computer Science"}
    assert detail_line("Major courses: Statistics, Accounting", major) and major["courses"] == ["Statistics",
                                                                                               "Accounting"]
    graded: dict = {}
    assert education_detail("Grade point average: 3.9", graded) and graded == {"score": "3.9"}


def test_an_undated_school_set_like_the_title_before_it_opens_the_next_entry():
    lines = [Line("KTH Royal Institute of Technology", size=10.5, bold=True, gap_before=True),
             Line("Civilingenjör (MSc) Mechanical Engineering", size=9),
             Line("ETH Zürich", size=10.5, bold=True, gap_before=True), Line("Diploma in Economics", size=9)]
    first, second = _entries(lines)
    assert first == {"institution": "KTH Royal Institute of Technology", "studyType": "Civilingenjör (MSc)",
                     "area": "Mechanical Engineering"}
    assert second == {"institution": "ETH Zürich", "studyType": "Diploma", "area": "Economics"}
    # a degree set as the bold title, its school under it: the school is no next entry
    lines = [Line("Bachelor of Science", size=10.5, bold=True, gap_before=True),
             Line("University of Houston", size=10.5, bold=True, gap_before=True)]
    assert len(_entries(lines)) == 1


def test_a_degree_after_a_gap_under_a_school_that_names_none_is_its_degree():
    lines = [Line("University of Houston", size=9.7, bold=True), Line("2012-08 — 2016-05", size=9.7),
             Line("Bachelor of Science in Nursing (BSN) - Nursing, GPA: 3.71", size=9.7, gap_before=True)]
    [entry] = _entries(lines)
    assert entry["institution"] == "University of Houston" and entry["studyType"].startswith("Bachelor")
    assert entry["score"] == "3.71" and entry["endDate"] == "2016-05"


def test_a_degree_sentence_opens_the_next_entry_under_a_header_that_has_its_degree():
    lines = [Line("Aug 2014 – May 2017", size=11, gap_before=True),
             Line("Associate of Applied Science in Logistics from Southwest Tennessee Community College with GPA of",
                  size=11, bold=True),
             Line("High School Diploma in General Studies from Hillcrest High School with GPA of", size=11, bold=True,
                  gap_before=True)]
    first, second = _entries(lines)
    assert first["institution"] == "Southwest Tennessee Community College" and first["area"] == "Logistics"
    assert second == {"institution": "Hillcrest High School", "studyType": "High School Diploma",
                      "area": "General Studies"}


def test_a_labelled_dissertation_is_kept_whole_as_how_the_degree_ended():
    entry: dict = {}
    assert education_detail("Dissertation: Consistency Trade-offs in Key-Value Stores", entry)
    assert entry == {"score": "Dissertation: Consistency Trade-offs in Key-Value Stores"}
    assert not education_detail("Thesis advisor Jane Doe", {})  # no label: not taken


def test_a_bare_grade_run_into_the_list_of_courses():
    entry: dict = {}
    assert detail_line("3.5/4.0 Statistics, Managerial Accounting, Operations Management", entry)
    assert entry == {"score": "3.5/4.0", "courses": ["Statistics", "Managerial Accounting", "Operations Management"]}
    dated: dict = {}  # a month and year before a list is no grade
    assert not detail_line("05/2010 Statistics, Managerial Accounting, Operations Management", dated) \
        or "score" not in dated


def test_a_course_named_by_its_catalogue_code_on_a_line_of_its_own():
    entry: dict = {}
    assert detail_line("CSE 451 - Operating Systems", entry) and entry == {"courses": ["CSE 451 - Operating Systems"]}
    assert not detail_line("MBA 2018 – 2020", {}) and not detail_line("ACME 2019", {})  # a degree, a year
    lines = [Line("University of Washington", size=15, bold=True), Line("Bachelor of Science in Computer Science"),
             Line("CSE 451 - Operating Systems", bold=True, size=10.5, gap_before=True),
             Line("CSE 444 - Database Systems", bold=True, size=10.5)]
    [entry] = _entries(lines)
    assert entry["courses"] == ["CSE 451 - Operating Systems", "CSE 444 - Database Systems"]


def test_a_long_degree_line_with_a_labelled_thesis_is_no_paragraph():
    lines = [Line("University of Texas at Austin", size=11.2, gap_before=True), Line("2006 to 2011", size=7.9),
             Line("Ph.D., Computer Science , GPA: Dissertation: Consistency Trade-offs in Geo-Replicated Key-Value "
                  "Stores", size=8.2)]
    [entry] = _entries(lines)
    assert (entry["studyType"], entry["area"]) == ("Ph.D.", "Computer Science")
    assert entry["score"] == "Dissertation: Consistency Trade-offs in Geo-Replicated Key-Value Stores"


def test_dates_after_a_degree_set_as_a_point_under_the_school_are_its_dates():
    lines = [Line("KTH Royal Institute of Technology", x=50, size=9.1, bold=True),
             Line("Civilingenjör (MSc): Mechanical Engineering", x=50, size=9.1, list_item=True),
             Line("1993-08 TO 1998-06", x=50, size=7.6, bold=True),
             Line("ETH Zürich", x=50, size=9.1, bold=True, gap_before=True),
             Line("2016-09 TO 2017-06", x=50, size=7.6, bold=True)]
    first, second = _entries(lines)
    assert first == {"institution": "KTH Royal Institute of Technology", "studyType": "Civilingenjör (MSc)",
                     "area": "Mechanical Engineering", "startDate": "1993-08", "endDate": "1998-06"}
    assert second["institution"] == "ETH Zürich" and second["startDate"] == "2016-09"


def test_a_grade_or_a_thesis_after_the_last_comma_of_a_part():
    from tailor.importer.education_lines import detail_after

    assert detail_after("Uniwersytet Jagielloński, Kraków, 5.0 (bardzo dobry)") == (
        "Uniwersytet Jagielloński, Kraków", "5.0 (bardzo dobry)")
    assert detail_after("University of Texas at Austin, Dissertation: Trade-offs in Stores") == (
        "University of Texas at Austin", "Dissertation: Trade-offs in Stores")
    assert detail_after("Computer Science, GPA: 3.81/4.0") == ("Computer Science", "GPA: 3.81/4.0")
    assert detail_after("Hillcrest High School, 05/2010") is None and detail_after("Austin, TX") is None


def test_one_school_a_line_with_no_blank_line_between_gives_one_entry_each():
    """A list of "School, Degree, Year" lines, in either order, with no gap between them (a
    word processor's file): each line names a degree and its school or year, so each opens an
    entry; a year is the degree's, in brackets too ("B.S. CS (2018)")."""
    lines = [Line("Ohio State University, B.S. Nursing, 2016"), Line("Nursing, BSN, 2016"),
             Line("University of Texas", gap_before=True), Line("B.S. CS (2018)")]
    first, second, third = _entries(lines)
    assert first == {"institution": "Ohio State University", "studyType": "B.S.", "area": "Nursing",
                     "endDate": "2016"}
    assert second == {"area": "Nursing", "studyType": "BSN", "endDate": "2016"}
    assert third == {"institution": "University of Texas", "studyType": "B.S.", "area": "CS", "endDate": "2018"}


def test_an_honour_after_the_grade_is_no_part_of_the_score():
    """"GPA 3.7, Dean's List": the score is the grade; the honour is listed for the user to place."""
    assert detail_after("GPA 3.7, Dean's List") == ("GPA 3.7", "Dean's List")
    assert not education_detail("GPA 3.7, Dean's List", {})
    assert is_honour("magna cum laude") and is_honour("With First Class Honours") and not is_honour("Honours")
    entry, left = parse_entry("education", RawEntry([Line("University of California, Berkeley — B.S. in Biology, "
                                                          "2021–2025"), Line("GPA 3.7, Dean's List")]), 0)
    assert entry["score"] == "3.7" and entry["area"] == "Biology"
    assert [u.text for u in left] == ["Dean's List"] and "awards" in left[0].reason
    entry, _ = parse_entry("education", RawEntry([Line("Acme University"), Line("GPA 3.7, top 5%")]), 0)
    assert entry["score"] == "3.7, top 5%"  # no honour named: the score keeps what follows, as before


def test_an_attended_line_with_grade_and_hours_details_the_school_above():
    from tailor.importer.education_lines import attendance_line

    assert attendance_line("Attended 08/2012 – 05/2016 | GPA 3.4 | 120 semester hours")
    assert not attendance_line("Old Dominion University | 2012 – 2016")
    lines = [Line("Old Dominion University, Norfolk, VA"),
             Line("Bachelor of Science, Business Administration, 05/2016"),
             Line("Attended 08/2012 – 05/2016 | GPA 3.4 | 120 semester hours")]
    from tailor.importer.entries import group_entries, parse_entry

    [raw] = group_entries(lines, "education")
    entry, left = parse_entry("education", raw, 0)
    assert (entry["startDate"], entry["endDate"], entry["score"]) == ("2012-08", "2016-05", "3.4")
    assert entry["institution"] == "Old Dominion University"  # its place is listed, no part of its name
    assert [item.text for item in left] == ["Norfolk, VA", "120 semester hours"]


def test_a_thesis_advisor_is_cut_off_the_score():
    from tailor.importer.education_lines import advisor_cut

    assert advisor_cut("Thesis: Models of cell lineage. Advisor: Prof. Hiroshi Sato") == (
        "Thesis: Models of cell lineage", "Advisor: Prof. Hiroshi Sato")
    assert advisor_cut("Thesis: Models of cell lineage") is None
    lines = [Line("2013 – 2017"), Line("PhD in Bioinformatics, University of Tokyo"),
             Line("Thesis: Models of cell lineage. Advisor: Prof. Hiroshi Sato")]
    [entry] = _entries(lines)
    assert entry["score"] == "Thesis: Models of cell lineage"


def test_dates_set_above_each_school_open_the_next_school_with_no_points_between():
    lines = [Line("2015 – 2017"), Line("Máster en Ingeniería de Caminos, Canales y Puertos"),
             Line("Universidad Politécnica de Madrid"), Line("2010 – 2015"), Line("Grado en Ingeniería Civil"),
             Line("Universidad Nacional de Colombia")]
    assert [(e["institution"], e["studyType"], e["area"], e["startDate"]) for e in _entries(lines)] == [
        ("Universidad Politécnica de Madrid", "Máster", "Ingeniería de Caminos, Canales y Puertos", "2015"),
        ("Universidad Nacional de Colombia", "Grado", "Ingeniería Civil", "2010")]


def test_a_german_grade_keeps_its_decimal_comma():
    entry: dict = {}
    assert education_detail("Note 1,8", entry) and entry == {"score": "1,8"}
    entry = {}
    assert detail_line("Courses: Statik, Note 1,8", entry) and entry["score"] == "1,8"
    assert not education_detail("Abschluss: Mittlere Reife", {})  # the degree, read with the school


def test_coursework_in_a_subject_gives_the_subject_the_lead_in_is_no_course():
    entry: dict = {}
    assert education_detail("Coursework in Welding Metallurgy", entry) and entry == {"courses": ["Welding Metallurgy"]}
    entry = {}
    assert education_detail("Courses including Blueprint Reading, Pipe Fitting", entry)
    assert entry == {"courses": ["Blueprint Reading", "Pipe Fitting"]}
    assert course_list("Relevant coursework: Statics, Dynamics") == ["Statics", "Dynamics"]


def test_a_school_titled_in_bold_after_a_gap_opens_its_entry_though_its_field_has_commas():
    from tailor.importer.build import resume_from_lines

    lines = [Line("Jo Doe"), Line("jo@example.com | 555-201-3344"),
             Line("Education", heading=True, bold=True, size=14, gap_before=True)]
    for school, area, dates, degree in (
            ("Vilnius Tech", "Civil Engineering (Structures)", "Sep 2001 – Jun 2006", "Inžinierius (MSc)"),
            ("Riga Centrs", "Management, Finance and Economics", "Sep 2016 – Jun 2017", "CAS in Care Leadership")):
        lines += [Line(f"{school}, {area}", bold_prefix=school, gap_before=True, size=10), Line(dates, size=10),
                  Line(degree, bold=True, size=10)]
    result = resume_from_lines(lines)
    assert [(e.get("institution"), e.get("area"), e.get("studyType"), e.get("courses"))
            for e in result.resume["education"]] == [
        ("Vilnius Tech", "Civil Engineering (Structures)", "Inžinierius (MSc)", None),
        ("Riga Centrs", "Management, Finance and Economics", "CAS in Care Leadership", None)]
    assert not result.unparsed


def test_a_course_list_with_its_first_item_in_bold_under_the_title_stays_courses():
    from tailor.importer.build import resume_from_lines

    lines = [Line("Jo Doe"), Line("jo@example.com | 555-201-3344"),
             Line("Education", heading=True, bold=True, size=14, gap_before=True),
             Line("Logistics, Associate of Applied Science", bold_prefix="Logistics", gap_before=True, size=12),
             Line("2012 — 2014", gap_before=True, size=10),
             Line("Lakeside Community College", gap_before=True, size=12),
             Line("Statistics, Cost Accounting, Fleet Operations", bold_prefix="Statistics", gap_before=True, size=12)]
    education = resume_from_lines(lines).resume["education"]
    assert education[0]["courses"] == ["Statistics", "Cost Accounting", "Fleet Operations"]


def test_a_point_under_a_school_holding_a_grade_and_its_courses_gives_both():
    """"3.8; Courses: Data Structures, Database Systems" set as a list paragraph under the degree:
    the grade is the score and the labelled list the courses, as on a header line."""
    header = [Line("Bachelor of Science, Computer Science — University of Leeds (Sep 2014 – May 2018)", bold=True)]
    points = [Line("3.8; Courses: Data Structures and Algorithms, Database Systems, Web Development, Machine "
                   "Learning", list_item=True)]
    entry, left = parse_entry("education", RawEntry(header, points), 0)
    assert entry["score"] == "3.8" and not left
    assert entry["courses"] == ["Data Structures and Algorithms", "Database Systems", "Web Development",
                                "Machine Learning"]
    entry, left = parse_entry("education", RawEntry(header, [Line("3.5/4.0; Courses: Statistics, Managerial "
                                                                  "Accounting", list_item=True)]), 0)
    assert entry["score"] == "3.5/4.0" and entry["courses"] == ["Statistics", "Managerial Accounting"] and not left


def test_dates_floated_right_under_a_schools_courses_are_its_dates():
    from tailor.importer.entries import group_entries

    def line(text, x, y, bold=False):
        return Line(text, x=x, y=y, size=9.0, bold=bold)

    school = [line("University of Washington", 50, 193, bold=True), line("Bachelor of Science", 50, 205),
              line("CSE 451 - Operating Systems", 80, 243), line("CSE 444 - Database Systems", 80, 256),
              line("SEP 2021 — JUN 2025", 467, 306)]
    entries = group_entries(school, "education")
    assert len(entries) == 1 and entries[0].header[-1].text == "SEP 2021 — JUN 2025"
    # a next school's dates over its name, at the left edge, open that school
    apart = [*school[:4], line("SEP 2017 — JUN 2021", 50, 306), line("Lakeside School", 50, 318, bold=True)]
    assert len(group_entries(apart, "education")) == 2
