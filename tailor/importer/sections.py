"""Split the lines into the header (name, contact) and sections, found by words and by style.

A heading is a short line that either names a known section ("Work Experience:", "SKILLS",
"Licenses & Certifications") or looks like a heading (larger or bold, all caps, a Word heading
style, a Markdown `#`, an underline of dashes) while naming something we do not know ("Where
I've worked"): the latter still opens an "unknown" section, so its lines are read by their
content (`section_guess`, with a warning) or reported as unparsed instead of leaking into the
previous section or the header. The known headings of sections JSON Resume has no field for
(`NO_FIELD`: "Professional Affiliations", "Patents") open an "unknown" section too, whose lines
are never read as jobs: they are listed as unparsed.

A list-like section can also be typed inline, heading and content on one line ("Skills: Excel,
QuickBooks; Certifications: CPA", "LANGUAGES: English (native)"): such a line is its own small
section wherever it appears, and the lines after it stay in the section they were in.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from tailor.importer.certificate_names import certificates_apart, skills_apart
from tailor.importer.dates import parse_dates
from tailor.importer.fields import is_coded_place, is_email, is_location, is_url, split_list
from tailor.importer.header_rows import rows_back
from tailor.importer.heading_levels import below_sections, section_level
from tailor.importer.heading_words import FOREIGN_HEADINGS
from tailor.importer.label_values import item_words
from tailor.importer.lines import Line, strip_bullet
from tailor.importer.personal_details import ROW
from tailor.importer.section_fit import fits_section
from tailor.importer.section_names import (  # noqa: F401 (HEADINGS, normalise_heading, names_no_field: used by others)
    HEADINGS,
    KEYWORDS,
    NO_FIELD_WORDS,
    names_no_field,
    normalise_heading,
)
from tailor.importer.shared_headings import shared_apart
from tailor.importer.simple import spoken_languages
from tailor.importer.titled_entries import titled_entry
from tailor.importer.volunteer_roles import volunteering_apart

_MAX_HEADING_WORDS = 5
# Sections whose content fits on the heading's line ("Skills: Excel, SQL"). Work, education and
# summary are not: "Experience: 5 years" or "Summary: ..." inside an entry is that entry's text.
_INLINE_KEYS = ("skills", "languages", "interests", "certificates", "awards")
_INLINE_ITEM_WORDS = 10
# A skill group named by another section's word ("Programming Languages" under Skills) names no section
_GROUP_WORDS = {"skills": ("languages",)}
_INLINE = re.compile(r"^([A-Za-z][\w &/+'’-]{0,38}?)\s*:\s*(\S.*)$")
# Where a second "Label:" starts on the same line: "Skills: a, b; Certifications: c".
_INLINE_BREAK = re.compile(r"\s*[;|]\s*(?=[A-Za-z][\w &/+'’-]{0,38}:)")


@dataclass
class Section:
    key: str  # a VOCABULARY key, "header" for the lines before the first heading, or "unknown"
    heading: str = ""
    lines: list[Line] = field(default_factory=list)


def section_key(line: Line) -> str | None:
    """The section `line` opens, "unknown" for a heading-styled line we cannot name, else None."""
    if len(line.text) > 60:
        return None
    if line.is_bullet or strip_bullet(line).is_bullet:
        if not icon_heading(line):
            return None  # "- Open source" under Interests: a list item, marker and all
        line = strip_bullet(line)  # "(cid:0) Experience": an emoji or icon-font glyph read as a marker
    if carries_address(line.text):
        return None  # "EMAIL • jo@example.com" set in the heading type: a contact detail
    name = normalise_heading(line.text)
    if name in HEADINGS and (line.text.strip().rstrip(":") == line.text.strip()
                             or len(name.split()) <= 4):
        return HEADINGS[name]
    words = name.split()
    if not words or len(words) > _MAX_HEADING_WORDS or re.search(r"\d", name):
        return None
    if is_location(line.text) or is_coded_place(line.text):
        return None  # "Houston, Texas, US" in the heading type: the place of a contact block
    letters = [c for c in line.text if c.isalpha()]
    all_caps = len(letters) >= 4 and all(c.isupper() for c in letters)
    styled = line.level in (1, 2) or (line.level == 0 and line.heading and line.bold)  # 3+: entry titles
    if (styled or (all_caps and (line.bold or line.size == 0))) and not line.text.rstrip().endswith((".", ",")):
        # "Projects Experience", "Leadership & Volunteering": a heading we do not know whole
        # that names one section by a word of its own
        return _styled_heading(line) or "unknown"
    return None


def icon_heading(line: Line) -> bool:
    """A line opened by a marker yet set in heading type (a word processor's heading level, or
    type clearly larger than the body): an icon or emoji before a heading's words, which a PDF
    gives as an unmapped glyph ("(cid:0)") or a private-use one, both read as a list marker. A
    list item is set in body type (docs/ARCHITECTURE.md, "Resume import")."""
    text = strip_bullet(line).text.strip()
    return (line.level in (1, 2) or line.heading) and bool(text) and len(text.split()) <= _MAX_HEADING_WORDS \
        and not text.endswith((".", ",", ";")) and not re.search(r"\d", text)


def carries_address(text: str) -> bool:
    """An email or web address in the line: no section heading holds one, whatever its type.
    A bare domain counts in lower case only ("ASP.NET" is a name, "jo.example.com" an address)."""
    return any(is_email(word) or word.startswith(("http://", "https://", "www."))
               or word.islower() and is_url(word) for word in text.split())


def inline_sections(line: Line, current: str = "") -> list[Section]:
    """The sections of a "Label: values" line whose labels name list-like sections, else [].

    Inside a Skills section "Languages: Python, Go" or "Tools: Docker" is a skill group, so a
    skills or languages label there is left to the skills parser (unless its items are spoken
    languages with their fluency: "Languages: English (Native speaker), Spanish (Fluent)"); under an interest "Skills:
    maps, GIS" are its keywords. A skills section keeps the
    whole "Label: values" text, so the group keeps its name ("Tools").
    """
    chunks: list[list[str]] = []  # [label, value] per chunk
    text = line.text.strip()
    if (row := ROW.match(text)) and (current == "contact" or re.search(r"[|,]\s*[:–-]\s*[|,]", text)):
        text = f"{row[1]}: {row[2]}"  # "Languages Known | : | English, Hindi": a personal-data table's row
    for text in _INLINE_BREAK.split(text):
        match = _INLINE.match(text)
        key = HEADINGS.get(normalise_heading(match[1])) if match else None
        if key in _INLINE_KEYS:
            chunks.append([match[1], match[2]])
        elif chunks:
            chunks[-1][1] += "; " + text  # "Skills: a; b: c": not a label, part of the value
        else:
            return []
    if current == "skills" and HEADINGS[normalise_heading(chunks[0][0])] in ("skills", "languages") \
            and not spoken_languages(split_list(chunks[0][1])):
        return []  # "Languages: Python, Go" is a skill group; "Languages: English (Native)" the languages
    if current == "interests" and HEADINGS[normalise_heading(chunks[0][0])] == "skills":
        return []  # an interest's "Skills: maps, GIS": its own keywords
    if any(item_words(item) > _INLINE_ITEM_WORDS for _, value in chunks for item in split_list(value)):
        return []  # "Skills: - Strong knowledge of accounting ...": prose, not a list; left where it is
    out = []
    for label, value in chunks:
        key = HEADINGS[normalise_heading(label)]
        if key == "skills":
            values = [f"{label}: {value}"]
        elif key in ("certificates", "awards") and ";" in value:
            values = [v.strip() for v in value.split(";") if v.strip()]  # "A, Google, May 2024; B, IBM, 2024"
        elif key in ("certificates", "awards") and not any(parse_dates(v) for v in split_list(value)):
            values = split_list(value)  # "Dean's List, Phi Beta Kappa": one entry each
        else:
            values = [value]
        # gap_before: each value is its own entry (a blank line before it in a text file)
        out.append(Section(key, label, [replace(line, text=v, gap_before=True, size=0, bullet="",
                                                list_item=False, bold=False, bold_prefix="")
                                        for v in values]))
    return out


def _style(line: Line) -> tuple[float, bool, bool]:
    """Size to the half point (9.6 pt keywords are not set like 10.5 pt headings), bold, capitals."""
    letters = [c for c in line.text if c.isalpha()]
    return round(line.size * 2) / 2, line.bold, bool(letters) and all(c.isupper() for c in letters)


def heading_style(lines: list[Line]) -> tuple[float, bool, bool] | None:
    """How this document styles its section headings: the largest style that at least two
    lines naming a known section share, or None (plain text, no two agree). A layout sets its
    main headings at least as large as anything under them; its sidebar headings, later
    sections set like entry titles (`section_fit.py`) and group names with section words are
    smaller, however many there are.

    Themes give entry titles a large bold font too ("Software Engineering Intern" under "Work"),
    and name skill groups with section words ("Languages" under "Skills"): judged against the
    document's own heading style, those are content, not new sections."""
    styles = Counter(_style(line) for line in lines[1:]
                     if line.size and not line.is_bullet and normalise_heading(line.text) in HEADINGS)
    if not styles:
        return None
    shared = [(style[0], count, style) for style, count in styles.items() if count >= 2]
    return max(shared)[2] if shared else None


