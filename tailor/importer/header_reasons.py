"""Why a header text found no field, said in the user's words.

"not recognised as a contact detail" tells a person nothing about their own name or job title
left over while another line was taken for it; and "looks like a name" misleads for a line that
is a role or a school ("Jefe de Obra", "Universidad Politécnica de Madrid"), which lands in the
header when the section heading above it was not recognised. So the reason says what the text
looks like and where to fix it. See the importer's header step in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import re

from tailor.importer.addresses import bare_place
from tailor.importer.dates import parse_dates, trailing_dates
from tailor.importer.degree_words import DEGREE
from tailor.importer.education import INSTITUTION
from tailor.importer.name_line import looks_like_name
from tailor.importer.personal_details import CONTACT_WORDS, FORM_LABEL
from tailor.importer.roles import ROLE_WORDS
from tailor.importer.section_names import HEADINGS, normalise_heading

_TITLE_WORDS = 8  # a job title's words at most ("Senior Project Coordinator (former Chef)")
# The head word of a job title in the languages whose headings Tailor reads (French, Spanish,
# German, Portuguese, Italian, Dutch): "Jefe de Obra", "Chargée de projet", "Projektleiter".
# English role words are `roles.ROLE_WORDS`.
_FOREIGN_ROLE = re.compile(
    r"\b(jef[ea]|gerente|director[a]?|directeur|directrice|direttore|diretor[a]?|ingenier[oa]|ingénieur[e]?|"
    r"ingegnere|engenheir[oa]|ingenieur(?:in)?|responsable|responsabile|encargad[oa]|técnic[oa]|"
    r"tecnic[oa]|technicien(?:ne)?|chargée?|chef(?:fe)?|analista|consultor[a]?|consultant[e]?|"
    r"leiter(?:in)?|\w+leiter(?:in)?|geschäftsführer(?:in)?|mitarbeiter(?:in)?|berater(?:in)?|"
    r"medewerker|beheerder|adviseur|coordinador[a]?|coordinat(?:eur|rice|ore)|asistente|assistente|"
    r"desarrollador[a]?|développeu(?:r|se)|sviluppatore|entwickler(?:in)?|enfermer[oa]|infirmi[eè]re?|"
    r"profesor[a]?|professeur|docente|lehrer(?:in)?|abogad[oa]|avocat[e]?|contable|comptable)\b", re.I)


# "Citizenship: United States", "Security Clearance: Secret": a label, a colon and its value
_LABELLED = re.compile(r"([^\W\d_][\w'’ -]{1,30}?)\s*:\s+\S")


def unread_reason(part: str, basics: dict) -> str:
    """Why `part`, a header text, found no field: a school or a role says what it is (its
    section's heading may not have been recognised); a person's name or job title says which
    line was taken for it instead and where to fix it; a heading, a label, a labelled list or a
    sentence says so (`_shape_reason`); anything else is no contact detail."""
    name, label = basics.get("name", ""), basics.get("label", "")
    if INSTITUTION.search(part) and len(part.split()) <= _TITLE_WORDS:
        return "looks like a school: it belongs under education (was its section's heading recognised?)"
    if DEGREE.search(part) and (trailing_dates(part) or parse_dates(part)):
        return "looks like a degree and its dates: it belongs under education (was its section's heading recognised?)"
    if _sentence(part):
        return _SENTENCE_REASON
    role = (ROLE_WORDS.search(part) or _FOREIGN_ROLE.search(part)) and len(part.split()) <= _TITLE_WORDS
    if name and looks_like_name(part) and not role and not bare_place(part, known_only=True):
        return f'looks like a name; the name was taken from "{name}": check basics.name'
    if role:
        return (f'looks like a job title; the label was taken from "{label}": check basics.label' if label
                else "looks like a job title: set it as basics.label if it is yours")
    return _shape_reason(part) or "not recognised as a contact detail"


# "Telefon", "E-Mail:", "Phone": a contact field's label whose value was read apart from it
# (the personal-data block's contact words, and the header's own short ones)
_CONTACT_LABEL = re.compile(rf"(?:{CONTACT_WORDS}|cell|fon|web|url|linkedin|github)\.?", re.I)
# "Relevant courses: ...", "Coursework: ...": a school's courses, which `education[].courses` holds
_COURSES = re.compile(r"(?:relevant |selected |key )?(?:courses|coursework|course work|modules)", re.I)
_SENTENCE_WORDS = 6  # "Marketing coordinator who turns data into campaigns.": a sentence, not a detail


def _shape_reason(part: str) -> str:
    """What a header text that is no contact detail looks like (a heading, a label alone, a
    labelled list or detail, a sentence), said so the person knows where it belongs; "" when
    it looks like none of those. A labelled detail is said to have no field only when JSON
    Resume has none for it: "Languages Known" has `languages`, "Telefon" `basics.phone`."""
    text = part.strip()
    key = HEADINGS.get(normalise_heading(text))
    if key and len(text.split()) <= 4:
        return (f'looks like a section heading ("{text}") read with the header: the lines under it may be '
                "misplaced; check them")
    if _CONTACT_LABEL.fullmatch(text.rstrip(":").strip()) or (text.endswith(":") and len(text.split()) <= 3):
        return f'a field\'s label ("{text.rstrip(":").strip()}") without its value beside it: check basics'
    if labelled := _LABELLED.match(text):
        label = labelled[1].strip()
        if (section := HEADINGS.get(normalise_heading(label))) and section not in ("contact", "summary", "unknown"):
            return f'a labelled list ("{label}") that belongs in {section}: move it there'
        if _COURSES.fullmatch(label):
            return f'a school\'s courses ("{label}"): they belong in education[].courses'
        if _CONTACT_LABEL.fullmatch(label) or FORM_LABEL.match(text):
            return f'a contact label ("{label}") whose value was not read as a contact detail: check basics'
        return (f'a labelled detail ("{label}") that JSON Resume has no field for: add it to basics.summary '
                "if you want it kept")
    return ""


_SENTENCE_REASON = "reads as a sentence about you, not a contact detail: put it in basics.summary if it is your summary"


def _sentence(text: str) -> bool:
    """Six words or more ending in a full stop, or twelve or more mostly in lower case: prose
    (a profile under the name with no heading), never a title, a name or a detail."""
    words = text.split()
    return len(words) >= _SENTENCE_WORDS and bool(re.search(r"\w[.!?]$", text.strip())) \
        or len(words) >= 2 * _SENTENCE_WORDS and sum(w.islower() for w in words) * 2 >= len(words)
