"""Field-level findings from real users' files (issue 15), recreated as minimal inputs: a German
grade's decimal comma, a department after a role's dash, towns too small for the gazetteer, a
thesis beside a grade and "Degree" after a degree's name (the signed foot: test_sign_off.py)."""
from tailor.importer.build import resume_from_lines
from tailor.importer.education import put_score, split_degree, trailing_score
from tailor.importer.education_lines import detail_after
from tailor.importer.employer_place import employer_cut, place_after_text, shaped_place
from tailor.importer.fields import split_list
from tailor.importer.lines import Line


def _resume(*body: Line):
    return resume_from_lines([Line("Jo Doe", bold=True), Line("jo@example.com"), *body])


def test_a_decimal_comma_never_splits_a_list():
    assert split_list("SAP, MS Office, Deutsch Note 1,3") == ["SAP", "MS Office", "Deutsch Note 1,3"]
    assert split_list("4,5 Jahre Erfahrung, Teamleitung") == ["4,5 Jahre Erfahrung", "Teamleitung"]
    assert split_list("Windows 7,8,10, 2019,2020") == ["Windows 7", "8", "10", "2019", "2020"]  # lists of numbers


def test_a_german_grade_after_a_comma_or_in_brackets_is_the_score():
    assert detail_after("Abitur, Note 1,8") == ("Abitur", "Note 1,8")
    assert trailing_score("Informatik (Note 1,3)") == ("Informatik", "1,3")
    school = _resume(Line("AUSBILDUNG", bold=True), Line("Gymnasium am Kaiserdom, Speyer | 2010 – 2018"),
                     Line("Abitur, Note 1,8")).resume["education"][0]
    assert (school["studyType"], school["score"]) == ("Abitur", "1,8")
    assert "area" not in school
    one_line = _resume(Line("AUSBILDUNG", bold=True),
                       Line("Abitur, Gymnasium am Kaiserdom, Speyer, Note 1,8 | 2010 – 2018"))
    school = one_line.resume["education"][0]  # "Gymnasium": a school's word, so no field of study
    assert (school["institution"], school["score"]) == ("Gymnasium am Kaiserdom, Speyer", "1,8")


def test_a_grade_in_brackets_and_german_subject_labels():
    school = _resume(Line("AUSBILDUNG", bold=True), Line("Gymnasium Speyer | 2006 – 2014", bold=True),
                     Line("Abitur (Note 1,8)"), Line("Leistungskurse: Mathematik, Physik")).resume["education"][0]
    assert (school["studyType"], school["score"], school["courses"]) == ("Abitur", "1,8", ["Mathematik", "Physik"])
    school = _resume(Line("AUSBILDUNG", bold=True), Line("Universität Mannheim | 2014 – 2018", bold=True),
                     Line("Bachelor of Science Betriebswirtschaftslehre"),
                     Line("Schwerpunkte: Marketing, Finanzen, Note 1,8")).resume["education"][0]
    assert (school["score"], school["courses"]) == ("1,8", ["Marketing", "Finanzen"])


def test_a_department_after_a_role_dash_is_part_of_the_role():
    for header in ([Line("Registered Nurse – Cardiac Sciences", bold=True),
                    Line("St Vincent's Hospital | Mar 2019 – Present")],
                   [Line("St Vincent's Hospital | Mar 2019 – Present", bold=True),
                    Line("Registered Nurse – Cardiac Sciences")]):
        job = _resume(Line("EXPERIENCE", bold=True), *header).resume["work"][0]
        assert (job["position"], job["name"]) == ("Registered Nurse – Cardiac Sciences", "St Vincent's Hospital")
    alone = _resume(Line("EXPERIENCE", bold=True), Line("Software Engineer – Stripe | Jan 2020 – Present"))
    assert (alone.resume["work"][0]["position"], alone.resume["work"][0]["name"]) == ("Software Engineer", "Stripe")


def test_a_small_town_is_a_place_by_its_shape():
    assert shaped_place("69510 Messimy") and shaped_place("Leirvik, Norge") and shaped_place("Messimy (France)")
    assert not shaped_place("Acme Corp") and not shaped_place("Chef (France)") and not shaped_place("Acme, Inc.")
    assert not shaped_place("Acme, Paris, France")  # an employer and its city: `places.trailing_place` reads it
    assert place_after_text("69510 Messimy", ["Domaine des Vignes"]) and not place_after_text("69510 Messimy", [])
    assert employer_cut("Domaine des Vignes, 69510 Messimy", Line("")) == ["Domaine des Vignes", "69510 Messimy"]
    job = _resume(Line("EXPERIENCE", bold=True), Line("Welder", bold=True),
                  Line("Aker Solutions | 5411 Leirvik | 2015 – 2019")).resume["work"][0]
    assert (job["name"], job["location"]) == ("Aker Solutions", "5411 Leirvik")


def test_a_thesis_gives_the_score_to_a_grade():
    entry = {"score": "Thesis: Gene expression"}
    assert put_score(entry, "3.8/4.0") and entry == {"score": "3.8/4.0", "courses": ["Thesis: Gene expression"]}
    assert not put_score(entry, "3.9")  # a second grade has no place
    result = _resume(Line("EDUCATION", bold=True), Line("University of Michigan | 2014 – 2018", bold=True),
                     Line("Bachelor of Science in Biology"), Line("Thesis: Gene expression in zebrafish"),
                     Line("GPA: 3.8/4.0"))
    school = result.resume["education"][0]
    assert (school["score"], school["courses"]) == ("3.8/4.0", ["Thesis: Gene expression in zebrafish"])
    assert not result.unparsed


def test_a_thesis_in_brackets_is_not_lost_beside_a_grade():
    result = _resume(Line("EDUCATION", bold=True), Line("University of Michigan | 2014 – 2018", bold=True),
                     Line("Bachelor of Science in Biology (Thesis: Gene expression)"), Line("GPA: 3.8"))
    school = result.resume["education"][0]
    assert (school["score"], school["area"], school["courses"]) == ("3.8", "Biology", ["Thesis: Gene expression"])


def test_degree_is_no_field_of_study():
    assert split_degree("Bachelor of Science Degree in Business") == ("Bachelor of Science Degree", "Business")
    assert split_degree("Bachelor of Science Degree") == ("Bachelor of Science Degree", "")
    assert split_degree("Bachelor of Arts Degree Computer Science") == ("Bachelor of Arts Degree", "Computer Science")
    assert split_degree("Bachelor of Science Computer Science") == ("Bachelor of Science", "Computer Science")
    school = _resume(Line("EDUCATION", bold=True), Line("Universität Mannheim | 2014 – 2018", bold=True),
                     Line("Bachelor of Science Degree in Business")).resume["education"][0]
    assert (school["studyType"], school["area"]) == ("Bachelor of Science", "Business")  # "Degree" adds nothing
    school = _resume(Line("EDUCATION", bold=True), Line("Sheridan College | 2014 – 2016", bold=True),
                     Line("Associate Degree in Nursing")).resume["education"][0]
    assert school["studyType"] == "Associate Degree"  # "Associate" alone names no degree


def test_a_second_grade_in_brackets_is_listed_never_lost():
    result = _resume(Line("EDUCATION", bold=True), Line("Foo University | 2014 – 2018", bold=True), Line("GPA: 3.9"),
                     Line("Bachelor of Science (GPA 3.8)"))
    assert result.resume["education"][0]["score"] == "3.9"
    assert [item.text for item in result.unparsed] == ["3.8"]
