"""Education entries: which text part is the degree, which the school, and the details a
degree line carries ("Bachelor of Science: Computer Science (3.81/4.0)"). `entries.py` groups
and reads entries of every section; degrees and schools are read here, so that module stays
about entries in general (the words themselves are `degree_words.py`'s; DEGREE and INSTITUTION
are still imported from here by other steps); `education_lines.py` tells a school's detail lines
("GPA: 3.8", "Courses: ...") from the line that opens the next school.
"""
from __future__ import annotations

import re

from tailor.importer import fields
from tailor.importer.dates import parse_dates
from tailor.importer.degree_words import (
    DEGREE,
    DEGREE_ABBREVIATION,
    FIELD_OF_STUDY,
    FOREIGN_DEGREE,
    INSTITUTION,
    THESIS_ROW,
    degree_rank,
    is_degree,
)
from tailor.importer.field_series import awarded_field, english_field, qualified_field
from tailor.importer.labelled_degree import DEGREE_LABEL, field_beside
from tailor.importer.labelled_degree import LABELLED_PART as _LABELLED  # "Board: CBSE": no field

# "3.81/4.0", "GPA 3.8", "5.0 (very good)", "Note 1,3" (a German grade under its label)
_SCORE = re.compile(r"^(?:gpa|cgpa|grade|score|(?:abschluss|gesamt|end)?note)?\s*:?\s*\d")

# "Bachelor of Science in Computer Science from University of Washington with GPA of 3.81/4.0":
# a degree written as a sentence, the school after "from" and the grade after "with GPA of" (a
# template's "with GPA of" with no grade after it when the person gave none).
_DEGREE_SENTENCE = re.compile(r"(?P<degree>.+?)\s+from\s+(?P<school>.+?)(?P<graded>,?\s+with\s+(?:an?\s+)?"
                              r"(?:GPA|grade|score)(?:\s+of)?:?(?:\s+(?P<score>.+))?)?", re.I)


def degree_sentence(text: str) -> re.Match | None:
    """"Bachelor of Science in X from Y with GPA of ...": a degree, then after "from" its
    school, which names itself one ("University"), or follows a degree named by its first word
    ("B.Sc. in Physics from ETH Zürich"), or has the grade's clause after it ("CAS in ... from
    ETH Zürich with GPA of": "from" then reads as nothing but the school)."""
    match = _DEGREE_SENTENCE.fullmatch(text.strip())
    rank = degree_rank(match["degree"]) if match else 0
    return match if rank and (INSTITUTION.search(match["school"]) or match["graded"] or rank == 3) else None


def put_score(entry: dict, value: str) -> bool:
    """Give `entry` its score, True when `value` found a place. A grade is the score; a thesis
    ("Thesis: ...", `THESIS_ROW`) stands in it only while the entry has no grade, and gives way
    to one, to the entry's courses: JSON Resume has no thesis field, and a thesis that held the
    score left a real "GPA: 3.8" under it unparsed. A second grade finds no place (False)."""
    held = entry.get("score")
    if held is None:
        entry["score"] = value
    elif THESIS_ROW.match(value):
        entry.setdefault("courses", []).append(value)
    elif THESIS_ROW.match(held):
        entry["score"] = value
        entry.setdefault("courses", []).append(held)
    else:
        return False
    return True


def _degree_sentence(texts: list[str], entry: dict) -> list[str]:
    """The parts of a degree written as a sentence, as a layout writes them out of its fields:
    the degree, the school and the grade, each a part of its own (see `degree_sentence`)."""
    out: list[str] = []
    for text in texts:
        if match := degree_sentence(text):
            out += [match["degree"], match["school"]]
            if match["score"]:
                put_score(entry, match["score"].rstrip(".,;"))
        else:
            out.append(text)
    return out


def school_comma(text: str) -> int | None:
    """Where the first comma stands whose right side names a school and whose left side names
    a degree ("Ontario College Diploma in ..., Sheridan College"), or None."""
    return next((m.start() for m in re.finditer(", ", text) if INSTITUTION.search(text[m.end():]) and (
        degree_rank(left := text[:m.start()]) >= 2 or degree_rank(left) and not INSTITUTION.search(left))), None)


