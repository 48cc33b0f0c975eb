"""Which header line is the person's name, told from the label by what each reads as, not only by
its type size; the name and label on that line; the name printed again as the body's first
heading; and the icons a layout sets around header text. `contact.py` reads the header with
these (docs/ARCHITECTURE.md, "Resume import", step 2).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from tailor.importer.fields import is_contact_detail, split_parts
from tailor.importer.lines import Line
from tailor.importer.result import Unparsed
from tailor.importer.roles import ROLE_WORDS
from tailor.importer.sections import Section

_LARGER = 1.2  # a line set this many times the size of another is clearly in a larger type
# "Dr. Lena Vasquez", "Jo Doe, RN": a form of address before a name and credentials after it
_ADDRESS_FORM = re.compile(r"^(?:dr|mr|mrs|ms|mx|prof|sir|dame)\.?\s+", re.I)
_PARTICLES = frozenset("al bin da das de del della der di dos du el ibn la le van von y".split())
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?")  # "O'Neill", "Ñúñez-García", "J."


def drop_icons(text: str) -> str:
    """"✉ jo@example.com", "Maya Okonkwo 🌑🌕", "☎ 555-0100": an emoji or an icon font's glyph (a
    symbol, or a private-use code point as Font Awesome's are) before or after header text is a
    picture of what the text is, never part of it; so are the joiners and variation selectors
    that build an emoji out of several code points."""
    kept = "".join(" " if _icon(c) else c for c in text)
    return " ".join(kept.split())


def _icon(char: str) -> bool:
    return unicodedata.category(char) == "So" or 0xE000 <= ord(char) <= 0xF8FF \
        or char in "\u200d\ufe0e\ufe0f" or 0x1F3FB <= ord(char) <= 0x1F3FF  # joiner, emoji style, skin tone


def looks_like_name(text: str) -> bool:
    """"Maya Okonkwo", "Dr. Lena Vasquez", "José Ñúñez-García", "Marcus O'Neill": two to four
    capitalised words (a particle such as "de" or "van" between them), no figures and no role
    word; what a person's name looks like wherever it is set (credentials after a comma aside)."""
    words = _ADDRESS_FORM.sub("", drop_icons(text).partition(", ")[0]).split()
    capitalised = [w for w in words if w.casefold() not in _PARTICLES]
    return 2 <= len(words) <= 4 and len(capitalised) >= 2 and not ROLE_WORDS.search(text) \
        and all(_NAME_WORD.fullmatch(w) and w[0].isupper() for w in capitalised)


# not "an": a given name too ("nguyen van an")
_PHRASE_WORDS = frozenset("a and the of for to my in on with by draft version copy".split())


def reads_as_person(text: str) -> bool:
    """Whether `text` (credentials after a comma aside) can be a person's name: every word but a
    particle ("de", "van") opens with a capital, or is in a script without case ("王小明"). "the
    applicant", "draft two" are a phrase's words: a name is never made of them. A name written
    wholly in lower case ("jane doe", a style some people choose) is still a name, unless a word
    of it is one that joins a phrase ("the", "of"). See docs/ARCHITECTURE.md, "Resume import",
    step 2."""
    words = [w for w in _ADDRESS_FORM.sub("", drop_icons(text).partition(", ")[0]).split()
             if w.casefold() not in _PARTICLES]
    if words and all(w.islower() for w in words):
        return len(words) <= 4 and not any(w in _PHRASE_WORDS for w in words)
    return bool(words) and not any(w[0].islower() for w in words)


def not_a_person(basics: dict) -> list[Unparsed]:
    """A header whose name's line names no one ("Curriculum Vitae of the applicant, draft two")
    has no name: Tailor never invents one, so the line is listed as unparsed and basics.name is
    left empty, which the review warns of (`review.py`)."""
    name = basics.get("name", "")
    if not name or reads_as_person(name):
        return []
    del basics["name"]
    return [Unparsed("header", name, "does not read as a person's name: set basics.name")]


def reads_as_title(text: str) -> bool:
    """"Staff Software Engineer", "Computer Science Graduate": a label names a role, or is made of
    common words ("graduate", "science"), where a name's words are names ("Okonkwo", "Daniel").
    The common words are those with an English lemma (lemminflect's lexicon)."""
    from lemminflect import getAllLemmas

    if ROLE_WORDS.search(text):
        return True
    words = [w.casefold() for w in re.findall(r"[^\W\d_]{2,}", drop_icons(text)) if w.casefold() not in _PARTICLES]
    return bool(words) and all(getAllLemmas(w) for w in words)


