"""`education.py`: the degree, field, school and grade of an education entry, however the
layout strings them together."""
from tailor.importer.education import assign_education, split_degree, trailing_score


def test_a_degree_then_a_colon_then_the_field():
    assert split_degree("Bachelor of Science: Computer Science") == ("Bachelor of Science", "Computer Science")
    assert split_degree("Ph.D. in Computer Science") == ("Ph.D.", "Computer Science")
    assert split_degree("Note: something") == ("Note: something", "")     # not a degree before the colon


def test_a_grade_in_brackets_after_the_field():
    assert trailing_score("Computer Science (3.81/4.0)") == ("Computer Science", "3.81/4.0")
    assert trailing_score("Mathematics (5.0 (very good))") == ("Mathematics", "5.0 (very good)")
    assert trailing_score("Mechanical Engineering (Production Engineering)") == (
        "Mechanical Engineering (Production Engineering)", None)  # a note that is no grade stays in the field
    entry: dict = {}
    assert assign_education(["University of Washington", "Bachelor of Science: Computer Science (3.81/4.0)"],
                            entry) == []
    assert entry == {"institution": "University of Washington", "studyType": "Bachelor of Science",
                     "area": "Computer Science", "score": "3.81/4.0"}


def test_a_degree_is_known_by_a_degree_word_its_abbreviation_or_in_a_subject():
    from tailor.importer.education import degree_rank, is_degree

    assert degree_rank("Bachelor of Science") == 3
    assert degree_rank("Ontario College Diploma") == 2 and degree_rank("Licencjat (BSc)") == 2
    assert degree_rank("CAS in Technology Leadership") == 1
    assert degree_rank("Técnico Superior en Dirección de Cocina") == 1
    assert degree_rank("Washington University in St. Louis") == 0     # a school, though "in" a place
    assert degree_rank("Mechanical Engineering (Production Engineering)") == 0
    assert not is_degree("CAS in Technology Leadership") and is_degree("Civilingenjör (MSc)")


def test_the_school_is_not_taken_for_the_degree_that_names_no_degree_word():
    entry: dict = {}
    assert assign_education(["ETH Zürich", "CAS in Technology Leadership", "Management, Technology and Economics"],
                            entry) == []
    assert entry == {"institution": "ETH Zürich", "studyType": "CAS in Technology Leadership",
                     "area": "Management, Technology and Economics"}
    entry = {}
    assign_education(["Sheridan College", "Ontario College Diploma"], entry)
    assert entry == {"institution": "Sheridan College", "studyType": "Ontario College Diploma"}


def test_a_field_printed_under_the_school_under_the_degree_leaves_the_degree_whole():
    entry: dict = {}   # degree over school over field, each a line of its own
    assign_education(["Bachelor of Science in Nursing (BSN)", "University of Houston", "Nursing"], entry)
    assert (entry["studyType"], entry["area"]) == ("Bachelor of Science in Nursing (BSN)", "Nursing")
    entry = {}
    assign_education(["CAS in Technology Leadership", "ETH Zürich", "Management, Technology and Economics"], entry)
    assert entry == {"institution": "ETH Zürich", "studyType": "CAS in Technology Leadership",
                     "area": "Management, Technology and Economics"}


def test_a_field_printed_beside_the_degree_leaves_the_degree_whole():
    entry: dict = {}
    assign_education(["University of Houston", "Bachelor of Science in Nursing (BSN)", "Nursing"], entry)
    assert entry["studyType"] == "Bachelor of Science in Nursing (BSN)" and entry["area"] == "Nursing"
    entry = {}
    assign_education(["Manchester Metropolitan University", "PGCE with Qualified Teacher Status",
                      "Secondary Mathematics"], entry)
    assert entry["studyType"] == "PGCE with Qualified Teacher Status" and entry["area"] == "Secondary Mathematics"
    entry = {}   # a degree that names its own field keeps it; the part after it is not the field
    assert assign_education(["Sheridan College", "Ontario College Diploma in Business Administration",
                             "Marketing"], entry) == ["Marketing"]
    assert entry["area"] == "Business Administration"


