"""Warnings about an import that looks guessed: where a field may be filled wrongly, say so.

Lines that found no field are listed (`result.Unparsed`), but a field filled with the wrong text
is silent: the counts look fine and the user trusts the file. This module looks at the finished
JSON Resume for shapes a correct import rarely has (a job with no employer, no title and no
dates; a skill list as an employer; a job title, a heading, "Resume" or a letter's greeting as
the person's name; a range that ends before it starts) and says in plain words where to look.
Each check was kept only if it fires mostly on fields that are in fact wrong across the dev layouts of the import corpus
(docs/ARCHITECTURE.md, "Resume import"); a warning that cries wolf teaches users to ignore it.
One more names what the resume itself lacks: a job with no dates, which tailoring needs (how
recent, how long), so the user adds them. Every warning names an entry the way the JSON file
holds it ("work[0]", see `entry_label`), so the user finds it there.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tailor.importer.addresses import bare_place
from tailor.importer.fields import EMAIL, is_location, is_tag_list, split_list
from tailor.importer.leftover_reasons import unplaced_reason
from tailor.importer.name_line import covering_line
from tailor.importer.page_furniture import FURNITURE_SECTIONS
from tailor.importer.result import Unparsed
from tailor.importer.roles import ROLE_WORDS
from tailor.importer.section_names import is_sign_off
from tailor.importer.sections import HEADINGS, normalise_heading

# section -> (organisation key, title key); the keys a reader names an entry by
_ENTRY_KEYS = {"work": ("name", "position"), "volunteer": ("organization", "position"),
               "projects": ("name", ""), "education": ("institution", "studyType")}
_KEY_NAMES = {"name": "employer", "organization": "organisation", "studyType": "degree"}
# What a document calls itself, set above the name ("RESUME", "Curriculum Vitae"): never a name.
_DOCUMENT_WORDS = {"resume", "résumé", "curriculum vitae", "cv", "vita", "resume of"}
# Role words that are also common surnames or given names ("Jamie Cook", "Minnie Driver"):
# not enough on their own to say that a name is a job title.
_SURNAME_ROLES = {"cook", "driver", "head", "partner", "staff", "server", "agent", "member", "fellow", "clerk",
                  "lead", "chair", "principal", "owner", "aide", "captain", "deputy", "mason", "writer", "chef",
                  "author", "leader", "founder", "editor"}
_YEAR = re.compile(r"^(\d{4})")


@dataclass(frozen=True)
class Finding:
    check: str  # which check fired (for measuring them)
    where: str  # JSON path of what to look at: "basics.name", "work[2]"
    text: str  # the warning as the user reads it

    def __str__(self) -> str:
        return self.text


def review(resume: dict, unparsed: Sequence[Unparsed] = (), today: date | None = None) -> list[Finding]:
    """The warnings for a finished import, most important first."""
    today = today or date.today()
    out = _no_sections(resume, unparsed) + _basics(resume.get("basics") or {})
    for section in _ENTRY_KEYS:
        for index, entry in enumerate(resume.get(section) or []):
            out += _entry(section, index, entry, today)
    out += _headings(unparsed)
    return out


_SECTION_KEYS = ("work", "volunteer", "education", "awards", "certificates", "publications", "skills", "languages",
                 "interests", "references", "projects")
_UNPLACED_FOR_NOTHING = 5  # lines left over, with no section read, that say the headings were missed
# What a heading can be renamed to so Tailor knows it
_KNOWN_NAMES = '"Experience", "Education", "Skills", "Languages"'


def _no_sections(resume: dict, unparsed: Sequence[Unparsed]) -> list[Finding]:
    """A resume where no section was read and many lines found no field: its headings were not
    recognised (in another language, or in a style that does not set them apart), so everything
    under them is listed line by line, which hides the one fix. Say it once, first."""
    if any(resume.get(key) for key in _SECTION_KEYS):
        return []
    left = [item for item in unparsed if item.section not in FURNITURE_SECTIONS]  # not the person's text
    if len(left) < _UNPLACED_FOR_NOTHING:
        return []
    return [Finding("no_sections", "resume",
                    f"no section heading was recognised, so {len(left)} line(s) below the contact details were not "
                    "imported (listed below): if your headings are in another language or an unusual style, rename "
                    f"them to {_KNOWN_NAMES} and import again, or fill the fields in by hand")]


def _basics(basics: dict) -> list[Finding]:
    out = []
    name = (basics.get("name") or "").strip()
    if not name:
        out.append(Finding("name_missing", "basics.name", "no name found: set basics.name"))
    elif covering_line(name):
        out.append(Finding("name_greeting", "basics.name",
                           f'the name "{name}" looks like a greeting or a line of a letter, not a name: set '
                           "basics.name (and check basics.label); the real name may be listed as unparsed"))
    elif _not_a_name(name, basics.get("label") or ""):
        out.append(Finding("name_heading", "basics.name", f'the name "{name}" {_not_a_name_why(name)}: check '
                           "basics.name and basics.label; the real name may be in another field or listed as "
                           "unparsed"))
    if not basics.get("email") and not basics.get("phone"):
        out.append(Finding("contact_missing", "basics", "no email and no phone found: check the header lines "
                                                        "listed as unparsed, or add them to basics"))
    return out


def _not_a_name(name: str, label: str) -> bool:
    """"Resume", "Work Experience", "jo@example.com", "4410 Bellaire Blvd": a name line never
    holds a document word, a section heading, an address or a street number. A job title counts
    only as half of a swap, a role word in the name ("Engineer", not a surname such as "Cook")
    and a label that names no role ("Jo Doe" under "Senior Software Engineer"): a role word
    alone is too weak, people are called "Jane Developer" and resumes often print no label."""
    plain = normalise_heading(name)
    if plain in _DOCUMENT_WORDS or plain in HEADINGS or EMAIL.search(name) or re.search(r"\d{3}|https?://", name):
        return True
    roles = [m[1].lower() for m in ROLE_WORDS.finditer(name)]
    return bool(label.strip()) and any(role not in _SURNAME_ROLES for role in roles) and not ROLE_WORDS.search(label)


def _not_a_name_why(name: str) -> str:
    """What the text in the name's place looks like, for the warning (`_not_a_name` said it is no name)."""
    plain = normalise_heading(name)
    if plain in _DOCUMENT_WORDS:
        return "is what the document calls itself"
    if plain in HEADINGS:
        return "looks like a section heading"
    if EMAIL.search(name) or re.search(r"https?://", name):
        return "looks like a contact detail"
    if re.search(r"\d{3}", name):
        return "looks like an address or a number"
    return "looks like a job title"


