"""Years of experience a requirement asks for, and of what: "3+ years of accounts payable
experience" asks 3 years of accounts payable; "Home health: 1 year (Required)" asks 1 of home
health.

Why here: fit scoring weighs the years against work dates (`fit.scorer`), and the run's report
meets such a requirement by the page's role titles and dates (`corpus.role_years`); both read
the requirement the same way. What the subject is, is deliberately narrow: the words a role
title would carry (a role "Accounts Payable Clerk" for 2 years meets "2+ years AP experience"),
never the whole sentence, so a title meets a requirement only when it names what was asked.
See docs/ARCHITECTURE.md ("Reading a posting").
"""
from __future__ import annotations

import re

__all__ = ["asked_subjects", "title_names", "years_asked"]

_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15}
_YEARS_ASKED = re.compile(
    r"\b(\d{1,2}|" + "|".join(_WORD_NUMBERS) + r")\s*(?:\(\d{1,2}\)\s*)?\+?\s*(?:-\s*\d{1,2}\s*)?"
    r"(?:or more\s+|plus\s+)?(?:years?|yrs?)\b['’]?(?!['’]?\s*(?:of\s+age|old|or\s+older))", re.I)
# "or" that joins routes to the next count ("..., or 5 years", "or have 3 years"), not one inside a
# noun phrase ("5 years in building or industrial maintenance, with at least 2 years as a lead")
_ROUTES = re.compile(r",\s*or\b|\bor\b(?=(?:\s+\S+){0,3}\s*$)", re.I)

# Where the subject of "N years ..." ends: a clause break or a word that starts another demand.
_SUBJECT_END = re.compile(r"[.;:,()\[\]]|\s(?:and|with|including|plus|preferred|required|"
                          r"desired|is|are|that|which|who|within|at|for|to|from)\s", re.I)
# Indeed's screening lines: "Home health: 1 year (Required)".
_LABELLED = re.compile(r"^\s*(?:experience\s*[-:]\s*)?([^:]{2,60}):\s*$", re.I)
_EXPERIENCE = re.compile(r"\bexperience\b", re.I)
# Words that say how or where experience was had, never what: a title would not carry them.
_GENERIC = frozenset("""
a an the of in as on into experience experienced years year yrs yr minimum least at plus total
combined related relevant professional progressive practical hands-on proven demonstrated direct
work working paid full-time part-time industry field fields role roles position positions
environment environments setting settings practice similar equivalent comparable successful
recent prior previous strong solid general overall specialized specialised level type
""".split())
_SPLIT_ROUTES = re.compile(r"\s*(?:/|\bor\b|\band/or\b)\s*", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z+#&'’-]*")
_ACRONYM = re.compile(r"^[A-Z]{2,4}$")
_SUFFIXES = ("ational", "ations", "ation", "ional", "ions", "ion", "ership", "ship", "ments", "ment",
             "ators", "ator", "ing", "ers", "er", "ors", "or", "ory", "ive", "ants", "ant", "ists", "ist",
             "al", "s")


def _number(raw: str) -> int:
    return _WORD_NUMBERS.get(raw.lower()) or int(raw)


def _found(requirement: str) -> list[tuple[re.Match, int]]:
    return [(m, n) for m in _YEARS_ASKED.finditer(requirement) if 0 < (n := _number(m.group(1))) <= 30]


def years_asked(requirement: str) -> int | None:
    """The years of work a requirement asks for, or None: the lower end of a range ("3-5 years"
    -> 3); the fewest of routes joined by "or" ("a degree plus 2 years, or 5 years" -> 2); else the
    most, since every count must hold and a part lies within the whole ("5+ years in building or
    plant maintenance, with at least 2 years as a lead" -> 5)."""
    found = _found(requirement)
    if not found:
        return None
    numbers = [n for _, n in found]
    between = requirement[found[0][0].end():found[-1][0].start()]
    return min(numbers) if _ROUTES.search(between) else max(numbers)


def asked_subjects(requirement: str) -> list[list[str]]:
    """What the years are of, as routes of stemmed content words ("2+ years AP or AR experience"
    -> [["AP"], ["AR"]]), or [] when the requirement names no subject ("5 years of experience")
    or asks years more than once (which count goes with which subject is then a guess).

    The subject is the words between the count and "experience" ("3 years of payroll
    experience"), else those after it ("3 years of experience as a Registered Nurse"), else
    after the count ("1+ yr home health"), else a screening line's label ("Home health: 1 year").
    """
    found = _found(requirement)
    if len(found) != 1:
        return []
    match = found[0][0]
    before, behind = (_EXPERIENCE.split(requirement[match.end():], maxsplit=1) + [""])[:2]
    phrase = next((p for p in (_clause(before), _clause(behind)) if _content(p)), "")
    if not phrase:
        label = _LABELLED.match(requirement[:match.start()])
        phrase = label.group(1) if label else ""
    routes = [_content(route) for route in _SPLIT_ROUTES.split(phrase)]
    return [route for route in routes if route]


def title_names(title: str, route: list[str]) -> bool:
    """Does a role title name `route` (stemmed content words from `asked_subjects`)? One word
    must be in the title; of two or more, two in a row must be ("high volume accounts payable"
    is named by "Accounts Payable Specialist", "electrical design" by "Electrical Designer"). An
    acronym is named by the initials of words in a row ("AP" by "Accounts Payable Clerk")."""
    words = [_stem(w) for w in _WORD.findall(title)]
    initials = "".join(w[0] for w in _WORD.findall(title) if w[0].isupper())
    def named(word: str) -> bool:
        return word in initials if _ACRONYM.match(word) else word in words
    if len(route) == 1:
        return named(route[0])
    return any(named(a) and named(b) for a, b in zip(route, route[1:]))


def _clause(text: str) -> str:
    return _SUBJECT_END.split(f" {text} ", maxsplit=1)[0]


def _content(text: str) -> list[str]:
    words = [w.strip("'’-") for w in _WORD.findall(text)]
    return [w if _ACRONYM.match(w) else _stem(w) for w in words
            if w and w.lower() not in _GENERIC]


def _stem(word: str) -> str:
    """A crude stem that makes a title's noun and a requirement's activity one word
    ("supervisor" / "supervisory", "driver" / "driving", "leadership" / "lead")."""
    word = word.lower()
    for _ in range(2):   # "engineering" -> "engineer" -> "engine", as "engineer" -> "engine"
        suffix = next((s for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= 4), "")
        if not suffix:
            break
        word = word[:-len(suffix)]
    return word[:-1] if word.endswith("e") and len(word) > 4 else word