def test_a_degree_whose_name_has_in_is_cut_at_the_last_in():
    assert split_degree("Bachelor of Science in Nursing (BSN) in Nursing") == ("Bachelor of Science in Nursing (BSN)",
                                                                              "Nursing")
    assert split_degree("Técnico Superior en Cocina: Culinary Arts") == ("Técnico Superior en Cocina", "Culinary Arts")
    assert split_degree("PGCE with Qualified Teacher Status") == ("PGCE with Qualified Teacher Status", "")
    assert split_degree("MSc Statistics") == ("MSc", "Statistics")


def test_field_degree_school_as_comma_parts():
    from tailor.importer.education import field_degree_school
    from tailor.importer.education_lines import course_list

    assert field_degree_school("Management, Technology and Economics, CAS in Technology Leadership, ETH Zürich") == (
        "Management, Technology and Economics", "CAS in Technology Leadership", "ETH Zürich")
    assert field_degree_school("Mathematics, Licencjat (BSc), Uniwersytet Jagielloński, Kraków") == (
        "Mathematics", "Licencjat (BSc)", "Uniwersytet Jagielloński, Kraków")
    assert field_degree_school("Computer Science, GPA: Thesis in Key-Value Stores") is None   # a labelled detail
    assert field_degree_school("Bachelor of Science, Computer Science") is None                # the degree first
    assert course_list("Mathematics, Licencjat (BSc), Uniwersytet Jagielloński") is None


def test_a_field_with_a_dash_in_it_is_one_part_again():
    from tailor.importer.education import dashed_field

    texts = ["Sheridan College", "Ontario College Diploma in Business Administration", "Marketing"]
    dashed = [("Ontario College Diploma in Business Administration", "Marketing",
               "Ontario College Diploma in Business Administration – Marketing")]
    assert dashed_field(texts, dashed) == ["Sheridan College",
                                           "Ontario College Diploma in Business Administration – Marketing"]
    entry: dict = {}
    assign_education(dashed_field(texts, dashed), entry)
    assert entry["area"] == "Business Administration – Marketing" and entry["studyType"] == "Ontario College Diploma"
    school = [("Bachelor of Science in Physics", "MIT", "Bachelor of Science in Physics – MIT")]
    assert dashed_field(["Bachelor of Science in Physics", "MIT"], school) == ["Bachelor of Science in Physics", "MIT"]


def test_a_degree_then_a_spaced_hyphen_then_the_field():
    assert split_degree("Ontario College Diploma - Business Administration") == ("Ontario College Diploma",
                                                                                "Business Administration")
    assert split_degree("Culinary Arts - Level 2") == ("Culinary Arts - Level 2", "")


def test_a_degree_named_in_full_then_its_field_with_nothing_between():
    """Layouts that print "{studyType} {area}": the degree's own form says where it ends."""
    assert split_degree("Bachelor of Science Computer Science") == ("Bachelor of Science", "Computer Science")
    assert split_degree("Associate of Applied Science Business Administration") == (
        "Associate of Applied Science", "Business Administration")
    assert split_degree("Licencjat (BSc) Mathematics") == ("Licencjat (BSc)", "Mathematics")
    assert split_degree("Bachelor of Science in Nursing (BSN) Nursing") == (
        "Bachelor of Science in Nursing (BSN)", "Nursing")
    assert split_degree("High School Diploma General Studies") == ("High School Diploma", "General Studies")
    # a degree alone, or going on in lower case, is not cut there
    assert split_degree("Bachelor of Science") == ("Bachelor of Science", "")
    assert split_degree("Bachelor of Science in Computer Science") == ("Bachelor of Science", "Computer Science")


def test_a_note_in_brackets_after_the_field_is_not_cut_inside():
    assert split_degree("Ph.D., Computer Science (Dissertation: Trade-offs in Geo-Replicated Stores)") == (
        "Ph.D.", "Computer Science (Dissertation: Trade-offs in Geo-Replicated Stores)")


