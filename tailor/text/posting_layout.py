"""Recognising what a line of a posting is: its title, a header field ("Location: Chicago, IL"),
or a heading that opens a section (requirements, nice to have, duties, neutral, boilerplate).

A requirement's kind starts from the heading it sits under, and postings write headings in every
shape: Markdown, bold, "Qualifications:", a short Title Case line, a label glued to its first
item. Telling those shapes apart from items that look alike ("Master's Degree", "Full Stack
Development: TypeScript") is the job of this module.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tailor.text.posting_vocabulary import FUNCTION_WORDS, ITEM_STARTERS, Section, is_verb
from tailor.text.requirement_kinds import MUST_CUE, NICE, QUALIFICATION_TERM, RESP_CUE

# --------------------------------------------------------------------------- header lines

_META = re.compile(
    r"^\s*(?:\*\*)?(?P<key>company|employer|organi[sz]ation|agency|location|job location|work location|"
    r"type|job type|employment type|level|seniority|career level|employee level|experience level|"
    r"salary|pay|compensation|schedule|shift|remote|position open to remote|date posted|posted|"
    r"job id|req(?:uisition)? id|department)(?:\*\*)?\s*:\s*(?:\*\*)?\s*(?P<value>.*?)\s*$", re.I)


def meta_line(line: str) -> tuple[str, str] | None:
    """`("location", "Chicago, IL")` for a header line such as "Location: Chicago, IL", else None."""
    match = _META.match(line)
    if not match or len(match.group("value")) > 80:
        return None
    return match.group("key").lower(), match.group("value").strip("* ")


# The label a title goes under, which is no part of it: "Job Title:", and the civil-service and
# careers-site forms "Class Title:", "Position Title:", "Working Title:".
_TITLE_LABEL = r"(?:(?:job|class|classification|position|working|official)\s+)?title"
_TITLE_PREFIX = re.compile(
    r"^\s*(?:#+\s*)?(?:\*\*|__)?\s*(?:" + _TITLE_LABEL + r"|position|role)\s*:\s*(?:\*\*|__)?\s*", re.I)
EXPLICIT_TITLE = re.compile(r"^\s*(?:#+\s*)?(?:\*\*|__)?\s*" + _TITLE_LABEL + r"\s*:", re.I)


def clean_title(line: str) -> str:
    """"# Senior Engineer", "**Job title:** Senior Engineer" -> "Senior Engineer"."""
    line = _TITLE_PREFIX.sub("", line)
    line = re.sub(r"^\s*#+\s*", "", line)
    return " ".join(line.strip().strip("*_ ").split())


def looks_like_title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 16 and len(line) <= 120 and not line.rstrip().endswith((".", ":", ","))


# A posting pasted from a careers page often opens with the company's section or the page's own
# heading, not the title: "About us", "About Acme", "Who we are", "Company overview", "Careers at
# Acme", "Join our team". No job title reads so.
OPENING_HEADING = re.compile(r"^(?:about\b.{0,40}|who we are|company (?:overview|description|profile)|"
                             r"our (?:company|story|mission)|careers?(?:\s+(?:at|with)\b.{0,40})?|"
                             r"jobs?\s+at\b.{0,40}|join (?:us|our team)\b.{0,30}|work (?:with|for) us)\s*[:!?]?$", re.I)
# "Position: Dental Office Manager - Gahanna Office" further down a careers page: the role named by
# a label, used when the opening line is no title ("Position: Full-time" names no role).
_LABELLED_ROLE = re.compile(
    r"^\s*(?:\*\*|__)?\s*(?:position|role|job|opening|vacancy)\s*:\s*(?:\*\*|__)?\s*(?P<role>\S.*)$", re.I)
_EMPLOYMENT_TYPE = re.compile(r"^(?:full|part)[- ]?time\b|^(?:permanent|temporary|contract|seasonal|"
                              r"internship|per diem|prn)\b", re.I)


def labelled_role(lines: list[str]) -> str:
    """The value of the first "Position:" / "Role:" line that reads as a job title, else ""."""
    for line in lines:
        found = _LABELLED_ROLE.match(line)
        if found:
            role = clean_title(found["role"])
            if looks_like_title(role) and not _EMPLOYMENT_TYPE.match(role):
                return role
    return ""
# "We are looking for a Transportation Supervisor to join ...", "We're hiring an experienced Data
# Analyst": the title is the capitalised run after the article (a few lower-case adjectives allowed).
_TITLE_SENTENCE = re.compile(
    r"\b(?:looking for|hiring|seeking|searching for|recruiting)\s+(?:an?|our next|a new)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?P<title>[A-Z][\w/&+.-]*(?:\s+(?:of|and|&|for)?\s*[A-Z][\w/&+.-]*){0,5})")
_TITLE_SENTENCE_LINES = 12  # only the opening of a posting names the role so


def title_in_sentence(lines: list[str]) -> str:
    """The title a posting's opening sentences name ("We are looking for a Transportation
    Supervisor to join our team"), when no line of its own gives it; "" if none does."""
    for line in [line for line in lines if line.strip()][:_TITLE_SENTENCE_LINES]:
        if found := _TITLE_SENTENCE.search(line):
            return " ".join(found.group("title").split())
    return ""


