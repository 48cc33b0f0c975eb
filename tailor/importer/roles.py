"""Which text part of a work or volunteer entry is the role and which the employer: role words
("Engineer", "Nurse", "Chef", "Responsable"), "Title, Employer" typed with a comma (also when the title has a
comma of its own, "Director, Europe, Acme AG"), the employer-first layouts that set the role on
a line of its own under the employer and its dates, an employer's own name with a dash in
it, and a role set apart from its employer by a spaced dash no stronger separator cut.
"""
from __future__ import annotations

import re

from tailor.importer import fields
from tailor.importer.dates import parse_dates
from tailor.importer.lines import Line
from tailor.importer.list_items import LIST_LABEL, is_meta_only, line_dates
from tailor.importer.role_unit import reads_as_unit

ROLE_WORDS = re.compile(
    r"\b(engineer|developer|manager|analyst|intern|director|lead|consultant|designer|scientist|specialist|"
    r"supervisor|volunteer|tutor|facilitator|architect|administrator|officer|coordinator|assistant|"
    r"associate|head|vp|vice president|president|founder|co-founder|owner|teacher|instructor|researcher|"
    r"technician|contractor|freelancer|programmer|mentor|chair|member|fellow|advisor|adviser|editor|writer|"
    r"representative|agent|clerk|cashier|server|barista|chef|nurse|accountant|principal|staff|partner|"
    r"trainee|apprentice|maintainer|contributor|author|creator|organizer|organiser|leader|captain|"
    r"strategist|executive|recruiter|marketer|treasurer|secretary|bookkeeper|auditor|"
    r"product owner|cto|ceo|cfo|coo|sre|devops|operator|handler|driver|worker|technologist|therapist|aide|"
    r"cook|mechanic|electrician|machinist|welder|pharmacist|physician|paralegal|attorney|librarian|"
    r"receptionist|bartender|caregiver|dispatcher|inspector|deputy|second in|waiter|waitress|"
    # the usual role words of French and Spanish titles ("Responsable logistique", "Jefe de Obra")
    r"responsable|directeur|directrice|ing[ée]nieur|ingenier[oa]|jef[ea]|gerente|adjointe?)s?\b", re.I)

# "Designation: Quality Engineer", "Position: Nurse", "Funktion: Teamleiter": a form's label before the
# role (usual on Indian CVs, under the employer's dated line) names the field; it is no part of the title
_ROLE_LABEL = re.compile(r"^(?:designation|position(?: held)?|role|job title|title|post|poste|puesto|cargo|funktion"
                         r")\s*[:–-]\s*(?=\S)", re.I)
_AT = re.compile(r"\s+at\s+")
_OPEN_AT = re.compile(r"(.+?)\s+(?:at|@)", re.I)


def role_at(section: str, texts: list[str], dashed: list[tuple[str, str, str]]) -> list[str]:
    """"Senior Engineer at Acme": the role before "at", the employer after it. When a spaced dash
    cut the employer's own name ("Sous Chef at Mercado de San Miguel – Grupo Sanmi"), the pieces
    go back together as one employer first."""
    if section not in ("work", "volunteer"):
        return texts
    texts = [_ROLE_LABEL.sub("", text) for text in texts]  # "Designation: Quality Engineer"
    for a, b, joined in dashed:
        at = _AT.split(a, 1)
        if texts[:2] == [a, b] and len(at) == 2 and is_role(at[0]) and not is_role(b):
            return [at[0], at[1] + joined[len(a):], *texts[2:]]
    for index, text in enumerate(texts[:-1]):
        if (role := open_at(text)) and is_role(role):  # "Staff Software Engineer at", then "Confluent"
            return [*texts[:index], role, *texts[index + 1:]]
    at = _AT.split(texts[0], 1) if len(texts) == 1 else []
    return at if len(at) == 2 and is_role(at[0]) else texts


