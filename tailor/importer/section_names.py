"""The words that name a resume's sections, English and (from `heading_words`) six other languages.

Split from `sections.py`, which finds the headings in a document's lines: this module only says
which section a heading's words name, which ones JSON Resume has no field for (`NO_FIELD`) and
which one closes a resume with a signed declaration (`SIGN_OFF`). See docs/ARCHITECTURE.md,
"Resume import".
"""
from __future__ import annotations

import re

from tailor.importer.heading_words import FOREIGN_HEADINGS, plain

# Section key (JSON Resume's, plus "summary") -> headings that open it (normalised).
VOCABULARY: dict[str, tuple[str, ...]] = {
    "contact": ("contact", "contacts", "contact information", "contact details", "contact info",
                "personal information", "personal details", "personal info", "profiles", "social",
                "links", "social profiles", "online profiles", "find me online", "get in touch",
                "elsewhere", "find me elsewhere"),
    "summary": ("summary", "profile", "about", "about me", "professional summary", "career summary",
                "executive summary", "summary of qualifications", "objective", "career objective",
                "personal statement", "personal summary", "overview", "professional profile"),
    "work": ("work", "experience", "work experience", "positions", "professional history", "jobs",
             "employment", "employment history", "work history", "professional experience",
             "relevant experience", "career history", "experience and employment", "professional background",
             "where i ve worked", "career", "research experience", "teaching experience",
             "leadership experience", "clinical experience", "industry experience", "military experience",
             "military service", "internships", "internship experience", "positions held", "appointments",
             "academic appointments", "professional appointments", "experience highlights"),
    "volunteer": ("volunteer", "volunteering", "volunteer experience", "volunteer work",
                  "community involvement", "volunteer and community"),
    "projects": ("projects", "project", "personal projects", "selected projects", "side projects",
                 "open source", "key projects", "academic projects", "portfolio", "portfolio highlights"),
    "education": ("education", "academic background", "education and training", "academics",
                  "qualifications", "academic qualifications", "schooling"),
    "skills": ("skills", "top skills", "technical skills", "core skills", "key skills", "skills and tools",
               "technologies", "core competencies", "competencies", "tools", "tech stack", "areas of expertise",
               "expertise", "skills and technologies", "skills and expertise"),
    "certificates": ("certifications", "certificates", "certification", "certificate", "licenses",
                     "licences", "licenses and certifications", "certifications and licenses",
                     "licenses and certificates", "professional certifications"),
    "awards": ("awards", "honors", "honours", "awards and honors", "honors and awards", "honors awards", "achievements",
               "awards and achievements"),
    "publications": ("publications", "papers", "selected publications", "talks and publications"),
    "languages": ("languages", "language skills", "spoken languages", "languages known"),
    "interests": ("interests", "hobbies", "hobbies and interests", "personal interests"),
    "references": ("references", "referees"),
}
# A declaration ("I hereby declare that the information furnished above is true", then place, date
# and signature), usual at the end of Indian and German CVs: a statement about the resume, not part of
# it, so its section is left out with a short note (`review.py`), never offered a rename to a section.
SIGN_OFF = ("declaration", "self declaration", "erklarung", "declaration sur l honneur", "declaracion",
            "declaracao", "dichiarazione", "verklaring")
# Sections JSON Resume has no field for (its schema has none for memberships, patents or talks;
# "talks and publications" above is publications): their headings are known so that their lines
# neither run on into the section above nor are read as jobs by their dated, role-like entries
# ("Member, IEEE, 2015 - Present"). They open an "unknown" section, listed as unparsed.
NO_FIELD = ("affiliations", "professional affiliations", "memberships", "professional memberships",
            "memberships and affiliations", "affiliations and memberships", "associations",
            "professional associations", "professional memberships and affiliations", "patents",
            "patents and inventions", "speaking", "speaking engagements", "talks", "invited talks",
            "presentations", "conference presentations", "talks and presentations", *SIGN_OFF)
HEADINGS = {phrase: key for key, phrases in VOCABULARY.items() for phrase in phrases}
HEADINGS |= dict.fromkeys(NO_FIELD, "unknown")
HEADINGS |= {phrase: key for key, phrases in FOREIGN_HEADINGS.items() for phrase in phrases if phrase not in HEADINGS}
# Words that name a section inside a longer heading, in the order they are tried.
KEYWORDS = {"projects": "projects", "volunteer": "volunteer", "volunteering": "volunteer",
             "education": "education", "skills": "skills", "certifications": "certificates",
             "certificates": "certificates", "licenses": "certificates", "awards": "awards",
             "honors": "awards", "languages": "languages", "interests": "interests",
             "publications": "publications", "references": "references", "experience": "work",
             "employment": "work"}
# Words that name a section JSON Resume has no field for: "Speaking Experience" holds talks, not jobs.
NO_FIELD_WORDS = {"affiliations", "memberships", "patents", "speaking", "talks", "presentations"}


def normalise_heading(text: str) -> str:
    """'WORK EXPERIENCE:' -> 'work experience'; '&' and '/' read as 'and'; accents dropped
    ("Compétences" -> 'competences'), as `heading_words` writes the other languages' headings."""
    text = plain(text.strip().rstrip(":").strip().casefold())
    text = re.sub(r"\s*[&/+]\s*", " and ", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def names_no_field(heading: str) -> bool:
    """Whether a heading names a section JSON Resume has no field for ("Patents", "Speaking
    Experience"), as opposed to one Tailor does not know at all."""
    name = normalise_heading(heading)
    return name in NO_FIELD or bool(NO_FIELD_WORDS.intersection(name.split()))


def is_sign_off(heading: str) -> bool:
    """Whether a heading opens a declaration with place, date and signature (`SIGN_OFF`)."""
    return normalise_heading(heading) in SIGN_OFF