def test_a_degree_that_names_its_field_then_the_field_again_after_a_comma():
    entry: dict = {}
    assign_education(["University of Houston", "Bachelor of Science in Nursing (BSN), Nursing (GPA 3.71)"], entry)
    assert entry == {"institution": "University of Houston", "studyType": "Bachelor of Science in Nursing (BSN)",
                     "area": "Nursing", "score": "3.71"}   # the grade without its label, as "GPA: 3.71" gives
    split: dict = {}   # the same, cut at its comma before the degree is read
    assign_education(["University of Houston", "Bachelor of Science in Nursing (BSN)", "Nursing (GPA 3.71)"], split)
    assert split == entry


def test_a_degree_written_as_a_sentence_gives_its_school_and_grade():
    from tailor.importer.education import assign_education

    entry: dict = {}
    assert assign_education(["Bachelor of Science in Computer Science from University of Washington with GPA of "
                             "3.81/4.0"], entry) == []
    assert entry == {"score": "3.81/4.0", "institution": "University of Washington", "studyType": "Bachelor of Science",
                     "area": "Computer Science"}
    entry = {}
    assign_education(["Civilingenjör (MSc) in Mechanical Engineering from KTH Royal Institute of Technology "
                      "with GPA of"], entry)
    assert entry["institution"] == "KTH Royal Institute of Technology" and "score" not in entry
    entry = {}
    assign_education(["Coursework from a summer programme"], entry)  # no degree, no school: not a degree sentence
    assert entry.get("institution") != "a summer programme"


def test_a_degree_and_its_school_after_a_comma_in_one_part_keep_the_schools_own_comma():
    from tailor.importer.entries import group_entries, parse_entry
    from tailor.importer.lines import Line

    def education(text):
        return parse_entry("education", group_entries([Line(text, x=50, size=10)], "education")[0], 0)[0]

    assert education("Bachelor of Science in Computer Science, University of California, Berkeley | 2014 – 2018") == {
        "institution": "University of California, Berkeley", "studyType": "Bachelor of Science",
        "area": "Computer Science", "startDate": "2014", "endDate": "2018"}
    assert education("Licencjat (BSc) in Mathematics, Uniwersytet Jagielloński, Kraków | 2012 – 2015")["institution"] \
        == "Uniwersytet Jagielloński, Kraków"
    entry = education("Ontario College Diploma in Business Administration, Sheridan College | 2008 – 2010")
    assert (entry["institution"], entry["area"]) == ("Sheridan College", "Business Administration")
    assert education("B.S. Computer Science, Harvard University, Cambridge, MA, 2017")["institution"] == \
        "Harvard University"  # the place after the school is not part of its name


def test_a_field_beside_a_degree_that_names_none_is_its_field_not_its_school():
    entry = {}
    assert assign_education(["Computer Science", "Bachelor of Science"], entry) == []
    assert entry == {"studyType": "Bachelor of Science", "area": "Computer Science"}
    entry = {}
    assign_education(["Stanford", "Bachelor of Science"], entry)  # no field's word: the school
    assert entry == {"institution": "Stanford", "studyType": "Bachelor of Science"}


def test_a_degree_sentence_names_a_school_without_a_school_word():
    entry: dict = {}
    assert assign_education(["CAS in Technology Leadership in Management, Technology and Economics from ETH Zürich "
                             "with GPA of"], entry) == []
    assert entry == {"institution": "ETH Zürich", "studyType": "CAS in Technology Leadership",
                     "area": "Management, Technology and Economics"}


def test_a_degree_in_capitals_runs_past_its_joining_word_to_the_field():
    assert split_degree("BACHELOR OF SCIENCE IN NURSING (BSN) NURSING") == ("BACHELOR OF SCIENCE IN NURSING (BSN)",
                                                                            "NURSING")
    assert split_degree("PGCE WITH QUALIFIED TEACHER STATUS") == ("PGCE WITH QUALIFIED TEACHER STATUS", "")
    assert split_degree("ASSOCIATE OF APPLIED SCIENCE BUSINESS ADMINISTRATION") == (
        "ASSOCIATE OF APPLIED SCIENCE", "BUSINESS ADMINISTRATION")