def second_heading_styles(lines: list[Line], style: tuple | None) -> list[tuple]:
    """Other styles in which two or more lines name known sections: a sidebar sets its own
    headings ("LANGUAGES", "INTERESTS") smaller than the main column's, and they open sections
    all the same. A mixed-case style counts only when every line set in it names a section, none
    the one it is set in ("Contact", "Top Skills", "Languages" in LinkedIn's sidebar): theme
    entry titles and skill group names ("Languages" and "Tools" under Skills) are set that way."""
    named = Counter(_style(line) for line in lines[1:]
                    if line.size and not line.is_bullet and normalise_heading(line.text) in HEADINGS)
    every = Counter(_style(line) for line in lines[1:] if line.size and not line.is_bullet)
    return [other for other, count in named.items() if other != style and count >= 2
            and (other[2] or count == every[other] and not _names_its_own_section(lines, style, other))]


def _names_its_own_section(lines: list[Line], style: tuple | None, other: tuple) -> bool:
    """Some line in style `other` names the section that the main headings have it in ("Tools"
    under "Skills"): a group name, so the style is no heading style."""
    current = None
    for line in lines[1:]:
        name = HEADINGS.get(normalise_heading(line.text))
        if name and _style(line) == style:
            current = name
        elif name and _style(line) == other and name == current:
            return True
    return False


