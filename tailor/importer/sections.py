"""Split the lines into the header (name, contact) and sections, found by words and by style.

A heading is a short line that either names a known section ("Work Experience:", "SKILLS",
"Licenses & Certifications") or looks like a heading (larger or bold, all caps, a Word heading
style, a Markdown `#`) while naming something we do not know ("Hobbies"): the latter still
opens a section, so its lines are reported as unparsed instead of leaking into the previous one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from tailor.importer.lines import Line

# Section key (JSON Resume's, plus "summary") -> headings that open it (normalised).
VOCABULARY: dict[str, tuple[str, ...]] = {
    "summary": ("summary", "profile", "about", "about me", "professional summary", "career summary",
                "executive summary", "summary of qualifications", "objective", "career objective",
                "personal statement", "overview", "professional profile"),
    "work": ("experience", "work experience", "employment", "employment history", "work history",
             "professional experience", "relevant experience", "career history", "experience and employment",
             "professional background"),
    "volunteer": ("volunteer", "volunteering", "volunteer experience", "volunteer work",
                  "community involvement", "volunteer and community"),
    "projects": ("projects", "project", "personal projects", "selected projects", "side projects",
                 "open source", "key projects", "academic projects"),
    "education": ("education", "academic background", "education and training", "academics",
                  "qualifications", "academic qualifications"),
    "skills": ("skills", "technical skills", "core skills", "key skills", "skills and tools", "technologies",
               "core competencies", "competencies", "tools", "tech stack", "areas of expertise", "expertise",
               "skills and technologies", "skills and expertise"),
    "certificates": ("certifications", "certificates", "certification", "certificate", "licenses",
                     "licences", "licenses and certifications", "certifications and licenses",
                     "licenses and certificates", "professional certifications"),
    "awards": ("awards", "honors", "honours", "awards and honors", "honors and awards", "achievements",
               "awards and achievements"),
    "publications": ("publications", "papers", "selected publications", "talks and publications"),
    "languages": ("languages", "language skills", "spoken languages"),
    "interests": ("interests", "hobbies", "hobbies and interests", "personal interests"),
    "references": ("references", "referees"),
}
HEADINGS = {phrase: key for key, phrases in VOCABULARY.items() for phrase in phrases}
_MAX_HEADING_WORDS = 5


@dataclass
class Section:
    key: str  # a VOCABULARY key, "header" for the lines before the first heading, or "unknown"
    heading: str = ""
    lines: list[Line] = field(default_factory=list)


def normalise_heading(text: str) -> str:
    """'WORK EXPERIENCE:' -> 'work experience'; '&' and '/' read as 'and'."""
    text = text.strip().rstrip(":").strip().casefold()
    text = re.sub(r"\s*[&/+]\s*", " and ", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def section_key(line: Line) -> str | None:
    """The section `line` opens, "unknown" for a heading-styled line we cannot name, else None."""
    if line.is_bullet or len(line.text) > 60:
        return None
    name = normalise_heading(line.text)
    if name in HEADINGS and (line.text.strip().rstrip(":") == line.text.strip()
                             or len(name.split()) <= 4):
        return HEADINGS[name]
    words = name.split()
    if not words or len(words) > _MAX_HEADING_WORDS or re.search(r"\d", name):
        return None
    letters = [c for c in line.text if c.isalpha()]
    all_caps = len(letters) >= 4 and all(c.isupper() for c in letters)
    styled = line.level in (1, 2) or (line.level == 0 and line.heading and line.bold)  # 3+: entry titles
    if (styled or (all_caps and (line.bold or line.size == 0))) and not line.text.rstrip().endswith((".", ",")):
        return "unknown"
    return None


def split_sections(lines: list[Line]) -> list[Section]:
    """The header section (possibly empty) followed by one Section per heading found."""
    sections = [Section("header")]
    for index, line in enumerate(lines):
        key = section_key(line) if index else None  # the first line is the name, never a heading
        if key == "unknown" and sections[-1].key == "header" and not _seen_contact(sections[-1]):
            key = None  # a styled line right under the name is its label, not a section
        if key:
            sections.append(Section(key, line.text))
        else:
            sections[-1].lines.append(line)
    return sections


def _seen_contact(section: Section) -> bool:
    return any("@" in line.text or re.search(r"\d{3}", line.text) for line in section.lines)
