"""Entries of the dated sections (work, volunteer, projects, education, certificates, awards,
publications): split the section into entries, then read each entry's header and bullets.

An entry is a header (one or more lines: title, employer, location, dates, URL) followed by
bullets. A new entry starts at a non-bullet line after bullets, after a blank line/gap, at a
bold line once the current entry has its dates, or at a second set of dates. Header parts are
recognised by what they are (dates, URL, place, "Score:", "Courses:") and the remaining text
parts by position and by words: "Senior Engineer" reads as a role, "Acme Corp" as an employer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from tailor.importer import fields
from tailor.importer.dates import Dates, parse_dates, trailing_dates
from tailor.importer.header_parts import bold_split, certificate_split, dated_commas
from tailor.importer.lines import Line
from tailor.importer.result import Unparsed

ENTRY_SECTIONS = ("work", "volunteer", "projects", "education", "certificates", "awards", "publications")
_ROLE_WORDS = re.compile(
    r"\b(engineer|developer|manager|analyst|intern|director|lead|consultant|designer|scientist|specialist|"
    r"supervisor|volunteer|tutor|facilitator|architect|administrator|officer|coordinator|assistant|"
    r"associate|head|vp|vice president|president|founder|co-founder|owner|teacher|instructor|researcher|"
    r"technician|contractor|freelancer|programmer|mentor|chair|member|fellow|advisor|adviser|editor|writer|"
    r"representative|agent|clerk|cashier|server|barista|chef|nurse|accountant|principal|staff|partner|"
    r"trainee|apprentice|maintainer|contributor|author|creator|organizer|organiser|leader|captain|"
    r"strategist|executive|recruiter|marketer|treasurer|secretary|bookkeeper|auditor|"
    r"product owner|cto|ceo|cfo|coo|sre|devops)s?\b", re.I)
_DEGREE = re.compile(
    r"^(?:bachelor|master|doctor|associate|ph\.?\s?d|b\.?\s?sc?\b|b\.?\s?a\b|b\.?\s?eng|m\.?\s?sc?\b|m\.?\s?a\b|"
    r"m\.?\s?eng|mba|m\.?\s?phil|ed\.?\s?d|j\.?\s?d\b|m\.?\s?d\b|diploma|certificate|high school|a\.?\s?a\b|"
    r"a\.?\s?s\b|aas|ged|licen[cs]e)", re.I)
_INSTITUTION = re.compile(r"\b(university|universidade?|universit[àé]|college|institute|school|academy|polytechnic|"
                          r"conservatory|bootcamp|universit[äa]t|[ée]cole)\b", re.I)
_PROSE_WORDS = 12
_ROLE_AND_SCHOOL = ("work", "volunteer", "projects", "education")
# A label over the entry's own list ("Courses" then the courses as a list).
_LIST_LABEL = re.compile(r"^(courses|coursework|relevant coursework|key courses|highlights|key achievements|"
                         r"achievements|responsibilities|accomplishments)\s*:?$", re.I)
_COURSE_LABEL = re.compile(r"^(courses|coursework|relevant coursework|key courses)\s*:?$", re.I)
_ONE_LINE_SECTIONS = ("certificates", "awards", "publications")
# Section -> (key of the first text part, key of the second text part).
_TEXT_KEYS = {
    "work": ("position", "name"), "volunteer": ("position", "organization"),
    "projects": ("roles", "name"), "certificates": ("name", "issuer"),
    "awards": ("title", "awarder"), "publications": ("name", "publisher"),
}
_DESCRIPTION_KEY = {"work": "summary", "volunteer": "summary", "projects": "description",
                    "awards": "summary", "publications": "summary"}


@dataclass
class RawEntry:
    header: list[Line] = field(default_factory=list)
    bullets: list[Line] = field(default_factory=list)

    def has_dates(self) -> bool:
        return any(_line_dates(line) for line in self.header)


def _line_dates(line: Line) -> bool:
    return any(parse_dates(p) or trailing_dates(p) for p in fields.split_parts(line.text))


def group_entries(lines: list[Line], section: str = "") -> list[RawEntry]:
    """Split a section's lines into entries (see the module docstring for where splits fall).

    In certificates, awards and publications a bulleted list ("- Google Data Analytics
    Certificate (2020)") is one entry per bullet: those entries are one line each.
    """
    entries: list[RawEntry] = []
    for line in lines:
        if not line.is_bullet and entries and _indented(line, entries[-1]):
            line = replace(line, list_item=True)
        elif line.is_bullet and (not entries and section in _ROLE_AND_SCHOOL or entries and not entries[-1].bullets
                                 and entries[-1].header and (fields.is_url(line.text) or _is_meta_only(line))):
            line = replace(line, list_item=False, bullet="")  # an icon before a title, a link or a date
        if line.is_bullet and section in _ONE_LINE_SECTIONS and (
                not entries or not entries[-1].header or entries[-1].header[0].is_bullet):
            entries.append(RawEntry(header=[line]))
        elif line.is_bullet:
            if not entries:
                entries.append(RawEntry())
            entries[-1].bullets.append(line)
        elif not entries or _starts_entry(line, entries[-1], section):
            entries.append(RawEntry(header=[line]))
        elif _LIST_LABEL.match(line.text):
            # "Courses" after marked lines ("• Computer Science", "• Bachelor of Science"): those
            # were details of the header, the label opens the entry's list
            current = entries[-1]
            current.header += [replace(b, list_item=False, bullet="") for b in current.bullets] + [line]
            current.bullets = []
        else:
            entries[-1].header.append(line)
    return entries


def _indented(line: Line, current: RawEntry) -> bool:
    """A list whose markers the PDF does not carry (CSS list markers are often drawn, not
    written) still sits indented under its entry's header: such a line is a bullet."""
    if not current.header or not line.size or line.bold or line.heading or _is_meta_only(line):
        return False
    left = min(h.x for h in current.header)
    return 0.8 * line.size <= line.x - left <= 4 * line.size \
        and all(abs(h.x - line.x) >= 0.5 * line.size for h in current.header)  # not a header line's column


def _starts_entry(line: Line, current: RawEntry, section: str = "") -> bool:
    if _LIST_LABEL.match(line.text) and current.header:
        return False  # "Courses", "Highlights": the entry's own list follows
    if current.bullets:
        return True
    if not current.header:
        return False
    if line.gap_before and (line.size == 0 or current.has_dates()) and not (current.has_dates() and _is_prose(line)) \
            and not _role_after_employer(line, current, section) and not (line.size and _is_meta_only(line)):
        return True  # size 0: a blank line in a text file; a paragraph after a dated header describes it
    starts_bold = line.bold or bool(line.bold_prefix)
    if starts_bold and any(h.bold or h.bold_prefix for h in current.header) and current.has_dates() \
            and not _role_after_employer(line, current, section):
        return True
    return current.has_dates() and _line_dates(line) and not _is_meta_only(line)


def _role_after_employer(line: Line, current: RawEntry, section: str) -> bool:
    """"Outreach" (dates, URL) then "Software Engineering Intern": an employer-first layout
    names the role on a line of its own; a role line with no dates, under a header whose text
    names no role yet, completes that entry rather than starting the next."""
    if section not in ("work", "volunteer"):
        return False
    texts = [p for h in current.header for p in fields.split_parts(h.text)
             if not (parse_dates(p) or fields.is_url(p) or fields.is_location(p))]
    return (_is_role(line.text) and not _line_dates(line) and len(line.text.split()) <= 8
            and len(texts) == 1 and not _is_role(texts[0]))


def _is_prose(line: Line) -> bool:
    """A sentence, not an entry header: "Worked on credit-risk models." (same rule as `_read_header_line`)."""
    words = line.text.split()
    if dated_commas(line.text):
        return False                     # "2021 - present, Developer, Acme, Rehovot, Israel."
    if len(words) >= _PROSE_WORDS or len(words) >= 4 and line.text.endswith("."):
        return True
    # "Cut test runtime by 35% by parallelizing fixtures": a sentence without its full stop is
    # in sentence case; titles, employers and degrees are in title case
    lower = sum(w[0].islower() for w in words[1:])
    return len(words) >= 6 and lower >= 0.6 * (len(words) - 1)


def _is_meta_only(line: Line) -> bool:
    """A line of dates/place/URL only adds to the entry above (it never starts one)."""
    return all(parse_dates(p) or fields.is_url(p) or fields.is_location(p) for p in fields.split_parts(line.text))


def guess_section(lines: list[Line]) -> str | None:
    """"education" or "work" when the lines under a heading we do not know ("Where I've worked",
    "Schooling") read as such entries, else None (the lines are then reported as unparsed).

    Every entry must name a degree (or every one a school) to be education; every entry must
    have dates, and one a bullet or a role word, to be work. Anything less stays unparsed:
    a wrong guess would put text in a wrong field, which is worse than asking the user.
    """
    raw = group_entries(lines)
    if not raw or not all(entry.header for entry in raw):
        return None
    pieces = [[q for line in entry.header for p in fields.split_parts(line.text) for q in p.split(", ")]
              for entry in raw]
    if all(any(_DEGREE.match(p) for p in entry) for entry in pieces):
        return "education"
    if all(entry.has_dates() for entry in raw) and any(
            entry.bullets or any(_is_role(p) for p in ps) for entry, ps in zip(raw, pieces)):
        return "work"
    if all(any(_INSTITUTION.search(p) for p in entry) for entry in pieces):
        return "education"
    return None


# --------------------------------------------------------------------------- one entry

@dataclass
class _Parts:
    texts: list[str] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)
    dates: Dates | None = None
    extra: list[tuple[str, str]] = field(default_factory=list)  # (text, reason)
    list_label: str = ""  # "Courses": what the entry's list holds


