"""Which field a heading that names two kinds of entry fills: "Achievements & Certifications",
"Awards and Certificates", "Honors & Licenses".

`sections.py` reads such a heading by its first word that `KEYWORDS` knows ("Honors &
Certifications": awards; "Achievements & Certifications": certificates). That holds while the
heading is the resume's only home for both; it does not when the resume also has a heading of one
kind alone: "Achievements & Certifications" above "Certifications" holds the awards, since the
certificates have their own section. And a combined section none of whose lines names a
certificate ("Dean's List", "University of Washington", "Recognized for ...") lists honours,
whatever its heading offers. `sections.py` calls `shared_apart` on the sections it found. See
docs/ARCHITECTURE.md, "Resume import".
"""
from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from tailor.importer.certificate_names import names_certificate
from tailor.importer.section_names import normalise_heading

# Heading words of each kind a combined heading can name
_KINDS = {
    "awards": {"awards", "award", "honors", "honours", "honor", "honour", "achievements", "accomplishments"},
    "certificates": {"certifications", "certificates", "certification", "certificate", "licenses", "licences",
                     "license", "licence"},
}
S = TypeVar("S")


def _kinds(heading: str) -> set[str]:
    words = set(normalise_heading(heading).split())
    return {kind for kind, names in _KINDS.items() if words & names}


def shared_apart(sections: list[S]) -> list[S]:
    """`sections` with a combined awards-and-certificates heading's section keyed by the kind no
    other section of the resume claims alone; keyed "awards" when it stands alone and none of its
    lines names a certificate."""
    alone = {next(iter(kinds)) for kinds in (_kinds(s.heading) for s in sections if s.key in _KINDS)
             if len(kinds) == 1}
    out = []
    for section in sections:
        kinds = _kinds(section.heading) if section.key in _KINDS else set()
        if len(kinds) == 2:
            left = kinds - alone
            if len(left) == 1:
                section = replace(section, key=left.pop())
            elif not alone and not any(names_certificate(line.text) for line in section.lines):
                section = replace(section, key="awards")
        out.append(section)
    return out
