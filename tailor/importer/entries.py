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
from tailor.importer.bracketed_degree import field_and_degree
from tailor.importer.certificate_dates import certificate_asides, numbers_into_name
from tailor.importer.certificate_names import another_certificate, one_credential
from tailor.importer.dates import Dates, is_duration, parse_dates, trailing_dates
from tailor.importer.descriptions import DESCRIPTION_KEY, lead_sentence, one_block, point_beside_dates, told_deed
from tailor.importer.descriptions import is_prose as _is_prose  # tests import it from here
from tailor.importer.education import DEGREE, INSTITUTION, degree_then_school, field_degree_school, split_degree
from tailor.importer.education_lines import (
    CREDITS,
    advisor_cut,
    attended_dates,
    bold_title,
    dates_of_degree,
    degree_into_header,
    detail_after,
    detail_line,
    education_detail,
    is_honour,
    opens_school,
    school_of_degree,
    school_point,
    school_under_dates,
)
from tailor.importer.employer_place import company_title, employer_cut, place_after_text, place_over_dates
from tailor.importer.entry_texts import assign_texts
from tailor.importer.grid_rows import grid_row
from tailor.importer.header_parts import bold_split, certificate_split, dated_commas, labelled_url, place_cut
from tailor.importer.leftover_reasons import leftover_reason
from tailor.importer.lines import Line
from tailor.importer.list_items import (
    LIST_LABEL,
    beside_item,
    dates_over_title,
    indented,
    is_meta_only,
    join_stacked_dates,
    line_dates,
    name_list,
    row_items,
    title_over_dates,
)
from tailor.importer.name_stop import name_without_stop
from tailor.importer.page_breaks import header_over_page
from tailor.importer.program_school import program_and_school
from tailor.importer.projects import keywords_after_points, named_lead, plain_leads
from tailor.importer.result import Unparsed
from tailor.importer.role_groups import employer_over_roles
from tailor.importer.roles import at_wrap, employer_first, open_at, role_after_employer
from tailor.importer.school_place import is_school_place, school_place_cut
from tailor.importer.table_head import column_labels

ENTRY_SECTIONS = ("work", "volunteer", "projects", "education", "certificates", "awards", "publications")
_ROLE_AND_SCHOOL = ("work", "volunteer", "projects", "education")
_ONE_LINE_SECTIONS = ("certificates", "awards", "publications")


@dataclass
class RawEntry:
    header: list[Line] = field(default_factory=list)
    bullets: list[Line] = field(default_factory=list)
    held: list[Line] = field(default_factory=list)  # points printed before the rest of its header (a page break)

    def has_dates(self) -> bool:
        return any(line_dates(line) for line in self.header)


def group_entries(lines: list[Line], section: str = "") -> list[RawEntry]:
    """Split a section's lines into entries (see the module docstring for where splits fall).

    In certificates, awards and publications a bulleted list ("- Google Data Analytics
    Certificate (2020)") is one entry per bullet: those entries are one line each.
    """
    entries: list[RawEntry] = []
    lines = lines[column_labels(lines):]  # a table's header row names the columns (`table_head.py`)
    lines = row_items(join_stacked_dates(name_list(lines, section)))
    for index, line in enumerate(lines):
        current = entries[-1] if entries else None
        if not line.is_bullet and current and (indented(line, current.header) or beside_item(line, current.bullets)
                                               or keywords_after_points(line, current.bullets, section)):
            line = replace(line, list_item=True)
        elif line.is_bullet and (not entries and section in _ROLE_AND_SCHOOL or entries and not entries[-1].bullets
                                 and entries[-1].header and (fields.is_url(line.text) or is_meta_only(line))):
            line = replace(line, list_item=False, bullet="")  # an icon before a title, a link or a date
        if line.is_bullet and section in _ONE_LINE_SECTIONS and (
                not entries or not entries[-1].header or entries[-1].header[0].is_bullet):
            entries.append(RawEntry(header=[line]))
        elif line.is_bullet:
            if not entries:
                entries.append(RawEntry())
            entries[-1].bullets.append(line)
        elif entries and entries[-1].header and not entries[-1].bullets and section in ("work", "volunteer") \
                and at_wrap(entries[-1].header[-1], line):  # "Role at Employer" wrapped: one line again
            entries[-1].header[-1] = replace(entries[-1].header[-1], text=f"{entries[-1].header[-1].text} {line.text}")
        elif entries and section in _ROLE_AND_SCHOOL \
                and header_over_page(line, entries[-1].header, entries[-1].bullets, lines[index + 1:]):
            entries[-1].held += entries[-1].bullets
            entries[-1].bullets = []
            entries[-1].header.append(line)
        elif not entries or _starts_entry(line, entries[-1], section, lines[index + 1:]):
            entries.append(RawEntry(header=[line]))
        elif LIST_LABEL.match(line.text):
            # "Courses" after marked lines ("• Computer Science", "• Bachelor of Science"): those
            # were details of the header, the label opens the entry's list
            current = entries[-1]
            current.header += [replace(b, list_item=False, bullet="") for b in current.bullets] + [line]
            current.bullets = []
        else:
            entries[-1].header.append(line)
    for entry, header in zip(entries, employer_over_roles([e.header for e in entries], section)):
        entry.bullets, entry.held, entry.header = entry.held + entry.bullets, [], header
    return entries