def degree_then_school(piece: str) -> list[str] | None:
    """"Bachelor of Science in Computer Science, University of California, Berkeley, 2018":
    the degree, the school with its own commas, then what follows the school (a place, a
    year), each a part; None when no comma has a school after it (see `school_comma`)."""
    if (at := school_comma(piece)) is None:
        return None
    subs = piece[at + 2:].split(", ")
    end = next((i for i in range(1, len(subs)) if re.fullmatch(r"(?:19|20)\d\d|[A-Z]{2}", subs[i])
                or fields.REGION.match(subs[i]) or fields.is_location(", ".join(subs[i:i + 2]))), len(subs))
    return [piece[:at], ", ".join(subs[:end]), *subs[end:]]


def _school_after_comma(text: str) -> list[str]:
    """"Civilingenjör (MSc) in Mechanical Engineering, KTH Royal Institute of Technology": a
    degree and its school typed as one part, cut at the comma before the school; or the other
    way round (see `degree_comma`)."""
    at = school_comma(text)
    if at is None:
        at = degree_comma(text)
    return [text[:at], text[at + 2:]] if at is not None else [text]


def field_before_degree(text: str) -> list[str]:
    """"Computer Science Bachelor of Science", "Nursing Ph.D.": a layout that prints the field,
    then the degree, with nothing between them -> [field, degree]. The degree opens with a
    degree's word or abbreviation (`DEGREE`), or is named as one by a word and its abbreviation
    in brackets and names no field itself ("Mathematics Licencjat (BSc)"); the words before it
    name a field of study and no school or degree ("Executive MBA" and "Ontario College Diploma"
    stay whole)."""
    if DEGREE.match(text):
        return [text]
    for match in re.finditer(r" (?=\S)", text):
        head, tail = text[:match.start()], text[match.end():]
        opens = DEGREE.match(tail)  # a whole word: "Master's", "Doctorate", not "Masterclass"
        named = opens and re.match(r"(?:'?s|ate)?(?![A-Za-z])", tail[opens.end():]) \
            or tail[0].isupper() and DEGREE_ABBREVIATION.search(tail) and not FIELD_OF_STUDY.search(tail) \
            and not INSTITUTION.search(tail)  # "Licencjat (BSc)"
        if named and FIELD_OF_STUDY.search(head) and not INSTITUTION.search(head) and not degree_rank(head):
            return [head, tail]
    return [text]


def degree_comma(text: str) -> int | None:
    """"Ohio State University, B.S. Nursing", "Northwestern University, Columbus, BA Economics":
    the school first, then its degree, typed as one part. The comma is the first whose left side
    names a school and no degree and whose right side opens with a degree ("B.S.", "Bachelor"),
    or is the last part and names a field of study and no school ("Universidade de São Paulo,
    Administração"): a school's own comma ("University of California, Berkeley") has a place
    after it, or another school ("Columbia University, Teachers College")."""
    for match in re.finditer(", ", text):
        left, right = text[:match.start()], text[match.end():]
        if INSTITUTION.search(left) and not degree_rank(left) and (DEGREE.match(right) or ", " not in right and (
                FIELD_OF_STUDY.search(right) and not INSTITUTION.search(right) and not fields.is_location(right))):
            return match.start()
    return None