def parse_entry(section: str, raw: RawEntry, index: int) -> tuple[dict, list[Unparsed]]:
    """One JSON Resume entry of `section` and the parts of it that found no field."""
    entry: dict = {}
    parts = _Parts()
    for line in raw.header:
        _read_header_line(section, line, entry, parts)
    _assign_texts(section, parts, entry)
    _assign_dates(section, parts.dates, entry)
    if not raw.bullets and len(parts.prose) > 1 and section in ("work", "volunteer", "projects"):
        # paragraphs with no markers under one header: the first describes the entry, the
        # others are its points, each set as a paragraph of its own
        raw = RawEntry(raw.header, [Line(text) for text in parts.prose[1:]])
        parts.prose = parts.prose[:1]
    _assign_bullets(section, raw.bullets, entry, parts)
    if parts.prose:
        key = _DESCRIPTION_KEY.get(section)
        if key:
            entry[key] = " ".join(parts.prose)
        else:
            parts.extra += [(p, f"{section} has no field for free text") for p in parts.prose]
    return entry, [Unparsed(section, text, reason, index) for text, reason in parts.extra]


def _read_header_line(section: str, line: Line, entry: dict, parts: _Parts) -> None:
    if _LIST_LABEL.match(line.text):
        parts.list_label = line.text
        return
    dated = dated_commas(line.text)
    if dated:
        pieces, sentences = dated
        parts.prose += [sentences] if sentences else []
    else:
        pieces = bold_split(line) or certificate_split(section, line.text) or fields.split_parts(line.text)
    if len(pieces) == 1 and _is_prose(line):
        parts.prose.append(line.text)
        return
    for piece in pieces:
        _read_piece(section, piece, entry, parts)


