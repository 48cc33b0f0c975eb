"""Does a degree or certificate the resume shows meet a requirement that asks for one?

Why: a run finds a requirement's evidence by retrieving bullets, and a degree is no bullet. A
person whose resume shows "Bachelor of Science, Computer Science" was told that "Requires a
Bachelor's degree in computer science..." was a gap with no evidence, while `tailor score` cited
the same degree for it. A requirement that asks for a degree is met by an education entry of that
level or higher (a master's meets "bachelor's degree") whose subject is one the requirement
names, or any subject when it names none. One that asks for a certification or licence is met by
a certificate that names one of its terms. Both are read through the keyword variants
(`keyword_variants`: "B.S." is a bachelor's degree, "MS Office" is not a master's). Anything
else the requirement asks ("and 3 years of Python") keeps it from being met by the degree alone:
a credential never covers more than itself. See docs/ARCHITECTURE.md, "Report".
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from tailor.schemas.models import Certificate, Education, Language, Requirement
from tailor.text.keyword_variants import found_in
from tailor.text.languages import language_meets

# Degree terms (as `keyword_variants` names them) and their level: a higher one meets a lower one.
DEGREE_LEVELS = (("high school diploma", 0), ("GED", 0), ("Associate degree", 1),
                 ("Bachelor's degree", 2), ("Master's degree", 3), ("MBA", 3), ("PhD", 4))
# "degree and 3 years of experience", "degree with 5 years' experience": more than a degree
# ("degree or equivalent experience" asks for no more).
_FURTHER_DEMAND = re.compile(r"\b(and|with|plus)\b[^.;]{0,40}\b(years?|experience)\b", re.I)
_CREDENTIAL = re.compile(r"certifi|licen[cs]|credential|registration|registered", re.I)
# Cards and tickets that are credentials by name: a requirement naming one asks for it
_CARDS = re.compile(r"\b(BLS|ACLS|PALS|NRP|CPR|AED|First Aid|CDL|CNA|EMT|ServSafe|OSHA(?:[- ]?(?:10|30))?|"
                    r"TWIC|HAZMAT|Hazmat)\b")
_ABBREVIATION = re.compile(r"\b[A-Z]{3,6}\b")
_GLUED = re.compile(r"\b[\w.'’]+(?:/[\w.'’]+)+")   # "MS/TP", "BA/BS", "Bachelor's/Master's"
_SKIPPED = frozenset({"of", "and", "for", "in", "the"})
# "or equivalent experience", "or 4 years of related experience", "equivalent combination": a route
# other than the degree, which experience may meet
_OTHER_ROUTE = re.compile(r"\bor\b[^.;]{0,60}\b(experience|equivalent|years?)\b|\bequivalen(t|ce)\b", re.I)


def sections_meeting(requirement: Requirement, education: Sequence[Education],
                     certificates: Sequence[Certificate], languages: Sequence[Language] = ()) -> list[str]:
    """The resume sections that meet `requirement` by themselves: "education", "certificates",
    "languages" (`text.languages`)."""
    found = []
    if education_meets(requirement.text, requirement.keywords, education):
        found.append("education")
    if certificate_meets(requirement.text, requirement.keywords, certificates):
        found.append("certificates")
    if language_meets(requirement.text, languages):
        found.append("languages")
    return found


def degree_levels(text: str) -> list[int]:
    """The levels of the degrees `text` names ("Bachelor's or Master's degree" -> [2, 3])."""
    text = _GLUED.sub(_unless_degrees, text)
    return [level for term, level in DEGREE_LEVELS if found_in(text, term)]


def _unless_degrees(compound: re.Match) -> str:
    """A two-letter degree abbreviation slashed to something that names no degree is part of a
    name ("BACnet MS/TP", "AS/400"), not a degree; "BA/BS" and "BS/MS" stay degrees."""
    parts = compound.group().split("/")
    if all(any(found_in(part, term) for term, _ in DEGREE_LEVELS) for part in parts):
        return compound.group()
    return "/".join("" if re.fullmatch(r"[A-Z]{2}", part) else part for part in parts)


def degree_only_levels(text: str) -> list[int]:
    """The degree levels a requirement asks for when a degree is all it asks ("Bachelor's degree
    in Supply Chain"), else [] ("... or equivalent experience" may be met by experience, "... and
    3 years of Python" partly by a bullet)."""
    return [] if _OTHER_ROUTE.search(text) or _FURTHER_DEMAND.search(text) else degree_levels(text)


def credential_only(text: str) -> bool:
    """Does a requirement ask for a certification, licence or card and nothing else ("Current Epic
    Cadence AND Prelude certifications", "Active RN license")? Then a bullet that is merely close
    ("Helped train new grads on Epic flowsheets") does not meet it: only one that names a
    credential of its terms (`names_credential_of`), the certificates section, or a work role
    titled by one of its terms ("Charge RN" holds an RN licence)."""
    asks = _CREDENTIAL.search(text) or _CARDS.search(text)
    return bool(asks) and not degree_levels(text) and not _OTHER_ROUTE.search(text) \
        and not _FURTHER_DEMAND.search(text)


def names_credential_of(text: str, requirement: Requirement) -> bool:
    """Does `text` (an item on the page) name a credential the requirement asks for: a word for
    one ("certified", "licence") with one of the requirement's terms, or a card it names?"""
    cards = _CARDS.findall(requirement.text)
    if any(found_in(text, card) for card in cards):
        return True
    return bool(_CREDENTIAL.search(text)) and certificate_meets(
        requirement.text, requirement.keywords, [Certificate(name=text)])


def names_degree_of(text: str, levels: Sequence[int]) -> bool:
    """Does `text` name a degree of at least the lowest of `levels` (an Associate degree does not
    meet a bachelor's)?"""
    held = degree_levels(text)
    return bool(held) and max(held) >= min(levels)


def education_meets(text: str, keywords: Sequence[str], education: Sequence[Education]) -> bool:
    """Does an entry of `education` meet the degree requirement `text` (with its `keywords`)?"""
    asked = degree_levels(text)
    if not asked or _FURTHER_DEMAND.search(text):
        return False
    subjects = [k for k in keywords if not degree_levels(k)]
    for entry in education:
        held = degree_levels(entry.study_type) or degree_levels(f"{entry.study_type} {entry.area}")
        if held and max(held) >= min(asked) and \
                (not subjects or any(found_in(entry.area, k) for k in subjects)):
            return True
    return False


def certificate_meets(text: str, keywords: Sequence[str],
                      certificates: Sequence[Certificate]) -> bool:
    """Does a certificate name one of the terms of a requirement that asks for a credential?

    A credential is asked for by the word ("certification", "license") or by the name of a card
    that is one ("BLS from the American Heart Association", "CPR current"). Its terms are the
    requirement's keywords and the abbreviations it writes in capitals, and a certificate names an
    abbreviation also by the words it stands for ("TX PTA license" is met by "Texas Physical
    Therapist Assistant License")."""
    cards = _CARDS.findall(text)
    if not (_CREDENTIAL.search(text) or cards):
        return False
    terms = [k for k in keywords if not degree_levels(k)]
    capitals = _ABBREVIATION.findall(text)
    terms += [*cards, *(capitals if len(capitals) <= 3 else [])]   # more is a line set in capitals
    return any(found_in(c.name, k) or _spelled_out(c.name, k) for c in certificates for k in dict.fromkeys(terms))


def _spelled_out(name: str, abbreviation: str) -> bool:
    """Do consecutive capitalised words of `name` start with the letters of `abbreviation`
    ("Physical Therapist Assistant" for PTA; "of", "and", "for" are skipped)?"""
    if not abbreviation.isupper() or len(abbreviation) < 3:
        return False
    initials = "".join(word[0] for word in re.findall(r"\b[A-Z][\w'-]*", name) if word.lower() not in _SKIPPED)
    return abbreviation in initials
