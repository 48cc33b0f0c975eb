"""Cutting the body of a posting into requirement-sized items, each with the section it sits in.

One line of a posting often holds several requirements: sentences, ;-lists, items whose line
break was lost ("...in a warehouse environment preferred Ability to read..."), run-on text. Each
requirement is quoted from the posting, so the cuts are made between words and never rewrite what
lies between them; an over-long item is cut at clause boundaries to `MAX_REQUIREMENT_CHARS`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tailor.text.posting_boilerplate import is_boilerplate
from tailor.text.posting_layout import BULLET, EXPLICIT_TITLE, heading_of, meta_line, split_inline_heading
from tailor.text.posting_vocabulary import (
    ADVERBS,
    FUNCTION_WORDS,
    ITEM_STARTERS,
    NOUN_LIKE,
    Section,
    is_verb,
    verb_lemma,
)

MAX_REQUIREMENT_CHARS = 300

# Openers so rarely part of a name that a break is restored even after a capitalised word
# ("...Microsoft Office Knowledge of US Postal regulations").
STRONG_STARTERS = frozenset("Ability Able Knowledge Must Proficient Proficiency Familiarity "
                            "Possess Requires Willingness".split())

# Verbs that are as often nouns ("Service capability", "Support teams", "Work environment"):
# a lost break before them is only restored when an object follows ("Track and work...").
NOUN_VERBS = frozenset("""
service support work plan staff record process report file program source set stock store book
check label log test design research review schedule screen call hold help use partner play run
pick mix audit interface document input update train track lead drive handle fuel load route
""".split())
_OBJECT_WORDS = frozenset("a an the all any and or our your their with to for new each multiple "
                          "daily weekly drivers customers".split())
_ABBREV_END = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Sr|Jr|St|Mt|vs|Inc|Ltd|Co|Corp|No|approx|e\.g|i\.e|"
    r"[A-Z])\.)$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]”’]?\s+(?=[A-Z0-9\"'(\[“‘$#])")
_INLINE_DASH = re.compile(r"(?<=[a-z)\].])-\s+(?=[A-Z])|(?<=\s)-(?=[A-Z][a-z])|\s+[|•·▪●]\s+")
# A list flattened into one line ("...citizenship. - Full license required - Graduate of..."):
# once a " - " follows a sentence end, every " - " before a capital starts an item.
_FLAT_LIST = re.compile(r"[.;:]\s+-\s+[A-Z(0-9]")
_FLAT_ITEM = re.compile(r"\s+-\s+(?=[A-Z(0-9])")
# ...and a dashed list of duties flattened with its dashes glued to lower-case verbs ("...written
# instructions. -selects methods for... -writes report of findings..."): two or more such dashes
# after a sentence end start an item each; "-or-" joins alternatives and stays.
_DASHED_ITEM = re.compile(r"(?<=[.;:])\s+(?=-(?!(?:or|and)\b)[a-z]{2,})")
# A starred list flattened into one line ("...is: * Serve as a fire fighter. * Assist with
# inspections *Assist with all tasks..."): two or more stars that open a capitalised item each
# start one. A star glued to the word before ("Superior Academic Achievement.*") is a footnote.
_STAR_ITEM = re.compile(r"\s+\*\s*(?=[A-Z])")
# Where flattened civil-service text starts a new statement with no sentence end before it: after
# a web address ("...accred/index.html Foreign education must be..."), before a note ("...degree
# [NOTE: If you are using education...") and before a grade's own requirement ("...(refer to the
# duties) GS-10: 1 year of specialized experience..."; "For GS-07:" is one phrase), and after a
# requirement's closing "required" / "preferred" ("Valid driver's license required Travel, ...").
_STATEMENT_START = re.compile(
    r"\s+(?=[\[(*]*\s*(?:NOTE|Note)\s?:)|"
    r"(?<=[a-z.):;\]])(?<!\bfor)(?<!\bFor)(?<!\bthe)(?<!\bat)\s+(?=GS-\d{1,2}(?:/\d{1,2})?\s?:)|"
    r"(?:(?<=\brequired)|(?<=\bpreferred)|(?<=\bdesired))(?<!\b(?:the|all|any) required)\s+(?=[A-Z][a-z])")
_AFTER_ADDRESS = re.compile(r"(?:https?://|www\.)\S+?(\s+)(?=[A-Z(])")
# A parenthesised note that opens a line before the sentence it labels ("(Reference VA Handbook
# 5005, Appendix G6) Current, full, active, and unrestricted registration..."): a note of two or
# more words is no part of the requirement, and its citation would make the whole read as one.
_LEADING_NOTE = re.compile(r"^(\((?:[^()\s]+\s+)+[^()\s]+\))\s+(?=[A-Z])")
# Civil-service alternatives run together ("...is creditable.-OR A combination of...", "...data
# Or 2 years of graduate education"): each alternative is a requirement of its own. A capital
# "OR" / "Or" inside a sentence is only ever such a separator (checked on lines not in capitals).
_ALTERNATIVE = re.compile(r"(?:(?<=[.;:])|\s+)(?=(?:-OR-?|-AND-|~OR~)\s)")
_CAPITAL_OR = re.compile(r"(?<=[a-z0-9).;,])\s+(?=(?:OR|Or),?\s+[(\"A-Za-z0-9])")
# "...must meet the following criteria: (a) Completed..." is an intro, then the list it opens.
_LIST_INTRO = re.compile(r"(?<=:)\s+(?=\S)")
# The clause between "the following" and the colon may be long ("The following criteria must be
# met in determining the grade assignment of candidates, and ... within a grade: Nurse I Level
# I - ..."): up to 160 characters, never across a sentence end. "Positions are open to:" opens
# the list of who qualifies; "...you must meet the requirements listed below:" and "...as follows:"
# open what follows on the same line just as "the following" does.
_INTRO_END = re.compile(r"(\bthe following\b[^:.]{0,160}|\bis defined as|\bexamples of [^:.]{0,60}\b"
                        r"(are|include)|\b(is|are)\s?|\bare open to|"
                        r"\b(listed|described|outlined|shown|specified) below\s?|\bas follows\s?):$", re.I)
# A heading in capitals inside a line ("...Physical Standards QUALIFICATION STANDARDS FOR NURSE
# PRACTITIONER: Graduate of..."): cut before and after it; alone it is only a heading.
_INNER_HEADING = re.compile(r"(?<=[a-z0-9.)])\s+((?:[A-Z][A-Z0-9/&'-]+\s+){1,7}[A-Z][A-Z0-9/&'-]+\s?:)\s*")
# An enumeration on one line ("each: 1) ability to..., 2) knowledge of...", "(a) sampling, b)
# collection"): an item per number or letter; never after a number word ("Two (2) years").
_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_ENUMERATOR = re.compile("".join(f"(?<!{w})(?<!{w.title()})" for w in _NUMBER_WORDS)
                         + r"\s+(?=(?:\(?\d{1,2}\)|\(?[a-z]\))\s)")
# The conjunction that closes a list item ("(f) nature of materials; and", "..., or"): it joins
# the item to the next one and is not part of it; after an enumerated item even without a comma.
# "...college or university. -or" and "...agronomic issues; AND/OR" end so too.
_LIST_CONJUNCTION = re.compile(r"(?:[,;]\s*|\s-)(and|or|and/or)-?$|^(\(?\w{1,2}[.)]).*\s(and|or)$", re.I)


# An item's number or letter that a sentence cut would leave at the end of the item before it
# ("Preferred Experience: a." / "Prescriptive authority...", "...required b." / "Two years..."):
# a lower-case letter after a space, or a number after a sentence end or colon.
_TRAILING_ENUMERATOR = re.compile(r"(?:(?<=\s)[a-z]|(?:(?<=[.:;]\s)|^)\d{1,2})\.$")


def split_sentences(text: str) -> list[str]:
    """Sentence boundaries that respect "e.g. ", "U.S. Xpress", "Inc. " and initials; an item's
    number or letter ("b.", "2.") goes with the item it opens."""
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        head = text[start:match.start()].rstrip("\"')]”’")
        if _ABBREV_END.search(head):
            continue
        if enumerator := _TRAILING_ENUMERATOR.search(head):
            if not head[:enumerator.start()].strip():
                continue                             # "2. Supervisory experience": one item
            pieces.append(text[start:start + enumerator.start()])
            start += enumerator.start()
            continue
        pieces.append(text[start:match.start()])
        start = match.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


_CONTINUES_CLAUSE = frozenset("including and or which that such especially e.g. i.e. as but with "
                              "while whereas plus".split())


def _split_semicolons(text: str) -> list[str]:
    """Split a ;-list unless a part only continues the one before ("including...", "and...").

    "...for assigned accounts; addressing...; and all shipments..." stays one item;
    "Evaluating...; Using...; and Creating..." is a list whose last item opens with "and".
    """
    parts = [p.strip() for p in text.split(";")]
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        return [text]
    gerunds = _is_gerund(parts[0].split()[0])
    for part in parts[1:]:
        first, second = part.split()[:2]
        if first in ("and", "or") and second[0].isupper():
            continue
        if first.islower() and (first in _CONTINUES_CLAUSE or (first.endswith("ing") and not gerunds)):
            return [text]
    return parts


def _is_gerund(word: str) -> bool:
    """"monitoring wolf populations...; using telemetry...; immobilizing..." is a list of
    parallel duties when its first part opens with a gerund too; "...for assigned accounts;
    addressing..." only continues its first part."""
    word = word.strip("(\"'").lower()
    return word.endswith("ing") and len(word) > 5 and word not in _NOT_GERUNDS


