"""The words that name a degree ("Bachelor of Science", "Diploma", "(MSc)"), a school
("University", "Escuela", "Hochschule") and a field of study ("Engineering", "Derecho"), in
English and the languages `heading_words.py` reads: `education.py` reads a school's entry with
them, and other steps ask them whether a line belongs to education (docs/ARCHITECTURE.md, the
importer's entry step).
"""
from __future__ import annotations

import re

DEGREE = re.compile(
    r"^(?:bachelor|master|doctor|associate|ph\.?\s?d|b\.?\s?sc?\b|b\.?\s?a\b|b\.?\s?eng|m\.?\s?sc?\b|m\.?\s?a\b|"
    r"b\.\s?e\.|m\.\s?e\.|"  # "B.E.", "M.E.": Indian engineering degrees, dots and all ("Be", "Me" are words)
    r"m\.?\s?eng|mba|m\.?\s?phil|ed\.?\s?d|j\.?\s?d\b|m\.?\s?d\b|diploma|certificate|high school|a\.?\s?a\b|"
    r"a\.?\s?s\b|aas|ged|licen[cs]e|(?:bsn|msn|bba|bfa|mfa|mph|llb|llm|dnp|b\.?\s?ed|m\.?\s?ed|b\.?\s?com|m\.?\s?com|"
    r"b\.?\s?tech|m\.?\s?tech|pharm\.?\s?d|"
    # vocational and school-leaving qualifications: "NVQ Level 3 ...", "BTEC ...", "A-levels", "Abitur"
    r"nvq|svq|btec|hnd|hnc|i?gcses?|[at][- ]levels?|abitur|baccalaur[ée]at|matura)\b)", re.I)
INSTITUTION = re.compile(r"\b(university|universidade?|universit[àé]|college|institute|school|academy|polytechnic|"
                          r"conservatory|bootcamp|universit[äa]t|[ée]cole|escuela|escola|instituto|istituto|"
                          r"faculdade|facultad|hochschule|\w*schule|colegio|lyc[ée]e|uniwersytet|universiteit|"
                          # the school before a German, Nordic or Polish school-leaving certificate ("Abitur,
                          # Gymnasium am Kaiserdom"; "Realschule", "Berufskolleg"), and the Italian "liceo"
                          r"gymnasium|gymnasiet|gimnazjum|liceum|liceo|berufskolleg|"
                          r"politechnika|politecnico|tafe|c[ée]gep|"  # TAFE, CEGEP: AU, Quebec colleges
                          # a faculty ("University of Belgrade, Faculty of Mathematics"): part of the school
                          r"faculty|fakult[äa]t|facult[ée]|fakultet)\b", re.I)
# A degree named anywhere in a part ("Ontario College Diploma"), or by its abbreviation in
# brackets ("Civilingenjör (MSc)", "Licencjat (BSc)"): degrees in any language carry one of these.
_DEGREE_WORD = re.compile(r"\b(?:bachelor|master|doctor|diploma|degree|certificate|licen[cs]\w*)", re.I)
DEGREE_ABBREVIATION = re.compile(r"\((?=[^)]*[A-Z][^)]*[A-Z])[A-Za-z.]{2,6}\)")
# "CAS in Technology Leadership", "PGCE with Qualified Teacher Status", "Técnico Superior en
# Dirección de Cocina": a qualification in a subject.
_QUALIFIED = re.compile(r"^\S.*\s(?:in|with|en|em)\s+\S")


# A degree's own name in a language that writes "in" as "en" or "em" ("Máster en Ingeniería de
# Caminos, Canales y Puertos", "Licence en Droit", "Mestrado em Engenharia"): the degree is that
# word, its field all that follows, commas and all. A title that is no degree's name ("Técnico
# Superior en Dirección de Cocina") stays whole.
FOREIGN_DEGREE = re.compile(r"m[aá]ster|grado|licenciatura|licenciado|diplomatura|doctorado|doctorat|maestr[ií]a|"
                            r"mestrado|bacharelado|doutorado|licence|dipl[oô]me|laurea(?: magistrale| triennale)?|"
                            r"t[ií]tulo|bachelor|master|diploma", re.I)


def degree_rank(text: str) -> int:
    """How surely a text part names a degree: 3 it starts with one ("Bachelor of ..."), 2 it
    names one elsewhere ("... Diploma", "(MSc)"), 1 it reads "X in Y" and names no school, 0 not."""
    if DEGREE.match(text):
        return 3
    if _DEGREE_WORD.search(text) or DEGREE_ABBREVIATION.search(text):
        return 2
    qualified = _QUALIFIED.match(text.lower() if text.isupper() else text)  # "CAS IN ...": set in capitals
    return 1 if qualified and not INSTITUTION.search(text) else 0


def is_degree(text: str) -> bool:
    """A degree by its words or abbreviation (`degree_rank` 2 or more)."""
    return degree_rank(text) >= 2


# "Dissertation: Consistency Trade-offs in ...": JSON Resume's education has no thesis field, so
# the row is kept whole, label and all, as how the degree was completed (its score).
THESIS_ROW = re.compile(r"^(?:dissertation|thesis|(?:master|bachelor)'?s thesis)\s*:\s*\S", re.I)


# Words that name a field of study, which a school's name without "University", "College" or
# the like does not hold: "Computer Science – Bachelor of Science" names no school
FIELD_OF_STUDY = re.compile(r"\b(?:sciences?|engineering|studies|management|administration|arts|mathematics"
                            r"|nursing|economics|logistics|marketing|finance|accounting|business|psychology|biology"
                            r"|chemistry|physics|history|education|law|medicine|informatics|technology|design"
                            # the same fields as other languages name them: "Administração", "Informatique"
                            r"|administra[çc][ãa]o|administraci[óo]n|ingenier[íi]a|engenharia|ing[ée]nierie|"
                            r"econom[íi]a|[ée]conomie|derecho|direito|droit|medicina|m[ée]decine|enfermer[íi]a|"
                            r"enfermagem|inform[áa]tica|informatique|informatik|psicolog[íi]a|contabilidade?|"
                            r"ci[eê]ncias?|betriebswirtschaft(?:slehre)?|wirtschaftsinformatik)\b",
                            re.I)