def _heading_x(lines: list[Line], style: tuple | None) -> float | None:
    """Where the known headings of that style start, when most of them (at least two) start at
    one x (a centred layout has none): a line in the same style at the same x is a heading too.
    "Open Source" as an interest group, set like a heading but indented, does not count."""
    xs = [round(line.x) for line in lines[1:] if _style(line) == style and normalise_heading(line.text) in HEADINGS]
    if not style or not xs:
        return None
    x, count = Counter(xs).most_common(1)[0]
    return float(x) if count >= 2 and count > 0.6 * len(xs) else None


def _nested(line: Line, left: float | None) -> bool:
    """A line set like the headings but indented one to four ems under their x: content (a
    group name such as "Open Source" under Interests), not a heading of its own."""
    return left is not None and line.size > 0 and line.size <= line.x - left <= 4 * line.size


def _styled_heading(line: Line) -> str | None:
    words = normalise_heading(line.text).split()
    if not words or len(words) > 4 or re.search(r"\d", line.text) or line.is_bullet \
            or line.text.rstrip().endswith((".", ",")):
        return None
    keys = [KEYWORDS[w] for w in words if w in KEYWORDS]
    if NO_FIELD_WORDS.intersection(words) and set(keys) <= {"work"}:
        return "unknown"  # "Speaking Experience", "Patents": "experience" alone does not make them jobs
    return keys[0] if keys else "unknown"