def test_the_field_before_its_degree_with_no_school_shown_is_no_school():
    from tailor.importer.education import dashed_field

    entry: dict = {}
    assert assign_education(["Nursing", "Bachelor of Science in Nursing (BSN)"], entry) == []
    assert entry == {"studyType": "Bachelor of Science in Nursing (BSN)", "area": "Nursing"}
    texts = dashed_field(["Business Administration", "Marketing", "Ontario College Diploma"],
                         [("Business Administration", "Marketing", "Business Administration – Marketing"),
                          ("Marketing", "Ontario College Diploma", "Marketing – Ontario College Diploma")])
    entry = {}
    assert assign_education(texts, entry) == []
    assert entry == {"studyType": "Ontario College Diploma", "area": "Business Administration – Marketing"}
    entry = {}  # a school named beside them: the parts stay apart, the first is the school
    assert assign_education(["Stanford", "Bachelor of Science in Physics"], entry) == []
    assert entry["institution"] == "Stanford"


def test_a_field_set_over_a_degree_that_names_one_makes_the_degree_whole():
    entry: dict = {}
    assert assign_education(["ETH Zürich", "Management, Technology and Economics", "CAS in Technology Leadership"],
                            entry) == []
    assert entry == {"institution": "ETH Zürich", "studyType": "CAS in Technology Leadership",
                     "area": "Management, Technology and Economics"}
    entry = {}  # a school's own line with a dash in the field, the school named apart
    from tailor.importer.education import dashed_field
    texts = dashed_field(["Sheridan College", "Business Administration", "Marketing", "Ontario College Diploma"],
                         [("Business Administration", "Marketing", "Business Administration – Marketing")])
    assert assign_education(texts, entry) == [] and entry["area"] == "Business Administration – Marketing"


def test_a_labelled_dissertation_in_brackets_after_the_field_is_its_score():
    assert trailing_score("Computer Science (Dissertation: Stores)") == ("Computer Science", "Dissertation: Stores")


def test_a_qualification_named_x_in_y_stays_whole_before_a_comma_and_its_field():
    assert split_degree("CAS in Technology Leadership, Management, Technology and Economics") == (
        "CAS in Technology Leadership", "Management, Technology and Economics")
    # a degree named by its word is cut at "in" as before: its field may hold a comma
    assert split_degree("Master of Science in Management, Technology and Economics") == (
        "Master of Science", "Management, Technology and Economics")


def test_a_qualification_in_a_subject_set_in_capitals():
    from tailor.importer.education import degree_rank

    assert degree_rank("CAS IN TECHNOLOGY LEADERSHIP") == 1 and degree_rank("ETH ZÜRICH") == 0
    entry: dict = {}
    assign_education(["ETH ZÜRICH", "CAS IN TECHNOLOGY LEADERSHIP"], entry)
    assert entry["institution"] == "ETH ZÜRICH"


def test_with_no_school_word_the_part_that_names_no_field_is_the_school():
    entry: dict = {}
    assert assign_education(["CAS in Technology Leadership", "Management, Technology and Economics", "ETH Zürich"],
                            entry) == []
    assert entry == {"institution": "ETH Zürich", "studyType": "CAS in Technology Leadership",
                     "area": "Management, Technology and Economics"}


def test_a_field_with_a_dash_then_the_school_after_a_comma():
    from tailor.importer.education import dashed_field

    joined = "Ontario College Diploma in Business Administration – Marketing, Sheridan College"
    texts = dashed_field(["Ontario College Diploma in Business Administration", "Marketing, Sheridan College"],
                         [("Ontario College Diploma in Business Administration", "Marketing, Sheridan College",
                           joined)])
    assert texts == ["Ontario College Diploma in Business Administration – Marketing", "Sheridan College"]
    entry: dict = {}
    assert assign_education(texts, entry) == [] and entry == {
        "institution": "Sheridan College", "studyType": "Ontario College Diploma",
        "area": "Business Administration – Marketing"}
    a, b = "Ontario College Diploma, Business Administration", "Marketing - Sheridan College"  # hyphen, school
    texts = dashed_field([a, b], [(a, b, f"{a} – {b}")])
    assert texts == ["Ontario College Diploma, Business Administration – Marketing", "Sheridan College"]
    again: dict = {}
    assert assign_education(texts, again) == [] and again == entry