def _starts_entry(line: Line, current: RawEntry, section: str = "", after: list[Line] | None = None) -> bool:
    if LIST_LABEL.match(line.text) and current.header:
        return False  # "Courses", "Highlights": the entry's own list follows
    if current.header and not current.bullets and open_at(current.header[-1].text):
        return False  # "Staff Software Engineer at", then "Confluent": the employer ends the sentence
    if current.bullets:
        return section != "education" or not dates_of_degree(line, current.header, current.bullets)
    if not current.header or all(is_meta_only(h) for h in current.header):
        return False  # dates (or a place) set above the title: the entry's title comes next
    if section == "certificates" and another_certificate(line, current.header):
        return True  # "PRINCE2 Foundation", then "White Card": two names, no issuer
    if section == "education" and (school := opens_school(line, current.header)) is not None:
        return school  # "Final grade: 3.8" (its label in bold) never; "B.A. in X from Y" after a degree
    if line.gap_before and (line.size == 0 or current.has_dates()) and not (current.has_dates() and _is_prose(line)) \
            and not role_after_employer(line, current.header, section) \
            and not (line.size and is_meta_only(line) and not dates_over_title(line, current.header)) \
            and not _detail_under_title(line, current) and not _undated_role(line, current, section, after) \
            and not (section == "education" and (school_of_degree(line, current.header)
                                                 or school_under_dates(line, current.header, after or []))):
        return True  # size 0: a blank line in a text file; a paragraph after a dated header describes it
    starts_bold = line.bold or bool(line.bold_prefix)
    if starts_bold and section in ("projects", *_ONE_LINE_SECTIONS) and not current.has_dates() \
            and (current.header[0].bold_prefix and line.bold_prefix
                 or section == "projects" and current.header[0].bold and line.bold
                 and any(not h.gap_before for h in current.header[1:])) \
            and (line.gap_before or named_lead(line) and named_lead(current.header[0])):
        return True  # "DormSwap: A campus marketplace." then "gradient-viz: A visualizer.": undated, one each;
        # so is a bold name over lines set close under it, then another after a gap (where each line of an
        # entry stands a gap apart, a gap parts no entries)
    if section == "projects" and not current.has_dates() and plain_leads(line, current.header[0]):
        return True
    if starts_bold and any(h.bold or h.bold_prefix for h in current.header) and current.has_dates() \
            and not role_after_employer(line, current.header, section) and not _detail_under_title(line, current) \
            and (after is None or line_dates(line) or _dated_ahead(line, after)):
        return True
    return current.has_dates() and (line_dates(line) and not is_meta_only(line)
                                    or dates_over_title(line, current.header)  # dates set above each title
                                    or after is not None and title_over_dates(line, current.header, after))


def _undated_role(line: Line, current: RawEntry, section: str, after: list[Line] | None) -> bool:
    """A bold line after a gap, under an employer and its dates, with no dates of its own on or
    below it: in work and volunteer, where every entry is dated, it names the role."""
    return section in ("work", "volunteer") and after is not None and (line.bold or line.heading) \
        and len(current.header) >= 2 and not line_dates(line) and not _dated_ahead(line, after)