def at_wrap(above: Line, line: Line) -> bool:
    """"Senior Manufacturing Engineer, Grain Processing" over "Equipment at Bühler AG", or
    "Process Engineer at ZF Friedrichshafen" over "AG": a "Role at Employer" title too long for
    its column wraps onto a line in the same type, right under it (no gap) and with no dates.
    When exactly one of the two lines holds the "at" and a role comes before it, the second
    line goes on the first; a line under a title with no "at" anywhere is the entry's own."""
    if not (above.bold and line.bold and above.size and abs(above.size - line.size) < 0.3
            and above.page == line.page and abs(above.x - line.x) < 1 and 0 < line.y - above.y < 1.8 * line.size) \
            or line.gap_before or line.is_bullet or line_dates(line) or is_meta_only(line) or line_dates(above):
        return False
    upper, lower = _AT.split(above.text, 1), _AT.split(line.text, 1)
    if len(upper) == 2 and len(lower) == 1:
        return is_role(upper[0])
    return len(upper) == 1 and len(lower) == 2 and is_role(f"{above.text} {lower[0]}") and not open_at(line.text)


def open_at(text: str) -> str:
    """"Staff Software Engineer at": a header piece that ends on "at" (or "@") leaves its sentence
    open, the employer is the next piece (a link set apart, or the next line). Returns the role
    before "at", or "" when the piece does not end that way."""
    return match[1] if (match := _OPEN_AT.fullmatch(text.strip())) else ""


def role_after_employer(line: Line, header: list[Line], section: str) -> bool:
    """"Outreach" (dates, URL) then "Software Engineering Intern": an employer-first layout
    names the role on a line of its own; a role line with no dates, under a header whose text
    names no role yet, completes that entry rather than starting the next."""
    if section not in ("work", "volunteer"):
        return False
    texts = [p for h in header for p in fields.split_parts(h.text)
             if not (parse_dates(p) or fields.is_url(p) or fields.is_location(p))]
    return (is_role(line.text) and not line_dates(line) and len(line.text.split()) <= 12 and not line.text.endswith(".")
            and 1 <= len(texts) <= 2 and not any(is_role(t) for t in texts))  # employer and its tagline


def employer_first(header: list[Line]) -> bool:
    """"Burnage Academy  2021 – Present" then "Second in Mathematics Department", both bold: the
    line that carries the dates (or has them beside it) names the employer, the bold line
    under it the role. A title-first layout puts the dates on the employer's line, under the
    title, so its second bold line is no role, nor is a bold label over the entry's list
    ("HIGHLIGHTS")."""
    texts = [h for h in header if not is_meta_only(h) and not LIST_LABEL.match(h.text.strip())]
    if len(texts) < 2 or not (texts[0].bold and texts[1].bold) or line_dates(texts[1]):
        return False
    first, second = header.index(texts[0]), header.index(texts[1])
    return line_dates(texts[0]) or any(line_dates(h) for h in header[first + 1:second])  # dates between the two


def role_comma_split(text: str) -> list[str] | None:
    """"Title, Employer" (or "Employer, Title") typed with a comma: split at the first comma
    when exactly one side names a role, or when the second of two parts is a company by its legal
    form ("Werkstudent, Siemens AG"), so "Acme, Inc." stays one employer; at the last one when
    the role comes last and the employer's own name has a comma, or the role comes first with a
    comma of its own and the last part is an employer on its own (`_employer_alone`)."""
    if ", " not in text:
        return None
    first, second = (t.strip() for t in text.split(", ", 1))
    head, last = (t.strip() for t in text.rsplit(", ", 1))
    if is_role(second) and not is_role(first) and is_role(last) and not is_role(head):
        return [head, last]  # "Swiss Engineering STV, Sektion Zürich, Board Member": the employer has a comma
    parts = _top_level_parts(text)  # commas inside parentheses belong to the role ("(Charge Nurse, Nights)")
    head, last = ", ".join(parts[:-1]), parts[-1]
    if is_role(first) and not is_role(last) and len(parts) > 2 and _employer_alone(last, parts):
        return [head, last]  # "Director of Engineering, Europe, Acme AG": the role has a comma
    if len(parts) == 2 and _legal_form(parts[0]) != _legal_form(parts[1]) and not any(map(is_role, parts)):
        return sorted(parts, key=_legal_form)  # "Datenanalyst, Siemens AG": a role word Tailor does not know
    return [first, second] if is_role(first) != is_role(second) else None


