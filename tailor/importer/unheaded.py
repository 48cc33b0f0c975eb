"""Sections with no heading Tailor can see: a resume set with spacing alone between its sections,
or with headings drawn as images or as an icon glyph alone, which leave no words in the text.

`sections.py` then finds no heading and every line stays in the header, where jobs and schools
are lost. Here the header's lines after its contact block are cut into blocks where the layout
leaves a blank line, each block is read by its content with the strict rules of
`section_guess` (dated jobs set alike, degrees, a repository-linked project, a long list of
short terms), and runs of blocks that read alike become one section. A block that reads as nothing is listed
as unparsed once the blocks have begun, never given to the header; a paragraph goes back to
the header, which reads it as the summary. Nothing is done where the header holds no contact
details (they stand in a section of their own, and so do the other sections). See docs/ARCHITECTURE.md,
"Resume import".
"""
from __future__ import annotations

import re

from tailor.importer import fields
from tailor.importer.dates import parse_dates, trailing_dates
from tailor.importer.descriptions import is_prose
from tailor.importer.lines import Line
from tailor.importer.section_guess import certificate_shaped, guess_section, is_paragraph
from tailor.importer.sections import Section

NO_HEADING = "(no heading)"
# Sections whose entries read like jobs when they carry no cue of their own ("Workshop
# Facilitator, Girls Who Code, 2019 - 2020" among volunteering): a job right after them may be one more.
_JOB_LIKE = ("projects", "volunteer")


def unheaded_sections(sections: list[Section]) -> tuple[list[Section], list[str]]:
    """The sections with the header's unheaded tail cut into sections by content, and a warning
    per section so found. Nothing changes unless some block reads as a section."""
    header = sections[0]
    blocks = _blocks(header.lines)
    start = _after_contact(blocks)
    if start is None:
        return sections, []  # no contact details in the header: its sections have headings elsewhere
    keys = [key if (key := guess_section(block)) == "skills" or block_dated(block) else None for block in blocks]
    found = next((i for i in range(start, len(blocks)) if keys[i]), None)
    if found is None:
        return sections, []
    runs: list[Section] = []
    kept = [line for block in blocks[:found] for line in block]
    last: list[Line] = []
    for block, key in zip(blocks[found:], keys[found:]):
        if is_paragraph(block):
            kept += block  # a paragraph: the header reads it as the summary, wherever it stands
            continue
        known = next((run.key for run in reversed(runs) if run.key != "unknown"), None)
        if all(line.is_bullet for line in block) and runs:
            key = runs[-1].key  # points carried over a page break: the entry above goes on
        elif key is None and known == "certificates" and runs[-1].key == known and certificate_shaped(block):
            key = known  # "Tableau Desktop Specialist, Jan 2025" among certificates: one more
        elif key == "work" and (known in _JOB_LIKE or runs and runs[-1].key == "work"
                                and _shape(block) != _shape(last)):
            key = None  # a job-like entry after projects, or set unlike the jobs above it: unsure
        key = key or "unknown"
        last = block if _shape(block) else last
        if runs and runs[-1].key == key:
            runs[-1].lines.extend(block)
        else:
            runs.append(Section(key, NO_HEADING, list(block)))
    kept = Section(header.key, header.heading, kept)
    warnings = [f"lines under no heading were read as {run.key} by their look; check them"
                for run in runs if run.key != "unknown"]
    return [kept, *runs, *sections[1:]], warnings


def _blocks(lines: list[Line]) -> list[list[Line]]:
    """The lines cut where a blank line (extra space) stands before one."""
    blocks: list[list[Line]] = []
    for line in lines:
        if not blocks or line.gap_before:
            blocks.append([])
        blocks[-1].append(line)
    return blocks


def block_dated(block: list[Line]) -> bool:
    """An entry under no heading shows its dates: "Secondary School Mathematics Teacher" under
    the name names a school's word, yet it is the person's title, not a school."""
    return any(parse_dates(part) or trailing_dates(part) for line in block for part in fields.split_parts(line.text))


def _after_contact(blocks: list[list[Line]]) -> int | None:
    """The first block after the last one holding an email address or a phone number (and after
    the first block, the name's): the header's own details stay in the header. None when the
    header holds none: its contact details are in a section of their own, so are the others."""
    last = None
    for index, block in enumerate(blocks):
        if any(fields.is_email(word) for line in block for word in re.split(r"[\s|,;]+", line.text)) \
                or any(fields.is_phone(part) for line in block for part in fields.split_parts(line.text)):
            last = index
    return None if last is None else last + 1


def _shape(block: list[Line]) -> list[str]:
    """What the entry's header holds, in order ("text", "place", "dates", "url"): the jobs of one
    section are set alike, so a dated entry set unlike the job above it ("Sep 2024 - May 2025 |
    dormswap.example.com" under "Seattle, WA | Jun 2024 - Sep 2024 | outreach.io") may be a
    project that follows them with no heading to say so. A sentence under the dates describes
    the entry and is no part of its header ("Houston, TX, 2019 - Present" over "32-bed unit for
    cardiac patients.")."""
    kinds = []
    for line in block:
        if line.is_bullet or "dates" in kinds and is_prose(line):
            continue
        for part in fields.split_parts(line.text):
            kind = ("place" if fields.is_location(part) or fields.is_coded_place(part) else
                    "dates" if parse_dates(part) or trailing_dates(part) else "url" if fields.is_url(part) else "text")
            if not kinds or kinds[-1] != kind:
                kinds.append(kind)
    return kinds