def test_a_field_before_a_qualification_named_x_in_y_is_its_field_not_its_school():
    entry: dict = {}
    assert assign_education(["Management, Technology and Economics", "CAS in Technology Leadership"], entry) == []
    assert entry == {"studyType": "CAS in Technology Leadership", "area": "Management, Technology and Economics"}


def test_the_school_first_then_the_degree_or_the_field_first_then_the_degree():
    """"Ohio State University, B.S. Nursing, 2016" names the school first; "Nursing, BSN, 2016"
    the field first and no school: both orders are read by the school word and the year's place."""
    from tailor.importer.education import degree_rank, field_degree_school

    assert field_degree_school("Ohio State University, B.S. Nursing, 2016") is None   # the school first
    assert field_degree_school("Nursing, BSN, 2016") is None                          # the year last: read apart
    assert field_degree_school("Nursing, BSN") == ("Nursing", "BSN", "")
    assert degree_rank("BSN") == 3 and degree_rank("M.Ed.") == 3 and degree_rank("Medical Assistant") == 0
    entry: dict = {}
    assert assign_education(["Ohio State University, B.S. Nursing"], entry) == []
    assert entry == {"institution": "Ohio State University", "studyType": "B.S.", "area": "Nursing"}
    entry = {}
    assert assign_education(["Université de Montréal, Montréal, M.Sc. Informatique"], entry) == []
    assert entry["institution"] == "Université de Montréal, Montréal" and entry["studyType"] == "M.Sc."
    entry = {}  # a school's own comma, a place after it, is no cut
    assert assign_education(["University of California, Berkeley"], entry) == []
    assert entry == {"institution": "University of California, Berkeley"}
    entry = {}  # TAFE (Australia's public colleges) names a school, like "College"
    assert assign_education(["Diploma of Accounting, TAFE Victoria"], entry) == []
    assert entry == {"studyType": "Diploma of Accounting", "institution": "TAFE Victoria"}


def test_a_year_in_brackets_after_the_degree_is_no_grade():
    assert trailing_score("CS (2018)") == ("CS (2018)", None)
    assert trailing_score("CS (2014 – 2018)") == ("CS (2014 – 2018)", None)
    assert trailing_score("CS (3.8)") == ("CS", "3.8")


def test_a_school_then_its_field_with_no_degree_shown():
    """"Universidade de São Paulo, Administração, 2014": a school, then a part that names a field
    of study (in English or not) and no degree: the field is no degree, and the comma is no
    school's own (that one has a place or another school after it)."""
    entry: dict = {}
    assert assign_education(["Universidade de São Paulo, Administração"], entry) == []
    assert entry == {"institution": "Universidade de São Paulo", "area": "Administração"}
    entry = {}
    assert assign_education(["Ohio State University", "Nursing"], entry) == []
    assert entry == {"institution": "Ohio State University", "area": "Nursing"}
    entry = {}
    assert assign_education(["Columbia University, Teachers College"], entry) == []
    assert entry == {"institution": "Columbia University, Teachers College"}


def test_the_field_then_the_degree_with_nothing_between():
    """A layout that prints "{area} {studyType}": the degree opens with its word or abbreviation,
    or is a word with its abbreviation in brackets, after words that name a field."""
    from tailor.importer.education import field_before_degree

    assert field_before_degree("Computer Science Bachelor of Science") == ["Computer Science", "Bachelor of Science"]
    assert field_before_degree("Computer Science Ph.D.") == ["Computer Science", "Ph.D."]
    assert field_before_degree("Mathematics Licencjat (BSc)") == ["Mathematics", "Licencjat (BSc)"]
    assert field_before_degree("General Studies High School Diploma") == ["General Studies", "High School Diploma"]
    for whole in ("Executive MBA", "History Masterclass", "Marketing Ontario College Diploma",
                  "Bachelor of Science Computer Science", "Computer Science (MSc)"):
        assert field_before_degree(whole) == [whole], whole
    entry: dict = {}
    assert assign_education(["Nursing Bachelor of Science in Nursing (BSN)", "University of Houston"], entry) == []
    assert entry == {"institution": "University of Houston", "studyType": "Bachelor of Science in Nursing (BSN)",
                     "area": "Nursing"}