def _dated_ahead(title: Line, after: list[Line]) -> bool:
    """A bold line opens the next entry when dates of its own follow it (before its points); one
    with none under it ("Second in Mathematics Department" under "Ark Academy  2021 –") does not,
    nor one set close under its entry where a gap follows it: the dates after the gap are the next block's."""
    for line in after:
        if line_dates(line):
            return True
        if line.is_bullet or line.gap_before and (line.bold or not title.gap_before) \
                or line.size and line.x > title.x + 0.5 * line.size:
            return False  # a point, or a list indented under the entry: dates further on are another's
    return False


def _detail_under_title(line: Line, current: RawEntry) -> bool:
    """"University of Washington" set large and bold, then "Computer Science" and "Grade: 3.8"
    in body type, each after a gap: a line smaller than the entry's title is one of its details
    (bold or not); the next entry opens with a title set like this one."""
    title = next((h for h in current.header if not is_meta_only(h)), current.header[0])
    return bool(line.size and title.size) and line.size < title.size - 0.5 and (title.bold or title.heading) \
        and not line.heading and not line_dates(line)  # the next entry's dates, set above its title


# --------------------------------------------------------------------------- one entry

@dataclass
class _Parts:
    texts: list[str] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)
    dates: Dates | None = None
    extra: list[tuple[str, str]] = field(default_factory=list)  # (text, reason)
    list_label: str = ""  # "Courses": what the entry's list holds
    after_label: int = -1  # how many prose lines came before the list label
    employer_first: bool = False  # the dated first line names the employer, a bold line under it the role
    dashed: list[tuple[str, str, str]] = field(default_factory=list)  # (a, b, "a – b") split at a spaced dash
    one_line: bool = False  # one line gave the entry's only text and its place: "Role, Employer, City (dates)"


def parse_entry(section: str, raw: RawEntry, index: int) -> tuple[dict, list[Unparsed]]:
    """One JSON Resume entry of `section` and the parts of it that found no field."""
    entry: dict = {}
    parts = _Parts()
    raw = RawEntry(*degree_into_header(raw.header, raw.bullets)) if section == "education" else raw
    raw = RawEntry(*point_beside_dates(section, *grid_row(section, raw.header, raw.bullets)))
    for line in raw.header:
        _read_header_line(section, line, entry, parts)
    parts.employer_first = employer_first(raw.header) or place_over_dates(raw.header)
    if section == "certificates":  # "..., License No. X" and "CPR, First Aid": no issuer after the name
        parts.texts = one_credential(numbers_into_name(parts.texts), parts.dashed)
    parts.extra += assign_texts(section, parts.texts, parts.dashed, parts.employer_first, entry, parts.one_line)
    if section == "education":
        program_and_school(raw.header, entry)  # "Training Program, Springfield, IL" over "X Apprenticeship"
    _assign_dates(section, parts.dates, entry)
    if "url" not in entry and section != "awards" and (linked := next((h.link for h in raw.header if h.link), "")):
        entry["url"] = linked  # the entry's name set as a link: where it points
    if 0 <= parts.after_label < len(parts.prose) and section in ("work", "volunteer", "projects"):
        # "Highlights", then one unmarked sentence: a point of the list the label opens, no summary
        raw = RawEntry(raw.header, [Line(text) for text in parts.prose[parts.after_label:]] + raw.bullets)
        parts.prose = parts.prose[:parts.after_label]
    if not raw.bullets and len(parts.prose) > 1 and section in ("work", "volunteer", "projects"):
        # paragraphs with no markers under one header: the first describes the entry, the
        # others are its points, each set as a paragraph of its own; sentences set as one
        # block (no paragraph gap between them) are all points
        keep = 0 if one_block(raw.header, parts.prose) else 1
        raw = RawEntry(raw.header, [Line(text) for text in parts.prose[keep:]])
        parts.prose = parts.prose[:keep]
    elif not parts.prose and lead_sentence(section, raw.bullets):
        parts.prose, raw = [raw.bullets[0].text], RawEntry(raw.header, raw.bullets[1:])
    _assign_bullets(section, raw.bullets, entry, parts)
    if parts.prose:
        key = DESCRIPTION_KEY.get(section)
        if key:
            entry[key] = " ".join(parts.prose)
        else:
            parts.extra += [(p, f"{section} has no field for free text") for p in parts.prose]
    return entry, [Unparsed(section, text, reason, index) for text, reason in parts.extra]