# --------------------------------------------------------------------------- headings

# What each heading opens. A catch-all ("Supplemental Information", "Additional Information") opens
# a neutral part, where each statement is judged on its own words: as a short Title Case line it
# would otherwise be a sub-heading that keeps the section above it, and a county posting's
# "Selection process" text would become nice-to-haves under "Desirable Qualifications". How the
# employer selects ("Selection Process", "Application process") asks nothing of the candidate.
_HEADING_RULES: list[tuple[Section, re.Pattern]] = [
    ("boiler", re.compile(
        r"benefit|perk|we offer|what we offer|offering|compensation|salary|\bpay\b|sign[- ]on|"
        r"about us|about the company|about our|who we are|who are we|why (?!you)|our (commitment|"
        r"culture|mission|values|story|team)|diversity|equal (employment )?opportunit|\beeo\b|"
        r"(company|organization|organisation) (overview|description|summary)|work environment|"
        r"physical demands|weighting|shift details|^schedule|how to apply|to apply|apply now|"
        r"is .* a fit|are you ready|disclaimer|legal|accommodation|privacy|^location|"
        r"(?:selection|application|hiring|interview|screening) process", re.I)),
    ("nice", re.compile(
        r"prefer|nice[- ]to[- ]have|nice to haves?|bonus|desired|desirable|\bideal\b|\bideally\b|"
        r"\bplus\b|good to have|great to have|optional|extra credit|not required|additional "
        r"(skills|qualifications)", re.I)),
    ("resp", re.compile(
        r"responsibilit|duties|\bduty\b|what you('|’)?ll do|what you will do|what will you do|"
        r"job involve|your (role|day|mission|impact)|the role|in this role|role overview|"
        r"day[- ]to[- ]day|accountabilit|expectations|key tasks|\btasks\b|what you('|’)?ll be doing|"
        r"what you will be doing|performance standards|you will", re.I)),
    ("must", re.compile(
        r"requirement|qualification|what you need|what you('|’)?ll need|what you bring|looking for|"
        r"who you are|about you|\bskills?\b|competenc|education|experience|knowledge|abilities|"
        r"minimum|required|must[- ]haves?|credential|certification|licen[cs]e|what we expect|"
        r"you have|your profile|profile|tech(nology)? stack|(our|the) stack|technologies|tools|"
        r"relocate|eligibility", re.I)),
    ("neutral", re.compile(
        r"overview|summary|description|purpose|the opportunity|about the (role|job|position|"
        r"opportunity)|introduction|the job|position|\binformation\b", re.I)),
]


# "Minimum qualifications for the ideal future caregiver include:": a heading that says minimum
# or basic opens must-haves whatever else it says of the candidate.
_MINIMUM = re.compile(r"\b(minimum|basic) (qualifications|requirements)\b", re.I)


def heading_kind(text: str) -> Section | None:
    if _MINIMUM.search(text):
        return "must"
    for kind, pattern in _HEADING_RULES:
        if pattern.search(text):
            return kind
    return None


_SECTION_LABEL = re.compile(r"requirement|qualification|responsibilit|duties|prefer|nice[- ]to[- ]have|"
                            r"\bskills\b|bonus|what you", re.I)
_SECTION_WORDS = re.compile(r"certifications|licen[cs]es|qualifications|requirements|education|"
                            r"skills|credentials", re.I)
_LABEL_ADJECTIVES = frozenset("Exceptional Stellar Highly Reliable Excellent Strong Great Good "
                              "Tech Effective Outstanding Superb Solid".split())