def split_sections(lines: list[Line]) -> list[Section]:
    """The header section (possibly empty) followed by one Section per heading found.

    Inline sections ("Awards: Dean's List") follow the section they sit in, which keeps
    receiving the lines after them. Under a project, "Skills: Go · Raft · Consensus" is the
    project's keywords: it stays there as their list ("Go, Raft, Consensus").
    """
    sections = [Section("header")]
    inline: list[Section] = []  # found inside the current section, added when it ends
    style = heading_style(lines)
    others = second_heading_styles(lines, style)
    left = _heading_x(lines, style)
    gapped = any(line.gap_before for line in lines[1:])  # the document marks its blocks with blank lines
    mark = _heading_mark(lines)
    opener: Line | None = None  # the known heading of the current section (`titled_entries.py`)
    level = section_level(lines)  # "Heading 1" over entry titles in "Heading 2" (`heading_levels.py`)
    for index, line in enumerate(lines):
        key = section_key(line) if index or _personal_data(line) else None  # the first line is the name ...
        if key == "unknown" and sections[-1].key != "header" and below_sections(line, level):
            key = None  # "Kotka Plant Start-up" in "Heading 2" under "Projects" in "Heading 1": a project
        if key is None and index and left is not None and _style(line) == style and abs(line.x - left) < line.size:
            key = _styled_heading(line)  # set like this document's headings: "Projects Experience"
        if key and _nested(line, left) and sections[-1].key != "header":
            key = None
        if key and _unmarked(line, mark) and sections[-1].key != "header":
            key = None  # "Open Source" in body type under Interests, where every heading is bold
        if key and style and _style(line) not in (style, *others) and sections[-1].key != "header" \
                and (key == "unknown" or line.size < style[0] - 0.5 or normalise_heading(line.text) not in HEADINGS) \
                and not _named_and_fits(line, key, lines[index + 1:], sections[-1].key):
            key = None  # styled unlike this document's headings: an entry title or a group name
        if key and style and _style(line) not in (style, *others) and key == sections[-1].key:
            key = None  # "Tools" in bold beside "Teaching" under "SKILLS": the section's group, not the section again
        if key and style and _style(line) not in (style, *others) and sections[-1].key not in ("header", "unknown") \
                and not sections[-1].lines and _style(lines[index - 1]) == style:
            key = None  # "Open Source" in bold right under "INTERESTS": the section's first group name
        if key == "unknown" and sections[-1].key != "header" and _caps_item(line, sections[-1].lines,
                                                                            lines[index + 1:], gapped):
            key = None  # "MYOB" in capitals between "Xero" and "Payroll": a skill, not a heading
        if key == "unknown" and sections[-1].key == "header" and (not _seen_contact(sections[-1])
                                                                  or _above_headings(line, style, lines)):
            key = None  # a styled line right under the name is its label, not a section
        if key and (key in ("unknown", sections[-1].key, *_GROUP_WORDS.get(sections[-1].key, ()))
                    or normalise_heading(line.text) in HEADINGS) \
                and sections[-1].key not in ("header", "unknown") and titled_entry(line, opener, sections[-1].lines):
            key = None  # "Freelance" in the heading type right under "Experience": its first job's employer
        found = inline_sections(line, sections[-1].key) if index and key in (None, "unknown") else []
        if found and sections[-1].key == "projects" and [s.key for s in found] == ["skills"]:
            found, line = [], replace(line, text=", ".join(split_list(found[0].lines[0].text.partition(":")[2])),
                                      bold_prefix="")  # the label is gone, and its bold with it
        if found:  # "HOBBIES: RUNNING, CHESS" is styled like a heading but carries its content
            inline += found
        elif key:
            sections += [*inline, Section(key, line.text)]
            inline, opener = [], line if key != "unknown" else None
        else:
            sections[-1].lines.append(line)
    # "RTITB Forklift Licence" under "Qualifications"; "Excel, SAP, Outlook" under "Certifications & Skills"
    # "Food Bank, Data Volunteer" under "Projects": volunteering (`volunteer_roles.py`)
    sections = rows_back(sections + inline, lines)  # a band's right-hand pieces read after the next heading
    return volunteering_apart(skills_apart(certificates_apart(shared_apart(sections))))