def _read_header_line(section: str, line: Line, entry: dict, parts: _Parts) -> None:
    if LIST_LABEL.match(line.text):
        parts.list_label, parts.after_label = line.text, len(parts.prose)
        return
    if section == "certificates":  # "..., 2019", "(renewed 2025)", "(expires 2027)": dates inside the text
        text, earned, asides = certificate_asides(line.text)
        parts.extra += asides
        parts.dates = parts.dates or (parse_dates(earned) if earned else None)
        line = replace(line, text=text)
    if section == "education" and not (bold_title(line) and not parts.texts) and detail_line(line.text, entry):
        return
    if section == "education" and "studyType" not in entry and (named := field_and_degree(line.text)):
        entry["area"], entry["studyType"] = named  # "Management, Economics (CAS in ...)": whole, commas and all
        return
    dated = dated_commas(line.text)
    if dated:
        pieces, sentences = dated
        parts.prose += [sentences] if sentences else []
    else:
        # a bold date column before a certificate ("03/2024: Name, Issuer") is no bold name; a
        # certificate's name and issuer both in bold ("**Name, Issuer** | Mar 2024") are cut at the comma
        bold = None if section == "certificates" and parse_dates(line.bold_prefix) else bold_split(line)
        if bold and (named := certificate_split(section, bold[0])):
            bold = [*named, *bold[1:]]
        pieces = bold or certificate_split(section, line.text) or fields.split_parts(line.text)
        pieces = [cut for piece in pieces for cut in (place_cut(piece) if section == "work" else [piece])]
        if section == "education":  # "Harbor Community College, Duluth, MN": the place is no part of the name
            pieces = [cut for piece in pieces for cut in school_place_cut(piece)]
        if section in ("work", "volunteer") and (len(pieces) > 1 or not _is_prose(line) or company_title(line.text)):
            pieces = [cut for piece in pieces for cut in employer_cut(piece, line, section)]  # a sentence is no header
    if len(pieces) == 1 and not line.bold and (_is_prose(line) or section in ("work", "volunteer") and told_deed(
            line.text)) and not company_title(line.text) \
            and not (section == "education" and (DEGREE.match(line.text) or _school_graded(line.text))):
        # "Ph.D., CS, GPA: Dissertation: ...", "University of X, GPA: Dissertation: ..." are no sentences
        parts.prose.append(line.text)
        return
    if len(pieces) > 1 and section in ("work", "volunteer"):
        pieces = [name_without_stop(piece) for piece in pieces]  # "Engineer - Confluent. Austin, TX, 2020"
    undated = [split[0] if (split := trailing_dates(piece)) else piece for piece in pieces]  # "... 2014 - 2016"
    parts.dashed += [(a, b, m[0]) for a, b in zip(undated, undated[1:])
                     if (m := re.search(rf"{re.escape(a)}\s+[–—-]\s+{re.escape(b)}", line.text))]
    texts, placed = len(parts.texts), "location" in entry
    for number, piece in enumerate(pieces):
        if number and not dated and piece.endswith(".") and _is_prose(Line(piece)) and section != "education":
            parts.prose.append(piece)  # "DormSwap: A campus marketplace for students.": name, then what it is
        else:
            _read_piece(section, piece, entry, parts)
    parts.one_line |= not texts and len(parts.texts) == 1 and not placed and "location" in entry


def _school_graded(text: str) -> bool:
    """"University of Texas at Austin, GPA: Dissertation: ...": a school and its grade or thesis."""
    return bool((graded := detail_after(text)) and INSTITUTION.search(graded[0]))


