"""`degree_words.py`: the words that name a degree, a school and a field of study."""
from tailor.importer.degree_words import FIELD_OF_STUDY, FOREIGN_DEGREE, INSTITUTION, degree_rank, is_degree


def test_how_surely_a_part_names_a_degree():
    assert degree_rank("Bachelor of Science in Nursing") == 3
    assert degree_rank("Ontario College Diploma") == 2 and is_degree("Civilingenjör (MSc)")
    assert degree_rank("CAS in Technology Leadership") == 1
    assert degree_rank("Universidad Politécnica de Madrid") == 0 and INSTITUTION.search("Universidad Politécnica")


def test_a_degree_named_in_spanish_french_or_portuguese():
    assert all(FOREIGN_DEGREE.fullmatch(w) for w in ("Máster", "Grado", "Licence", "Mestrado", "Diplôme"))
    assert not FOREIGN_DEGREE.fullmatch("Técnico Superior")
    assert FIELD_OF_STUDY.search("Ingeniería Civil") and not FIELD_OF_STUDY.search("Hawksmoor")


def test_indian_engineering_degrees_and_a_faculty():
    assert degree_rank("B.E.") == 3 and degree_rank("M.E. in Civil Engineering") == 3
    assert degree_rank("Be a leader") == 0 and degree_rank("Me and you") == 0
    assert INSTITUTION.search("Faculty of Mathematics")