def _personal_data(line: Line) -> bool:
    """"PERSONAL DETAILS" over "Name: Jane Doe": a German Lebenslauf and many forms open with a
    personal-data block, whose heading is the first line, yet no one is named "Personal Details"
    (docs/ARCHITECTURE.md, "Resume import"): such a heading opens the contact section even there."""
    name = normalise_heading(line.text)
    return HEADINGS.get(name) == "contact" and ("personal" in name or name in FOREIGN_HEADINGS["contact"])


def _caps(line: Line) -> bool:
    letters = [c for c in line.text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _heading_mark(lines: list[Line]) -> str:
    """How a file with no type sizes (a Word, OpenDocument, text or Markdown file; a PDF's sizes
    are judged by `heading_style`) sets its section headings apart: "bold" when three in four or
    more of the lines naming a known section (two at least) are bold, else "caps" when that many
    are in capitals, else "". There a line without that mark is content, not a heading: "Open
    Source" as a sidebar's last interest, or an awarder in capitals ("USENIX OSDI") where every
    heading is bold (docs/ARCHITECTURE.md, "Resume import")."""
    named = [line for line in lines[1:] if not line.size and not line.is_bullet
             and normalise_heading(line.text) in HEADINGS and not line.heading and not line.level]
    for mark, has in (("bold", lambda line: line.bold), ("caps", _caps)):
        marked = sum(bool(has(line)) for line in named)
        if marked >= 2 and 4 * marked >= 3 * len(named):
            return mark
    return ""


def _unmarked(line: Line, mark: str) -> bool:
    """A line set without the mark of this file's headings (`_heading_mark`); a word processor's
    or Markdown's heading style is a mark of its own."""
    if not mark or line.size or line.heading or line.level:
        return False
    return not line.bold if mark == "bold" else not _caps(line)


_ITEM_WORDS = 4  # a list item's words at most ("Xero", "Payroll", "Microsoft Excel")
_ACRONYM_LETTERS = 5  # "MYOB", "HIPAA", "SAP": a name in capitals this short


def _caps_item(line: Line, before: list[Line], after: list[Line], gapped: bool) -> bool:
    """An unknown line in capitals that is an item of the list it sits in ("Xero", "MYOB",
    "Payroll"), not a heading: capitals alone (no heading style, no bold) make it look like one,
    but the line before it is a short item of the section (or the section's heading), so is the
    line after (unless a blank line ends the list there), and nothing sets it apart: where the
    document marks its blocks with blank lines, a heading has one before it; where it has none
    (a word processor's file), only a short acronym ("HIPAA") reads as an item, a longer word
    ("ACTIVITIES") as a heading. A heading is a known section word or a style, not capitals
    alone (docs/ARCHITECTURE.md, "Resume import")."""
    if line.bold or line.heading or line.level or line.size:
        return False
    short = before[-1:] + [item for item in after[:1] if not item.gap_before]
    if not short or not before and not after or any(
            len(item.text.split()) > _ITEM_WORDS or item.text.rstrip().endswith((".", ":")) for item in short):
        return False
    letters = sum(c.isalpha() for c in line.text)
    return not line.gap_before if gapped else len(line.text.split()) == 1 and letters <= _ACRONYM_LETTERS


def _named_and_fits(line: Line, key: str, after: list[Line], current: str) -> bool:
    """A whole section name set apart (bold or large) whose following lines fit that section
    (`section_fit.py`): "Certificates" over dated certificates, though set like entry titles."""
    return (key != current and (line.bold or line.heading) and HEADINGS.get(normalise_heading(line.text)) == key
            and fits_section(key, line, after))


def _above_headings(line: Line, style: tuple | None, lines: list[Line]) -> bool:
    """A line set larger than the document's section headings (or, with no heading style, in the
    first page's largest type) is the name or the title under it: a layout sets its headings at
    least as large as anything in its sections, so larger type belongs to the header, even when
    reading order put a contact block set beside the name first (docs/ARCHITECTURE.md)."""
    if not line.size:
        return False
    if style:
        return line.size > style[0] + 0.5
    return line.size >= max(p.size for p in lines if p.page == line.page) - 0.1


def _seen_contact(section: Section) -> bool:
    return any("@" in line.text or re.search(r"\d{3}", line.text) for line in section.lines)
