"""Which field each text part of an entry header goes to, once dates, URLs and places are read
(docs/ARCHITECTURE.md, the importer's entry step): the degree and school of a school
(`education.assign_education`), and for the other sections the first and second name of the
entry (a job's position and employer, a certificate's name and issuer) by role words, by "at",
and by the order a layout prints them in (a role word outranks the order: a layout that sets
its dates on the role's row prints the role first, over the employer). `entries.py` groups
entries and reads their header parts; this module only decides where the words go, so that
module stays about lines.
"""
from __future__ import annotations

from tailor.importer.dashed_role import role_before_dash
from tailor.importer.education import assign_education, dashed_field
from tailor.importer.header_parts import certificate_level, labelled_issuer, parenthesised_issuer
from tailor.importer.leftover_reasons import unplaced_reason
from tailor.importer.projects import project_texts
from tailor.importer.roles import dashed_names, is_role, one_line_job, role_at, role_comma_split, role_dash_split

# Section -> (key of the first text part, key of the second text part).
TEXT_KEYS = {
    "work": ("position", "name"), "volunteer": ("position", "organization"),
    "projects": ("roles", "name"), "certificates": ("name", "issuer"),
    "awards": ("title", "awarder"), "publications": ("name", "publisher"),
}


def assign_texts(section: str, texts: list[str], dashed: list[tuple[str, str, str]], employer_first: bool,
                 entry: dict, one_line: bool = False) -> list[tuple[str, str]]:
    """Put an entry's text parts into `entry`; return the parts left over, each with why.
    `dashed` holds the pairs a spaced dash cut apart, `employer_first` says the layout names the
    employer on the dated line and the role under it (`roles.employer_first`), `one_line` that
    one header line gave the only text and the place ("Waiter, Hawksmoor, Manchester (2016 –
    2018)", see `roles.one_line_job`)."""
    texts = list(texts)
    if section == "education":
        left = assign_education(dashed_field(texts, dashed), entry)
        return [(t, unplaced_reason("education")) for t in left]
    if section == "projects":
        texts = project_texts(texts, entry)
    first_key, second_key = TEXT_KEYS[section]
    texts = parenthesised_issuer(section, certificate_level(section, texts, dashed))
    texts = labelled_issuer(section, dashed_names(section, role_at(section, texts, dashed), dashed))
    if len(texts) == 1 and section in ("work", "volunteer") and (
            comma := role_before_dash(texts[0]) or role_comma_split(texts[0]) or role_dash_split(texts[0])):
        texts = comma  # "Warehouse Associate, Northside Supply Co.", "Food Bank - Data Volunteer" (one bold run)
    elif len(texts) == 1 and section == "work" and one_line and (job := one_line_job(texts[0])):
        texts = job  # "Waiter, Hawksmoor" before its place: no role word, the order says which is which
    if len(texts) == 1:  # an employer or project name alone (no role), or a certificate's name
        _put(entry, first_key if section in ("certificates", "awards", "publications") else second_key,
             texts.pop(0))
    elif len(texts) >= 2:
        first, second = texts[0], texts[1]
        role = next((t for t in texts[1:] if is_role(t)), None) if section in ("work", "volunteer") else None
        if section in ("work", "volunteer", "projects") and is_role(second) and not is_role(first):
            first, second = second, first
        elif role and not is_role(first):  # employer, its tagline, then the role on a line of its own
            first, second = role, first
            texts.remove(role)
            texts.insert(0, role)
        elif employer_first and len(texts) == 2 and not role and section in ("work", "volunteer") \
                and not is_role(first):  # a dated first line that names a role is the role ("Sous Chef  2015 – 2019")
            first, second = second, first
        _put(entry, first_key, first)
        _put(entry, second_key, second)
        texts = texts[2:]
    return [(t, unplaced_reason(section)) for t in texts]


def _put(entry: dict, key: str, value: str) -> None:
    entry[key] = [r.strip() for r in value.split(",") if r.strip()] if key == "roles" else value
