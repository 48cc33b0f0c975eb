"""Cutting one entry header line into parts where the usual separators (|, —, " - ") are not
there: a bold run that ends at a comma, a certificate's "Name, Issuer, Date", a header typed as
a sentence that opens with its dates; a part labelled "Issued by:", or a certificate's issuer
named in brackets at its end, put where the issuer goes; and a certificate's level cut off at a
dash put back on its name. `entries.py` then reads each part by what it is; see the importer
steps in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import re

from tailor.importer import fields
from tailor.importer.dates import parse_dates
from tailor.importer.licence_region import licence_region
from tailor.importer.lines import Line
from tailor.importer.street_address import street_address


def dated_commas(text: str) -> tuple[list[str], str] | None:
    """"2021 - present, FULL STACK DEVELOPER, Acme, Rehovot, Israel. Built ...": a header typed as
    a sentence that opens with its dates is split at its commas (empty parts dropped, a place
    written "City, Country" kept whole); the sentences after it describe the entry."""
    head, _, rest = text.partition(",")
    if not rest or parse_dates(head) is None:
        return None
    header, _, sentences = rest.partition(". ")
    items = [p.strip() for p in header.rstrip(". ").split(",") if p.strip()]
    if not items or len(items) > 5:
        return None
    if len(items) >= 2 and fields.is_location(f"{items[-2]}, {items[-1]}"):
        items[-2:] = [f"{items[-2]}, {items[-1]}"]
    return [head.strip(), *items], sentences.strip()


def certificate_split(section: str, text: str) -> list[str] | None:
    """"AWS Certified Solutions Architect - Professional, Amazon Web Services": a certificate
    line with no stronger separator is its name, then a comma, then the issuer; the name's own
    " - " is part of it."""
    if section != "certificates" or ", " not in text:
        return None
    text, dates = _dated(text)
    if len(fields.split_parts(text.replace(" - ", " \x01 "))) > 1:
        return None
    rest, last = (t.strip() for t in text.rsplit(", ", 1))
    if not dates and parse_dates(last):
        text, dates = rest, [last]
    if ", " not in text or fields.is_location(text):
        return None
    name, issuer = (t.strip() for t in text.rsplit(", ", 1))
    if licence_region(issuer):
        return None  # "Registered Nurse License, Texas (Compact)": where a licence holds, part of its name
    return [name, issuer, *dates]


def _dated(text: str) -> tuple[str, list[str]]:
    """A certificate line without its date where a separator or a colon sets the date apart:
    "Name, Issuer | Feb 2021" (a Word tab stop), "02/2021: Name, Issuer" (a date column)."""
    parts = [p.replace("\x01", "-") for p in fields.split_parts(text.replace(" - ", " \x01 "))]
    if len(parts) == 2 and (at := next((i for i in (1, 0) if parse_dates(parts[i])), None)) is not None:
        return parts[1 - at], [parts[at]]
    if (labelled := re.match(r"([^:,]{4,30}):\s+(\S.*)$", text)) and parse_dates(labelled[1]):
        return labelled[2], [labelled[1]]
    return text, []


def labelled_issuer(section: str, texts: list[str]) -> list[str]:
    """"Issued by: Google / Coursera", "Awarded by: Sulzer", "Published in ACM Queue": a part
    labelled as who issued, awarded or published the entry is that, wherever the layout sets it
    (above the name, in some): the label goes and the part moves second, where the issuer,
    awarder or publisher is read."""
    labelled = [index for index, text in enumerate(texts) if fields.ISSUER_LABEL.match(text)]
    texts = [fields.ISSUER_LABEL.sub("", text) for text in texts]
    if section not in ("certificates", "awards", "publications") or len(labelled) != 1 or len(texts) < 2:
        return texts
    issuer = texts.pop(labelled[0])
    return [texts[0], issuer, *texts[1:]]


# "Link: github.com/jo/raft", "Website: ...", "Repo: ...": a word that only says the part is an address
_URL_LABEL = re.compile(r"(?:link|url|web(?:site)?|site|homepage|demo|repo(?:sitory)?|github|gitlab)\s*:\s*(\S+)", re.I)


def labelled_url(piece: str) -> str:
    """The address of a part that is a label and a web address ("Link: https://x.org", as
    templates print a project's link under its name), else "": read whole, the label would
    make the part a name."""
    match = _URL_LABEL.fullmatch(piece.strip())
    return match[1] if match and fields.is_url(match[1]) else ""


def bold_split(line: Line) -> list[str] | None:
    """"**Data Analyst**, Freelance": the end of the bold run separates the first part, even with
    a separator (a comma) that would not split the line on its own."""
    prefix = line.bold_prefix
    if not prefix or not line.text.startswith(prefix):
        return None
    rest = re.sub(r"^\s*(?:[,;:|@·•—–-]|at\s)\s*", "", line.text[len(prefix):])
    if rest == line.text[len(prefix):] and not line.text[len(prefix):].startswith(" ") \
            and not re.search(r"[,;:]$", prefix):
        return None  # the bold run ends inside a word
    # "**Culinary Arts, Técnico Superior,** Escuela ...": a separator set bold with the run is no part of it;
    # "**Acme | Data Analyst** | Austin, TX": a bar inside the bold run still parts it, as it would unbolded
    bold = [part.strip() for part in prefix.rstrip(",;: ").split(" | ") if part.strip()]
    return [*bold, *fields.split_parts(rest)] if rest.strip() else None


def place_cut(piece: str) -> list[str]:
    """"Confluent, Mountain View, CA": an employer followed by its place after a comma, with no
    other separator between them, is two parts; a place alone, or a name with no place at its
    end, stays one part. A street address ("1968 Gilbert Street, Norfolk, VA 23511", as a
    federal resume prints each job's) is where the job was: its place alone is the part."""
    if fields.is_location(piece):
        return [piece]
    if address := street_address(piece):
        return [address.place() if fields.is_location(address.place()) else address.city]
    items = piece.split(", ")
    for cut in range(1, len(items)):
        head, tail = ", ".join(items[:cut]), ", ".join(items[cut:])
        if fields.is_location(tail) and not fields.is_location(head) and not parse_dates(head):
            return [head, tail]
    return [piece]


# "- Professional", "– Associate", "- Level 2": the level of a certification, part of its name
_LEVEL = re.compile(r"(?:professional|associate|specialty|practitioner|expert|foundational|fundamentals|foundation"
                    r"|advanced|intermediate|beginner|master|(?:level|part|tier)\s+\w+)(?:\s*\([^()]*\))?", re.I)


def certificate_level(section: str, texts: list[str], dashed: list[tuple[str, str, str]]) -> list[str]:
    """"AWS Certified Solutions Architect - Professional": a certificate's level after a dash is
    the end of its name (the same certificate at another level is another certificate), not
    its issuer, which a name-only list (LinkedIn's) never prints."""
    if section != "certificates":
        return texts
    for a, b, joined in dashed:
        if a in texts and b in texts and texts.index(b) == texts.index(a) + 1 and _LEVEL.fullmatch(b.strip()):
            at = texts.index(a)
            texts = [*texts[:at], joined, *texts[at + 2:]]
    return texts



# "(Amazon Web Services)", "(Comunidad de Madrid)": two or more words, each a capitalised word or a
# short joining word ("de", "&", "/"), no digits: a proper name, not a note ("(construction induction)")
_PROPER_NAME = re.compile(r"[^\W\d_][\w&.'’-]*(?:\s+(?:[^\W\d_][\w&.'’-]*|[&/]))+")


def parenthesised_issuer(section: str, texts: list[str]) -> list[str]:
    """"Basic Life Support (BLS) (American Heart Association)": a certificate whose line ends
    in a proper name in brackets, with no other part after it, names its issuer there, as a
    line that names its parts puts the one who issued last and apart. The commas before it
    belong to the name ("Registered Nurse License, Texas (Compact) (Texas Board of Nursing)");
    one word in brackets is an abbreviation or a note ("(PCCN)", "(Compact)"), not who issued."""
    last = re.fullmatch(r"(.*\S)\s*\(([^()]+)\)", texts[-1].strip()) if texts and section == "certificates" else None
    words = last[2].split() if last else []
    if not last or not _PROPER_NAME.fullmatch(last[2].strip()) \
            or not all(w[0].isupper() or w in "&/" or len(w) <= 3 and w.islower() for w in words):
        return texts
    return [", ".join([*texts[:-1], last[1]]), last[2].strip()]