def _read_piece(section: str, piece: str, entry: dict, parts: _Parts) -> None:
    if (dates := parse_dates(piece)) and not parts.dates:
        parts.dates = dates
    elif fields.is_url(piece) and "url" not in entry and section != "awards":
        entry["url"] = piece
    elif fields.is_location(piece) and section == "work" and "location" not in entry:
        entry["location"] = piece
    elif section == "education" and _education_detail(piece, entry):
        return
    elif section == "education" and ", " in piece and _DEGREE.match(piece) and (
            _INSTITUTION.search(piece) or split_degree(piece.split(", ")[0])[1]):
        # "B.S. Computer Science, University of X, 2017", "M.S. Statistics, UC Davis, 2019": a
        # degree with its field before the comma is followed by the school (not by the field)
        for sub in piece.split(", "):
            _read_piece(section, sub, entry, parts)
    elif section == "education" and not parts.dates and (year := re.fullmatch(r"(.+?),\s*((?:19|20)\d\d)", piece)):
        parts.dates = parse_dates(year[2])  # "Universidad Complutense, 2018": on a degree, the year it ends
        _read_piece(section, year[1], entry, parts)
    elif (split := trailing_dates(piece)) and not parts.dates:
        parts.dates = split[1]
        _read_piece(section, split[0], entry, parts)
    elif (link := re.fullmatch(r"(.+?)\s*\((\S+)\)", piece)) and fields.is_url(link[2]) and "url" not in entry \
            and section != "awards":  # "Acme (https://acme.com)": a Markdown link, name and address
        entry["url"] = link[2]
        _read_piece(section, link[1], entry, parts)
    elif fields.is_location(piece) or fields.is_url(piece) or parse_dates(piece):
        parts.extra.append((piece, f"{section} entry: no field for this (already filled or not in the schema)"))
    else:
        parts.texts.append(piece.rstrip(",;").strip())  # "Data Volunteer," before a wrapped employer


def _education_detail(piece: str, entry: dict) -> bool:
    if (score := fields.label_value(piece, "score", "gpa", "grade", "cgpa")) is not None and "score" not in entry:
        entry["score"] = score
        return True
    if (courses := fields.label_value(piece, "courses", "relevant coursework", "coursework")) is not None:
        entry.setdefault("courses", []).extend(fields.split_list(courses))
        return True
    return False


