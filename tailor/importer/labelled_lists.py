"""Skill groups set as labelled rows with no "Skills" heading over them: right under the header,
a short bold name ("SYSTEMS", "DATA ANALYSIS") in a narrow cell and its list of terms ("Epic,
Pyxis MedStation, Vocera") beside it or, where the list is long, under it, row after row, then
the first section's heading. Word and Google Docs resumes do the same with a bold label and a
tab ("**Tools**  Excel, Tableau").

Read by headings alone, the first label is an unknown section (or "Languages", for "PROGRAMMING
LANGUAGES") that swallows the other rows, and every list is lost. So a run of such rows, with at
least two labels each over or beside a list of short terms, six terms in all, none a date, a
sentence or a contact detail, set before any known heading and ending at one, is given a
heading of its own: the "Skills" the layout left out, set like the heading that follows, and
each row becomes its name in bold over its terms, as a skills section sets its groups
(`simple.parse_skills`). The rows are read top to bottom, whatever order a column reading gave.
A label the PDF glued to its list ("INFRASTRUCTURE Kafka, ...") is cut off at its bold run. A
label that wrapped beside its list ("DATA" / "ANALYSIS") is read whole: a label line with no
blank line over it goes on the label above, unless it stands level with a second row of the
list line before it, where the PDF reader ran two rows' lists into one line. See
docs/ARCHITECTURE.md, "Resume import".
"""
from __future__ import annotations

import re
from dataclasses import replace

from tailor.importer.dates import SINGLE
from tailor.importer.fields import is_contact_detail, is_location, split_list
from tailor.importer.lines import Line
from tailor.importer.section_names import HEADINGS, normalise_heading

_LABEL_WORDS = 4  # "DATA & INFRASTRUCTURE": a group's name is short
_ITEM_WORDS = 5  # "Lean Six Sigma Black Belt": a longer piece is a phrase
_ITEMS = 6  # a skills list names at least this many things in all
_LABEL = re.compile(r"^(?:[^\W\d_]|& )[\w &/+'’.-]*:?$")  # "& LEADERSHIP": a wrapped name goes on


def labelled_lists(lines: list[Line]) -> list[Line]:
    """`lines` with the first run of labelled lists before any known heading set under a
    "Skills" heading, each group its bold name over one line of terms; unchanged when there is none."""
    for start, line in enumerate(lines):
        if start and _known_heading(line):
            return lines
        if not start or not _opens(line):
            continue
        end = start
        while end < len(lines) and (_label(lines[end]) or _glued(lines[end]) or _list(lines[end])):
            end += 1
        if end >= len(lines) or not _known_heading(lines[end]) or lines[end].page != line.page:
            continue
        groups = _groups(sorted(lines[start:end], key=lambda x: (x.page, round(x.y), x.x)))
        if groups:
            heading = replace(lines[end], text="Skills", y=line.y, bottom=line.y + lines[end].size,
                              gap_before=True, right=lines[end].x + lines[end].size * 3, link="")
            rows = [row for first, name, items in groups for row in (
                replace(first, text=name, bold=True, bold_prefix="", bold_runs=(), bold_tail="", gap_before=True),
                replace(first, text=", ".join(items), bold=False, bold_prefix="", bold_runs=(), bold_tail="",
                        gap_before=False))]
            return [*lines[:start], heading, *rows, *lines[end:]]
    return lines


def _known_heading(line: Line) -> bool:
    return normalise_heading(line.text) in HEADINGS and (line.heading or line.bold)


def _opens(line: Line) -> bool:
    return _label(line) or _glued(line)


def _label(line: Line) -> bool:
    """A short name in bold on a line of its own, in body type."""
    text = line.text.strip()
    return line.bold and not line.heading and not line.is_bullet and bool(_LABEL.match(text)) \
        and len(text.split()) <= _LABEL_WORDS and not is_contact_detail(text)


def _glued(line: Line) -> bool:
    """"INFRASTRUCTURE Kafka, Kubernetes, ...": a bold name run into its list."""
    prefix = line.bold_prefix.strip()
    return not line.bold and not line.heading and bool(prefix) and bool(_LABEL.match(prefix)) \
        and len(prefix.split()) <= _LABEL_WORDS and line.text.startswith(prefix) \
        and _terms(line.text[len(prefix):]) is not None


def _list(line: Line) -> bool:
    return not line.bold and not line.heading and _terms(line.text) is not None


def _terms(text: str) -> list[str] | None:
    """The short terms a list line names, else None (a sentence, a date, a contact detail)."""
    items = [item.strip() for item in split_list(text) if item.strip()]
    if len(items) < 2 or SINGLE.search(text) or text.rstrip().endswith((".", "!", "?")):
        return None
    if any(len(item.split()) > _ITEM_WORDS or is_contact_detail(item) or is_location(item) for item in items):
        return None
    return items


def _groups(run: list[Line]) -> list[tuple[Line, str, list[str]]]:
    """(first line, name, terms) of each labelled row, in reading order; [] unless every row has both and
    there are two rows or more with six terms in all."""
    groups: list[tuple[Line, list[str], list[str]]] = []
    last_list: Line | None = None
    for line in run:
        text = line.text.strip()
        if _label(line) and not _list(line):
            beside = last_list is not None and groups and groups[-1][2] and _level_with_a_later_row(line, last_list)
            if not groups or groups[-1][2] and (line.gap_before or beside):
                if beside and not (cut := _cut_row(groups[-1][2])):
                    return []
                groups.append((line, [], groups[-1][2][cut:] if beside else []))
                if beside:
                    del groups[-2][2][cut:]
            groups[-1][1].append(text.rstrip(":"))
        elif _glued(line):
            prefix = line.bold_prefix.strip()
            groups.append((line, [prefix.rstrip(":")], list(_terms(line.text[len(prefix):]) or [])))
        elif groups:
            groups[-1][2].extend(_terms(text) or [])
            last_list = line
        else:
            return []
    if len(groups) < 2 or not all(names and terms for _, names, terms in groups) \
            or sum(len(terms) for _, _, terms in groups) < _ITEMS:
        return []
    return [(first, " ".join(names), terms) for first, names, terms in groups]


def _level_with_a_later_row(label: Line, listed: Line) -> bool:
    """The label stands level with a second row of the list line before it: the PDF reader ran
    two rows' lists into one line ("..., Team building" over "Oracle Retail, ...")."""
    return label.page == listed.page and listed.y + 0.5 * label.size < label.y < listed.bottom


def _cut_row(terms: list[str]) -> int:
    """Where the second row's terms start in two rows' terms run together: the first row ends
    with no comma, so one term holds the break, before a capitalised word that follows a word
    in lower case ("Team building Oracle Retail"); that term is cut there. 0 when none does."""
    for index, term in enumerate(terms):
        words = term.split()
        for at in range(1, len(words)):
            if words[at - 1].islower() and words[at][:1].isupper():
                terms[index:index + 1] = [" ".join(words[:at]), " ".join(words[at:])]
                return index + 1
    return 0
