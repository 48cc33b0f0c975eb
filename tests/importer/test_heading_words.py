"""Headings, months, open ends and languages in French, Spanish, German, Portuguese, Italian, Dutch."""
from tailor.importer.contact import _place_among_details
from tailor.importer.dates import Dates, parse_dates
from tailor.importer.heading_words import foreign_month, plain
from tailor.importer.lines import Line
from tailor.importer.sections import section_key, split_sections
from tailor.importer.simple import parse_languages, spoken_languages


def test_plain_drops_accents():
    assert plain("Expérience Compétências März") == "Experience Competencias Marz"


def test_title_case_headings_of_other_languages_open_their_sections():
    """A plain Title-case line is a heading only by its words: these words must be known."""
    expected = {"Expérience professionnelle": "work", "Formation": "education", "Compétences": "skills",
                "Langues": "languages", "Centres d'intérêt": "interests", "Experiencia laboral": "work",
                "Formación académica": "education", "Idiomas": "languages", "Cursos": "certificates",
                "Berufserfahrung": "work", "Ausbildung": "education", "Kenntnisse": "skills",
                "Sprachen": "languages", "Experiência profissional": "work", "Formação acadêmica": "education",
                "Competências": "skills", "Profil": "summary", "Werkervaring": "work", "Istruzione": "education"}
    for text, key in expected.items():
        assert section_key(Line(text)) == key, text


def test_a_french_resume_is_split_into_its_sections():
    sections = split_sections([Line("Jane Doe"), Line("jane.doe@example.com | 555-201-3344"),
                               Line("Expérience professionnelle"), Line("Logistics Manager, Boiron"),
                               Line("2019 – 2023"), Line("Formation"), Line("Master, Lyon 2, 2013 – 2015"),
                               Line("Langues"), Line("Français, Anglais")])
    assert [section.key for section in sections] == ["header", "work", "education", "languages"]
    assert len(sections[0].lines) == 2


def test_month_names_and_open_ends_of_other_languages():
    assert parse_dates("janv. 2019 – aujourd'hui") == Dates("2019-01", "", True)
    assert parse_dates("sept. 2015 – déc. 2018") == Dates("2015-09", "2018-12")
    assert parse_dates("2021 – actualidad") == Dates("2021", "", True)
    assert parse_dates("enero 2019 - dic. 2020") == Dates("2019-01", "2020-12")
    assert parse_dates("März 2020 – heute") == Dates("2020-03", "", True)
    assert parse_dates("Mai 2019 – Okt. 2021") == Dates("2019-05", "2021-10")
    assert parse_dates("março 2019 – atual") == Dates("2019-03", "", True)
    assert parse_dates("févr. 2017 – à ce jour") == Dates("2017-02", "", True)


def test_english_words_count_as_months_only_with_the_abbreviations_dot():
    """"set", "out" and "ago" are English words; "set. 2018" (Portuguese) is September."""
    assert foreign_month("set.") == 9 and foreign_month("set") == 0
    assert parse_dates("set. 2018 – out. 2020") == Dates("2018-09", "2020-10")
    assert parse_dates("Set 2019") is None


def test_languages_named_in_other_languages_are_spoken_languages():
    assert spoken_languages(["Français", "Anglais"])
    assert spoken_languages(["Inglés (C1)", "Alemán"])
    assert spoken_languages(["Deutsch (Muttersprache)", "Englisch (fließend)"])
    assert spoken_languages(["Français (langue maternelle)", "Klingon (courant)"])
    assert not spoken_languages(["SAP", "Excel"])


def test_a_fluency_line_in_another_language_goes_with_the_language_above():
    assert parse_languages([Line("Español"), Line("nativo")]) == [{"language": "Español", "fluency": "nativo"}]


def test_a_heading_word_is_never_the_location():
    """"Profil" in the header (its heading not set apart) is no city after the contact details."""
    basics: dict = {"email": "jane.doe@example.com"}
    assert not _place_among_details("Profil", basics, [], beside=True) and "location" not in basics
    assert _place_among_details("Lyon", basics, [], beside=True) and basics["location"]
