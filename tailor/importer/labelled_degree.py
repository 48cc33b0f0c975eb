"""A degree printed under its label ("Study type: Ph.D.", "Degree: Bachelor of Science",
"Abschluss: Mittlere Reife") and the parts printed beside it.

The label says which part is the degree, whatever its words (a school-leaving certificate
names no degree word). A layout that prints the degree under a label of its own prints the
field of study apart from it too, often above the school ("Computer Science", then "University
of Texas at Austin (2006 - 2011)", then "Study type: Ph.D."): of the parts left beside the
labelled degree, the one that names a field of study and no school, degree or label is the
field, and the degree is then named whole ("Bachelor of Science in Nursing (BSN)" beside
"Nursing", "CAS in Technology Leadership" beside "Management, Technology and Economics"), as
`education._own_field` names a degree whole when its field is set apart
(docs/ARCHITECTURE.md, "Resume import", step 3). `education.assign_education` reads the school.
"""
from __future__ import annotations

import re

from tailor.importer import fields
from tailor.importer.dates import parse_dates
from tailor.importer.degree_words import FIELD_OF_STUDY, INSTITUTION, degree_rank

# "Abschluss: Mittlere Reife", "Degree: Bachelor of Science", "Study type: Ph.D." (JSON Resume's
# own name for the field, printed as its label by a theme): the degree under its label
DEGREE_LABEL = re.compile(r"^(?:abschluss|degree(?:\s+type)?|qualification|diploma|titel|dipl[ôo]me"
                          r"|study[\s-]?type|type\s+of\s+(?:degree|study))\s*:\s*(.+)$", re.I)
# "Board: CBSE", "GPA: 3.8": a part under a label of its own says what it is, and a field it is not
LABELLED_PART = re.compile(r"^[^\W\d][\w ./]{1,24}:\s+\S")


def field_beside(texts: list[str], entry: dict) -> str | None:
    """The one part of `texts` (an entry's parts other than its labelled degree) that names a
    field of study and no school, degree, place, date or label, when exactly one does and the
    entry has its school already or another part is left to be it; else None. Beside a part
    that names a school ("Kestrel Point College"), the one other part is the field whatever its
    words ("Ceramics": a field the vocabulary does not know), unless it is a place, a date or
    a label."""
    plain = [t for t in texts if not INSTITUTION.search(t) and not degree_rank(t) and not LABELLED_PART.match(t)
             and not re.search(r"\d", t) and not parse_dates(t) and not fields.is_location(t)]
    found = [t for t in plain if FIELD_OF_STUDY.search(t)]
    if not found and len(texts) == 2 and len(plain) == 1 and any(INSTITUTION.search(t) for t in texts):
        found = plain
    return found[0] if len(found) == 1 and (len(texts) > 1 or "institution" in entry) else None