def _assign_texts(section: str, parts: _Parts, entry: dict) -> None:
    texts = list(parts.texts)
    if section == "education":
        _assign_education(texts, entry, parts)
        return
    first_key, second_key = _TEXT_KEYS[section]
    if len(texts) == 1 and section in ("work", "volunteer") and (at := re.split(r"\s+at\s+", texts[0], 1)) \
            and len(at) == 2 and _is_role(at[0]):
        texts = at  # "Senior Engineer at Acme"
    elif len(texts) == 1 and section in ("work", "volunteer") and (comma := _role_comma_split(texts[0])):
        texts = comma  # "Warehouse Associate, Northside Supply Co."
    if len(texts) == 1:  # an employer or project name alone (no role), or a certificate's name
        _put(entry, first_key if section in ("certificates", "awards", "publications") else second_key,
             texts.pop(0))
    elif len(texts) >= 2:
        first, second = texts[0], texts[1]
        if section in ("work", "volunteer", "projects") and _is_role(second) and not _is_role(first):
            first, second = second, first
        _put(entry, first_key, first)
        _put(entry, second_key, second)
        texts = texts[2:]
    parts.extra += [(t, f"{section} entry: extra text in the header") for t in texts]


def _put(entry: dict, key: str, value: str) -> None:
    entry[key] = [r.strip() for r in value.split(",") if r.strip()] if key == "roles" else value


def _role_comma_split(text: str) -> list[str] | None:
    """"Title, Employer" (or "Employer, Title") typed with a comma: split at the first comma
    when exactly one side names a role, so "Acme, Inc." stays one employer."""
    if ", " not in text:
        return None
    first, second = (t.strip() for t in text.split(", ", 1))
    return [first, second] if _is_role(first) != _is_role(second) else None


def _is_role(text: str) -> bool:
    return bool(_ROLE_WORDS.search(text))


def _assign_education(texts: list[str], entry: dict, parts: _Parts) -> None:
    degree = next((t for t in texts if _DEGREE.match(t)), None)
    school = next((t for t in texts if t != degree and _INSTITUTION.search(t)), None)
    rest = [t for t in texts if t not in (degree, school)]
    if degree is None and rest and (school is not None or len(rest) > 1):
        degree = rest.pop(0)
    if school is None and rest:
        school = rest.pop(0)
    if school:
        entry["institution"] = school
    if degree:
        study, area = split_degree(degree)
        if not area and len(rest) == 1 and not _INSTITUTION.search(rest[0]):
            area = rest.pop()  # "Bachelor of Science" and "Computer Science" on lines of their own
        entry.update({k: v for k, v in (("studyType", study), ("area", area)) if v})
    parts.extra += [(t, "education entry: extra text in the header") for t in rest]


def split_degree(text: str) -> tuple[str, str]:
    """"Bachelor of Science in Computer Science" -> ("Bachelor of Science", "Computer Science")."""
    if match := re.match(r"^(.+?)\s+in\s+(.+)$", text):
        return match[1].strip(), match[2].strip()
    if match := re.match(r"^([^,]+?),\s*(.+)$", text):
        return match[1].strip(), match[2].strip()
    abbreviation = r"(?:[A-Z]\.?){2,4}(?:\.\s?[A-Z][a-z]*\.?)?|MBA|Ph\.?D\.?|[BM]\.?\s?(?:Sc|Eng|Phil)\.?"
    if match := re.match(rf"^({abbreviation})\s+(.+)$", text):  # "B.S. Accounting", "MSc Statistics"
        return match[1].strip(), match[2].strip()
    return text, ""


def _assign_dates(section: str, dates: Dates | None, entry: dict) -> None:
    if not dates:
        return
    if section in ("certificates", "awards", "publications"):
        entry["releaseDate" if section == "publications" else "date"] = dates.start or dates.end
        return
    single = dates.start == dates.end and not dates.ongoing
    if dates.start and not (single and section == "education"):  # one date on a degree: graduation
        entry["startDate"] = dates.start
    if dates.end:
        entry["endDate"] = dates.end


def _assign_bullets(section: str, bullets: list[Line], entry: dict, parts: _Parts) -> None:
    for line in bullets:
        if section == "education" and _COURSE_LABEL.match(parts.list_label):
            entry.setdefault("courses", []).append(line.text)
        elif section == "projects" and fields.is_tag_list(line.text):
            entry.setdefault("keywords", []).extend(fields.split_list(line.text))
        elif section in ("work", "volunteer", "projects") and fields.is_tag_list(line.text):
            parts.extra.append((line.text, f"{section} has no field for keywords"))
        elif section in ("work", "volunteer", "projects"):
            entry.setdefault("highlights", []).append(line.text)
        elif section == "education" and _education_detail(line.text, entry):
            continue
        elif section == "education" and not _is_prose(line) and len(line.text.split()) <= 8 \
                and not any(_DEGREE.match(b.text) for b in bullets):
            entry.setdefault("courses", []).append(line.text)  # a school's list: its courses
        elif section in _DESCRIPTION_KEY:
            parts.prose.append(line.text)
        else:
            parts.extra.append((line.text, f"{section} has no field for bullet points"))
