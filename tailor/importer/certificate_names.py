"""Certificate names told from issuers and from degrees: "PRINCE2 Foundation" over "White Card
(construction induction)" are two certificates, not a name and its issuer; "RTITB Counterbalance
Forklift Licence" under "Qualifications" is a licence, not a degree's field. `entries.py` asks
`another_certificate` where an entry ends; `sections.py` sets the licences and certificates of
an education section apart with `certificates_apart`, and the skill lists of a "Certifications &
Skills" section with `skills_apart`. See the importer steps in
docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer.certificate_dates import dated_certificate
from tailor.importer.dates import SINGLE
from tailor.importer.education import DEGREE, INSTITUTION
from tailor.importer.fields import split_list
from tailor.importer.licence_region import licence_region
from tailor.importer.lines import Line
from tailor.importer.list_items import is_meta_only, line_dates

# Words and bodies that name a certificate, licence or short safety course, not a degree: a
# "card" or "licence" to work, a body's own course ("IOSH Managing Safely", "RTITB ...").
_CERTIFICATE_WORDS = re.compile(
    r"\b(?:certified|certification|licen[cs]ed?|card|first aid|cpr|managing safely|working safely|forklift"
    r"|food (?:hygiene|safety)|manual handling|working at heights?|life support)\b", re.I)
_CERTIFICATE_BODIES = re.compile(r"^(?:IOSH|NEBOSH|RTITB|CSCS|CPCS|SIA|OSHA|HACCP|PRINCE2|ITIL|PMP|CompTIA|CISSP"
                                 r"|CCNA|CCNP|CSM|BLS|ACLS|PALS)\b")
# A level ending a name: "PRINCE2 Foundation", "... - Practitioner" (a certificate's, not a degree's)
_LEVEL_END = re.compile(r"\b(?:foundation|practitioner|professional|associate|specialist|level\s+\d)$", re.I)
# Words an organisation's name holds ("Amazon Web Services", "AACN Certification Corporation")
_ORGANISATION = re.compile(
    r"\b(?:inc|ltd|llc|plc|gmbh|corp(?:oration)?|company|association|institute|board|council|society|alliance"
    r"|authority|agency|department|ministry|services|foundation|akademie|academy|group|federation|commission"
    r"|coursera|udemy|edx|linkedin)\b\.?|^the\s", re.I)


def names_certificate(text: str) -> bool:
    """A certificate's name by its words ("... Licence", "White Card", "Certified ..."), by the
    body that runs it ("IOSH Managing Safely") or by its level at the end ("PRINCE2 Foundation");
    a line that names an organisation ("Cloud Native Computing Foundation") or a school does not."""
    text = text.strip()
    if INSTITUTION.search(text):
        return False  # "OSHA Training Institute": who runs the course
    if _CERTIFICATE_BODIES.match(text):
        return True  # "PRINCE2 Foundation": a course's level, not a foundation that issues
    if names_organisation(text):
        return False
    return bool(_CERTIFICATE_WORDS.search(text) or _LEVEL_END.search(text))


def names_organisation(text: str) -> bool:
    """An issuer's look: "Amazon Web Services", "The Linux Foundation", "Google / Coursera"."""
    return bool(_ORGANISATION.search(text))


def another_certificate(line: Line, header: list[Line]) -> bool:
    """Under Certificates, a second plain line that names a certificate after a first that
    names one too ("PRINCE2 Foundation", then "White Card (construction induction)") opens the
    next certificate: an issuer reads as an organisation ("Amazon Web Services"), not as another
    certificate. So does a line with a date of its own ("NFPA 70E ... (16-hour course), 2023")
    under an entry that has its date already ("OSHA 30-Hour Card, 2019"): an issuer line carries
    no second date; a line of a date alone ("Expires Jan 2023") adds to the entry."""
    names = [h for h in header if h.text.strip()]
    if dated_certificate(line.text) and not is_meta_only(line) \
            and any(dated_certificate(h.text) or line_dates(h) for h in names):
        return True
    return len(names) == 1 and names_certificate(names[0].text) and names_certificate(line.text)