_NOT_GERUNDS = frozenset("during including nothing something anything everything string "
                         "according regarding concerning following pending".split())


_YEARS_ITEM = re.compile(r"(?<=[a-z]) (?=(?:\d+\s*(?:[-–]\s*\d+\s*)?\+?|One or more|Two or more) "
                         r"(?:years?|yrs)\b)")
_BEFORE_NUMBER = frozenset("least than minimum approximately approx over plus about under up "
                           "within after have has had need needs require requires requiring one "
                           "two three four five six seven eight nine ten past last next first "
                           "additional previous completed".split())


_DETERMINERS = frozenset("the a an our this that these their its your".split())


def _opens_noun_phrase(piece: str) -> bool:
    """"The highly successful" would be left before "Advocates Co-Response Program team is...":
    a short piece opened by a determiner is a noun phrase the capitalised word goes on with
    (a name), not an item that ended."""
    words = piece.split()
    return len(words) <= 4 and words[0].lower() in _DETERMINERS


def _split_lost_items(text: str) -> list[str]:
    """Split "...in a warehouse environment preferred Ability to read..." before item openers.

    Only before a capitalised opener (or duty verb) that follows a lower-case word which is not
    a function word, and that is itself followed by a lower-case word: "and Support teams" or
    "Team Lead" never split.
    """
    cuts = []
    for match in re.finditer(r"(?<=[A-Za-z0-9),]) (?=([A-Z][a-z’']+) ([A-Za-z(]+))", text):
        word, following = match.group(1), match.group(2)
        before = text[:match.start()]
        if before.count("(") > before.count(")"):
            continue                                 # never inside "(Application Programming...)"
        if _opens_noun_phrase(text[cuts[-1] + 1 if cuts else 0:match.start()]):
            continue
        prev = before.split()[-1]
        if prev.lower().strip(",") in FUNCTION_WORDS or prev.lower() in _BEFORE_NUMBER:
            continue
        if prev[0].isupper() or not prev[-1].isalpha() and not prev.endswith((")", ",")):
            if word in STRONG_STARTERS and following.islower():
                cuts.append(match.start())
            elif word.endswith("s") and is_verb(word) and word not in NOUN_LIKE:
                cuts.append(match.start())             # "...RF/ Scan Gun Performs all..."
            continue
        if word in ITEM_STARTERS or word.lower() in ADVERBS:
            if following.islower():
                cuts.append(match.start())
        elif is_verb(word) and word not in NOUN_LIKE:
            if verb_lemma(word) not in NOUN_VERBS or following.lower() in _OBJECT_WORDS:
                cuts.append(match.start())
    for match in _YEARS_ITEM.finditer(text):
        prev = text[:match.start()].split()[-1].lower().strip(",")
        if prev not in FUNCTION_WORDS and prev not in _BEFORE_NUMBER and not prev[0].isdigit():
            cuts.append(match.start())
    cuts.sort()
    if not cuts:
        return [text]
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(text[last:cut])
        last = cut + 1
    pieces.append(text[last:])
    return [p.strip() for p in pieces if p.strip()]