def _read_piece(section: str, piece: str, entry: dict, parts: _Parts) -> None:
    if (dates := parse_dates(piece)) and not parts.dates:
        parts.dates = dates
    elif is_duration(piece):
        parts.extra.append((piece, f"{section} entry: how long it lasted, which its dates say"))
    elif (url := piece if fields.is_url(piece) else labelled_url(piece)) and "url" not in entry and section != "awards":
        entry["url"] = url
    elif (fields.is_location(piece) or place_after_text(piece, parts.texts)) and section == "work" \
            and "location" not in entry:
        entry["location"] = piece
    elif section == "education" and is_school_place(piece):  # "Boston, MA": no field and degree
        parts.extra.append((piece, leftover_reason(section, piece, entry, parts.dates.text if parts.dates else "")))
    elif section == "education" and (advised := advisor_cut(piece)):
        if advised[0]:
            _read_piece(section, advised[0], entry, parts)  # the thesis, then who supervised it
        parts.extra.append((advised[1], "education has no field for a thesis advisor"))
    elif section == "education" and education_detail(piece, entry):
        return
    elif section == "education" and (trio := field_degree_school(piece)) and not entry.get("studyType"):
        for key, value in zip(("area", "studyType", "institution"), trio):
            if value:
                entry[key] = value
    elif section == "education" and ", " in piece and DEGREE.match(piece) and (
            INSTITUTION.search(piece) or split_degree(piece.split(", ")[0])[1]):
        # "B.S. Computer Science, University of X, 2017", "M.S. Statistics, UC Davis, 2019": a
        # degree with its field before the comma is followed by the school (not by the field),
        # which keeps a comma of its own ("..., University of California, Berkeley")
        for sub in degree_then_school(piece) or piece.split(", "):
            _read_piece(section, sub, entry, parts)
    elif section == "education" and (graded := detail_after(piece)):
        _read_piece(section, graded[0], entry, parts)  # "Computer Science, GPA: 3.81/4.0", "... GPA: 3.8"
        if not re.fullmatch(r"\w+\s*:", graded[1]):  # a template's label printed with no grade after it
            _read_piece(section, graded[1], entry, parts)
    elif section == "education" and not parts.dates and (year := re.fullmatch(r"(.+?),\s*((?:19|20)\d\d)", piece)):
        parts.dates = parse_dates(year[2])  # "Universidad Complutense, 2018": on a degree, the year it ends
        _read_piece(section, year[1], entry, parts)
    elif section == "education" and (attended := attended_dates(piece, parts.dates)):
        parts.dates = attended  # "Attended 08/2012 – 05/2016" under "Bachelor of Science, 05/2016"
    elif section == "education" and CREDITS.match(piece):
        parts.extra.append((piece, "education has no field for credit hours"))
    elif (split := trailing_dates(piece)) and not parts.dates:
        parts.dates = split[1]  # "Waiter, Hawksmoor, Manchester (2016 – 2018)": the place before the dates too
        rests = employer_cut(split[0], Line(split[0]), section) if section in ("work", "volunteer") \
            else school_place_cut(split[0]) if section == "education" else split[:1]
        for rest in rests:
            _read_piece(section, rest, entry, parts)
    elif (link := next((m for p in _NAMED_LINK if (m := p.fullmatch(piece))), None)) and fields.is_url(link[2]) \
            and "url" not in entry and section != "awards":
        entry["url"] = link[2]
        _read_piece(section, link[1], entry, parts)
    elif fields.is_location(piece) or fields.is_url(piece) or parse_dates(piece) or section == "education" \
            and is_honour(piece):
        taken = parts.dates.text if parts.dates else ""  # the text the dates were read from, quoted
        parts.extra.append((piece, leftover_reason(section, piece, entry, taken)))  # in a user's words
    else:
        parts.texts.append(piece.rstrip(",;").strip())  # "Data Volunteer," before a wrapped employer


# "Acme (https://acme.com)", a Markdown link; "raft-lab https://github.com/...", a name with its address after
# a space (an address with its scheme is one word that never ends a name): the name, then where it points
_NAMED_LINK = (re.compile(r"(.+?)\s*\((\S+)\)"), re.compile(r"(.+?)\s+(https?://\S+)"))


def _assign_dates(section: str, dates: Dates | None, entry: dict) -> None:
    if not dates or not (dates.start or dates.end) and section in ("certificates", "awards", "publications"):
        return  # "Present" alone: no date to give an award
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
        if section == "education" and school_point(line, bullets, parts.list_label, entry):
            continue
        elif section == "projects" and fields.is_tag_list(line.text):
            entry.setdefault("keywords", []).extend(fields.split_list(line.text))
        # an unmarked row of terms under a job is no point; a marked one (a list paragraph) is, terms and all
        elif section in ("work", "volunteer", "projects") and fields.is_tag_list(line.text) and not line.is_bullet:
            parts.extra.append((line.text, f"{section} has no field for keywords"))
        elif section in ("work", "volunteer", "projects"):
            entry.setdefault("highlights", []).append(line.text)
        elif section in DESCRIPTION_KEY:
            parts.prose.append(line.text)
        else:
            parts.extra.append((line.text, f"{section} has no field for bullet points"))
