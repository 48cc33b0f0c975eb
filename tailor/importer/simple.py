"""Sections without dated entries: summary, skills, languages, interests, references.

Each returns JSON Resume items plus the lines it could not place, so nothing is dropped.
"""
from __future__ import annotations

import re

from tailor.importer import fields
from tailor.importer.lines import Line

_GROUP = re.compile(r"^([^:,;|]{1,40}):\s*(.+)$")
_FLUENCY = re.compile(r"^(.+?)\s*(?:\((.+)\)|[:\-–—]\s*(.+))$")


def parse_summary(lines: list[Line]) -> str:
    """The paragraph(s) of a Summary section as one string (paragraphs on their own lines)."""
    return "\n".join(line.text for line in lines)


def parse_skills(lines: list[Line]) -> list[dict]:
    """"Group: a, b" lines -> one skill group each; plain lists merge into one "Skills" group."""
    groups: list[dict] = []
    plain: dict = {"name": "Skills", "keywords": []}
    for line in lines:
        match = _GROUP.match(line.text)
        if match:
            groups.append({"name": match[1].strip(), "keywords": fields.split_list(match[2])})
        else:
            plain["keywords"].extend(fields.split_list(line.text))
    if plain["keywords"]:
        groups.insert(0, plain) if not groups else groups.append(plain)
    return groups


def parse_languages(lines: list[Line]) -> list[dict]:
    """"English (Native), Spanish: Fluent" -> [{language, fluency}, ...]."""
    out = []
    for line in lines:
        for item in fields.split_list(line.text):
            match = _FLUENCY.match(item)
            if match:
                out.append({"language": match[1].strip(), "fluency": (match[2] or match[3]).strip()})
            else:
                out.append({"language": item})
    return out


def parse_interests(lines: list[Line]) -> list[dict]:
    """"Cycling: gravel, commuting" -> {name, keywords}; a plain list -> one item per interest."""
    out = []
    for line in lines:
        match = _GROUP.match(line.text)
        if match:
            out.append({"name": match[1].strip(), "keywords": fields.split_list(match[2])})
        else:
            out += [{"name": item} for item in fields.split_list(line.text)]
    return out


def parse_references(lines: list[Line]) -> list[dict]:
    """Each paragraph is a reference; a short line after it ("— Jane Doe, CTO") is its name."""
    out: list[dict] = []
    for line in lines:
        text = line.text
        if out and "name" not in out[-1] and len(text.split()) <= 10 and re.match(r"^[-–—~]\s*\S", text):
            out[-1]["name"] = text.lstrip("-–—~ ").strip()
        else:
            out.append({"reference": text})
    return out