def _chunk_long(text: str, limit: int = MAX_REQUIREMENT_CHARS) -> list[str]:
    """Cut a run-on item at clause boundaries so each piece is at most `limit` characters."""
    if len(text) <= limit:
        return [text]
    clauses = re.split(r"(?<=[,;:])\s+", text)
    pieces, current = [], ""
    for clause in clauses:
        if current and len(current) + 1 + len(clause) > limit:
            pieces.append(current)
            current = clause
        else:
            current = f"{current} {clause}".strip()
    pieces.append(current)
    out = []
    for piece in pieces:                           # a single clause longer than the limit
        while len(piece) > limit:
            cut = piece.rfind(" ", 0, limit)
            while cut > limit // 2 and piece[:cut].split()[-1].lower() in FUNCTION_WORDS:
                cut = piece.rfind(" ", 0, cut)       # never end a piece on "as", "of", "and"
            cut = cut if cut > limit // 2 else limit
            out.append(piece[:cut].strip())
            piece = piece[cut:].strip()
        if piece:
            out.append(piece)
    return out


# Markdown emphasis around words ("Perform daily **cycle counts**", "*nice to have*"): the marks
# are typing, not text. A marker must touch the word it opens and closes, so a "* Python * Java"
# list of starred items and "snake_case" are left alone.
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"
                       r"|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")