def test_vocational_and_school_leaving_qualifications_are_degrees_and_the_school_is_the_other_part():
    from tailor.importer.education import degree_rank, degree_then_school

    for text in ("NVQ Level 3 Warehousing and Storage", "BTEC Extended Diploma", "A-levels", "GCSEs", "Abitur",
                 "Baccalauréat", "HND Engineering"):
        assert degree_rank(text) == 3, text
    assert degree_then_school("NVQ Level 3 Warehousing and Storage, Leicester College") == \
        ["NVQ Level 3 Warehousing and Storage", "Leicester College"]
    assert split_degree("NVQ Level 3 Warehousing and Storage") == ("NVQ Level 3", "Warehousing and Storage")


def test_an_acronym_alone_names_the_awarding_body_beside_a_qualification():
    entry: dict = {}
    assert assign_education(["ICAEW", "ACA Chartered Accountancy"], entry) == []
    assert entry == {"institution": "ICAEW", "studyType": "ACA", "area": "Chartered Accountancy"}
    entry = {}
    assert assign_education(["MIT", "Computer Science"], entry) == []
    assert entry == {"institution": "MIT", "area": "Computer Science"}


def test_a_specialism_after_the_degrees_own_field_stays_in_the_field():
    entry: dict = {}
    assert assign_education(["Northwestern University", "Master of Science in Education", "Secondary Teaching"],
                            entry) == []
    assert entry == {"institution": "Northwestern University", "studyType": "Master of Science",
                     "area": "Education, Secondary Teaching"}
    entry = {}  # a whole field of its own ("General Studies") is no specialism: another entry's, or a second field
    assert assign_education(["Southwest Tennessee Community College", "Associate of Applied Science in Logistics",
                             "General Studies"], entry) == ["General Studies"]


def test_a_degree_word_then_en_or_its_field_splits_there_not_at_a_comma():
    assert split_degree("Máster en Ingeniería de Caminos, Canales y Puertos") == (
        "Máster", "Ingeniería de Caminos, Canales y Puertos")
    assert split_degree("Grado en Ingeniería Civil") == ("Grado", "Ingeniería Civil")
    assert split_degree("Master Logistique et supply chain") == ("Master", "Logistique et supply chain")
    assert split_degree("Técnico Superior en Dirección de Cocina") == ("Técnico Superior en Dirección de Cocina", "")
    assert split_degree("Master Degree") == ("Master Degree", "")


def test_a_degree_under_its_label_is_the_degree_not_the_school():
    """"Abschluss: Mittlere Reife" under "Realschule Feuerbach": the label says it is the degree,
    though a school-leaving certificate has no degree word; the label is not kept."""
    entry: dict = {}
    assert assign_education(["Realschule Feuerbach", "Abschluss: Mittlere Reife"], entry) == []
    assert entry == {"studyType": "Mittlere Reife", "institution": "Realschule Feuerbach"}
    entry = {}
    assign_education(["TU München", "Abschluss: Bachelor of Science in Physics"], entry)
    assert entry == {"studyType": "Bachelor of Science", "area": "Physics", "institution": "TU München"}


def test_the_field_in_brackets_after_a_degree_and_a_school_faculty():
    assert split_degree("B.E. (Mechanical Engineering)") == ("B.E.", "Mechanical Engineering")
    assert split_degree("BSc (Hons)") == ("BSc (Hons)", "")
    entry: dict = {}
    assign_education(["University of Belgrade, Faculty of Mathematics", "BSc in Computer Science"], entry)
    assert entry == {"institution": "University of Belgrade, Faculty of Mathematics", "studyType": "BSc",
                     "area": "Computer Science"}


def test_a_labelled_part_is_not_the_field():
    entry: dict = {}
    assert assign_education(["HSC", "Fergusson College", "Board: Maharashtra State Board"], entry) \
        == ["Board: Maharashtra State Board"]
    assert "area" not in entry