# How an entry of a section without review checks is named: (organisation key, title key).
_LABEL_KEYS = {**_ENTRY_KEYS, "certificates": ("issuer", "name"), "awards": ("awarder", "title"),
               "publications": ("publisher", "name")}


_DATES_ELSEWHERE = "dates were already read from another part of its lines"


def unparsed_shown(item: Unparsed, resume: dict) -> tuple[str, str]:
    """Where an unparsed text sat and why it found no field, as `tailor import` prints them: an
    entry named the way warnings name it ('work[1] (Audit Senior at PwC)'), since "[work]" alone
    does not say which job; and a place left over from a job's title lines pointed at the field
    it may belong in (`work[1].location`), when the job has no location yet; a second date says
    which dates the entry holds, so the person can tell which text won."""
    entries = resume.get(item.section)
    if item.entry is None or not isinstance(entries, list) or not 0 <= item.entry < len(entries):
        return item.section, item.reason
    entry = entries[item.entry]
    where = entry_label(item.section, item.entry, entry)
    if item.section == "work" and item.reason == unplaced_reason("work") and not entry.get("location") \
            and (is_location(item.text) or bare_place(item.text, known_only=True)):
        return where, f"{item.reason}; it may be the job's location: {item.section}[{item.entry}].location"
    if item.reason.endswith(_DATES_ELSEWHERE) and (entry.get("startDate") or entry.get("endDate")):
        # which dates won, as the file holds them, since the text they were read from is not known here
        read = f"{entry.get('startDate') or '?'} – {entry.get('endDate') or 'present'}"
        return where, (f"{item.reason}, as {read}; if this text holds the right dates, put them in "
                       f"{item.section}[{item.entry}].startDate and endDate")
    return where, item.reason