def largest_first(lines: list[Line]) -> list[Line]:
    """The name is a header's largest text, and a title under it is set larger than the contact
    details; read row by row, a contact block set right of the name (its top above the name's)
    comes first. So when the first line is not the largest, the lines set larger than the
    header's most used type come first, largest first. Some layouts set the label larger than
    the name above it ("Maya Okonkwo" over a large "Computer Science Graduate"): a first line that
    reads as a person's name over a larger one that reads as a title keeps its place."""
    sizes = [line.size for line in lines]
    if not lines or not all(sizes) or max(sizes) < _LARGER * lines[0].size:
        return lines  # the first line is the largest (or a format without sizes)
    common = max(set(sizes), key=lambda size: sum(len(line.text) for line in lines if line.size == size))
    large = sorted((line for line in lines if line.size >= _LARGER * common), key=lambda line: -line.size)
    if large and looks_like_name(lines[0].text) and reads_as_title(large[0].text):
        return lines
    return large + [line for line in lines if line.size < _LARGER * common]


def name_printed_again(sections: list[Section]) -> list[Section]:
    """A Word user's page header holds the name and the contact row, and the body opens with the
    name again in a heading style over the label: that heading is the name printed twice, not a
    section, so the lines under it (the label) go back to the header, where `contact.py` reads the
    name once. Only a heading that reads as a name and equals a part of the header's lines."""
    if len(sections) < 2 or sections[0].key != "header" or sections[1].key != "unknown" \
            or not looks_like_name(heading := sections[1].heading):
        return sections
    parts = {drop_icons(part).casefold() for line in sections[0].lines for part in split_parts(line.text)}
    if drop_icons(heading).casefold() not in parts:
        return sections
    return [replace(sections[0], lines=[*sections[0].lines, *sections[1].lines]), *sections[2:]]


# "Hi Sam,", "Dear Hiring Manager", "To whom it may concern:": how a letter or an email opens
_GREETING = re.compile(r"^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|to whom it may concern)"
                       r"\b", re.I)
# ... and the words of a sentence written to or by a person ("I", "my", "you"), which a name never holds
_NOTE_WORDS = re.compile(r"\b(?:I|I['’]m|I['’]ve|[Mm]y|[Mm]e|[Yy]ou|[Yy]our|[Pp]lease|[Tt]hanks|[Tt]hank)\b")
_NOTE_LOOKAHEAD = 3  # the contact details a name sits beside: on its line or the next few


def covering_line(text: str) -> bool:
    """A line of a letter, not a name: a greeting ("Hi Sam,", "Dear Ms Lee"), a line ending with
    a comma ("Thanks,"), or a sentence (words ending with a word in lower case and a full stop, or
    speaking to or as a person: "my resume is below", "please find"). A name is none of these."""
    text = text.strip()
    if _GREETING.match(text) or _NOTE_WORDS.search(text):
        return True
    if text.endswith(","):
        return not looks_like_name(text.rstrip(","))
    return len(text.split()) >= 3 and re.search(r"\b[a-z]\w*[.!?]$", text) is not None  # not "Jo A. Doe Jr."


# "I'm Maya Okonkwo.", "Hi, I am Jo Doe!", "My name is Jo Doe": how a personal web page introduces
# the person in its banner, the name in the sentence
_INTRO = re.compile(r"^(?:(?:hi|hello|hey)(?: there)?[,!.]?\s+)?(?:i['’]m|i am|my name is|this is)\s+"
                    r"(?P<name>.+?)[.!]?$", re.I)
_GREETING_WORDS = 4  # "Hello, World.", "Hi there!": a greeting alone on its line


def introduced_name(text: str) -> str | None:
    """The name a portfolio page's banner introduces ("I'm Maya Okonkwo." -> "Maya Okonkwo"), or
    None when `text` is no such sentence or what follows "I'm" does not read as a name ("I'm a
    nurse" is a summary's sentence)."""
    match = _INTRO.match(drop_icons(text).strip())
    return match["name"] if match and looks_like_name(match["name"]) else None