def one_credential(texts: list[str], dashed: list[tuple[str, str, str]] = ()) -> list[str]:
    """A certificate's text parts where the part after its name names another credential, not who
    issued it ("CPR, First Aid", "Food Hygiene, Level 2"): the line is one certificate, named as
    printed. An organisation ("American Red Cross") or a body's name alone ("CompTIA") issues; a
    first part that names no certificate is the issuer a layout printed first ("Tableau", then
    "Tableau Desktop Specialist"); a level after a dash is joined by `header_parts.certificate_level`.
    A state or country after the name ("Registered Nurse – Ohio (RN.123456)") is where the licence
    holds, part of its name, as printed."""
    if len(texts) >= 2 and licence_region(texts[1]):  # "Registered Nurse – Ohio (RN.123456)": where it holds
        joined = next((whole for a, b, whole in dashed if (a, b) == (texts[0], texts[1])), f"{texts[0]}, {texts[1]}")
        return [joined, *texts[2:]]
    if len(texts) < 2 or not names_certificate(first := texts[0].strip()) \
            or not names_certificate(second := texts[1].strip()) or _CERTIFICATE_BODIES.fullmatch(second) \
            or any((a, b) == (texts[0], texts[1]) for a, b, _ in dashed):
        return texts
    return [f"{first}, {second}", *texts[2:]]


def _licence_line(text: str) -> bool:
    """A line of an education section that is a licence or short course ("RTITB Counterbalance
    Forklift Licence", "IOSH Managing Safely", "First Aid at Work"), not a degree: it opens with
    no degree word ("Licence en Droit", "Certificate IV in ..." are degrees) and names no school.
    A labelled list ("Coursework: Food Safety, ...") or a sentence is the degree's detail."""
    text = re.sub(r"^[-–•*·]\s*", "", text.strip())
    return ":" not in text and text.count(",") <= 1 and not text.endswith(".") and not DEGREE.match(text) \
        and names_certificate(text)


def certificates_apart(sections: list) -> list:
    """Each education section ("Qualifications") followed by a certificates section holding its
    licence and certificate lines (`_licence_line`): a licence listed under a degree is no course
    of it, and a forklift licence is no degree."""
    out = []
    for section in sections:
        licences = [line for line in section.lines if _licence_line(line.text)] if section.key == "education" else []
        if not licences:
            out.append(section)
            continue
        kept = {id(line) for line in licences}
        out.append(replace(section, lines=[line for line in section.lines if id(line) not in kept]))
        out.append(replace(section, key="certificates", lines=licences))
    return out


# A heading that names skills beside certificates: "Certifications & Skills", "Skills and Licences"
_NAMES_SKILLS = re.compile(r"\b(?:skills?|tools|competenc(?:e|ies)|kompetenzen|compétences)\b", re.I)
_LIST_ITEMS = 3  # a skills line lists at least this many terms


def skills_apart(sections: list) -> list:
    """A certificates section whose heading names skills too ("CERTIFICATIONS & SKILLS") keeps
    its certificates, and its lines that list terms ("Excel, SAP, MercuryGate, Outlook | LTL/FTL,
    EDI") become a skills section after it: read as certificates, a list became one certificate's
    issuer. Certificates listed on one line with semicolons ("OSHA 10 (2019); Forklift certified
    (2015)") are one line each, as certificates are."""
    out = []
    for section in sections:
        if section.key != "certificates":
            out.append(section)
            continue
        lines = [replace(line, text=part.strip()) for line in section.lines
                 for part in (_one_per_certificate(line.text))]
        listed = [line for line in lines if _NAMES_SKILLS.search(section.heading or "")
                  and len(items := split_list(line.text.replace(" | ", ", "))) >= _LIST_ITEMS
                  and not SINGLE.search(line.text) and not any(names_certificate(item) for item in items)]
        kept = {id(line) for line in listed}
        out.append(replace(section, lines=[line for line in lines if id(line) not in kept]))
        if listed:
            out.append(replace(section, key="skills", lines=listed))
    return out


def _one_per_certificate(text: str) -> list[str]:
    """"OSHA 10 (2019); Forklift certified (2015)" -> both; a line whose parts are not each a
    certificate (a named one or a dated one) stays whole."""
    from tailor.importer.dates import SINGLE

    parts = [p for p in text.split(";") if p.strip()]
    if len(parts) >= 2 and all(names_certificate(p.strip()) or SINGLE.search(p) for p in parts):
        return parts
    return [text]