def entry_label(section: str, index: int, entry: dict) -> str:
    """How a warning names an entry: by its place in the JSON file, as the user finds it there
    ("work[0]", counted from 0 like the file's list, never "job 1"), then what it is: 'work[0]
    (Sales Lead at Natura)', 'education[1] (B.S. at Ohio State University)', or the start of
    its first point when it has no name ('work[2] ("Did things")')."""
    where = f"{section}[{index}]"
    org_key, title_key = _LABEL_KEYS[section]
    org, title = (entry.get(org_key) or "").strip(), (entry.get(title_key) or "").strip() if title_key else ""
    if org and title:
        return f"{where} ({title} at {org})"
    shown = org or title or (entry.get("area") or "").strip()
    if shown:
        return f"{where} ({shown})"
    point = ((entry.get("highlights") or [""])[0] or "")[:40]
    return f'{where} ("{point}")' if point else where


def _entry(section: str, index: int, entry: dict, today: date) -> list[Finding]:
    where = f"{section}[{index}]"
    org_key, title_key = _ENTRY_KEYS[section]
    org, title = (entry.get(org_key) or "").strip(), (entry.get(title_key) or "").strip() if title_key else ""
    label = entry_label(section, index, entry)
    dated = entry.get("startDate") or entry.get("endDate")
    out = []
    if section in ("work", "volunteer") and not org and not title:
        out.append(Finding("entry_unnamed", where, f"{label} has neither an employer nor a position: check it"))
    elif section == "work" and not dated and not (org and title):  # a volunteer role often has neither
        out.append(Finding("entry_undated", where, f"{label} has no dates and no {'position' if org else 'employer'}: "
                                                   "it may not be a job; check it"))
    elif section == "work" and not dated:
        out.append(Finding("entry_no_dates", where, f"{label} has no dates: add its startDate (and endDate, "
                                                    "unless it is your current job)"))
    for key in (org_key, title_key):
        value = (entry.get(key) or "").strip() if key else ""
        if value and _a_list(value):
            out.append(Finding("entry_list", where, f'{label}: "{value}" reads like a list (of skills?), not '
                                                    f"one {_KEY_NAMES.get(key, key)}: check it"))
    start, end = _year(entry.get("startDate")), _year(entry.get("endDate"))
    if max(start, end) > today.year + 1:
        out.append(Finding("date_future", where, f"{label}: a date after {today.year + 1}: check its dates"))
    if start and end and (entry.get("endDate") or "") < (entry.get("startDate") or ""):
        out.append(Finding("date_order", where, f"{label} ends before it starts: check its dates"))
    return out


def _a_list(value: str) -> bool:
    """"Python, SQL, Excel": three or more short items, as a skill line has. A name followed by
    its place ("University of Minnesota, Minneapolis, MN") is one name, however many commas."""
    items = split_list(value)
    return is_tag_list(value) and not any(is_location(", ".join(items[i:])) for i in range(1, len(items)))


def _year(value: object) -> int:
    match = _YEAR.match(value) if isinstance(value, str) else None
    return int(match[1]) if match else 0


def _headings(unparsed: Sequence[Unparsed]) -> list[Finding]:
    """One warning per heading Tailor did not recognise: its lines are listed as unparsed, but a
    whole section missing from the file is easy to overlook among them."""
    counts: dict[str, int] = {}
    for item in unparsed:
        if item.section.startswith("unknown: "):
            heading = item.section.removeprefix("unknown: ")
            counts[heading] = counts.get(heading, 0) + 1
    return [Finding("sign_off", f"unknown: {heading}", f'section "{heading}" left out: a declaration with place, '
                    f"date and signature is about the resume, not part of it ({n} line(s) listed below)")
            if is_sign_off(heading) else
            Finding("heading_unknown", f"unknown: {heading}",
                    f'section "{heading}" was not imported ({n} line(s) listed below): place them by hand, or, if '
                    f"it is a usual section under another name, rename its heading (e.g. to {_KNOWN_NAMES}) and "
                    "import again")
            for heading, n in counts.items()]
