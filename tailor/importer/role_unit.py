"""Whether the words after a role's comma name a unit or specialty of the role ("Staff RN,
Medical-Surgical", "Engineer, Platform", "Director, Global Sales") rather than the first part
of an employer's own name ("Sous Chef, Mercado de San Miguel – Grupo Sanmi").

A header "Role, Qualifier – Employer" is cut at the dash or at the comma. An employer's name
is a name: it holds a word that is no common English word ("Mercado", "Sachs", "Carmel").
A hospital unit, a department, a team or a specialty is said in common words and opens with an
attribute ("Medical-Surgical", "Critical Care", "Behavioral Health", "Global Sales"), so when
every word of the qualifier has an English lemma (lemminflect's lexicon, as
`name_line.reads_as_title` asks of a label) and its first can be an adjective, the qualifier stays
with the role and the employer is the text after the dash. A business named in common nouns
("Line Cook, Harbor Market – Bayside Hospitality") opens with a noun and stays the employer's
name, with the dash inside it. An acronym ("NHS Fife", "ICU") may name
an organisation, so a qualifier holding one is left to the other cues. See docs/ARCHITECTURE.md,
"Resume import", step 3 (`roles.py`).
"""
from __future__ import annotations

import re

_JOINING = frozenset("and of & for".split())  # "Labor and Delivery", "Head of Sales"
_MAX_WORDS = 4  # a unit's name is short: "Medical-Surgical", "Labor and Delivery"


def reads_as_unit(text: str) -> bool:
    """Every word of `text` is a common English word (no name, no acronym, no figure)."""
    from lemminflect import getAllLemmas

    if re.search(r"\d|\b[A-Z]{2,}\b|[()]", text):
        return False
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", text) if w.casefold() not in _JOINING]
    return 0 < len(text.split()) <= _MAX_WORDS and bool(words) and "ADJ" in getAllLemmas(words[0]) \
        and all(len(w) > 1 and getAllLemmas(w) for w in words)