def assign_education(texts: list[str], entry: dict) -> list[str]:
    """Fill institution, studyType and area from an entry's text parts; return the parts left over.
    A school and one part beside it that names a field of study and no degree ("Nursing") gives
    the school and its field: no degree is shown, and a field is no degree."""
    texts = [cut for text in _degree_sentence(texts, entry) for comma in _school_after_comma(text)
             for cut in field_before_degree(comma)]
    if (labelled := next((t for t in texts if DEGREE_LABEL.match(t)), None)) and "studyType" not in entry:
        named = DEGREE_LABEL.match(labelled)[1].strip()  # "Abschluss: Mittlere Reife": the degree by its label
        texts = [t for t in texts if t is not labelled]
        if "area" not in entry and (field := field_beside(texts, entry)):
            texts.remove(field)  # "Computer Science" over its school, "Study type: Ph.D.": the field set apart
            entry["area"] = field
        entry["studyType"], area = (named, "") if "area" in entry else split_degree(named)
        if area:
            entry["area"] = area
    if "studyType" in entry:  # read from a "field, degree" part: a school may follow it
        school = next((t for t in texts if INSTITUTION.search(t)), texts[0] if texts else None)
        if school and "institution" not in entry:
            entry["institution"] = school
            return [t for t in texts if t != school]
        return texts
    ranked = sorted((t for t in texts if degree_rank(t)), key=degree_rank, reverse=True)
    degree = ranked[0] if ranked else None
    school = next((t for t in texts if t != degree and INSTITUTION.search(t)), None)
    rest = [t for t in texts if t not in (degree, school)]
    if degree is None and school is None and len(rest) == 2 and len(bodies := [t for t in rest if _BODY.match(t)]) == 1:
        school = bodies[0]  # "ICAEW" over "ACA Chartered Accountancy": the acronym alone names the body
        rest.remove(school)
    if degree is None and school and len(rest) == 1 and FIELD_OF_STUDY.search(rest[0]) and "area" not in entry:
        entry.update(institution=school, area=rest[0])  # "Universidade de São Paulo", "Administração": no degree
        return []
    if degree is None and rest and (school is not None or len(rest) > 1):
        degree = rest.pop(0)
    if school is None and degree and len(plain := [t for t in rest if not FIELD_OF_STUDY.search(t)]) == 1 \
            and len(rest) > 1:
        school = plain[0]  # "Management, Technology and Economics", "ETH Zürich": the one naming no field
        rest.remove(school)
    if school is None and rest and not (degree and len(rest) == 1 and _field_not_school(rest[0], degree)):
        school = rest.pop(0)  # ... unless the one part left is the degree's field ("Computer Science")
    if school:
        entry["institution"] = school
    if degree:
        # a field under its own label ("Field(s) of study: Nursing") leaves the degree whole
        study, area = (degree, "") if "area" in entry else split_degree(degree)
        if (field := _own_field(degree, area, texts, rest)) is not None:
            rest.remove(field)  # "Bachelor of Science in Nursing (BSN)", then "Nursing": the degree as named
            study, area = degree, field
        area, score = trailing_score(area) if area else ("", None)
        if score is None:  # "Ph.D. (3.9/4.0)" over its field on a line of its own: the degree's grade
            study, score = trailing_score(study)
        second = score if score and not put_score(entry, score) else None  # a second grade: listed, never lost
        if not area and len(rest) == 1 and not INSTITUTION.search(rest[0]) and not _LABELLED.match(rest[0]):
            area = rest.pop()  # "Bachelor of Science" and "Computer Science" on lines of their own
        elif area and school and len(rest) == 1 and _specialism(rest[0], degree, texts):
            area = f"{area}, {rest.pop()}"  # "Master of Science in Education, Secondary Teaching"
        entry.update({k: v for k, v in (("studyType", _named_whole(study)), ("area", area)) if v})
        rest += [second] if second else []
    return rest


# "Bachelor of Science Degree", "Ph.D. Degree": the word "Degree" after a degree named in full adds
# nothing to its name (a theme may print it after every studyType); "Associate Degree" and
# "Bachelor's Degree" need it, their first word alone names no degree
_DEGREE_AFTER = re.compile(r"^(?P<name>.+?)\s+degree$", re.I)
_BARE_DEGREE_WORD = re.compile(r"^(?:bachelor|master|associate|doctor)(?:'?s|ate|al)?$", re.I)


def _named_whole(study: str) -> str:
    """`study` without a "Degree" its name does not need (`_DEGREE_AFTER`)."""
    match = _DEGREE_AFTER.match(study.strip())
    return match["name"] if match and degree_rank(match["name"]) >= 2 and not _BARE_DEGREE_WORD.match(match["name"]) \
        else study


def _specialism(text: str, degree: str, texts: list[str]) -> bool:
    """"Secondary Teaching" right after "Master of Science in Education" (the school named
    apart): a specialism of the field the degree names, kept with it rather than lost. A place,
    dates, a grade, a school, another degree or a whole field of its own ("General Studies", a
    next entry's) is no specialism."""
    at = texts.index(degree) + 1
    return at < len(texts) and texts[at] == text and not degree_rank(text) and not INSTITUTION.search(text) \
        and not FIELD_OF_STUDY.search(text) \
        and not fields.is_location(text) and not re.search(r"\d", text) and len(text.split()) <= 5 \
        and text[:1].isupper()