def covering_note(lines: list[Line]) -> int:
    """How many of the header's first lines are a covering note, not the resume: a resume pasted
    into an email opens with "Hi Sam," / "My resume is below." / "Thanks," before the person's
    name, and the first line would be taken for the name and the next for the label. A note is
    there only when the first line is a letter's (`covering_line`) and a later line reads as a
    person's name (`looks_like_name`) with contact details on it or right under it; the note is
    everything before that name. A personal web page printed to PDF greets its visitor over the
    name instead ("Hello, World." over "I'm Maya Okonkwo."): a short greeting to no one in
    particular (not a letter's "Hi Sam,") right over a name, or over a sentence introducing one,
    is the page's, not the label. See docs/ARCHITECTURE.md, "Resume import", step 2."""
    if not lines or not covering_line(lines[0].text) or introduced_name(lines[0].text):
        return 0  # "I'm Maya Okonkwo.": the name, in a sentence
    if len(lines) > 1 and _GREETING.match(lines[0].text) \
            and len(lines[0].text.split()) <= _GREETING_WORDS and not lines[0].text.strip().endswith(",") \
            and not is_contact_detail(lines[0].text) \
            and (introduced_name(lines[1].text) or looks_like_name(lines[1].text)):
        return 1  # "Hello, World." over "I'm Maya Okonkwo.": a web page greeting its visitor
    for index, line in enumerate(lines[1:], start=1):
        near = lines[index:index + 1 + _NOTE_LOOKAHEAD]
        if looks_like_name(line.text) and any(is_contact_detail(part) for other in near
                                              for part in split_parts(other.text)):
            return index
    return 0


# "RESUME", "Curriculum Vitae" on a line of their own, or after the name ("Jo Doe — Resume"): what
# the document is, never the person's name or title
DOCUMENT_TITLE = re.compile(r"r[ée]sum[ée]|resume|cv|curriculum vitae|lebenslauf|curr[íi]culo", re.I)
# ... and set before the name: "Résumé of MAYA OKONKWO", "Curriculum Vitae of Jo Doe".
_TITLE_OF = re.compile(rf"^(?:{DOCUMENT_TITLE.pattern})\s+(?:of|de|von)(?:\s+|$)", re.I)


def _name_and_label(text: str) -> tuple[str, str]:
    """"MAYA OKONKWO" (a theme's capitals) is "Maya Okonkwo"; "Maya Okonkwo, Computer Science
    Graduate" is a name and its label. A name in capitals is written back in the case a form
    would take, since JSON Resume holds the name, not its styling. A document title printed
    before the name ("Résumé of ...") names the document, not the person: it is left out."""
    printed, text = text, _TITLE_OF.sub("", text)
    text = introduced_name(text) or text
    if not reads_as_person(text):
        return printed.strip(), ""  # "Curriculum Vitae of the applicant, draft two": no one's name, left whole
    name, _, label = text.partition(", ")
    # "Jane Doe, CPA" and "Jane Doe, RN, BSN" keep their credentials: a label is words of a title
    if len(name.split()) > 4 or len(label.split(",")[0].split()) < 2 or len(label.split()) > 10 \
            or label.isupper():
        name, label = text, ""
    return unshout(name.strip()), label.strip()


def _styled_label(line: Line) -> tuple[str, str] | None:
    """"Daniel Reyes **Junior Data Analyst**": a name and its label set on one line, told apart by
    type alone (the label in bold after a name in regular). The name is the short run before the
    change of type; a name whose last part is bold ("Maya **Okonkwo**") is too short to hold a
    label as well."""
    tail = line.bold_tail
    head = _TITLE_OF.sub("", line.text[:-len(tail)].strip(" ,|·–-")) if tail and line.text.endswith(tail) else ""
    if not 2 <= len(head.split()) <= 4 or len(tail.split()) < 2:
        return None  # "Résumé of **JO DOE**": a title over the name in bold is no name and label
    return unshout(head), tail


_SMALL_WORDS = frozenset("a an and as at de del der di du for in la le of on or the to van von y".split())


def unshout(text: str) -> str:
    """Text a layout set in capitals, in the case a form would take ("CHEF DE CUISINE" -> "Chef
    de Cuisine"); text with any lower-case letter, or a short acronym, is left as written."""
    if not text.isupper() or len(text) <= 4:
        return text
    head, comma, tail = text.partition(", ")
    if comma and all(0 < len(part.strip(" .")) <= 4 for part in tail.split(",")):
        return f"{unshout(head)}, {tail}"  # "JANE DOE, CPA", "RN, BSN": credentials stay in capitals
    words = text.title().split(" ")
    return " ".join(_ROMAN.sub(lambda m: m[0].upper(), _MC.sub(lambda m: m[1] + m[2].upper(), w))
                    if not (i and w.lower() in _SMALL_WORDS) else w.lower() for i, w in enumerate(words))


_ROMAN = re.compile(r"^(?:Ii|Iii|Iv|Vi|Vii|Viii)$")  # "SEAN MCCARTHY III": a generation, not a word
_MC = re.compile(r"^(Mc)([a-z])(?=[a-z]{2})")        # "MCCARTHY" -> "McCarthy"


def name_and_label(line: Line, part: str, alone: bool) -> tuple[str, str]:
    """The name and the label ("" when none) of the header's name line, from its first part;
    a line of that part `alone` may set its label apart by type alone (`_styled_label`)."""
    return (_styled_label(line) if alone else None) or _name_and_label(part)
