"""Project entries as third-party layouts set them: "Name: what it is" or "Name - what it is"
one per line, the name then what the project was for ("DormSwap, University of Washington
Capstone"), and its keywords as a tag list under its points. `entries.py` groups and reads
entries of every section and asks this module where projects differ; see the importer steps
in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import re

from tailor.importer import fields
from tailor.importer.lines import Line
from tailor.importer.list_items import line_dates
from tailor.importer.roles import is_role


def named_lead(line: Line) -> bool:
    """"**Kotka Plant Start-up**: Engineering lead for ...": a bold name, a colon or dash, then
    words. Lines set like this one after the other are one project each, gap or no gap."""
    return bool(line.bold_prefix) and bool(re.match(rf"{re.escape(line.bold_prefix)}\s*[:–—-]\s+\S", line.text))


_PLAIN_LEAD = re.compile(r"^[\w.+#'’-]+(?: [\w.+#'’-]+){0,3}\s+[–—-]\s+[A-Z]")


def plain_leads(line: Line, first: Line) -> bool:
    """"Kotka Plant Start-up - Engineering lead for ...", then after a gap "Digital Shop-Floor
    Programme - Group-wide roll-out ...": a short name, a spaced dash and a sentence, set in body
    type one paragraph each, are one project each (the bold kind is `named_lead`)."""
    return line.gap_before and not line.bold_prefix and not first.bold_prefix \
        and bool(_PLAIN_LEAD.match(line.text)) and bool(_PLAIN_LEAD.match(first.text))


def keywords_after_points(line: Line, bullets: list[Line], section: str) -> bool:
    """"Next.js, PostgreSQL, Prisma, Vercel" under a project's points, in body type: its
    keywords, not the next project (whose name is set as a title, or carries its dates); so is a
    labelled list (`labelled_tags`) anywhere in the entry."""
    if section == "projects" and labelled_tags(line):
        return True
    return section == "projects" and bool(bullets) and fields.is_tag_list(line.text) \
        and not (line.bold or line.heading or line.bold_prefix or line_dates(line))


def labelled_tags(line: Line) -> bool:
    """"**Skills acquired:** Next.js | PostgreSQL", "**Tech stack:** Go, Raft": short names after a
    bold label that ends in a colon, wherever the layout sets them in the entry: its keywords,
    never the name of the next project."""
    label = line.bold_prefix.strip()
    rest = line.text[len(label):] if label.endswith(":") and line.text.startswith(label) else ""
    items = fields.split_list(rest)
    return len(label.split()) <= 3 and bool(items) and not rest.rstrip().endswith(".") \
        and all(len(item.split()) <= 3 for item in items)


# "DormSwap at University of Washington Capstone as Full-stack developer", "gradient-viz at as Author"
# (a layout's sentence whose project had no entity): name, what it was for, then the roles
_AT_AS = re.compile(r"(?P<name>\S.*?) at (?:(?P<entity>\S.*?) )?as (?P<roles>\S.*)")


# what a project was for, named after its name and a comma: capitalised words ("University of
# Washington Capstone", "Independent"); lower case after the comma is the name's own phrase
_ENTITY = re.compile(r"[A-Z][\w.&'’-]*(?: (?:of|and|for|the|de|&|[A-Z][\w.&'’-]*))*")
_LIST_TAIL = re.compile(r"\S+ (?:and|&) \S+")  # "Ovens, Pans and Knives": a list's last two items, one name
_ROLES_AND = re.compile(r",? and (?=\S)")  # "Author and Maintainer": two roles, as "Author, Maintainer"


def project_texts(texts: list[str], entry: dict) -> list[str]:
    """"DormSwap, University of Washington Capstone": a project's header names the project
    first and then what it was for (JSON Resume's `entity`), unless a part names a role
    ("Author", "Team lead"); the texts left are the role and the name, assigned as usual. A tag
    list among them ("Next.js, PostgreSQL, Prisma" under the description) is its keywords. A name
    followed by roles after commas on one part ("raft-lab, Author, Maintainer") is cut there,
    and a web address after the last comma is the project's. A header written as a sentence,
    "Name at Entity as Role", is read by those words; roles joined by "and" ("Author and
    Maintainer") are roles each. A header of one text, "Name, Entity", the part after its only
    comma in capitalised words that do not close a list ("Ovens, Pans and Knives"), is cut there."""
    if texts and (said := _AT_AS.fullmatch(texts[0])) and is_role(said["roles"].split(", ")[0]):
        if said["entity"]:
            entry["entity"] = said["entity"]  # "DormSwap at UW Capstone as Team lead": a sentence of its parts
        texts = [said["name"], said["roles"], *texts[1:]]
    for at, text in enumerate(texts):
        head, _, last = text.rpartition(", ")
        if head and fields.is_url(last) and "url" not in entry:
            entry["url"] = last  # "raft-lab, Author, github.com/jo/raft-lab": its address last
            texts = [*texts[:at], head, *texts[at + 1:]]
    texts = [_ROLES_AND.sub(", ", t) if all(map(is_role, _ROLES_AND.split(t))) else t for t in texts]
    for tags in [t for t in texts[1:] if fields.is_tag_list(t) and not all(map(is_role, fields.split_list(t)))]:
        entry.setdefault("keywords", []).extend(fields.split_list(tags))  # roles after commas are no tags
        texts = [t for t in texts if t != tags]
    named = [t.strip() for t in texts[0].split(", ")] if texts else []
    if len(named) > 1 and all(map(is_role, named[1:])) and not is_role(named[0]):
        texts = [named[0], ", ".join(named[1:]), *texts[1:]]  # "DormSwap, Full-stack developer, Team lead"
    elif len(texts) == 1 and len(named) == 2 and _ENTITY.fullmatch(named[1]) and not is_role(named[0]) \
            and not _LIST_TAIL.fullmatch(named[1]):
        texts = named  # "DormSwap, University of Washington Capstone" in one run: the name, then what it was for
    roles = [t for t in texts[1:] if is_role(t)]
    if len(texts) == 3 and len(roles) == 1 and not is_role(texts[0]):
        entry["entity"] = next(t for t in texts[1:] if t != roles[0])  # "DormSwap | UW Capstone | Team lead"
        return [texts[0], roles[0]]
    if len(texts) < 2 or any(is_role(t) for t in texts):
        return texts
    name, entity, *rest = texts
    entry["entity"] = entity
    return [name, *rest]