# An awarding body by its acronym alone ("ICAEW", "CIPD"): a qualification names more than its letters
_BODY = re.compile(r"^[A-Z]{3,6}$")


def _field_not_school(text: str, degree: str) -> bool:
    """The one part beside a degree, where no part names a school, is its field: a field the
    degree lacks ("Computer Science – Bachelor of Science"), or the one it names again
    ("Nursing – Bachelor of Science in Nursing (BSN)"). A qualification named by no degree word
    ("CAS in Technology Leadership") has no field of its own: its "in ..." is part of its name."""
    area = split_degree(degree)[1] if degree_rank(degree) >= 2 else ""
    return bool(FIELD_OF_STUDY.search(text)) if not area else _squash(text) in _squash(area)


def dashed_field(texts: list[str], dashed: list[tuple[str, str, str]]) -> list[str]:
    """"Ontario College Diploma in Business Administration – Marketing": a field with a dash in
    it, cut at the dash like a separator. A degree that names its field, then across the dash a
    part that names no degree, are one part again when another part names the school (else the
    part after the dash may be the school: "B.Sc. in Physics – MIT"). The school may follow the
    field's end after a comma or a spaced hyphen, in the same part ("... – Marketing, Sheridan
    College", "... – Marketing - Sheridan College")."""
    texts = list(texts)
    for a, b, joined in dashed:
        head, tail = (re.split(r", | - ", b, maxsplit=1) + [""])[:2]
        if a in texts and b in texts and tail and INSTITUTION.search(tail) and not INSTITUTION.search(head) \
                and degree_rank(a) and split_degree(a)[1] and not degree_rank(head):
            texts[texts.index(b):texts.index(b) + 1] = [head, tail]
            b, joined = head, joined[:len(joined) - len(b)] + head
        if a in texts and b in texts and degree_rank(a) and split_degree(a)[1] and not degree_rank(b) \
                and not INSTITUTION.search(b) and any(INSTITUTION.search(t) for t in texts if t not in (a, b)) \
                or a in texts and b in texts and _two_field_words(a, b, texts):
            at = texts.index(a)
            texts = [t for t in texts if t not in (a, b)]
            texts.insert(at, joined)
    return texts


def _two_field_words(a: str, b: str, texts: list[str]) -> bool:
    """"Business Administration – Marketing – Ontario College Diploma": two parts that each name
    a field of study and neither a degree nor a school, beside a degree, are one field with a
    dash in it."""
    return all(FIELD_OF_STUDY.search(t) and not degree_rank(t) and not INSTITUTION.search(t) for t in (a, b)) \
        and any(is_degree(t) for t in texts)


def _own_field(degree: str, area: str, texts: list[str], rest: list[str]) -> str | None:
    """The field of study printed as a part of its own next to the degree, which is then named
    whole: "PGCE with Qualified Teacher Status - Secondary Mathematics", "CAS in Technology
    Leadership - Management, Technology and Economics", "Nursing" beside "Bachelor of Science
    in Nursing (BSN)". A degree that names its field itself ("Diploma in Business
    Administration") keeps it, unless the part beside it repeats that field, or the part before
    it names a field ("Management, Technology and Economics" over "CAS in Technology
    Leadership": a layout that sets the field apart from the degree names the degree whole). A
    part naming a field under the school under the degree ("Bachelor of Science in Nursing (BSN)"
    over "University of Houston" over "Nursing") is printed beside the degree as well."""
    at = texts.index(degree)
    kept = [t for t in texts if t == degree or t in rest]  # with the school set aside, a field under it
    near = [t for t in kept[kept.index(degree) + 1:][:1] if FIELD_OF_STUDY.search(t)]  # is beside the degree too
    beside = [t for t in dict.fromkeys(texts[at + 1:at + 2] + texts[max(at - 1, 0):at] + near)
              if t in rest and not degree_rank(t) and not INSTITUTION.search(t)]
    repeats = [t for t in beside if _squash(trailing_score(t)[0]) in _squash(area) or _squash(area) in _squash(t)] \
        if area else []  # "Nursing (GPA 3.71)" repeats "Nursing (BSN)" too
    if repeats:
        return repeats[0]
    if before := [t for t in beside if texts.index(t) < at and FIELD_OF_STUDY.search(t)]:
        return before[0]
    after = beside[0] if beside and texts.index(beside[0]) > at else None
    return after if not area or degree_rank(degree) == 1 else None


