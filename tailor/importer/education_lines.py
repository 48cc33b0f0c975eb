"""Lines of an education section: which add a detail to a school's entry (its grade, courses,
a labelled field: "GPA 3.5/4.0; Courses: ...", "Final grade: 3.8", "Field(s) of study: X"), and
which open the next school's entry. `education.py` reads the degree and school words of a
header, `entries.py` groups entries of every section and asks these (docs/ARCHITECTURE.md,
the importer's entry step).
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer import fields
from tailor.importer.bracketed_degree import field_and_degree
from tailor.importer.dates import Dates, parse_dates
from tailor.importer.descriptions import is_prose
from tailor.importer.education import (
    DEGREE,
    DEGREE_LABEL,
    INSTITUTION,
    THESIS_ROW,
    degree_rank,
    degree_sentence,
    is_degree,
    put_score,
)
from tailor.importer.lines import Line
from tailor.importer.list_items import is_meta_only, line_dates

_COURSE_LABEL = re.compile(r"^(courses|coursework|relevant coursework|key courses)\s*:?$", re.I)
# "CSE 451 - Operating Systems", "MATH 2210": a course named by its catalogue code, a line of its own.
_COURSE_CODE = re.compile(r"^[A-Z]{2,5} ?(?!(?:19|20)\d\d\b)\d{3,4}[A-Z]?\b(?! ?[-–/]\s?\d)")
_COURSE_LABELS = ("courses", "relevant coursework", "coursework", "relevant courses", "major courses", "key courses",
                  "selected courses",
                  # a German school's or degree's main subjects ("Leistungskurse: Mathematik, Physik")
                  "studienschwerpunkte", "schwerpunkte", "leistungskurse", "prüfungsfächer")
# "Final grade: 3.8" (Europass), "Grade point average: 3.9": a grade under a label of two or
# three words, besides the one-word "GPA:" and "Grade:" (longer labels first: "grade" would
# read "point average: 3.9" as the grade).
_SCORE_LABELS = ("grade point average", "final grade", "overall grade", "average grade", "final mark", "score", "gpa",
                 "grade", "cgpa")
# "Field(s) of study: Computer Science" (Europass), "Major: Nursing": the field under a label,
# with its colon (a "Major courses" label or "Major in ..." is no such row).
_AREA_ROW = re.compile(r"^(?:field\(s\)|fields?|area|subjects?) of study\s*:\s*(.+)$"
                       r"|^(?:major|speciali[sz]ation)\s*:\s*(.+)$", re.I)


# "Note 1,8", "Abschlussnote: 2,3", "Grade 1.7": a grade under a German label (or "Grade"), with
# its decimal comma: one value, where a list split at commas would make "Note 1" and "8"
_NOTE = re.compile(r"(?:(?:abschluss|gesamt|end)?note|grade)\s*:?\s*(\d(?:[.,]\d{1,2})?(?:\s*\([^()]*\))?)", re.I)
# A grade on its own: "3.81/4.0", "3.71", "5.0 (bardzo dobry)".
_BARE_GRADE = re.compile(r"(?:\d+(?:[.,]\d+)?\s*/\s*\d+(?:[.,]\d+)?|\d[.,]\d{1,2})(?:\s*\([^()]*\))?")


# "... Systems CSE 446 - ...": another catalogue code inside the line, where a course begins
_NEXT_CODE = re.compile(r"\s+(?=[A-Z]{2,5} ?(?!(?:19|20)\d\d\b)\d{3,4}[A-Z]?\s+[-–—:]\s)")


def _coded_courses(text: str) -> list[str]:
    """"CSE 451 - Operating Systems CSE 446 - Machine Learning": courses set as chips that flowed
    onto one line are one course per catalogue code (a code and a dash or colon opens each)."""
    return [part for part in _NEXT_CODE.split(text) if part]


def detail_after(piece: str) -> tuple[str, str] | None:
    """"Computer Science, GPA: 3.81/4.0", "Computer Science GPA: 3.8", "Abitur, Note 1,8",
    "University of Texas at Austin, Dissertation: ...", "Uniwersytet Jagielloński, Kraków, 5.0 (bardzo dobry)": a part
    with a grade or a labelled thesis after its comma -> (the part, the detail), else None."""
    if graded := re.fullmatch(r"(.+?),\s*((?:gpa|cgpa|grade|score|dissertation|thesis)\b.*"
                              r"|(?:abschluss|gesamt|end)?note\s*:?\s*\d.*)", piece, re.I) \
            or re.fullmatch(r"(.+?)\s+((?:GPA|CGPA|Grade|Score)\s*:.*)", piece):
        return graded[1], graded[2]
    if honour := _grade_then_honour(piece):
        return honour
    if (bare := re.fullmatch(r"(.+),\s*([^,]+)", piece)) and _BARE_GRADE.fullmatch(bare[2]) \
            and not parse_dates(bare[2]):
        return bare[1], bare[2]
    return None


# "Dean's List", "magna cum laude", "with First Class Honours": the whole of a part that names an
# honour a school gave ("Honours" alone is left out: "Bachelor of Arts | Honours" names the degree).
_HONOUR = re.compile(r"(?:(?:magna|summa)\s+)?cum\s+laude|(?:with\s+)?(?:first[- ]class|high(?:est)?)\s+honou?rs"
                     r"|with\s+honou?rs|(?:with\s+)?distinction|(?:dean|president)'?s'?\s+list|honou?r\s+roll"
                     r"|valedictorian|salutatorian|phi\s+beta\s+kappa", re.I)


def is_honour(piece: str) -> bool:
    """A part that is only an honour ("Dean's List", "summa cum laude")."""
    return bool(_HONOUR.fullmatch(piece.strip(" .,;")))


def _grade_then_honour(piece: str) -> tuple[str, str] | None:
    """"GPA 3.7, Dean's List": a labelled grade, then after its comma an honour (JSON Resume's
    education has no field for one) -> ("GPA 3.7", "Dean's List"), so the score is the grade
    alone and the honour is listed for the user to place, never kept inside the score."""
    if (score := fields.label_value(piece, *_SCORE_LABELS)) is None:
        return None
    grade, comma, rest = score.partition(", ")
    if not comma or not _BARE_GRADE.fullmatch(grade.strip()) or not is_honour(rest):
        return None
    return piece[:len(piece) - len(score)].strip() + " " + grade.strip(), rest.strip()


def education_detail(piece: str, entry: dict) -> bool:
    """"GPA: 3.8", "Courses: A, B" or "Field(s) of study: X" inside an education entry: put
    into its field, True when taken."""
    if _grade_then_honour(piece):
        return False  # "GPA 3.7, Dean's List": the grade and the honour are two parts (`detail_after`)
    if (score := fields.label_value(piece, *_SCORE_LABELS)) is not None and put_score(entry, score):
        return True
    if (grade := _NOTE.fullmatch(piece.strip())) and put_score(entry, grade[1]):
        return True  # "Note 1,8": a German grade, its decimal comma and all
    if DEGREE_LABEL.match(piece.strip()):
        return False  # "Abschluss: Mittlere Reife": the degree, read with the school (`assign_education`)
    if THESIS_ROW.match(piece.strip()) and not advisor_cut(piece) and put_score(entry, piece.strip()):
        return True  # the score while no grade holds it, else a course (`put_score`)
    if (area := _AREA_ROW.match(piece.strip())) and "area" not in entry:
        entry["area"] = (area[1] or area[2]).strip()
        return True
    if _BARE_GRADE.fullmatch(piece.strip()) and not parse_dates(piece) and put_score(entry, piece.strip()):
        return True  # "3.81/4.0", "3.71" or "5.0 (bardzo dobry)" on a line of its own: the grade ("05/2010": a date)
    if (courses := course_value(piece)) is not None:
        entry.setdefault("courses", []).extend(fields.split_list(courses))
        return True
    return False


# "Coursework in X", "Courses including X, Y", "Relevant coursework: in X": a lead-in between the
# label and the courses, no word of a course's name
_LEAD_IN = re.compile(r"^(?:in|on|including|incl\.|covering|such\s+as|completed\s+in)\s+(?=\S)", re.I)


def course_value(text: str) -> str | None:
    """The courses a courses label names ("Relevant coursework: Statics, Dynamics"), without the
    lead-in a sentence puts after the label ("Coursework in Industrial Electricity": the course is
    "Industrial Electricity"), or None when `text` opens with no courses label."""
    value = fields.label_value(text, *_COURSE_LABELS)
    return None if value is None else _LEAD_IN.sub("", value)


def course_list(text: str) -> list[str] | None:
    """"Statistics, Managerial Accounting, Operations Management" in a school's entry: a list of
    short names with no degree, school, date or place among them is its courses; so is any
    list under a courses label ("Major courses: Adult Health II · Pathophysiology")."""
    labelled = course_value(text)
    if labelled is None and not fields.is_tag_list(text):
        return None
    items = fields.split_list(labelled if labelled is not None else text)
    if any(is_degree(i) or INSTITUTION.search(i) or fields.is_location(i) or parse_dates(i) for i in items):
        return None
    if labelled is None and len(items) >= 2 and fields.is_location(", ".join(items[-2:])):
        return None  # "Carpenters Training Fund, Duluth, MN": a name and its place, no courses
    return items


def detail_line(text: str, entry: dict) -> bool:
    """A line that only adds to a school's entry, read into `entry` (True when it was): one
    labelled row or grade ("Final grade: 3.8", "Field(s) of study: Computer Science"), several
    after one another ("GPA 3.5/4.0; Courses: Statistics, Managerial Accounting": cut at a
    semicolon, or at a separator before a label, since a field keeps its dashes: "Field(s) of
    study: Business Administration – Marketing"), or a list of its courses (see `course_list`),
    a bare grade before them or not ("3.5/4.0 Statistics, Managerial Accounting, ..."), or one
    course by its catalogue code ("CSE 451 - Operating Systems"). One grade with more after a
    separator ("GPA: 3.8 | Dean's List") is left to the parts."""
    if detail_row(text, entry):
        return True
    if _COURSE_CODE.match(text.strip()) and not is_degree(text) and not INSTITUTION.search(text):
        entry.setdefault("courses", []).extend(_coded_courses(text.strip()))  # "CSE 451 - Operating Systems"
        return True
    graded = re.match(r"(\d+(?:[.,]\d+)?\s*/\s*\d+(?:[.,]\d+)?|\d[.,]\d{1,2})\s+(\D.*)$", text.strip())
    if graded and not parse_dates(graded[1]) and course_list(graded[2]) and put_score(entry, graded[1]):
        text = graded[2]  # "3.5/4.0 Statistics, Managerial Accounting, ...": a grade first
    if courses := course_list(text):
        entry.setdefault("courses", []).extend(courses)
        return True
    return False


def detail_row(text: str, entry: dict) -> bool:
    """One labelled row or grade, or several cut at a semicolon or at a separator before a label
    ("3.5/4.0; Courses: Statistics, ..."), each read into `entry` (True when all were; `entry`
    is left alone otherwise): a line of a school's header or a point under it (`school_point`)."""
    chunks = [c for c in re.split(r"\s*;\s+|\s+[|•·—–]\s+(?=(?i:gpa\b|[\w() ]{2,30}:))"
                                  r"|,\s+(?=(?i:(?:abschluss|gesamt|end)?note|grade)\s*:?\s*\d)", text.strip()) if c]
    trial = {**entry, "courses": list(entry.get("courses", []))}
    if chunks and (len(chunks) > 1 or _AREA_ROW.match(text.strip()) or len(fields.split_parts(text)) == 1) \
            and all(education_detail(chunk, trial) for chunk in chunks):
        entry.update({key: value for key, value in trial.items() if value})
        return True
    return False


def is_detail(text: str) -> bool:
    """A line that only adds to a school's entry (a grade, its courses): it never opens one."""
    return detail_line(text, {})


# "Attended 08/2012 – 05/2016", "Dates attended: 2012 – 2016": when the person studied there,
# under a label (US federal resumes print it under the degree and its graduation date)
_ATTENDED = re.compile(r"^(?:dates?\s+)?(?:attended|attendance|enrolled)\s*:?\s*(?=\S)", re.I)
# "120 semester hours", "60 ECTS", "32 credits": how much was studied, which JSON Resume has no field for
CREDITS = re.compile(r"^(?:total\s+)?(?:credits?\s*:?\s*)?\d+(?:[.,]\d+)?\s+(?:(?:semester|quarter|credit|"
                     r"contact)\s+)?(?:hours|hrs\.?|credits?|units|ects(?:\s+credits)?)$", re.I)


# "Advisor: Prof. Hiroshi Sato" after a thesis's title: who supervised it, a person, no grade
_ADVISOR = re.compile(r"(?:^|(?<=[.;,])\s+)((?:thesis\s+|doctoral\s+)?(?:advisor|adviser|supervisor|supervised by)"
                      r"\b\s*:?\s*\S.*)$", re.I)


def advisor_cut(piece: str) -> tuple[str, str] | None:
    """"Thesis: Probabilistic models of cell lineage. Advisor: Prof. Hiroshi Sato" -> (the thesis,
    "Advisor: Prof. Hiroshi Sato"): a thesis is kept as how the degree was completed (`THESIS_ROW`),
    but its advisor is a person, which JSON Resume's education has no field for, so it is cut off
    and listed for the user, never kept in the score. None when the piece names no advisor."""
    if not (match := _ADVISOR.search(piece)) or not (match.start(1) == 0 or THESIS_ROW.match(piece.strip())):
        return None
    return piece[:match.start(1)].strip(" .;,"), match[1].strip()


def attended_dates(piece: str, dates: Dates | None) -> Dates | None:
    """The dates of "Attended 08/2012 – 05/2016" when they tell more than the dates the entry
    already has: none, or a graduation date alone ("05/2016") that the range ends on. A second
    school's dates carry no such label, so the line stays with the degree above it."""
    if not (label := _ATTENDED.match(piece)) or not (found := parse_dates(piece[label.end():])):
        return None
    single = dates is not None and dates.start == dates.end and not dates.ongoing
    return found if dates is None or single and found.end == dates.end else None


def attendance_line(text: str) -> bool:
    """"Attended 08/2012 – 05/2016 | GPA 3.4 | 120 semester hours": every part a labelled
    attendance, a grade or the credit hours, so it details the school above and opens none."""
    parts = fields.split_parts(text)
    return any(_ATTENDED.match(p) for p in parts) and all(
        attended_dates(p, None) or CREDITS.match(p) or fields.label_value(p, *_SCORE_LABELS) is not None
        for p in parts)


def opens_school(line: Line, header: list[Line]) -> bool | None:
    """Whether `line` opens the next school's entry, when its words decide it (else None): a
    detail never does (see `is_detail`), nor a degree under a school that has none yet, after
    a gap or not; a degree written as a sentence ("High School Diploma in General Studies from
    Hillcrest High School with GPA of") does under a header that has its own degree already,
    however long it is (it is no paragraph describing that one); so does a line set like the
    header's bold title after a gap ("KTH Royal Institute of Technology", a degree line, then
    "ETH Zürich"), when that header holds a degree under its title (alone, or after its field
    and a comma: "Logistics, Associate of Applied Science", "Mathematics, PGCE with Qualified":
    a qualification "X with Y" a narrow column wrapped), even with no dates on the page to tell
    one school from the next. A line that names a degree and its school or its
    date, under a header that does too, is the next school's whole entry on one line (a list of
    "School, Degree, Year" lines with no blank line between them)."""
    if _titled_like(line, header):
        return True  # "ETH Zürich, Management, Technology and Economics" after "KTH ..., Mechanical ...", a degree
    if is_detail(line.text) or attendance_line(line.text):
        return False
    parts = [p for h in header for p in fields.split_parts(h.text)]
    if _whole_entry([line]) and _whole_entry(header):
        return True  # "Nursing, BSN, 2016" under "Ohio State University, B.S. Nursing, 2016"
    if (DEGREE.match(line.text) or field_and_degree(line.text)) and any(INSTITUTION.search(p) for p in parts) \
            and not any(map(degree_rank, parts)):
        return False  # "University of Houston  2012 – 2016", a gap, "Bachelor of Science ..." or "Nursing (BSN)"
    if degree_sentence(line.text) and any(degree_rank(p) >= 2 or degree_sentence(p) for p in parts):
        return True
    title = header[0]
    if line.gap_before and line.bold and title.bold and line.size and abs(line.size - title.size) < 0.3 \
            and not line_dates(line) and any(degree_rank(q) for h in header[1:] for p in fields.split_parts(h.text)
                                             for q in (p, *p.split(", "))):
        return True
    return None


def _titled_like(line: Line, header: list[Line]) -> bool:
    """After a gap, a line that opens with a bold run, as the header's title does ("**KTH Royal
    Institute of Technology**, Mechanical Engineering", its degree under it), in the title's size,
    is the next school's title, though its commas read like a list of courses: a list's label
    ("**Coursework:** ...") is no title."""
    title = header[0] if header else None
    return bool(title and line.gap_before and bold_title(line) and bold_title(title) and line.size
                and abs(line.size - title.size) < 0.3 and not line_dates(line)
                and any(degree_rank(q) for h in header[1:] for p in fields.split_parts(h.text)
                        for q in (p, *p.split(", "))))


def bold_title(line: Line) -> bool:
    """A line that opens with a bold run and goes on in plain type ("**ETH Zürich**, Management,
    Technology and Economics"): a title and what follows it, no list of courses (when it opens its
    entry: a list set with its first item in bold follows the title), unless the run
    is a list's label ("**Coursework:** Statistics, ...") or a detail of its own."""
    return bool(line.bold_prefix) and not line.bold and not line.bold_prefix.rstrip().endswith(":") \
        and not line.text[len(line.bold_prefix):].lstrip().startswith(":") and not is_detail(line.bold_prefix)


def _whole_entry(lines: list[Line]) -> bool:
    """Some comma part of the lines names a degree (by its degree word or abbreviation,
    `is_degree`, or by opening with one: "B.S. Nursing"), and some other part its school or its
    dates ("Nursing, BSN, 2016")."""
    parts = [q for line in lines for p in fields.split_parts(line.text) for q in p.split(", ")]
    return any(DEGREE.match(p) or is_degree(p) for p in parts) \
        and any(INSTITUTION.search(p) or parse_dates(p) for p in parts)


def school_of_degree(line: Line, header: list[Line]) -> bool:
    """"PGCE in Secondary Mathematics  2017 – 2018", a blank row, "Manchester Metropolitan
    University": a school after a degree ("X in Y") that names none is that degree's school."""
    texts = [p for h in header for p in fields.split_parts(h.text)]
    return bool(INSTITUTION.search(line.text)) and not line_dates(line) \
        and any(DEGREE.match(t) or " in " in t for t in texts) and not any(INSTITUTION.search(t) for t in texts)


def school_under_dates(line: Line, header: list[Line], after: list[Line]) -> bool:
    """"Culinary Arts, Técnico Superior en Dirección de Cocina", its dates (and how long it
    lasted) under it, a gap, then "Escuela de Hostelería y Turismo de Madrid": a line under a
    title whose only other lines are its dates is that title's school, when the title names no
    school (a degree's name, "Ontario College Diploma", is none) and the line names no degree, is
    no sentence, and has no dates on it or right under it (the next entry's title has)."""
    if len(header) < 2 or is_meta_only(header[0]) or not all(is_meta_only(h) for h in header[1:]) \
            or not any(line_dates(h) for h in header[1:]):
        return False
    if line_dates(line) or is_prose(line) or after and line_dates(after[0]):
        return False
    title = [q for p in fields.split_parts(header[0].text) for q in p.split(", ")]
    own = [q for p in fields.split_parts(line.text) for q in p.split(", ")]
    # "Ontario College Diploma" names a degree, not the school that gave it
    return not any(INSTITUTION.search(p) and not is_degree(p) for p in title) \
        and not any(DEGREE.match(p) or is_degree(p) for p in own)


def degree_into_header(header: list[Line], bullets: list[Line]) -> tuple[list[Line], list[Line]]:
    """"University of Washington" then, indented, "Bachelor of Science: Computer Science": a
    degree set under the school like a list item is part of the header (with the items above
    it), when the header names no degree of its own."""
    at = next((i for i, b in enumerate(bullets) if is_degree(b.text) or i < 2 and degree_rank(b.text)), None)
    if at is None or any(is_degree(p) for h in header for p in fields.split_parts(h.text)):
        return header, bullets
    moved = [replace(b, list_item=False, bullet="") for b in bullets[:at + 1]]
    return header + moved, bullets[at + 1:]


def school_point(line: Line, points: list[Line], list_label: str, entry: dict) -> bool:
    """A marked line under a school, read into `entry` (True when it was): an item under a
    "Courses" label, a grade or labelled row (see `education_detail`), or, when no point names
    a degree, a short line or a list of short names (the school's courses)."""
    if _COURSE_LABEL.match(list_label):
        entry.setdefault("courses", []).append(line.text)
        return True
    if education_detail(line.text, entry) or detail_row(line.text, entry):
        return True  # "3.8; Courses: Data Structures, ...": a grade and a labelled list, one point
    if is_prose(line) or any(DEGREE.match(p.text) for p in points):
        return False
    if fields.is_tag_list(line.text):
        entry.setdefault("courses", []).extend(fields.split_list(line.text))  # "Statistics, Accounting, ..."
        return True
    if len(line.text.split()) <= 8:
        entry.setdefault("courses", []).append(line.text)  # a school's list: its courses
        return True
    return False


def dates_of_degree(line: Line, header: list[Line], points: list[Line]) -> bool:
    """"KTH Royal Institute of Technology", its degree indented under it like a list item, then
    "1993-08 TO 1998-06": dates alone after a degree set as a point (see `degree_into_header`),
    under a school with no dates of its own, are that degree's dates, not the next school's. So
    are dates alone floated right of every line of a school with none, under its courses: a
    float the layout set after the school's list; a next school's dates over its name stand at
    its left edge."""
    if not (line_dates(line) and is_meta_only(line)) or any(line_dates(h) for h in header):
        return False
    floated = bool(line.size) and all(line.page == other.page and line.x > other.x + 4 * line.size
                                      for other in header + points)
    return floated or not degree_into_header(header, points)[1]
