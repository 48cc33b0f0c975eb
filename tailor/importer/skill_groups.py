"""Skill groups set as sections: a sidebar that lists its skills as groups with no "Skills"
heading over them, each group's name set in the headings' type ("Web Development",
"Programming Languages"), its level on the next line ("Intermediate"), then its keywords.

Read by headings alone, each group is a section of its own: an unknown one, or "languages"
when its name holds that word. A section whose heading names no section exactly and whose
first line is a skill level is read as a skill group instead: the heading is the group's
name, the level its level, the other lines its keywords. So is a section under a heading
Tailor cannot name that holds keywords only, set as chips (a list of short names), beside
another such group or a skills section. A section under a heading that names one exactly
("Languages", "Skills") is left to its own parser: "Intermediate" under "Languages" is a
fluency; only a skills section of names one a line that ends a run of groups ("Tools" after
"Manufacturing" and "Leadership") is their last group, named by its heading.
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer import fields
from tailor.importer.dates import parse_dates
from tailor.importer.lines import Line
from tailor.importer.sections import HEADINGS, Section, normalise_heading
from tailor.text.skill_terms import canonical_spelling

# Levels of a skill, not fluencies of a language ("native", "fluent" stay the languages parser's).
_SKILL_LEVEL = re.compile(r"^(beginner|novice|basic|intermediate|advanced|expert|master|proficient)$", re.I)
_MAX_ITEM_WORDS = 5  # "Lean Six Sigma Black Belt"


def as_skill_groups(sections: list[Section]) -> list[Section]:
    """`sections` with each skill group set as a section turned into a skills section of one
    group (its name over its level and keywords)."""
    out, index = [], 0
    while index < len(sections):
        end = index
        while end < len(sections) and (_leveled(sections[end]) or _short_names(sections[end])):
            end += 1
        run = sections[index:end]
        if run and _groups(run, sections[index - 1] if index else None, sections[end] if end < len(sections) else None):
            out += [Section("skills", section.heading, _group_lines(section)) for section in run]
            if end < len(sections) and _last_group(sections[end]):
                out.append(Section("skills", sections[end].heading, _group_lines(sections[end])))
                end += 1
        else:
            out += run or [sections[index]]
        index = max(end, index + 1)
    return out


def _groups(run: list[Section], before: Section | None, after: Section | None) -> bool:
    """A run of sections that read as skill groups: one with a level under its name, or two or
    more of short names only, set as chips, beside a skills section ("Teaching" and "Subjects"
    over names one a line, then "Tools") or naming a skill the lexicon knows. One such heading
    alone ("PERSONAL" over "Web Performance, Accessibility", "LinkedIn" over a handle) is a
    heading Tailor cannot name, as before, and so are names one a line with no list among them
    ("Good coffee", "Long walks")."""
    if any(_leveled(section) for section in run):
        return True
    chips = any(fields.is_tag_list(line.text) for section in run for line in section.lines)
    return len(run) >= 2 and (chips or any(other is not None and other.key == "skills" for other in (before, after))
                              or _names_a_known_skill(run))


def _last_group(section: Section) -> bool:
    """"Tools" over "SAP PP", "Minitab" after the groups "Manufacturing" and "Leadership": a skills
    section of short names one a line that ends a run of groups is the last group, named by its
    heading (the skills parser alone would call it "Skills")."""
    return section.key == "skills" and bool(section.heading) and bool(section.lines) and all(
        len(line.text.split()) <= _MAX_ITEM_WORDS and not fields.is_tag_list(line.text) and not parse_dates(line.text)
        and not line.text.rstrip().endswith(".") for line in section.lines)


def _names_a_known_skill(run: list[Section]) -> bool:
    """Some item of the run is a skill the lexicon knows ("Excel", "forklift"): groups of names
    one a line with no skills heading near, such as a sidebar's "Kitchen" and "Software"."""
    return any(canonical_spelling(item.strip()) for section in run for line in section.lines
               for item in fields.split_list(line.text))


def _named_apart(section: Section) -> bool:
    return section.key in ("unknown", "languages") and bool(section.heading) and bool(section.lines) \
        and normalise_heading(section.heading) not in HEADINGS


def _leveled(section: Section) -> bool:
    """A heading over a skill level and more ("Web Development", "Intermediate", keywords)."""
    return _named_apart(section) and len(section.lines) >= 2 \
        and bool(_SKILL_LEVEL.match(section.lines[0].text.strip()))


def _short_names(section: Section) -> bool:
    """A heading Tailor cannot name over short names only: no sentence, no dates."""
    return _named_apart(section) and section.key == "unknown" and all(
        len(item.split()) <= _MAX_ITEM_WORDS and not parse_dates(item) and not item.rstrip().endswith(".")
        for line in section.lines for item in fields.split_list(line.text))


def _group_lines(section: Section) -> list[Line]:
    """The group's lines as the skills parser reads a group: its name (bold, in the type of its
    first line) over its level and keywords."""
    first = section.lines[0]
    name = replace(first, text=section.heading, bold=True, y=0.0, bullet="", list_item=False, bold_prefix="")
    return [name, *section.lines]