def _squash(text: str) -> str:
    """Letters and digits only, lower case: "Nursing (BSN)" and "nursing bsn" are one field."""
    return "".join(c for c in text.lower() if c.isalnum())


def trailing_score(text: str) -> tuple[str, str | None]:
    """"Computer Science (3.81/4.0)" -> ("Computer Science", "3.81/4.0"): a grade in brackets
    after the field or degree (nested brackets kept: "5.0 (very good)"), or a labelled thesis
    ("(Dissertation: ...)", see `THESIS_ROW`); else (text, None). A year or a range in brackets
    ("B.S. CS (2018)") is when the degree was earned, never its grade."""
    text = text.strip()
    if not text.endswith(")"):
        return text, None
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[index], 0)
        if depth == 0:
            inner, head = text[index + 1:-1].strip(), text[:index].strip()
            score = re.sub(r"^(?:gpa|cgpa|grade|score|(?:abschluss|gesamt|end)?note)\s*:?\s*(?=\d)", "", inner,
                           flags=re.I)  # "(GPA 3.8)", "(Note 1,3)"
            graded = _SCORE.match(inner.lower()) and not parse_dates(inner)  # "B.S. CS (2018)": its year
            return (head, score) if head and (graded or THESIS_ROW.match(inner)) else (text, None)
    return text, None


# A degree named in full, its field after it with nothing between (a layout printing "{degree}
# {field}"): "Associate of Applied Science Business Administration", "Licencjat (BSc) Mathematics",
# "Bachelor of Science in Nursing (BSN) Nursing", "High School Diploma General Studies".
# A field's first word: a capital, but in a line set in capitals not a joining word ("BACHELOR OF
# SCIENCE IN NURSING (BSN) NURSING": the degree goes on past "IN", its field is "NURSING"), nor the
# word "Degree" ("Bachelor of Science Degree in Business": the word names the degree, not a field).
_FIELD_START = r"(?!(?i:in|with|en|em|of|for|and|degree)\b)[A-Z]"
_NAMED_DEGREE = re.compile(
    r"^((?i:(?:bachelor|master|doctor|associate)(?:'s)? (?:degree )?of (?:(?:applied|fine|liberal|business|public|"
    r"political|social|health|computer) )?(?:sciences?|arts|engineering|education|laws?|administration|technology|"
    r"philosophy|medicine|music|nursing|commerce|architecture|studies)(?: degree)?))\s+(" + _FIELD_START + r".+)$")
_DEGREE_THEN_FIELD = re.compile(r"^(.*?(?:\((?=[^)]*[A-Z][^)]*[A-Z])[A-Za-z.]{2,6}\)|\b(?i:diploma)))\s+("
                                + _FIELD_START + r".+)$")


