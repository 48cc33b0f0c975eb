"""Education entries: which text part is the degree, which the school, and the details a
degree line carries ("Bachelor of Science: Computer Science (3.81/4.0)", "GPA: 3.8",
"Courses: ..."). `entries.py` groups and reads entries of every section; the degree and school
words live here, so that module stays about entries in general.
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer import fields
from tailor.importer.dates import parse_dates
from tailor.importer.lines import Line

DEGREE = re.compile(
    r"^(?:bachelor|master|doctor|associate|ph\.?\s?d|b\.?\s?sc?\b|b\.?\s?a\b|b\.?\s?eng|m\.?\s?sc?\b|m\.?\s?a\b|"
    r"m\.?\s?eng|mba|m\.?\s?phil|ed\.?\s?d|j\.?\s?d\b|m\.?\s?d\b|diploma|certificate|high school|a\.?\s?a\b|"
    r"a\.?\s?s\b|aas|ged|licen[cs]e)", re.I)
INSTITUTION = re.compile(r"\b(university|universidade?|universit[àé]|college|institute|school|academy|polytechnic|"
                          r"conservatory|bootcamp|universit[äa]t|[ée]cole|escuela|escola|instituto|istituto|"
                          r"faculdade|facultad|hochschule|schule|colegio|lyc[ée]e)\b", re.I)
_SCORE = re.compile(r"^(?:gpa|cgpa|grade|score)?\s*:?\s*\d")  # "3.81/4.0", "GPA 3.8", "5.0 (very good)"


def education_detail(piece: str, entry: dict) -> bool:
    """"GPA: 3.8" or "Courses: A, B" inside an education entry: put into its field, True when taken."""
    if (score := fields.label_value(piece, "score", "gpa", "grade", "cgpa")) is not None and "score" not in entry:
        entry["score"] = score
        return True
    if re.fullmatch(r"\d+(?:[.,]\d+)?\s*/\s*\d+(?:[.,]\d+)?|\d[.,]\d{1,2}", piece.strip()) and "score" not in entry:
        entry["score"] = piece.strip()  # "3.81/4.0" or "3.71" on a line of its own: the grade
        return True
    if (courses := fields.label_value(piece, "courses", "relevant coursework", "coursework")) is not None:
        entry.setdefault("courses", []).extend(fields.split_list(courses))
        return True
    return False


def assign_education(texts: list[str], entry: dict) -> list[str]:
    """Fill institution, studyType and area from an entry's text parts; return the parts left over."""
    degree = next((t for t in texts if DEGREE.match(t)), None)
    school = next((t for t in texts if t != degree and INSTITUTION.search(t)), None)
    rest = [t for t in texts if t not in (degree, school)]
    if degree is None and rest and (school is not None or len(rest) > 1):
        degree = rest.pop(0)
    if school is None and rest:
        school = rest.pop(0)
    if school:
        entry["institution"] = school
    if degree:
        study, area = split_degree(degree)
        area, score = trailing_score(area) if area else ("", None)
        if not area:
            study, score = trailing_score(study) if score is None else (study, score)
        if score and "score" not in entry:
            entry["score"] = score
        if not area and len(rest) == 1 and not INSTITUTION.search(rest[0]):
            area = rest.pop()  # "Bachelor of Science" and "Computer Science" on lines of their own
        entry.update({k: v for k, v in (("studyType", study), ("area", area)) if v})
    return rest


def trailing_score(text: str) -> tuple[str, str | None]:
    """"Computer Science (3.81/4.0)" -> ("Computer Science", "3.81/4.0"): a grade in brackets
    after the field or degree (nested brackets kept: "5.0 (very good)"); else (text, None)."""
    text = text.strip()
    if not text.endswith(")"):
        return text, None
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[index], 0)
        if depth == 0:
            inner, head = text[index + 1:-1].strip(), text[:index].strip()
            return (head, inner) if head and _SCORE.match(inner.lower()) else (text, None)
    return text, None


def split_degree(text: str) -> tuple[str, str]:
    """"Bachelor of Science in Computer Science" -> ("Bachelor of Science", "Computer Science");
    "Bachelor of Science: Computer Science" (degree, colon, field) likewise."""
    if (match := re.match(r"^([^:]+?):\s+(.+)$", text)) and DEGREE.match(match[1]):
        return match[1].strip(), match[2].strip()
    if match := re.match(r"^(.+?)\s+in\s+(.+)$", text):
        return match[1].strip(), match[2].strip()
    if match := re.match(r"^([^,]+?),\s*(.+)$", text):
        return match[1].strip(), match[2].strip()
    abbreviation = r"(?:[A-Z]\.?){2,4}(?:\.\s?[A-Z][a-z]*\.?)?|MBA|Ph\.?D\.?|[BM]\.?\s?(?:Sc|Eng|Phil)\.?"
    if match := re.match(rf"^({abbreviation})\s+(.+)$", text):  # "B.S. Accounting", "MSc Statistics"
        return match[1].strip(), match[2].strip()
    return text, ""


def course_list(text: str) -> list[str] | None:
    """"Statistics, Managerial Accounting, Operations Management" in a school's entry: a list of
    short names with no degree, school, date or place among them is its courses."""
    if not fields.is_tag_list(text):
        return None
    items = fields.split_list(text)
    if any(DEGREE.match(i) or INSTITUTION.search(i) or fields.is_location(i) or parse_dates(i) for i in items):
        return None
    return items


def is_detail(text: str) -> bool:
    """A line that only adds to a school's entry (a grade, its courses): it never opens one."""
    return bool(course_list(text)) or education_detail(text, {})


def field_degree_school(piece: str) -> bool:
    """"Computer Science, Bachelor of Science, University of Washington": the field first, then
    the degree (and the school) as comma parts."""
    subs = piece.split(", ")
    return any(DEGREE.match(sub) for sub in subs[1:]) and not DEGREE.match(subs[0])


def degree_into_header(header: list[Line], bullets: list[Line]) -> tuple[list[Line], list[Line]]:
    """"University of Washington" then, indented, "Bachelor of Science: Computer Science": a
    degree set under the school like a list item is part of the header (with the items above
    it), when the header names no degree of its own."""
    at = next((i for i, b in enumerate(bullets) if DEGREE.match(b.text)), None)
    if at is None or any(DEGREE.match(p) for h in header for p in fields.split_parts(h.text)):
        return header, bullets
    moved = [replace(b, list_item=False, bullet="") for b in bullets[:at + 1]]
    return header + moved, bullets[at + 1:]
