"""Assemble the JSON Resume from the parsed sections, validate it, account for every line.

Each section parser returns its items and the lines it could not place; this module only
routes sections to parsers, merges repeated sections (two "Experience" headings) and checks
the result against the official schema before anyone writes it to disk.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from tailor.corpus.jsonresume import validate_json_resume
from tailor.importer import simple
from tailor.importer.activity_feed import read_feed, split_feed
from tailor.importer.caps_titles import wrapped_titles
from tailor.importer.card_rows import card_rows
from tailor.importer.casing import restore_case
from tailor.importer.contact import contact_block, labelled_contact, leading_contact, parse_header
from tailor.importer.contact_footer import contact_footer
from tailor.importer.entries import ENTRY_SECTIONS, RawEntry, group_entries, parse_entry
from tailor.importer.extract import extract_lines
from tailor.importer.fields import is_contact_detail, is_location
from tailor.importer.grid_rows import lone_points, school_row
from tailor.importer.headed_columns import side_by_side
from tailor.importer.label_values import hanging_values
from tailor.importer.labelled_lists import labelled_lists
from tailor.importer.lines import Line
from tailor.importer.lone_dates import latest_since
from tailor.importer.name_line import name_printed_again, not_a_person, reads_as_title
from tailor.importer.networks import profile_handle, profile_line
from tailor.importer.page_furniture import split_furniture
from tailor.importer.pushed_cards import cards_pushed_over
from tailor.importer.result import ImportResult, Unparsed
from tailor.importer.review import review
from tailor.importer.section_guess import guess_section
from tailor.importer.sections import Section, names_no_field, split_sections
from tailor.importer.separator_wraps import separator_wraps
from tailor.importer.sign_off import without_sign_off
from tailor.importer.skill_groups import as_skill_groups
from tailor.importer.spaced_ranges import spaced_ranges
from tailor.importer.timeline_rows import timeline_rows
from tailor.importer.unheaded import NO_HEADING, unheaded_sections
from tailor.llm.base import LanguageModel
from tailor.llm.extractive import ExtractiveModel

_LIST_PARSERS = {"skills": simple.parse_skills, "languages": simple.parse_languages,
                 "interests": simple.parse_interests, "references": simple.parse_references}
# Order of keys in the written file: the order of the official schema.
_ORDER = ("basics", "work", "volunteer", "education", "awards", "certificates", "publications", "skills",
          "languages", "interests", "references", "projects")


def import_resume(path: Path, model: LanguageModel = ExtractiveModel()) -> ImportResult:
    """Read a resume file (PDF, DOCX, ODT, TXT, MD) into a validated JSON Resume, with warnings
    where a field looks guessed (`review.py`).

    `model` only classifies lines the rules left unparsed (the extractive one classifies
    none), and never writes text (see `tailor.importer.classify`).
    """
    path = Path(path)
    result = resume_from_lines(extract_lines(path))
    if model.rewrites and result.unparsed:
        from tailor.importer.classify import classify_unparsed
        result = classify_unparsed(result, model)
    validate_json_resume(result.resume, str(path))
    # after the model pass: a line it placed is no longer a section left out
    return replace(result, warnings=[*result.warnings, *(str(finding) for finding in review(result.resume,
                                                                                          result.unparsed))])


def resume_from_lines(lines: list[Line]) -> ImportResult:
    """The JSON Resume of already extracted lines (no validation; see `import_resume`)."""
    lines, furniture = split_furniture(spaced_ranges(lines))  # "(Mar 2021 Present)": a range lost its dash
    lines, footer = contact_footer(lines)  # "Daniel Reyes — daniel@example.com" closing the last page
    furniture += footer
    lines = separator_wraps(wrapped_titles(lines))  # a narrow card's wrapped title ("OSHA 30-HOUR GENERAL" /
    # "INDUSTRY") and lines wrapped at a "|" or a joining word ("Management, Technology and" / "Economics")
    lines = card_rows(lines)  # a grid of cards, two or more to a row: card by card, row by row
    lines = timeline_rows(side_by_side(lines))  # "Profile" beside "Skills"; a job's role beside its employer
    lines = hanging_values(labelled_lists(lines))  # "SYSTEMS  Epic, Vocera" rows under the header with no "Skills"
    # heading; "Certificates: A — Google — 2024" over "B — IBM — 2024" set under its value: one list
    lines, feed = split_feed(lines)  # "August 2024" over "Joined Acme": a profile page's timeline of events
    sections = as_skill_groups(_contact_carried_over(name_printed_again(cards_pushed_over(split_sections(lines)))))
    sections, signed = without_sign_off(sections)  # "Berlin, 01.03.2024" and the name under it
    sections, unheaded = unheaded_sections(sections)  # no heading at all: blocks read by their content
    sections, about_contact = _contact_in_summary(_card_in_header(sections))
    # a "Contact" or "Profiles" section holds what a header holds, wherever the layout puts it
    basics, unparsed = parse_header(sections[0].lines + [line for s in sections[1:] if s.key == "contact"
                                                         for line in s.lines] + about_contact)
    unparsed += not_a_person(basics) + furniture + signed  # a name's line that names no one: no name
    resume: dict = {"basics": basics}
    warnings: list[str] = list(unheaded)
    for index, section in enumerate(s for s in sections[1:] if s.key != "contact"):
        unparsed += _add_section(resume, section, warnings, first=not index)
    unparsed += read_feed(feed, resume)
    ordered = restore_case({key: resume[key] for key in _ORDER if resume.get(key)}, (line.text for line in lines))
    headings = [s.heading for s in sections[1:] if s.key != "unknown" and s.heading != NO_HEADING]
    return ImportResult(resume=ordered, unparsed=unparsed, warnings=warnings, headings=headings)


def _contact_carried_over(sections: list[Section]) -> list[Section]:
    """Contact details that open the section after a "Contact" section go back into it."""
    out = list(sections)
    for index in range(1, len(out)):
        before, section = out[index - 1], out[index]
        if before.key == "contact" and section.key != "contact" and (count := leading_contact(section.lines)):
            out[index - 1] = replace(before, lines=before.lines + section.lines[:count])
            out[index] = replace(section, lines=section.lines[count:])
    return out


_CARD_TITLE_WORDS = 6


def _card_in_header(sections: list[Section]) -> list[Section]:
    """A profile page's card under the name ("Confluent" over "San Francisco, US" and the
    person's site): a short line the headings cannot name, right after the header, over nothing
    but contact details and places, belongs to the header, title and all (the header says which
    of its lines found no field); read as a section, its details were lost."""
    if len(sections) < 2 or sections[1].key != "unknown" or not sections[1].lines \
            or len(sections[1].heading.split()) > _CARD_TITLE_WORDS \
            or not all(is_contact_detail(line.text.strip()) or is_location(line.text.strip())
                       for line in sections[1].lines):
        return sections
    header = replace(sections[0], lines=[*sections[0].lines, Line(sections[1].heading), *sections[1].lines])
    return [header, *sections[2:]]


def _contact_in_summary(sections: list[Section]) -> tuple[list[Section], list[Line]]:
    """Labelled contact lines ("Email: ...") and profiles (a network's name over a linked handle)
    printed in a summary section, taken out of it, and a summary section that holds nothing but
    contact details: they are the person's contact details, not prose about them. A linked handle
    alone on its line is taken out of any other section too (`contact.profile_handle`)."""
    out, found = [sections[0]], []
    for section in sections[1:]:
        if section.key == "summary":
            section = replace(section, lines=labels_over_values(section.lines))
        if section.key == "summary" and contact_block(section.lines):
            found += section.lines  # a sidebar's "About": the contact details one a line
            continue
        if section.key != "contact":
            contact = _contact_line if section.key == "summary" else profile_handle
            found += [line for line in section.lines if contact(line)]
            section = replace(section, lines=[line for line in section.lines if not contact(line)])
        out.append(section)
    return out, found


_LABEL_ALONE = re.compile(r"[^\W\d_][\w.-]*(?: [^\W\d_][\w.-]*)?:")  # "EMAIL:", "Full name:", "JOB:"


def labels_over_values(lines: list[Line]) -> list[Line]:
    """"EMAIL:" over "jo@example.com": a card of labelled details (a web page's "Profile" card, a
    form-like layout) sets each label on its own line over its value; the two are one detail,
    "EMAIL: jo@example.com", as a header prints it. A label is a word or two and a colon, alone
    on its line; a line that is another label is no value."""
    out: list[Line] = []
    for line in lines:
        before = out[-1] if out else None
        if before is not None and _LABEL_ALONE.fullmatch(before.text.strip()) \
                and not _LABEL_ALONE.fullmatch(line.text.strip()) and before.page == line.page:
            out[-1] = replace(before, text=f"{before.text.strip()} {line.text.strip()}", link=line.link)
        else:
            out.append(line)
    return out


def _contact_line(line: Line) -> bool:
    return labelled_contact(line) or profile_line(line)


def _add_section(resume: dict, section: Section, warnings: list[str], first: bool = False) -> list[Unparsed]:
    """`first`: the section comes right after the header, where an unnamed paragraph is the summary."""
    key, lines, heading = section.key, section.lines, []
    if key == "unknown" and not names_no_field(section.heading) and section.heading != NO_HEADING \
            and (guess := guess_section(lines, first)):
        key = guess  # "Where I've worked", "Toolbox": read by their content (strict rules, `section_guess`)
        warnings.append(f"section '{section.heading}' is not one Tailor knows: its entries were read as {guess} "
                        f"by their look; check them")
        # the heading is a line of the page too, and its words may say more than the section's
        # key ("Freelance work in Berlin"): listed, never dropped
        heading = [Unparsed(guess, section.heading, f"the heading of a section Tailor does not know, read as {guess} "
                                                    "by its entries: JSON Resume has no field for a section's name")]
    if key == "unknown" and not lines and section.heading.strip() and section.heading != NO_HEADING \
            and not reads_as_title(section.heading):
        # a line set as a heading with nothing under it that names something (a name in Word's
        # "Title" style after the contact row) is still a line of the resume: listed, never
        # dropped; words of a heading ("Educational Qualifications") head the block after them
        return [Unparsed(f"unknown: {section.heading}", section.heading, "a line set as a heading with nothing "
                                                                          "under it: no field was found for it")]
    if key == "unknown":
        return [Unparsed(f"unknown: {section.heading}", line.text, _unknown_reason(section.heading))
                for line in lines]
    if key == "summary":
        text = simple.parse_summary(lines)
        basics = resume["basics"]
        basics["summary"] = f"{basics['summary']}\n{text}" if basics.get("summary") else text
        return heading
    if key in _LIST_PARSERS:
        resume.setdefault(key, []).extend(_LIST_PARSERS[key](lines))
        return heading
    assert key in ENTRY_SECTIONS, key
    unparsed: list[Unparsed] = heading
    items = resume.setdefault(key, [])
    before = len(items)
    cells = [cells for raw in group_entries(lines, key) for cells in school_row(key, raw.header, raw.bullets)]
    for raw in (RawEntry(*entry_cells) for entry_cells in lone_points(key, cells)):
        entry, left = parse_entry(key, raw, len(items))
        if entry:
            items.append(entry)
        unparsed += left
    latest_since(key, items[before:])  # "Acme | 2020-02" over ranges: the current job's start
    return unparsed


def _unknown_reason(heading: str) -> str:
    """Why a section's lines found no field: a heading of a section JSON Resume has no field for
    ("Professional Affiliations": dated entries with role words that are memberships, not jobs),
    or one Tailor cannot name whose entries did not read as work or education by the strict
    rules of `section_guess` (docs/ARCHITECTURE.md, "Resume import")."""
    if names_no_field(heading):
        return f"section '{heading}' has no JSON Resume field"
    return f"section '{heading}' is not one Tailor knows"