_MD_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*)$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*:?\s*$")
_INLINE_HEADING = re.compile(
    r"^\s*(?:\*\*)?(?P<head>[A-Z][\w&/’',()\- ]{1,60}?)(?:\*\*)?\s*:\s*(?P<rest>\S.*)$")
BULLET = re.compile(r"^\s*(?:[-*•·●▪◦‣–—>]+|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")


@dataclass(frozen=True)
class Heading:
    section: Section | None   # None: a sub-heading that keeps the current section
    text: str


def heading_of(line: str, current: Section) -> Heading | None:
    """Is this line a heading? Which section does it open?

    Known headings ("Responsibilities", "What You Need", "## Nice to have", "Qualifications:")
    open their section. A list intro ending with ":" opens the section its own words suggest
    ("...will be responsible for:"). A short Title Case line in a duties part ("Budget",
    "Regulatory Intelligence") is a sub-heading; in a requirements part it may be an item
    ("Master's Degree"), so it is only a heading there when it names no qualification.
    """
    md = _MD_HEADING.match(line) or _BOLD_LINE.match(line)
    if not md and BULLET.match(line):
        return None                              # a bulleted line is an item
    text = (md.group(2) if md else line).strip().strip("*_ ").strip()
    bare = text.rstrip(":").strip()
    if not bare:
        return None
    words = bare.split()
    kind = heading_kind(bare)
    if md:
        return Heading(kind or "neutral", bare)
    ends_colon = text.endswith(":")
    short = len(words) <= 8 and len(bare) <= 70
    if re.search(r"[.!]$", bare) and not ends_colon:
        return None
    if ":" in bare and not md:
        return None                              # "Full Stack Development: TypeScript" is an item
    if re.search(r"\b(is|are)\s+(required|preferred|a must|a plus)\b", bare, re.I):
        return None                              # "U.S. Citizenship Is Required" is an item
    if (kind == "must" and not ends_colon and QUALIFICATION_TERM.search(bare)
            and not _SECTION_WORDS.search(bare)):
        return None                              # "Driver's License (Required)" is an item
    if short and kind and (ends_colon or _is_title_case(words) or _mostly_heading(bare)
                           or bare.endswith("?")):
        return Heading(kind, bare)
    if ends_colon and len(words) <= 16:
        return Heading(kind or _section_from_cues(bare), bare)
    if bare.endswith("?") and len(words) <= 10:
        return Heading("boiler", bare)           # "Are you ready to make a difference?"
    if short and len(words) <= 6 and _is_title_case(words) and not re.search(r"\d", bare):
        if current in ("must", "nice") and QUALIFICATION_TERM.search(bare):
            return None
        return Heading(None, bare)
    return None


def _mostly_heading(text: str) -> bool:
    """"Nice to have", "What you need": heading words make up most of the line."""
    covered = sum(len(m.group()) for _, p in _HEADING_RULES for m in p.finditer(text))
    return len(text.split()) <= 4 and covered >= 0.5 * len(text.replace(" ", ""))


def _is_title_case(words: list[str]) -> bool:
    return all(w[0].isupper() or not w[0].isalpha() or w.lower() in FUNCTION_WORDS for w in words)


def _section_from_cues(text: str) -> Section | None:
    if NICE.search(text):
        return "nice"
    if RESP_CUE.search(text):
        return "resp"
    if MUST_CUE.search(text):
        return "must"
    return None


def split_inline_heading(line: str) -> tuple[Heading, str] | None:
    """"Requirements: 2+ years of..." -> (Heading must, "2+ years of..."), for known headings only.

    "Full Stack Development: TypeScript" is an item, not a heading, so unknown labels stay.
    When the rest is a stub ("Education: Bachelor's (Required)") the label is kept with it.
    """
    match = _INLINE_HEADING.match(line)
    if not match:
        return None
    head, rest = match.group("head").strip(), match.group("rest").strip()
    if len(head.split()) > 5 or (meta_line(line) and not heading_kind(head)):
        return None
    first = head.split()[0]
    label_noun = re.search(r"(requirements|qualifications)$", head, re.I)   # "Minimum Qualifications"
    if not label_noun and (first in ITEM_STARTERS or first in _LABEL_ADJECTIVES or is_verb(first)):
        return None          # "Familiarity with technologies such as: XML", "Exceptional ... skills:"
    kind = heading_kind(head)
    if not kind:
        return None
    if len(rest.split()) < 4 and not _SECTION_LABEL.search(head):
        return Heading(kind, head), line.strip()    # "Education: Bachelor's (Required)"
    return Heading(kind, head), rest
