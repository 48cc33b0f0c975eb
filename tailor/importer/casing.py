"""Text a layout set in capitals, given back in the person's own case: `restore_case`.

Many layouts print roles, employers, schools, degrees and skills in capitals (a style in Word, a
CSS text-transform in a theme), and a PDF's text layer keeps the capitals. JSON Resume holds the
words, not their styling: "SHIFT SUPERVISOR" read back as written would shout from every template
that renders it later, and "EXCEL" would miss a posting's "Excel". The case is recovered from the
best evidence there is, in this order:

1. the document itself: the same word written in ordinary text, not at a sentence's start ("a
   Looker Studio dashboard", "models in dbt", "for AI"): the person's own spelling;
2. the skill lexicon's spelling (`tailor.text.skill_terms`: "PostgreSQL", "JavaScript");
3. the convention of the field: Title Case for names of roles, employers, schools, degrees and
   awards (small words lower), sentence case for skills and interests, lower case for web
   addresses and handles (a brand spelled in lower case, "dbt", is capitalised like "Forklift":
   nothing tells them apart). A word of three letters or fewer that the document never writes in
   lower case stays in capitals: it is likely an acronym ("HR", "USA", "SQL").

Only a document that shouts is changed: one where some field is in capitals although it holds a
word of four letters or more that the document also writes in ordinary case. A resume whose
person wrote "IBM" or "NASA" in capitals keeps them. See docs/ARCHITECTURE.md (importer).
"""
from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from tailor.text.skill_terms import SKILL_LEXICON, canonical_spelling

# field -> style, per section; a list field's items share its style
_TITLE, _SENTENCE, _LOWER = "title", "sentence", "lower"
_FIELDS: dict[str, dict[str, str]] = {
    "work": {"name": _TITLE, "position": _TITLE, "location": _TITLE, "url": _LOWER},
    "volunteer": {"organization": _TITLE, "position": _TITLE, "url": _LOWER},
    "education": {"institution": _TITLE, "area": _TITLE, "studyType": _TITLE, "courses": _TITLE,
                  "url": _LOWER},
    "awards": {"title": _TITLE, "awarder": _TITLE},
    "certificates": {"name": _TITLE, "issuer": _TITLE, "url": _LOWER},
    "publications": {"name": _TITLE, "publisher": _TITLE, "url": _LOWER},
    "projects": {"name": _TITLE, "entity": _TITLE, "roles": _TITLE, "url": _LOWER},
    "skills": {"name": _TITLE, "level": _TITLE, "keywords": _SENTENCE},
    "languages": {"language": _TITLE, "fluency": _SENTENCE},
    "interests": {"name": _TITLE, "keywords": _SENTENCE},
    "references": {"name": _TITLE},
}
_BASICS = {"label": _TITLE, "url": _LOWER}
# A skill group of tools, software or school subjects lists names ("Siemens Teamcenter", "Sparx
# Maths", "GCSE Mathematics"): its keywords take a name's Title Case, not a skill's sentence case.
_NAMES_GROUP = {**_FIELDS["skills"], "keywords": _TITLE}
_GROUP_OF_NAMES = frozenset("tools software applications apps platforms systems products programs programmes "
                            "subjects".split())
_LOCATION = {"city": _TITLE, "region": _TITLE, "address": _TITLE}
_PROFILE = {"network": _TITLE, "username": _LOWER, "url": _LOWER}

# English small words, and the commonest of languages whose names and schools reach resumes
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to via with "
                         "da das de del der des di do dos du e en et i la le och und van von w y z zu".split())
