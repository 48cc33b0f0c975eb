"""A role with a qualifier after its comma, set apart from the employer by a spaced dash:
"Lead Associate, Inbound - Mid-South Distribution Services", "Chef de Partie, Garde Manger -
Hotel Villa Magna".

`roles.role_comma_split` cuts "Title, Employer" at the comma, which here leaves the qualifier
("Inbound", "Garde Manger") glued to the employer. When the line's one spaced dash has a role
and its qualifier before it and no role after it, the dash is the cut and the comma is the
role's own. Only a hyphen set apart so: an en dash is often inside the employer's own name
("Sous Chef, Mercado de San Miguel – Grupo Sanmi": there the comma is the cut), so an en dash
is the cut only after a qualifier said in common words, a hospital unit or a department ("Staff
RN, Medical-Surgical – Mount Carmel East": `role_unit.py`). A qualifier
carrying an acronym names an organisation ("Nurse, NHS Fife - Ward 3"), and a place after the
dash is no employer: those are left to the comma. See docs/ARCHITECTURE.md, "Resume import",
step 3.
"""
from __future__ import annotations

import re

from tailor.importer import fields
from tailor.importer.role_unit import reads_as_unit
from tailor.importer.roles import is_role

_SPACED_DASH = re.compile(r"\s+-\s+")  # a hyphen: an en dash is often the employer's own ("X – Grupo Y")
_SPACED_EN_DASH = re.compile(r"\s+–\s+")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


def role_before_dash(text: str) -> list[str] | None:
    """[role with its qualifier, employer] for "Role, Qualifier - Employer"; else None."""
    dashes, unit = list(_SPACED_DASH.finditer(text)), False
    if len(dashes) != 1:  # an en dash: only after a unit said in common words ("Staff RN, Medical-Surgical")
        dashes, unit = list(_SPACED_EN_DASH.finditer(text)), True
    if len(dashes) != 1:
        return None
    head, tail = text[:dashes[0].start()].strip(), text[dashes[0].end():].strip()
    if ", " not in head or "(" in head.split(", ", 1)[0]:
        return None
    role, qualifier = (part.strip() for part in head.split(", ", 1))
    if not tail or not is_role(role) or is_role(qualifier) or is_role(tail) or _ACRONYM.search(qualifier) \
            or fields.is_location(tail) or fields.is_location(qualifier) or unit and not reads_as_unit(qualifier):
        return None
    return [head, tail]