def _legal_form(text: str) -> bool:
    """A name of two words or more ending in a company's legal form ("Siemens AG", "Acme Ltd"):
    an employer's name, whatever language the role beside it is in."""
    words = text.split()
    return len(words) >= 2 and COMPANY_SUFFIX.match(words[-1]) is not None


def one_line_job(text: str) -> list[str] | None:
    """"Waiter, Hawksmoor", the text left of a place cut off the same line ("Waiter, Hawksmoor,
    Manchester (2016 – 2018)"): a job typed on one line as comma fields reads "Role, Employer,
    City", the order a one-line job is written in, so when no role word tells the two apart
    (`role_comma_split`) the first is the role. Only two short parts, each set as a name, and
    neither a company suffix ("Acme, Inc."), a place, nor a role word."""
    parts = _top_level_parts(text)
    if len(parts) != 2 or any(is_role(p) or COMPANY_SUFFIX.match(p) or fields.is_location(p) for p in parts):
        return None
    return parts if all(p[:1].isupper() and len(p.split()) <= 5 for p in parts) else None


def role_dash_split(text: str) -> list[str] | None:
    """"Central Texas Food Bank - Data Volunteer" as one bold run, or "Grupo Sanmi - Sous Chef"
    after an en dash that is part of the employer's name: a spaced dash no stronger separator
    cut still sets the role apart from the employer. Cut at the last dash when the role comes
    last, at the first when it comes first, and only when the other side names no role."""
    dashes = list(_SPACED_DASH.finditer(text))
    if not dashes:
        return None
    for dash, role_last in ((dashes[-1], True), (dashes[0], False)):
        head, tail = text[:dash.start()].strip(), text[dash.end():].strip()
        if head and tail and is_role(head) != is_role(tail) and is_role(tail if role_last else head):
            return [head, tail]
    return None


_SPACED_DASH = re.compile(r"\s+[-–—]\s+")


def is_role(text: str) -> bool:
    """Names a role somewhere; a firm named for its people ("Willamette Health Partners",
    "Smith & Associates": the plural ending a name of several words) is an employer, and a
    sentence ("Engineering lead for a greenfield plant in Kotka, Finland.": a full stop after
    more than `_SENTENCE_WORDS` words) describes the entry: no title runs that long."""
    if text.rstrip().endswith(".") and len(text.split()) > _SENTENCE_WORDS:
        return False
    return any(not (_FIRM.fullmatch(m.group()) and m.end() == len(text.rstrip(" .,")) and len(text.split()) > 1)
               for m in ROLE_WORDS.finditer(text))


_SENTENCE_WORDS = 8
_FIRM = re.compile(r"(?:partners|associates|consultants|advisors|advisers|architects)", re.I)