_ORDINAL = re.compile(r"(?<=\d)(st|nd|rd|th)$", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # "A-level", "step-down": words joined by hyphens
_SENTENCE_BREAK = re.compile(r"(?<=[.!?:;•|–—])\s+")
_ACRONYM_LETTERS = 3
# Web and email addresses are written in lower case whatever they name ("github.com/jo/ui-library"):
# no evidence of how the person spells "UI"
_ADDRESS = re.compile(r"\S*(?:[/@]|\bwww\.)\S*|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b(?![.\w])")
_SHOUTED_SHARE = 0.75  # of a kind's values in capitals, for the layout to have set them so


def restore_case(resume: dict, texts: Iterable[str]) -> dict:
    """`resume` with the capitals a layout imposed written back in the person's case, judged
    against `texts` (every line of the document). Changes the dict in place and returns it.

    A field is restored only where its kind is set in capitals throughout (most skills in
    capitals, not one "PFMEA" among "Kaizen" and "Python"), in a document that shouts."""
    texts = list(texts)
    _label_as_written(resume.get("basics") or {}, texts)
    spelling = _spellings(texts)
    slots = list(_slots(resume))
    kinds: dict[str, list[bool]] = {}
    for kind, holder, key, _ in slots:
        if any(c.isalpha() for c in holder[key]):
            kinds.setdefault(kind, []).append(_capitals(holder[key]))
    if not any(_shouted_evidence(holder[key], spelling) for _, holder, key, _ in slots) \
            and not _shouted_kind(slots, kinds):
        return resume
    slugs = [(project, slug) for project in resume.get("projects") or [] if isinstance(project, dict)
             and _capitals(project.get("name") or "") and (slug := _slug_of(project)) is not None]
    for kind, holder, key, style in slots:
        capitals = kinds.get(kind, [])
        if _capitals(holder[key]) and sum(capitals) >= _SHOUTED_SHARE * len(capitals):
            holder[key] = _recased(holder[key], style, spelling)
    for project, slug in slugs:
        project["name"] = slug
    return resume


_WORDS_SHOUTED = 2  # values of one kind holding an English word in capitals, for the layout to shout
_NAME_KINDS = ("work.name", "education.institution", "volunteer.organization")  # a layout's usual capitals


def _shouted_kind(slots: list[Slot], kinds: dict[str, list[bool]]) -> bool:
    """Every employer (or every school) in capitals, and two of them or more holding an English
    word of four letters or more ("OUTREACH", "ALLEN INSTITUTE FOR AI"): the layout set that
    kind in capitals, even where the document never writes those words in ordinary case. A person
    who types names in capitals types acronyms and brands ("IBM", "KPMG"), not common words (a
    hobby typed in capitals, "MARATHON RUNNING", is no name a layout styles: left to the evidence)."""
    from lemminflect import getAllLemmas

    for kind, shouted in kinds.items():
        if kind not in _NAME_KINDS or len(shouted) < _WORDS_SHOUTED or not all(shouted):
            continue
        worded = sum(any(len(word) > _ACRONYM_LETTERS and getAllLemmas(word.lower())
                         for word in _WORD.findall(holder[key]))
                     for slot_kind, holder, key, _ in slots if slot_kind == kind)
        if worded >= _WORDS_SHOUTED:
            return True
    return False


def _label_as_written(basics: dict, texts: list[str]) -> None:
    """A label the header set in capitals and the document prints again in the person's case,
    on a line of its own ("JUNIOR DATA ANALYST (FORMER RESTAURANT MANAGER)" in a banner, "Junior
    Data Analyst (former Restaurant Manager)" on a profile card), is written as printed there:
    the person's own case of the whole title beats any convention."""
    label = basics.get("label")
    if not isinstance(label, str) or not any(_capitals(t) and t.strip().casefold() == label.casefold() for t in texts):
        return  # the layout did not shout it: the header's own form stands
    for text in texts:
        if text.strip().casefold() == label.casefold() and text.strip() != label and not _capitals(text):
            basics["label"] = text.strip()
            return


def _slug_of(project: dict) -> str | None:
    """"RAFT-LAB" at "github.com/jo/raft-lab": a project named by its repository's slug (words
    joined by a hyphen or an underscore) is written as its address writes it."""
    url = project.get("url")
    slug = url.rstrip("/").rsplit("/", 1)[-1] if isinstance(url, str) and "/" in url.split("//")[-1] else ""
    return slug if re.search(r"\w[-_]\w", slug) and slug.casefold() == project["name"].casefold() else None


Slot = tuple[str, "dict | list", "str | int", str]


def _slots(resume: dict) -> Iterator[Slot]:
    """(kind, container, key, style) of every string the layout may have set in capitals; the
    kind names the field across entries ("work.position")."""
    basics = resume.get("basics") or {}
    yield from _fields_of("basics", basics, _BASICS)
    yield from _fields_of("location", basics.get("location") or {}, _LOCATION)
    for profile in basics.get("profiles") or []:
        yield from _fields_of("profiles", profile, _PROFILE)
    for section, fields in _FIELDS.items():
        for entry in resume.get(section) or []:
            yield from _fields_of(section, entry, _NAMES_GROUP if section == "skills" and _names_group(entry)
                                  else fields)


def _names_group(entry: object) -> bool:
    """"Tools", "Software & Systems", "Subjects": a group whose name holds only such words."""
    words = re.findall(r"[^\W\d_]+", entry.get("name") or "" if isinstance(entry, dict) else "")
    return bool(words) and all(w.lower() in _GROUP_OF_NAMES or w.lower() == "and" for w in words)


def _fields_of(section: str, holder: object, fields: dict[str, str]) -> Iterator[Slot]:
    if not isinstance(holder, dict):
        return
    for key, style in fields.items():
        value = holder.get(key)
        if isinstance(value, str):
            yield f"{section}.{key}", holder, key, style
        elif isinstance(value, list):
            yield from ((f"{section}.{key}", value, i, style) for i, item in enumerate(value)
                        if isinstance(item, str))


def _spellings(texts: Iterable[str]) -> dict[str, str]:
    """lower-case word -> how the document most often writes it inside a sentence, from lines
    that are not themselves in capitals (a sentence's first word is capitalised by grammar),
    leaving out web and email addresses."""
    seen: dict[str, Counter] = {}
    for text in texts:
        if not any(c.islower() for c in text):
            continue
        for sentence in _SENTENCE_BREAK.split(_ADDRESS.sub(" ", text)):
            words = [m.group() for m in _WORD.finditer(sentence)]
            titled = _title_case(words)
            for index, word in enumerate(words):
                if (index and not titled or _marked(word)) and not _in_shouted_run(words, index):
                    seen.setdefault(word.lower(), Counter())[word] += 1
            for compound in _COMPOUND.finditer(sentence):  # "A-level", "re-entering"
                if "-" in compound.group() and not compound.group().isupper():
                    seen.setdefault(compound.group().lower(), Counter())[compound.group()] += 1
    return {word: forms.most_common(1)[0][0] for word, forms in seen.items()}


def _compound_part(match: re.Match, spelling: dict[str, str]) -> str | None:
    """The part after a hyphen of a compound the document writes with a capital of its own in
    ordinary text ("on A-level Further Maths"), as written there: "A-LEVEL MATHEMATICS" is
    "A-level Mathematics". A compound the document never writes, or writes in lower case as a
    common word ("a step-down unit"), is title-cased in a title ("Cardiac Step-Down Unit"),
    unless its parts written together are one English word: "co-operative" is "cooperative"
    spelled with a hyphen, and one word takes one capital ("The Co-operative Academy",
    "Non-profit"), as style guides title-case it; "Mid-South" names two things."""
    text, start = match.string, match.start()
    head = re.search(r"[^\W\d_]+(?:-[^\W\d_]+)*-$", text[:start])  # the compound's parts before this one
    if head is None:
        return None
    compound = (head.group() + _COMPOUND.match(text, start).group()).lower()
    own = spelling.get(compound, "")
    if own == own.lower() and _english(compound.replace("-", "")):
        return match.group().lower()
    parts = own.split("-") if not own.islower() else []  # "step-down unit" in a sentence: a common word
    index = head.group().count("-")
    return parts[index] if index < len(parts) else None


def _english(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


def _marked(word: str) -> bool:
    """"GCSE grade 4+ rate", "GitHub Actions": capitals inside a word, or a whole word of them, are
    the person's spelling even where grammar or a title capitalises a first letter."""
    return len(word) > 1 and any(c.isupper() for c in word[1:])


def _title_case(words: list[str]) -> bool:
    """"Operations Management", "Further Mathematics": a line whose every longer word opens with a
    capital is a name set in title case, which says nothing of how the words are spelled in a
    sentence (only the capitals inside a word are kept as evidence)."""
    longer = [w for w in words if len(w) > _ACRONYM_LETTERS]
    return len(longer) >= 2 and all(w[0].isupper() for w in longer)


def _in_shouted_run(words: list[str], index: int) -> bool:
    """A word in capitals beside another, both longer than an acronym, is a name the layout set
    in capitals on a line that also holds ordinary text ("NATIONAL PROFESSIONAL QUALIFICATION
    ... · Department for Education"), not the person's spelling of it ("the REST API" is)."""
    run = [w for w in words[max(0, index - 1):index + 2] if len(w) > _ACRONYM_LETTERS and w.isupper()]
    return len(words[index]) > _ACRONYM_LETTERS and words[index].isupper() and len(run) >= 2


def _capitals(value: str) -> bool:
    letters = [c for c in value if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _shouted_evidence(value: str, spelling: dict[str, str]) -> bool:
    """A value in capitals with a word the document writes in ordinary case elsewhere."""
    return _capitals(value) and any(
        len(word) > _ACRONYM_LETTERS and not spelling.get(word.lower(), word).isupper()
        for word in _WORD.findall(value))


def _recased(value: str, style: str, spelling: dict[str, str]) -> str:
    if style == _LOWER:
        return value.lower()
    if style == _SENTENCE and (known := _spelled(value)):
        return _capitalised(known) if known.islower() and not _lower_brand(known) else known
    if style == _SENTENCE and _names_a_product(value, spelling):
        style = _TITLE                   # "ORACLE RETAIL", "SIEMENS TEAMCENTER": a product's name
    order = itertools.count()
    return _WORD.sub(lambda m: _word(m, style, next(order) == 0 or _starts_part(m), spelling), value)


def _names_a_product(value: str, spelling: dict[str, str]) -> bool:
    """A skill of several words whose first word the document or the lexicon writes as a name."""
    words = _WORD.findall(value)
    own = spelling.get(words[0].lower()) or _spelled(words[0]) if len(words) > 1 else None
    return bool(own) and own[:1].isupper() and not own.isupper()


def _starts_part(match: re.Match) -> bool:
    """The first word after a dash or colon that joins two names ("St. Luke's – The Vintage")."""
    return re.search(r"(?:\s[–—-]|:)\s+$", match.string[:match.start()]) is not None


def _spelled(term: str) -> str | None:
    """The lexicon's spelling of `term` itself ("POSTGRESQL" -> "PostgreSQL"), never of another
    term it stands for (an alias: "REST APIS" is not written back as "RESTful API")."""
    known = canonical_spelling(term)
    if known and known.lower() == term.lower():
        return known
    key = " ".join(term.lower().split())  # "REST APIS": an entry of the lexicon ("REST API") in the plural
    return _entries()[key[:-1]] + "s" if key.endswith("s") and key[:-1] in _entries() else None


@functools.cache
def _entries() -> dict[str, str]:
    """lower case -> each entry of the skill lexicon as it is written there."""
    terms = (" ".join(t.split()) for t in SKILL_LEXICON.replace("\n", " ").split("|"))
    return {t.lower(): t for t in terms if t}


def _word(match: re.Match, style: str, first: bool, spelling: dict[str, str]) -> str:
    word, key = match.group(), match.group().lower()
    if _ORDINAL.search(match.string[:match.end()]) and match.string[match.start() - 1:match.start()].isdigit():
        return key                       # "2ND" -> "2nd"
    if style == _TITLE and not first and key in _SMALL_WORDS:
        return key
    if style == _TITLE and (part := _compound_part(match, spelling)):
        return part                      # "A-LEVEL": the document writes the compound "A-level"
    own = spelling.get(key) or _spelled(word) or _plural_acronym(key, spelling) \
        or _acronym_of_plural(key, spelling) or _DEGREES.get(key)
    if own and not own.islower():
        return own                       # a name, an acronym or a brand as the person writes it
    if key == "js" and match.string[match.start() - 1:match.start()] == ".":
        return key                       # "NEXT.JS": a JavaScript library's name ends in ".js"
    if own and _lower_brand(own) and (style != _TITLE or not first):
        return own                       # "dbt": a name the lexicon and the person write in lower case
    if own is None and len(key) <= _ACRONYM_LETTERS and not _abbreviation_or_compound(match) \
            and not (style == _TITLE and _place_particle(match)):
        return word                      # never written in lower case: likely an acronym
    if own is None and _bracketed_acronym(match):
        return word                      # "(PCCN)" after "Progressive Care Certified Nurse"
    if style == _TITLE:
        return _capitalised(key)
    return _capitalised(key) if first else key


# Degrees whose abbreviations mix cases ("MSC" in a layout's capitals is "MSc")
_DEGREES = {d.lower(): d for d in "BSc MSc BEng MEng MPhil DPhil BEd MEd BArch MArch BPharm PharmD MSci "
                                  "EdD DrPH ScD BMus MMus BPhil BTech MTech".split()}


def _acronym_of_plural(key: str, spelling: dict[str, str]) -> str | None:
    """"PFMEA" when the document writes "PFMEAs", "GCSE" when it writes "GCSEs": the plural of an
    acronym in capitals with a lower-case "s" spells the acronym."""
    plural = spelling.get(key + "s", "")
    return plural[:-1] if re.fullmatch(r"[A-Z]{2,}s", plural) else None


def _lower_brand(own: str) -> bool:
    """"dbt": a one-word name the skill lexicon writes in lower case that is no English word is a
    brand styled so; "forklift" is a word, capitalised at a skill's start like any other."""
    from lemminflect import getAllLemmas

    return _entries().get(own) == own and " " not in own and own.isalpha() and not getAllLemmas(own)


def _plural_acronym(key: str, spelling: dict[str, str]) -> str | None:
    """"APIS" -> "APIs" when the document writes "API" in capitals."""
    stem = spelling.get(key[:-1]) if key.endswith("s") and len(key) > 2 else None
    return stem + "s" if stem and stem.isupper() else None


def _bracketed_acronym(match: re.Match) -> bool:
    """A word alone in brackets that is no English word ("(PCCN)", "(ACLS)", "(NPQLT)") is the
    acronym of the name before it; "(COMPACT)" and "(NIGHTS)" are words and take the field's case."""
    from lemminflect import getAllLemmas

    text, start, end = match.string, match.start(), match.end()
    return text[start - 1:start] == "(" and text[end:end + 1] == ")" and not getAllLemmas(match.group().lower())


# Words that open place names in Spanish, Portuguese and Italian ("San Miguel", "São Paulo", "Los Angeles")
_PLACE_PARTICLES = frozenset("san são los las".split())


def _place_particle(match: re.Match) -> bool:
    """"MERCADO DE SAN MIGUEL": a word that opens a place name in the languages whose places
    reach resumes most, before a word that is no English word (a name: "MIGUEL", "PAULO"), is
    that name's first word, not an acronym; "SAN ADMINISTRATOR" (a storage network) keeps it."""
    after = _WORD.match(match.string, match.end() + 1)
    return match.group().lower() in _PLACE_PARTICLES and match.string[match.end():match.end() + 1] == " " \
        and after is not None and not _english(after.group().lower())


def _abbreviation_or_compound(match: re.Match) -> bool:
    """A short word that ends in a full stop ("ST.", "INC.") or is joined to a longer one by a
    hyphen ("MID-SOUTH", "CO-OPERATIVE") is a word, not an acronym; a single letter is not."""
    text, start, end = match.string, match.start(), match.end()
    if end - start < 2:
        return False
    after, before = text[end:end + 1], text[start - 1:start] if start else ""
    return after == "." or (after == "-" and text[end + 1:end + 2].isalpha()) or before == "-"


def _capitalised(word: str) -> str:
    """"o'neill" -> "O'Neill" (a one-letter prefix), "don't" -> "Don't"."""
    head, mark, tail = word.partition("'") if "'" in word else word.partition("’")
    if mark and len(head) == 1:
        return head.upper() + mark + tail[:1].upper() + tail[1:]
    return word[:1].upper() + word[1:]
