"""The head nouns of job titles ("Electrician", "Accounts Payable Specialist"): what a role is
called, and a company, a salary or a place is not (see docs/ARCHITECTURE.md, text layer).

`posting_opening` picks the title line with them. They live in a leaf with no imports from
Tailor because the statement rules (`posting_boilerplate`, `requirement_kinds`) sit under the
opening's reader in the import order and may need to ask the same question of a statement: an
ad's "Food plant looking for maint electrician." announces a role and asks nothing.
"""
from __future__ import annotations

import re

ROLE_NOUN = re.compile(
    r"\b(?:specialist|clerk|bookkeeper|accountant|controller|nurse|engineer|developer|manager|director|"
    r"coordinator|analyst|assistant|associate|technician|tech|representative|rep|officer|supervisor|"
    r"administrator|designer|consultant|lead|intern|driver|operator|teacher|therapist|pharmacist|"
    r"scientist|architect|auditor|agent|advis[eo]r|receptionist|cashier|mechanic|electrician|planner|"
    r"buyer|recruiter|writer|editor|attorney|lawyer|paralegal|physician|aide|worker|president|chef|"
    r"cook|server|generalist|executive|machinist|welder|counsel+or|inspector|estimator|dispatcher|"
    r"secretary|programmer|strategist|producer|instructor|hygienist|processor|handler|custodian|"
    r"janitor|nanny|caregiver|paraprofessional|trainer|tutor|investigator|examiner|specialists|"
    r"clerks|nurses|engineers|drivers|head|chief|vp|cfo|cto|ceo|coo|owner|partner|principal|"
    r"superintendent|foreman|apprentice|bartender|barista|host|hostess|housekeeper|librarian|"
    r"surveyor|pilot|medic|paramedic|emt|guard|loader|picker|packer|stocker|merchandiser|"
    r"sales(?:person|man|woman)?|staff|fellow|faculty|professor|lecturer|dentist|veterinarian|"
    r"technologist|therapists|counselors?|millwright|plumber|carpenter|pipefitter|steamfitter|laborer|"
    r"labourer|mason|roofer|painter|installer|fitter|glazier|ironworker|boilermaker|lineman|lineworker)\b",
    re.I)


def names_a_role(text: str) -> bool:
    return bool(ROLE_NOUN.search(text))
