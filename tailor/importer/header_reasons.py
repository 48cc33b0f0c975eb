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
from tailor.importer.education import INSTITUTION
from tailor.importer.name_line import looks_like_name
from tailor.importer.roles import ROLE_WORDS

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
    line was taken for it instead and where to fix it; a labelled detail ("Citizenship: US") has
    no field to go to; anything else is no contact detail."""
    name, label = basics.get("name", ""), basics.get("label", "")
    if INSTITUTION.search(part) and len(part.split()) <= _TITLE_WORDS:
        return "looks like a school: it belongs under education (was its section's heading recognised?)"
    role = (ROLE_WORDS.search(part) or _FOREIGN_ROLE.search(part)) and len(part.split()) <= _TITLE_WORDS
    if name and looks_like_name(part) and not role and not bare_place(part, known_only=True):
        return f'looks like a name; the name was taken from "{name}": check basics.name'
    if role:
        return (f'looks like a job title; the label was taken from "{label}": check basics.label' if label
                else "looks like a job title: set it as basics.label if it is yours")
    if labelled := _LABELLED.match(part):
        return (f'a labelled detail ("{labelled[1]}") that JSON Resume has no field for: add it to basics.summary '
                "if you want it kept")
    return "not recognised as a contact detail"
