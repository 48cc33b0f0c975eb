"""Which of a page's content words an import lost: in no field of the resume, not in the unparsed list.

`tailor import` promises that every line lands in a field or in the unparsed list the user
reviews, never dropped silently (docs/ARCHITECTURE.md, "Resume import"). This module measures
that promise word by word, so a bench and a test can hold the importer to it.

Words are compared after case folding, compatibility normalisation (ligatures), and without
punctuation; a long word the resume holds across a hyphen or a space ("develop-ment",
"Java Script") still counts as kept. Words the importer is right to drop are told apart by rule:
small function words, date words (month names, "present", the numbers of a date the resume
holds, a word saying which end of a span a date is: "Completed in June 2025"), a country's
name where the resume holds its ISO code ("Austin, Texas, United States" read as `countryCode`
"US", as JSON Resume asks), contact labels ("Email:"), list markers and icon
glyphs (no letters), page furniture (a page's number), and the words of a section heading:
a line set in the document's own heading style that names a section, and any line the import
read as the heading of a section it names (`ImportResult.headings`: a sidebar's "Contact" set
like the entry titles is still the key its lines went under). A line that names a section but
is set unlike the document's headings and read as content (a bold group name under
"Interests") is content: its words count.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tailor.importer.activity_feed import event
from tailor.importer.addresses import country_code
from tailor.importer.lines import Line
from tailor.importer.networks import icon_value
from tailor.importer.page_furniture import page_number
from tailor.importer.result import ImportResult
from tailor.importer.sections import (
    HEADINGS,
    _style,
    heading_style,
    normalise_heading,
    second_heading_styles,
    section_key,
)

_WORD = re.compile(r"[^\W_]+")
_GLYPH = re.compile(r"\(cid:\d+\)")
_BROKEN = re.compile(r"(?<=[^\W\d_])-\s+(?=[a-z])")  # a lower-case word goes on after the hyphen
_SHORT = 2  # shorter words ("a", "x") say nothing on their own
_SQUASHED = 6  # a word at least this long counts as kept inside the resume's squashed text
_FUNCTION = frozenset("""a an the and or of in at to for on with by from as via into per vs is are was were be been
its it this that these those our my your their his her we i me us etc also over under""".split())
_DATE_WORDS = frozenset("""jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
august september october november december present current now today ongoing since till until date
spring summer fall autumn winter year years yr yrs month months mo mos""".split())
_LABELS = frozenset("""email mail e phone tel telephone mobile cell linkedin github gitlab website web site url
portfolio location address twitter number homepage""".split())
# a field's printed label opening a line or a part of one ("Highlights", "GPA 3.8; Courses: X",
# "Issued by: AHA", "Field(s) of study: CS", "Finished 1 degree at X", a project's "Link: x.org"): the
# field holds what follows
_FIELD_LABELS = frozenset("""highlights gpa grade score courses coursework relevant keywords tools technologies
summary roles field fields study type issued awarded published released degree joined finished final
link demo repo repository""".split())
# a word that says which end of a span the date after it is ("Completed in June 2025", "Graduated
# May 2014", "Expected 2026"): the date field it went to holds it, as "since" and "until" are held
_DATE_LABELS = frozenset("""completed graduated graduating graduation expected anticipated started ended
conferred obtained earned""".split())
# a grade's label before its value anywhere in a line ("…, GPA 3.5/4.0", "with GPA of 3.5")
_SCORE = re.compile(r"\b(c?gpa|grade|score)\b[\s:]*(?:of\b)?\s*(.*)", re.I)
_VALUE_WORDS = 3  # a value's first words say whether the resume holds it
_PART = re.compile(r"[;|·•()]")
_LABEL = re.compile(r"\s*((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*:")  # "Major courses:", a label of three words at most
_SPAN_UNITS = frozenset("year years yr yrs month months mo mos".split())
_PLACE_PART = re.compile(r"[,;|·•()–—]")  # what sets a country's name apart in a place: "Austin, Texas, United States"
# what a layout prints around a field, never content: a link's kind ("(Personal)"), a number
# formatting failure ("NaN%"), a document title ("Résumé of Jo Doe", "Curriculum Vitae")
_KIND = re.compile(r"\((?:personal|other|home|work|mobile|company|blog|portfolio|rss feed)\)|\bnan\b", re.I)
_TITLE_WORDS = frozenset("resume résumé cv curriculum vitae".split())


@dataclass(frozen=True)
class LostWord:
    word: str
    line: str


def words(text: str) -> list[str]:
    """The folded words of `text`: NFKC (ligatures), case folded, a word broken at a hyphen
    joined again ("develop- ment"), unmapped glyphs ("(cid:127)", an icon) left out, split on
    anything not a letter or digit."""
    text = _BROKEN.sub("", _GLYPH.sub(" ", unicodedata.normalize("NFKC", text)))
    return _WORD.findall(text.casefold())


def kept_words(result: ImportResult) -> tuple[set[str], str]:
    """Every word the resume's string values and the unparsed items hold, and the same text
    squashed (letters and digits only) for words split differently; a date's numbers count
    with their short forms ("2019-03": 2019, 19, 03, 3)."""
    texts: list[str] = []
    _strings(result.resume, texts)
    texts += [f"{item.section} {item.text}" for item in result.unparsed] + result.headings
    found: set[str] = set()
    for text in texts:
        for word in words(text):
            found.add(word)
            if word.isdigit():
                found.add(word.lstrip("0") or "0")
                if len(word) == 4:
                    found.add(word[2:])
    squashed = "".join(word for text in texts for word in words(text))
    return found, squashed


def _strings(value, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, out)
    elif isinstance(value, list):
        for item in value:
            _strings(item, out)


def _country_codes(value, out: set[str]) -> set[str]:
    """Every `countryCode` the resume holds (basics.location's, and any other)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "countryCode" and isinstance(item, str):
                out.add(item.upper())
            else:
                _country_codes(item, out)
    elif isinstance(value, list):
        for item in value:
            _country_codes(item, out)
    return out


def country_words(text: str, codes: set[str]) -> set[str]:
    """The words of the parts of a line that name a country whose code is in `codes`: kept as the
    code, not lost ("United States" in "Austin, Texas, United States" with countryCode "US")."""
    kept: set[str] = set()
    for part in _PLACE_PART.split(text) if codes else ():
        if country_code(part.strip()) in codes:
            kept.update(words(part))
    return kept


def score_labels(text: str, after: list[Line], squashed: str) -> set[str]:
    """The grade labels of a line whose value the resume holds ("GPA" in "BSc, GPA 3.5/4.0" with
    the score "3.5/4.0"; "GPA: Dissertation: …" with that text), also when the value opens the
    line after (`after`), and a label at a line's end with no value after it (a template's
    "with GPA of" for an entry with no score): it labels nothing the person wrote."""
    found = set()
    for match in _SCORE.finditer(text):
        value = match[2].strip() or " ".join(line.text for line in after)
        number = re.match(r"\d[\d.,/]*", value)
        if number:
            held = re.sub(r"\D", "", number[0]) in squashed
        else:
            held = not match[2].strip() or "".join(words(" ".join(value.split()[:_VALUE_WORDS]))) in squashed
        if held:
            found.add(match[1].casefold())
    return found


def heading_lines(lines: list[Line]) -> set[int]:
    """Indexes of the lines that read as a section heading set like the document's headings
    (no shared heading style: any line naming a section), or in a style of its own that no
    line of content shares. A section word set like content lines (the bold "Open Source"
    beside the bold "Rock Climbing" under Interests) is a group name or an entry title: content."""
    style = heading_style(lines)
    styles = (style, *second_heading_styles(lines, style))
    content = {_style(line) for line in lines[1:] if line.size and normalise_heading(line.text) not in HEADINGS}
    return {i for i, line in enumerate(lines) if section_key(line) is not None
            and (style is None or _style(line) in styles or _style(line) not in content)}


def content_words(text: str) -> list[str]:
    """The words of a line that carry content: not function words, date words, contact labels,
    nor a field's label standing alone or before a colon."""
    found = []
    for part in _PART.split(_KIND.sub(" ", _GLYPH.sub(" ", text))):
        found += _without_labels(part)
    return [word for word in found
            if len(word) >= _SHORT and word not in _FUNCTION and word not in _DATE_WORDS
            and word not in _LABELS and word not in _TITLE_WORDS]


def _without_labels(part: str) -> list[str]:
    """The words of a part of a line after the labels it opens with: a field's label ("Tools:
    Git", "Major courses: Statistics", "Highlights"), a date's ("Completed in June 2025"), a
    letter set as a network's icon ("gh jodoe", read as the GitHub profile), and a span's length
    printed beside its dates ("(5 years 10 months)"), which the dates hold."""
    part_words = words(part)
    if (label := _LABEL.match(part)) and any(w in _FIELD_LABELS for w in words(label[1])):
        part_words = part_words[len(words(label[1])):]
    while part_words and (part_words[0] in _FIELD_LABELS or part_words[0] in _FUNCTION
                          or len(part_words[0]) < _SHORT) and any(w in _FIELD_LABELS for w in part_words[:4]):
        part_words = part_words[1:]
    rest = part_words[1:]
    if part_words and part_words[0] in _DATE_LABELS and rest \
            and all(w in _DATE_WORDS or w in _FUNCTION or w.isdigit() for w in rest):
        return rest
    if rest and icon_value(part.strip(" ,")):
        return rest
    if any(w in _SPAN_UNITS for w in part_words) and all(w.isdigit() or w in _SPAN_UNITS for w in part_words):
        return []
    return part_words


def event_words(text: str, resume: dict) -> set[str]:
    """The words of a timeline's event line ("Started 1 project", "Volunteered at Food Bank")
    but its organisation, when the resume holds the section the event names
    (`activity_feed.event`): they say which section the entry went to, as a heading does."""
    found = event(text)
    if found is None or not resume.get(found[0]):
        return set()
    return set(words(text)) - set(words(found[1]))


def lost_words(lines: list[Line], result: ImportResult) -> tuple[int, list[LostWord]]:
    """The number of content words on the page's `lines` and those the import lost."""
    found, squashed = kept_words(result)
    codes = _country_codes(result.resume, set())
    headings = heading_lines(lines)
    total, lost = 0, []
    for i, line in enumerate(lines):
        if i in headings or page_number(line.text):
            continue
        # a country's name held as its code, a grade's label with its score, an event's verb with its section
        labels = country_words(line.text, codes) | score_labels(line.text, lines[i + 1:i + 2], squashed) \
            | event_words(line.text, result.resume)
        for word in content_words(line.text):
            total += 1
            if word in found or word in labels or (len(word) >= _SQUASHED and word in squashed):
                continue
            if word.isdigit() and (word.lstrip("0") or "0") in found:
                continue
            lost.append(LostWord(word, line.text))
    return total, lost