def split_degree(text: str) -> tuple[str, str]:
    """"Bachelor of Science in Computer Science" -> ("Bachelor of Science", "Computer Science");
    "Bachelor of Science: Computer Science" (degree, colon, field) and "Bachelor of Science
    Computer Science" (a degree named in full, then its field) likewise. A degree whose own
    name has "in" ("CAS in Technology Leadership in Management") is cut at the last "in", and
    one named by no degree word, only as "X in Y", is whole before a comma and a field ("CAS in
    Technology Leadership, Management, Technology and Economics"). A note in brackets at the
    end ("(Dissertation: ...)") stays whole, after the field."""
    if note := re.match(r"^(.+?)\s*(\([^()]*:[^()]*\))$", text):  # "Ph.D., CS (Dissertation: A in B)"
        study, area = split_degree(note[1])
        return (study, f"{area} {note[2]}") if area else (f"{study} {note[2]}", "")
    if (match := re.match(r"^([^:]+?):\s+(.+)$", text)) and degree_rank(match[1]):
        return match[1].strip(), match[2].strip()
    if (match := re.match(r"^([^()]+?)\s*\(([^()\d]+)\)$", text)) and degree_rank(match[1]) \
            and FIELD_OF_STUDY.search(match[2]) and not degree_rank(match[2]):
        return match[1].strip(), match[2].strip()  # "B.E. (Mechanical Engineering)": the field in brackets
    if match := _NAMED_DEGREE.match(text) or _DEGREE_THEN_FIELD.match(text):
        return match[1].strip(), match[2].strip()  # "Bachelor of Science Computer Science": no word between
    if (whole := re.match(r"^([^,]+? in [^,]+?)(?:,|\s+[-–—]\s+)\s*(.+)$", text)) \
            and (named := split_degree(whole[1])[1]) and _squash(trailing_score(whole[2])[0]) in _squash(named):
        return whole[1].strip(), whole[2].strip()  # "... in Nursing (BSN), Nursing" (or " - "): named whole
    if qualified := qualified_field(text):
        return qualified  # "CAS in Technology Leadership, Management, ...": no degree word
    if (match := re.match(r"^(.+)\s+in\s+(.+)$", text)) and "," not in match[1] and " in " in match[1]:
        return match[1].strip(), match[2].strip()
    if match := re.match(r"^(.+?)\s+in\s+(.+)$", text):
        return match[1].strip(), match[2].strip()
    if (match := re.match(r"^(\S+(?: \S+)?)\s+e[nm]\s+(.+)$", text)) and FOREIGN_DEGREE.fullmatch(match[1]):
        return match[1], match[2].strip()  # "Máster en Ingeniería de Caminos, Canales y Puertos": its field whole
    if (match := re.match(r"^(\S+(?: \S+)? [Ll]evel \d\w?)\s+(" + _FIELD_START + r".+)$", text)) and DEGREE.match(text):
        return match[1].strip(), match[2].strip()  # "NVQ Level 3 Warehousing and Storage": the level, then the field
    if (match := re.match(r"^(.+?)\s+-\s+(.+)$", text)) and is_degree(match[1]):
        return match[1].strip(), match[2].strip()  # "Ontario College Diploma - Business Administration"
    if match := re.match(r"^([^,]+?),(?!\d)\s*(.+)$", text):  # not a decimal comma: "Abitur (Note 1,8)"
        return match[1].strip(), match[2].strip()
    abbreviation = r"(?:[A-Z]\.?){2,4}(?:\.\s?[A-Z][a-z]*\.?)?|MBA|Ph\.?D\.?|[BM]\.?\s?(?:Sc|Eng|Phil)\.?"
    if match := re.match(rf"^({abbreviation})\s+({_FIELD_START}.+)$", text):  # "B.S. Accounting", "MSc Statistics"
        return match[1].strip(), match[2].strip()  # not "PGCE with Qualified Teacher Status"
    if (match := re.match(rf"^(\S+)\s+({_FIELD_START}.+)$", text)) and FOREIGN_DEGREE.fullmatch(match[1]) \
            and not degree_rank(match[2]) and not INSTITUTION.search(match[2]):
        return match[1], match[2].strip()  # "Master Logistique et supply chain": the degree's word, then its field
    return english_field(text) or awarded_field(text) or (text, "")  # field after a title in English, an award


def field_degree_school(piece: str) -> tuple[str, str, str] | None:
    """"Computer Science, Bachelor of Science, University of Washington": the field first, then
    the degree, then the school, as comma parts -> (area, degree, school). The field and the
    school may hold commas of their own ("Management, Technology and Economics, CAS in ...").
    None when the first part names a school ("Ohio State University, B.S. Nursing, 2016": the
    school comes first, see `degree_comma`) or the last part is dates ("Nursing, BSN, 2016": the
    year is the degree's date, no school; the parts before it are read again without it)."""
    subs = piece.split(", ")
    at = next((i for i, sub in enumerate(subs) if i and degree_rank(sub) and ":" not in sub), None)
    if at is None or degree_rank(subs[0]) or INSTITUTION.search(subs[0]) or parse_dates(subs[-1]):
        return None  # a school first ("Ohio State University, B.S. Nursing"), or dates last, read apart
    return ", ".join(subs[:at]), subs[at], ", ".join(subs[at + 1:])