def dashed_names(section: str, texts: list[str], dashed: list[tuple[str, str, str]]) -> list[str]:
    """"Mercado de San Miguel – Grupo Gastronómico Sanmi": an employer's own name with a dash in
    it. When the role is named elsewhere in the entry (or after a comma on the dash's right side,
    "... – Grupo Gastronómico Sanmi, Sous Chef", or before a comma on its left side, "Sous Chef,
    Mercado de San Miguel – ...") and neither side of the dash is a role, the two sides are one name,
    unless the words after the role's comma name a unit in common words ("Staff RN, Medical-Surgical
    – Mount Carmel East": `role_unit.py`); so are a role and its department when the employer is
    named elsewhere (`_role_and_unit`)."""
    if section not in ("work", "volunteer"):
        return texts
    texts = [_ROLE_LABEL.sub("", text) for text in texts]  # "Designation: Quality Engineer"
    for a, b, joined in dashed:
        if "—" in joined[len(a):len(joined) - len(b)]:
            continue  # a spaced em dash parts fields as "|" does, never inside a name ("Engineer, Full Stack — Acme")
        if a in texts and b in texts and not is_role(a) and (split := role_comma_split(b) or role_dash_split(b)) \
                and not is_role(split[0]):  # "... – Grupo Sanmi, Sous Chef", "... – Grupo Sanmi - Sous Chef"
            at = texts.index(a)
            texts = [t for t in texts if t not in (a, b)]
            texts[at:at] = [joined.removesuffix(b) + split[0], split[1]]
        elif a in texts and b in texts and not is_role(b) and (split := role_comma_split(a)) \
                and is_role(split[0]) and not is_role(split[1]) and not reads_as_unit(split[1]):
            # "Sous Chef, Mercado – Grupo Sanmi"; "Staff RN, Medical-Surgical – X" keeps its unit
            at = texts.index(a)
            texts = [t for t in texts if t not in (a, b)]
            texts[at:at] = [split[0], split[1] + joined[len(a):]]
        elif a in texts and b in texts and (not (is_role(a) or is_role(b)) and (any(
                is_role(t) for t in texts if t not in (a, b)) or _one_name(a, b, texts))
                or _role_and_unit(a, b, texts)):
            at = texts.index(a)
            texts = [t for t in texts if t not in (a, b)]
            texts.insert(at, joined)
    return texts


def _one_name(a: str, b: str, texts: list[str]) -> bool:
    """"St. Luke's Health – The Vintage Hospital" as the entry's only text: two names of several
    words each, neither naming a role, are one employer's name (a layout that prints no roles);
    "Amazon – Picker" (one word across the dash) is left to the order."""
    return len(texts) == 2 and len(a.split()) >= 2 and len(b.split()) >= 2


def _role_and_unit(role: str, unit: str, texts: list[str]) -> bool:
    """"Registered Nurse – Cardiac Sciences" with "St Vincent's Hospital" on the line above or
    below: a role, then across the dash a department or specialty, is one role when the entry
    names its employer in another part (no role word in it), so the unit is no second employer."""
    return is_role(role) and not is_role(unit) and not COMPANY_SUFFIX.search(unit.rsplit(" ", 1)[-1]) \
        and any(not is_role(t) and t[:1].isupper() for t in texts if t not in (role, unit))


# The legal form that ends a company's name ("Acme, Inc.", "Midwest Logistics Inc.", "Bühler AG").
COMPANY_SUFFIX = re.compile(r"^(?:inc|llc|llp|ltd|plc|corp|corporation|incorporated|co|gmbh|ag|kg|sa|s\.?a|s\.?l|"
                            r"bv|b\.v|nv|n\.v|srl|s\.r\.l|spa|s\.p\.a|sarl|pty|pvt|pte|limited|company)\.?$", re.I)


def _top_level_parts(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0 and text[i + 1:i + 2] == " ":
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [*parts, current.strip()]


def _employer_alone(last: str, parts: list[str]) -> bool:
    """After "Role, Qualifier," the last comma part is the whole employer: not a company suffix
    ("Acme, Inc."), not a place ("Seattle, WA"), the line has no other place in it, and no part
    between the role and it carries an acronym (an organisation's own name)."""
    if any(re.search(r"\b[A-Z]{2,}\b", p) for p in parts[1:-1]):
        return False  # "Board Member, Swiss Engineering STV, Sektion Zürich": an acronym names the employer
    return (len(last) > 3 and not COMPANY_SUFFIX.match(last) and not fields.is_location(last)
            and not any(fields.is_location(", ".join(parts[i:])) for i in range(1, len(parts))))