def without_emphasis(text: str) -> str:
    """`text` with Markdown bold and italic marks taken off the words they wrap."""
    return _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4), text)


def split_items(line: str) -> list[str]:
    """One posting line -> requirement-sized items: bullets, sentences, ;-lists, lost breaks."""
    line = without_emphasis(BULLET.sub("", line).strip())
    items = []
    parts = [started for alternative in _alternatives(line) for headed in _INNER_HEADING.split(alternative)
             if headed for listed in _after_intro(headed)
             for numbered in (_ENUMERATOR.split(listed) if len(_ENUMERATOR.findall(listed)) >= 2 else [listed])
             for flat in (_FLAT_ITEM.split(numbered) if _FLAT_LIST.search(numbered) else [numbered])
             for flat in (_DASHED_ITEM.split(flat) if len(_DASHED_ITEM.findall(flat)) >= 2 else [flat])
             for starred in (_STAR_ITEM.split(flat) if len(_STAR_ITEM.findall(flat)) >= 2 else [flat])
             for started in _statement_starts(starred)]
    for part in (piece for part in parts if part for piece in _INLINE_DASH.split(part)):
        for sentence in (s for whole in split_sentences(part.strip()) for s in _without_leading_note(whole)):
            for clause in _split_semicolons(sentence):
                for item in _split_lost_items(clause):
                    # an over-long notice is dropped whole, not cut into innocent-looking pieces
                    items.extend([item] if is_boilerplate(item) else _chunk_long(item))
    items = [_without_list_conjunction(i.strip(" -–~•*|").rstrip(",;")) for i in items]
    return [i for i in items if i]


def _statement_starts(text: str) -> list[str]:
    """Cut `text` where `_STATEMENT_START` or `_AFTER_ADDRESS` says a new statement starts."""
    cuts = sorted({m.start() for m in _STATEMENT_START.finditer(text)}
                  | {m.start(1) for m in _AFTER_ADDRESS.finditer(text)})
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def _without_leading_note(text: str) -> list[str]:
    """"(Reference VA Handbook 5005) Current, full..." -> the note and the sentence apart; an
    item's own number or letter ("(1) U.S. citizenship") is one word and stays."""
    match = _LEADING_NOTE.match(text)
    return [match.group(1), text[match.end():]] if match else [text]


def _alternatives(line: str) -> list[str]:
    """"...-OR- B. ...", "...data Or 2 years...": one piece per alternative (not in all-caps text,
    where "OR" is an ordinary word)."""
    pieces = _ALTERNATIVE.split(line)
    if sum(c.islower() for c in line) < sum(c.isupper() for c in line):
        return pieces
    return [p for piece in pieces for p in _CAPITAL_OR.split(piece)]


def _without_list_conjunction(item: str) -> str:
    """"(f) nature and properties of materials; and" -> "(f) nature and properties of materials"."""
    match = _LIST_CONJUNCTION.search(item)
    if not match:
        return item
    return item[:item.rfind(" ")].rstrip(" ,;")


def _after_intro(text: str) -> list[str]:
    """Cut after "...the following criteria:" so the intro and the list it opens are apart."""
    pieces, start = [], 0
    for match in _LIST_INTRO.finditer(text):
        if _INTRO_END.search(text[start:match.start()]):
            pieces.append(text[start:match.start()])
            start = match.end()
    return pieces + [text[start:]]


@dataclass(frozen=True)
class Sentence:
    text: str
    section: Section
    heading: str = ""
    bulleted: bool = False


def sentences(body: str) -> list[Sentence]:
    """Every item of the posting body with the section it sits in (see `Section`)."""
    section: Section = "neutral"
    heading_text = ""
    found: list[Sentence] = []
    for raw in body.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if EXPLICIT_TITLE.match(line):
            continue
        meta = meta_line(line)
        if meta:
            if not meta[1]:                      # "Schedule:" over a block of shift details
                section, heading_text = "boiler", line
            continue
        heading = heading_of(line, section)
        if heading:
            if heading.section:
                section, heading_text = heading.section, heading.text
            continue
        inline = split_inline_heading(line)
        if inline:
            head, line = inline
            section, heading_text = head.section or section, head.text
        for item in split_items(line):
            found.append(Sentence(item, section, heading_text, bool(BULLET.match(raw))))
    return found
