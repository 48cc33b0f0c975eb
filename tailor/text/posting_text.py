"""Reading messy job-posting text: repair, sections, sentences, boilerplate, kinds and skill terms.

Real postings (see tests/testdata/jobs/) are pasted from web pages that lost their markup: bullet
lists become run-together text ("...Google PubSub.Take charge of...", "in a timely mannerMeet or
exceed..."), headings are glued to their first item ("ResponsibilitiesOwn interview scheduling"),
and a third of the words are marketing, benefits and legal notices. Nothing here needs a model:
the rules below are plain regular expressions, so ingest is deterministic, fast and explainable,
and a posting is only ever treated as data (no eval, no templating, no shell).

Pipeline (each step a small function, used by `tailor.text.posting`):
  normalize -> repair_joins -> split_header -> sentences (with their section) ->
  is_boilerplate -> classify -> skill_terms
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Kind = Literal["must_have", "nice_to_have", "responsibility"]
# Where a sentence sits: under a requirements heading, a "nice to have" one, a duties one, an
# unlabelled part (intro, "Job Description", "Overview": judged sentence by sentence), or a part
# that is never requirements (benefits, about us, EEO).
Section = Literal["must", "nice", "resp", "neutral", "boiler"]

MAX_REQUIREMENT_CHARS = 300

# --------------------------------------------------------------------------- vocabulary

# Verbs that open a duty ("Maintain...", "Develops...", "Answering..."). Used both to recognise
# responsibilities in unlabelled text and to find item boundaries lost when a list was pasted as
# one line ("...whatever else they may need Dispatch necessary resources...").
DUTY_VERBS = frozenset("""
accompany achieve act administer advise advocate align analyze analyse answer anticipate arrange
assess assign assist attend audit balance book build calculate call carry champion check clean
coach collaborate collect communicate compile complete comply compose conduct configure confirm
contribute convert coordinate create cultivate debug define deliver deploy design determine develop
devise direct dispatch document draft drive educate elevate enhance ensure enter establish
estimate evaluate evangelize examine execute facilitate file follow forecast foster fuel gather generate read
greet guide handle help hire hold identify implement improve incorporate influence inform input
inspect install integrate interface interpret investigate keep label lead liaise load log maintain make
manage maximize measure meet mentor mix monitor motivate negotiate notify onboard operate optimize
organize oversee own participate partner perform pick plan play prepare present prioritize
process procure produce program promote propose provide publish pursue receive recommend reconcile
record recruit reduce refine reject report represent research resolve respond review route run
schedule screen secure select serve service set share solve source specify staff stay stock store
streamline supervise support take teach test track train translate troubleshoot understand undertake unload
unpack update upload utilize use validate verify weigh work write
""".split())

ADVERBS = frozenset("accurately actively proactively regularly routinely safely directly "
                    "continuously promptly closely effectively independently".split())

# Capitalised words that start a requirement item; a lost line break before them is restored.
ITEM_STARTERS = frozenset("""
Ability Able Must Experience Knowledge Proficient Proficiency Familiarity Familiar Strong Excellent
Possess Possesses Requires Proven Demonstrated Previous Prior Working Solid Understanding Minimum
Basic Advanced Intermediate Comprehensive Extensive Outstanding Willingness Bachelor Bachelor's
Bachelors Master's Degree Clean Valid Confident Heavy Good Great Effective Exceptional One Two
""".split())

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
NOUN_LIKE = frozenset("Services Processes Reports Records Plans Programs Tests Designs Files "
                       "Sources Reviews Schedules Logs Labels Stocks Supports Sales".split())

FUNCTION_WORDS = frozenset("""
a an the and or nor of to in on for with by at from as our your their its his her into via per
than is are be been all any both each other new such including about over under within without
&amp; & / - this that these those my we you they it not
""".split())

# Well-known CamelCase product names: never split them as if two items had been glued together.
CAMEL_WORDS = frozenset(w.lower() for w in """
JavaScript TypeScript CoffeeScript QuickBooks PowerPoint SharePoint PowerShell PowerApps PowerBI
LinkedIn GitHub GitLab BitBucket PubSub BigQuery BigTable SmartPlant SmartSheet SolidWorks
PeopleSoft SuccessFactors ServiceNow SalesForce PhotoShop InDesign DreamWeaver WhatsApp YouTube
FaceBook BlackBerry ClickHouse ElasticSearch LogStash SendGrid WordPress WooCommerce TensorFlow
PyTorch NumPy SciPy DevOps DataDog PagerDuty CloudFormation CloudWatch SageMaker CircleCI TeamCity
TestRail JetBrains IntelliJ MailChimp HubSpot NetSuite FreshBooks QuickBase SketchUp AutoDesk
DocuSign ZipRecruiter GreenHouse SmartRecruiters PeachTree SolarWinds CrowdStrike ClickUp
FastAPI GraphQL OpenShift OpenStack RabbitMQ WebSphere WebLogic RedHat SnowFlake SQLAlchemy
XMLHttpRequest PDFBox
""".split())

# --------------------------------------------------------------------------- text repair

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def normalize(text: str) -> str:
    """Unescape HTML entities (`Bachelor&#39;s`), unify line ends and spaces, drop control chars.

    Letters, quotes and dashes are left as posted: requirement texts are quoted from the posting.
    """
    text = html.unescape(text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").replace("\u00a0", " ")
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch)[0] != "C")


_PERIOD_JOIN = re.compile(r"(?<=[a-z0-9%)\]’'”])([.!?]{1,3})(?=[A-Z][a-z])|(?<=[a-z])([!?])(?=[A-Z])")
_PAREN_JOIN = re.compile(r"(?<=[a-z.]\))(?=[A-Z][a-z])|(?<=[a-z]{2}\))(?=[A-Z])")
_CAPS_PERIOD_JOIN = re.compile(r"(?<=[A-Z]{2})\.(?=[A-Z][a-z]{2,})|(?<=[a-z]{2})\.(?=(?:A|An) [a-z])")
_CAPS_JOIN = re.compile(r"(?<=[A-Z]{4})(?=[A-Z][a-z]{2,})")
_COLON_JOIN = re.compile(r"(?<=[A-Za-z)]):(?=[A-Z0-9\"“(•-])")
_DIGIT_JOIN = re.compile(r"(?<=\d)(?=[A-Z][a-z]{2,})")
_YEARS_JOIN = re.compile(r"(?<=[a-z]{3})(?=\d+\s*(?:[-–]\s*\d+\s*)?\+?\s*(?:years?|yrs)\b)")
_ARTICLE_JOIN = re.compile(r"(?<=[a-z]{3})(?=(?:A|An) [a-z])")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]+)")
_LETTERS_BEFORE = re.compile(r"[A-Za-z’']+$")
_WORD_AFTER = re.compile(r"[A-Z][a-z]+")
_HYPHEN_JOIN = re.compile(r"(?<=[a-z]{3})-(?=[A-Z][a-z]{3,})")
_MULTI_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
_WORD_SUFFIXES = ("s", "ion", "ment", "ity", "ing", "ed", "ance", "ence", "ure", "ship", "ies")


_NOT_ITEM_ENDS = frozenset("outside inside within across between including like than via per".split())


def _camel_split_ok(text: str, pos: int) -> bool:
    """Is the lower->Upper change at `pos` a lost line break rather than a product name?

    "mannerMeet", "Svelte.jsGoogle" (lower-case word before): yes. "StandardsEnsure",
    "SkillsAbility" (long word with a common word ending, or an item-opening word after): yes.
    "JavaScript", "QuickBooks", "LinkedIn" (known names, short halves): no.
    """
    before = _LETTERS_BEFORE.search(text, 0, pos)
    after = _WORD_AFTER.match(text, pos)
    if not before or not after:
        return False
    left, right = before.group(), after.group()
    if (left + right).lower() in CAMEL_WORDS:
        return False
    if left.lower() in FUNCTION_WORDS or left.lower() in _NOT_ITEM_ENDS:
        return False                                 # "outsideIpsen": a typo, not two items
    if left[0].islower():
        return len(left) >= 2
    if re.fullmatch(r"[A-Z]{2,}s", left):                       # "EAsMaintain", "PTAsManage"
        return True
    if len(left) < 4 or len(right) < 3:
        return False
    starts_item = right in ITEM_STARTERS or right.lower() in DUTY_VERBS or bool(_heading_kind(right))
    return starts_item or left.lower().endswith(_WORD_SUFFIXES)


def _camel_word_at(text: str, pos: int) -> bool:
    word = re.match(r"[A-Za-z]*", text[max(0, pos - 12):pos][::-1]).group()[::-1] + \
        re.match(r"[A-Za-z]*", text[pos:]).group()
    return word.lower() in CAMEL_WORDS


def repair_joins(text: str) -> str:
    """Restore line breaks lost when a posting's lists were flattened into one paragraph.

    Each repair inserts a newline (never deletes a character), so every requirement stays a
    verbatim piece of the posting: "Google PubSub.Take charge" -> "Google PubSub.\\nTake charge".
    """
    text = _MULTI_SPACE.sub("\n", text)
    text = _PERIOD_JOIN.sub(lambda m: (m.group(1) or m.group(2)) + "\n", text)
    text = _PAREN_JOIN.sub("\n", text)
    text = _CAPS_PERIOD_JOIN.sub(".\n", text)
    text = _CAPS_JOIN.sub(lambda m: "" if _camel_word_at(text, m.start()) else "\n", text)
    text = _COLON_JOIN.sub(":\n", text)
    text = _DIGIT_JOIN.sub("\n", text)
    text = _YEARS_JOIN.sub("\n", text)
    text = _ARTICLE_JOIN.sub("\n", text)
    text = _HYPHEN_JOIN.sub("\n-", text)
    out, last = [], 0
    for match in _CAMEL.finditer(text):
        if _camel_split_ok(text, match.start()):
            out.append(text[last:match.start()])
            last = match.start()
    out.append(text[last:])
    return "\n".join(out)


# --------------------------------------------------------------------------- header lines

_META = re.compile(
    r"^\s*(?:\*\*)?(?P<key>company|employer|organization|location|job location|work location|"
    r"type|job type|employment type|level|seniority|career level|employee level|experience level|"
    r"salary|pay|compensation|schedule|shift|remote|position open to remote|date posted|posted|"
    r"job id|req(?:uisition)? id|department)(?:\*\*)?\s*:\s*(?:\*\*)?\s*(?P<value>.*?)\s*$", re.I)


def meta_line(line: str) -> tuple[str, str] | None:
    """`("location", "Chicago, IL")` for a header line such as "Location: Chicago, IL", else None."""
    match = _META.match(line)
    if not match or len(match.group("value")) > 80:
        return None
    return match.group("key").lower(), match.group("value").strip("* ")


_TITLE_PREFIX = re.compile(
    r"^\s*(?:#+\s*)?(?:\*\*|__)?\s*(?:job\s+title|title|position|role)\s*:\s*(?:\*\*|__)?\s*", re.I)
EXPLICIT_TITLE = re.compile(r"^\s*(?:#+\s*)?(?:\*\*|__)?\s*(?:job\s+title|title)\s*:", re.I)


def clean_title(line: str) -> str:
    """"# Senior Engineer", "**Job title:** Senior Engineer" -> "Senior Engineer"."""
    line = _TITLE_PREFIX.sub("", line)
    line = re.sub(r"^\s*#+\s*", "", line)
    return " ".join(line.strip().strip("*_ ").split())


def looks_like_title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 16 and len(line) <= 120 and not line.rstrip().endswith((".", ":", ","))


# --------------------------------------------------------------------------- headings

_HEADING_RULES: list[tuple[Section, re.Pattern]] = [
    ("boiler", re.compile(
        r"benefit|perk|we offer|what we offer|offering|compensation|salary|\bpay\b|sign[- ]on|"
        r"about us|about the company|about our|who we are|who are we|why (?!you)|our (commitment|"
        r"culture|mission|values|story|team)|diversity|equal (employment )?opportunit|\beeo\b|"
        r"(company|organization|organisation) (overview|description|summary)|work environment|"
        r"physical demands|weighting|shift details|^schedule|how to apply|to apply|apply now|"
        r"is .* a fit|are you ready|disclaimer|legal|accommodation|privacy|^location", re.I)),
    ("nice", re.compile(
        r"prefer|nice[- ]to[- ]have|nice to haves?|bonus|desired|desirable|\bideal\b|\bideally\b|"
        r"\bplus\b|good to have|great to have|optional|extra credit|not required|additional "
        r"(skills|qualifications)", re.I)),
    ("resp", re.compile(
        r"responsibilit|duties|\bduty\b|what you('|’)?ll do|what you will do|what will you do|"
        r"job involve|your (role|day|mission|impact)|the role|in this role|role overview|"
        r"day[- ]to[- ]day|accountabilit|expectations|key tasks|\btasks\b|what you('|’)?ll be doing|"
        r"what you will be doing|performance standards|you will", re.I)),
    ("must", re.compile(
        r"requirement|qualification|what you need|what you('|’)?ll need|what you bring|looking for|"
        r"who you are|about you|\bskills?\b|competenc|education|experience|knowledge|abilities|"
        r"minimum|required|must[- ]haves?|credential|certification|licen[cs]e|what we expect|"
        r"you have|your profile|profile|tech(nology)? stack|(our|the) stack|technologies|tools|"
        r"relocate|eligibility", re.I)),
    ("neutral", re.compile(
        r"overview|summary|description|purpose|the opportunity|about the (role|job|position|"
        r"opportunity)|introduction|the job|position", re.I)),
]


def _heading_kind(text: str) -> Section | None:
    for kind, pattern in _HEADING_RULES:
        if pattern.search(text):
            return kind
    return None


_SECTION_LABEL = re.compile(r"requirement|qualification|responsibilit|duties|prefer|nice[- ]to[- ]have|"
                            r"\bskills\b|bonus|what you", re.I)
_SECTION_WORDS = re.compile(r"certifications|licen[cs]es|qualifications|requirements|education|"
                            r"skills|credentials", re.I)
_LABEL_ADJECTIVES = frozenset("Exceptional Stellar Highly Reliable Excellent Strong Great Good "
                              "Tech Effective Outstanding Superb Solid".split())
_MD_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*)$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*:?\s*$")
_INLINE_HEADING = re.compile(
    r"^\s*(?:\*\*)?(?P<head>[A-Z][\w&/’',()\- ]{1,60}?)(?:\*\*)?\s*:\s*(?P<rest>\S.*)$")
_QUALIFICATION_TERM = re.compile(
    r"degree|diploma|\bGED\b|licen[cs]e|certif|bachelor|master|\bph\.?d|associate|\bMBA\b|\bCPA\b|"
    r"\bCDL\b|clearance|citizenship", re.I)


@dataclass(frozen=True)
class Heading:
    section: Section | None   # None: a sub-heading that keeps the current section
    text: str


def heading_of(line: str, current: Section) -> Heading | None:
    """Is this line a heading? Which section does it open?

    Known headings ("Responsibilities", "What You Need", "## Nice to have", "Qualifications:")
    open their section. A list intro ending with ":" opens the section its own words suggest
    ("...will be responsible for:"). A short Title Case line in a duties part ("Budget",
    "Regulatory Intelligence") is a sub-heading; in a requirements part it may be an item
    ("Master's Degree"), so it is only a heading there when it names no qualification.
    """
    md = _MD_HEADING.match(line) or _BOLD_LINE.match(line)
    if not md and _BULLET.match(line):
        return None                              # a bulleted line is an item
    text = (md.group(2) if md else line).strip().strip("*_ ").strip()
    bare = text.rstrip(":").strip()
    if not bare:
        return None
    words = bare.split()
    kind = _heading_kind(bare)
    if md:
        return Heading(kind or "neutral", bare)
    ends_colon = text.endswith(":")
    short = len(words) <= 8 and len(bare) <= 70
    if re.search(r"[.!]$", bare) and not ends_colon:
        return None
    if ":" in bare and not md:
        return None                              # "Full Stack Development: TypeScript" is an item
    if re.search(r"\b(is|are)\s+(required|preferred|a must|a plus)\b", bare, re.I):
        return None                              # "U.S. Citizenship Is Required" is an item
    if (kind == "must" and not ends_colon and _QUALIFICATION_TERM.search(bare)
            and not _SECTION_WORDS.search(bare)):
        return None                              # "Driver's License (Required)" is an item
    if short and kind and (ends_colon or _is_title_case(words) or _mostly_heading(bare)
                           or bare.endswith("?")):
        return Heading(kind, bare)
    if ends_colon and len(words) <= 16:
        return Heading(kind or _section_from_cues(bare), bare)
    if bare.endswith("?") and len(words) <= 10:
        return Heading("boiler", bare)           # "Are you ready to make a difference?"
    if short and len(words) <= 6 and _is_title_case(words) and not re.search(r"\d", bare):
        if current in ("must", "nice") and _QUALIFICATION_TERM.search(bare):
            return None
        return Heading(None, bare)
    return None


def _mostly_heading(text: str) -> bool:
    """"Nice to have", "What you need": heading words make up most of the line."""
    covered = sum(len(m.group()) for _, p in _HEADING_RULES for m in p.finditer(text))
    return len(text.split()) <= 4 and covered >= 0.5 * len(text.replace(" ", ""))


def _is_title_case(words: list[str]) -> bool:
    return all(w[0].isupper() or not w[0].isalpha() or w.lower() in FUNCTION_WORDS for w in words)


def _section_from_cues(text: str) -> Section | None:
    if NICE.search(text):
        return "nice"
    if RESP_CUE.search(text):
        return "resp"
    if MUST_CUE.search(text):
        return "must"
    return None


def split_inline_heading(line: str) -> tuple[Heading, str] | None:
    """"Requirements: 2+ years of..." -> (Heading must, "2+ years of..."), for known headings only.

    "Full Stack Development: TypeScript" is an item, not a heading, so unknown labels stay.
    When the rest is a stub ("Education: Bachelor's (Required)") the label is kept with it.
    """
    match = _INLINE_HEADING.match(line)
    if not match:
        return None
    head, rest = match.group("head").strip(), match.group("rest").strip()
    if len(head.split()) > 5 or (meta_line(line) and not _heading_kind(head)):
        return None
    first = head.split()[0]
    if first in ITEM_STARTERS or first in _LABEL_ADJECTIVES or is_verb(first):
        return None          # "Familiarity with technologies such as: XML", "Exceptional ... skills:"
    kind = _heading_kind(head)
    if not kind:
        return None
    if len(rest.split()) < 4 and not _SECTION_LABEL.search(head):
        return Heading(kind, head), line.strip()    # "Education: Bachelor's (Required)"
    return Heading(kind, head), rest


# --------------------------------------------------------------------------- sentences

_BULLET = re.compile(r"^\s*(?:[-*•·●▪◦‣–—>]+|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
_ABBREV_END = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Sr|Jr|St|Mt|vs|Inc|Ltd|Co|Corp|No|approx|e\.g|i\.e|"
    r"[A-Z])\.)$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]”’]?\s+(?=[A-Z0-9\"'(\[“‘$#])")
_INLINE_DASH = re.compile(r"(?<=[a-z)\].])-\s+(?=[A-Z])|(?<=\s)-(?=[A-Z][a-z])|\s+[|•·▪●]\s+")


def split_sentences(text: str) -> list[str]:
    """Sentence boundaries that respect "e.g. ", "U.S. Xpress", "Inc. " and initials."""
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        head = text[start:match.start()].rstrip("\"')]”’")
        if _ABBREV_END.search(head):
            continue
        pieces.append(text[start:match.start()])
        start = match.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


_CONTINUES_CLAUSE = frozenset("including and or which that such especially e.g. i.e. as but with "
                              "while whereas plus".split())


def _split_semicolons(text: str) -> list[str]:
    """Split a ;-list unless a part only continues the one before ("including...", "and...").

    "...for assigned accounts; addressing...; and all shipments..." stays one item.
    """
    parts = [p.strip() for p in text.split(";")]
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        return [text]
    for part in parts[1:]:
        first = part.split()[0]
        if first.islower() and (first in _CONTINUES_CLAUSE or first.endswith("ing")):
            return [text]
    return parts


_YEARS_ITEM = re.compile(r"(?<=[a-z]) (?=(?:\d+\s*(?:[-–]\s*\d+\s*)?\+?|One or more|Two or more) "
                         r"(?:years?|yrs)\b)")
_BEFORE_NUMBER = frozenset("least than minimum approximately approx over plus about under up "
                           "within after have has had need needs require requires requiring one "
                           "two three four five six seven eight nine ten".split())


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
            cut = cut if cut > limit // 2 else limit
            out.append(piece[:cut].strip())
            piece = piece[cut:].strip()
        if piece:
            out.append(piece)
    return out


def split_items(line: str) -> list[str]:
    """One posting line -> requirement-sized items: bullets, sentences, ;-lists, lost breaks."""
    line = _BULLET.sub("", line).strip()
    items = []
    for part in _INLINE_DASH.split(line):
        for sentence in split_sentences(part.strip()):
            for clause in _split_semicolons(sentence):
                for item in _split_lost_items(clause):
                    # an over-long notice is dropped whole, not cut into innocent-looking pieces
                    items.extend([item] if is_boilerplate(item) else _chunk_long(item))
    items = [i.strip(" -–•*|").rstrip(",;") for i in items]
    return [i for i in items if i]


@dataclass(frozen=True)
class Sentence:
    text: str
    section: Section
    heading: str = ""


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
            found.append(Sentence(item, section, heading_text))
    return found


# --------------------------------------------------------------------------- boilerplate

_BOILERPLATE = [re.compile(p, re.I) for p in (
    # equal opportunity, accommodation, background/drug-test and at-will notices
    r"equal (employment )?opportunit|affirmative action|without regard to|regardless of (race|"
    r"age|gender|sex)|protected (veteran|class|by law)|discriminat|sexual orientation|"
    r"gender (identity|expression)|diverse (workforce|and welcoming)|culture of inclusion|"
    r"diversity is|e-verify|arrest (and|or) conviction|reasonable accommodation|"
    r"individuals with disabilities|essential functions",
    r"\b(pass|passing|complete|undergo|submit to|subject to|contingent (up)?on)\b[^.]{0,60}"
    r"\b(background|drug|criminal|credit|reference)[- ](check|screen|test)",
    r"pre-employment|\bat[- ]will\b|this job description|not designed to (cover|contain)|"
    r"may be asked to perform other|(duties|responsibilities)[^.]{0,40}may change|"
    r"not (intended|meant) to be (an? )?(exhaustive|all[- ]inclusive|comprehensive)|"
    r"physical demands? described|normal office setting|other duties as (assigned|required|needed)|"
    r"^(other|additional) duties|^miscellaneous\b|^special projects",
    # benefits and pay
    r"401\s*\(?k\)?|\bPTO\b|paid (time off|holidays?|parental|leave)|(parental|sick|vacation) "
    r"leave|tuition reimbursement|stock (options|purchase)|profit[- ]sharing|retirement (plan|"
    r"savings)|\bIRA\b|\bperks\b|sign[- ]on bonus|benefits? (package|include|such as|from day)|"
    r"incentives? program|flexible spending|commuter benefit|well-being allowance|"
    r"(competitive|comprehensive|generous|great|good|full|excellent|medical) benefits|"
    r"\bbenefits\s*[:–-]|benefits are|(offer|provide|receive)\w*\b[^.]{0,50}\bbenefits\b",
    r"\b(salary|pay rate|pay range|base pay|hourly (pay|rate|base)|starting (pay|rates?)|"
    r"commensurate|compensation|\bW2\b|per hour|an hour|/hr\b|plus tips|starting at \$)",
    r"\$\s?\d[\d,.]*\s?[kK]?\s*(?:-|–|to)\s*\$?\s?\d|\$\s?\d[\d,.]*\s?[kK]?\s*(?:/|per|an)\s*"
    r"(?:h(?:ou)?r|year|yr|annum|week)",
    # company marketing, about us, recruiter intros
    r"^(we are|we're|we) (a|an|one of|the|proud|committed|partnering|seeking|looking|hiring|"
    r"currently|work as|think|focus|believe|value|invest|offer|empower|encourage|also value|"
    r"look forward)\b",
    r"\bour (mission|vision|values|culture|story|client|top firm|teams automate|focus is|"
    r"team members are|commitment)\b|\bis one of the\b|\b(a|the) (north american |global |"
    r"industry |market )?leader in\b|\bsince (18|19|20)\d\d\b|\bfounded in\b|\bheadquartered\b|"
    r"\bsubsidiary\b|\bjoin (us|our)\b|\bwill be joining\b|\bjoining (a|our) ",
    r"\bis (currently )?(seeking|looking for|hiring|recruiting)\b|\bhas partnered\b|"
    r"\bpartner(ing|ed)? with (a|an)\b|\bin (their|its) search for\b|\bmay have the job\b|"
    r"\bcontract (to hire|assignment)\b|\btemp to perm\b|\b\d+-month contract\b|"
    r"position open to remote|\bthis is a (\w+[- ])?(part|full)[- ]time\b",
    r"\bif (you are|you're|this sounds|you have what)\b|\bare you (an?|ready)\b|\bapply (now|today|"
    r"online|here|at|via|through)\b|\bto apply\b|encourage[^.]*\bto apply\b|\bstart your "
    r"application\b|\bsubmit (your|a) (resume|cv|application)|\bsend (your|a|us) (resume|cv)|"
    r"\bcover letter\b|https?://|www\.|\bvisit (us|our|www|http)|\bfind out more\b|"
    r"\blearn more\b|\blet'?s talk\b|\bwe look forward\b",
    r"\bthis is an? (great |exciting |unique |rare )?opportunity\b|\bopportunity to (grow|join|"
    r"look back|work with)\b|\bmake (a|an) (meaningful |real |lasting )?(difference|impact)\b|"
    r"\byour work will\b|\bbe proud\b|\brewarding (career|role)\b|\bexciting opportunity\b|"
    r"\bwe want to\b|\bwants to help you\b|\brelentlessly\b|\bexpect more\b|\bwe believe\b|"
    r"\bmission, vision\b|\bcompany culture\b|\bour goal\b|^in return\b|\bwe serve\b",
    # schedules, shifts and location notes
    r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b.{0,30}(\d|am\b|pm\b)|\b\d{1,2}(:\d\d)?\s*(am|pm)\s*"
    r"[-–]\s*\d{1,2}(:\d\d)?\s*(am|pm)\b|^schedule\b|\b\d{4}\s*-\s*\d{4}\b|"
    r"^(please note:? )?this (role|position) is (onsite|on-site|remote|hybrid)\b|"
    r"^(local candidates|sign on bonus|starting rates?)\b|\bsign on bonus\b|"
    r"flexib\w* with the schedule|schedule flexib",
    r"(job|position|role) (type|level)\s*:|^job description\b|^#\w+$",
)]

_QUESTION = re.compile(r"\?\s*$")


def is_boilerplate(text: str) -> bool:
    """EEO, benefits, pay, marketing, application, legal and schedule text: never a requirement."""
    if _QUESTION.search(text):
        return True                                   # "Curious about the other benefits...?"
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(text.split()) <= 6:
        return True                                   # "TUNNEL HILL, GA", "KROGER ROANOKE VA"
    return any(p.search(text) for p in _BOILERPLATE)


# --------------------------------------------------------------------------- classification

NICE = re.compile(
    r"\bprefer(red|ably|ence)?\b|\bstrongly prefer|\ba plus\b|\bplus\b\s*[.!]?\s*$|\bis a bonus\b|"
    r"\bbonus points\b|\bnice[- ]to[- ]have\b|\bideally\b|\b(is|are|highly|strongly) desired\b|"
    r"\bdesired\s*[.:]?\s*$|\bdesirable\b|"
    r"\badvantageous\b|\ban advantage\b|\bbeneficial\b|\bnot (mandatory|required|critical|essential)\b|"
    r"\boptional\b|\bwould be (great|nice|helpful)\b|\bgood to have\b", re.I)
_EXPLICIT_MUST = re.compile(
    r"\bmust\b|(?<!as )(?<!if )(?<!when )\brequired\b|\brequires?\b|\bminimum\b|\bat least\b|"
    r"(?<!not )\bmandatory\b|(?<!not )\bessential\b", re.I)
_STRONG_MUST = re.compile(
    r"\b\d+\+?\s*(?:[-–]\s*\d+\s*)?(?:\+\s*)?(?:years?|yrs)['’]?\b|\bdegree\b|\bdiploma\b|\bGED\b|"
    r"\blicen[cs]e\b|\bcertifi(ed|cation)\b|\bmust (have|be|possess|hold)\b|"
    r"\blooking for someone\b|\bclearance\b|\bcitizenship\b", re.I)
MUST_CUE = re.compile(
    r"\bmust\b|(?<!as )(?<!if )(?<!when )\brequired\b|\brequires?\b|\brequirements?\b|\bminimum\b|"
    r"\bat least\b|\b\d+\+?\s*(?:[-–]\s*\d+\s*)?(?:\+\s*)?(?:years?|yrs)['’]?\b|\bqualifications?\b|"
    r"\b(ability|able) to\b|\bdegree\b|\bdiploma\b|\bGED\b|\blicen[cs]e\b|\bcertifi(ed|cation)\b|"
    r"\bproficien|\bknowledge of\b|\bexperience\b|\bexperienced (in|with)\b|\bfamiliar|"
    r"\bclearance\b|\bcitizenship\b|\bbackground in\b|\bskills?\b|\bexpertise\b|"
    r"\bideal candidates?\b|\bsuccessful candidates?\b|\bcandidates? (will|should|must)\b", re.I)
RESP_CUE = re.compile(
    r"\byou will\b|\byou['’]ll\b|\bwill be responsible\b|\bresponsible for\b|\baccountable for\b|"
    r"\bduties include\b|\byour (job|role) will\b|\bresponsibilities (of this position )?include|"
    r"\bwill (also )?(be expected to|oversee|manage|lead|support|provide|serve|handle|report|assist|"
    r"collaborate|work|own|drive|develop|build|operate|perform|play|be the face|coordinate|"
    r"supervise|monitor|maintain|design|create|prepare)\b|\brole (involves|includes)\b|"
    r"\bjob (involves|includes)\b", re.I)


def is_verb(word: str) -> bool:
    """Base, -s, -ies, -ing forms of a duty verb: "Maintain", "Develops", "Identifies", "Serving"."""
    return verb_lemma(word) is not None


def verb_lemma(word: str) -> str | None:
    """The duty verb a word is a form of ("Identifies" -> "identify"), or None."""
    w = word.lower().strip(",.:;")
    if w in DUTY_VERBS:
        return w
    candidates = []
    if w.endswith("ies"):
        candidates.append(w[:-3] + "y")
    if w.endswith("es"):
        candidates.append(w[:-2])
    if w.endswith("s"):
        candidates.append(w[:-1])
    if w.endswith("ing"):
        stem = w[:-3]
        candidates += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
    return next((c for c in candidates if c in DUTY_VERBS), None)


def is_duty(text: str) -> bool:
    """Does the item read as a duty: an opening verb ("Oversee...", "Safely collecting...")?"""
    words = re.findall(r"[A-Za-z’']+", text)[:2]
    if not words:
        return False
    if words[0].lower() in ADVERBS | {"to"} and len(words) > 1:
        return is_verb(words[1])
    return is_verb(words[0]) and not words[0].lower().endswith("ed")


def classify(text: str, section: Section) -> Kind | None:
    """must_have / nice_to_have / responsibility for an item in `section`; None to drop it.

    The heading sets the default; the item's own words can overrule it ("...is a plus" under
    Requirements is nice to have; "2+ years of..." under Responsibilities is a must have).
    Unlabelled text only yields an item when its words say what it is; otherwise it is the
    company's story, and dropped.
    """
    nice = bool(NICE.search(text))
    explicit_must = bool(_EXPLICIT_MUST.search(text))
    if section == "boiler":
        return None
    if section == "nice":
        return "must_have" if re.search(r"\bmust\b|(?<!as )\brequired\b", text, re.I) else "nice_to_have"
    if section == "must":
        return "nice_to_have" if nice and not explicit_must else "must_have"
    if section == "resp":
        if nice and not explicit_must:
            return "nice_to_have"
        return "must_have" if _STRONG_MUST.search(text) else "responsibility"
    if nice and not explicit_must:
        return "nice_to_have"
    if (RESP_CUE.search(text) or is_duty(text)) and not _STRONG_MUST.search(text):
        return "responsibility"
    if MUST_CUE.search(text):
        return "must_have"
    return None


_DANGLING = re.compile(r"\b(to|and|or|the|a|an|of|with|for|in|including|such as|as)\s*$", re.I)


_CONTINUATION = re.compile(r"^(this|these|which|that|it) (also )?(includes?|entails?|involves?|means|"
                           r"requires?)\b|^(includes?|including)\b", re.I)


def continues(text: str) -> bool:
    """"This includes designing..." elaborates the item before it and shares its kind."""
    return bool(_CONTINUATION.search(text))


def is_substantive(text: str, section: Section = "neutral") -> bool:
    """Enough words to be a requirement: drops "Budget", "2 years", "...with Engineering to".

    A lone skill under a requirements heading ("Terraform.") is kept: it is the requirement.
    """
    words = re.findall(r"[A-Za-z0-9#+.’'/&-]+", text)
    if len(words) == 1 and section in ("must", "nice"):
        return bool(skill_terms(text))
    if _DANGLING.search(text) and not text.endswith(":"):
        return False
    if text.endswith(":"):
        return False
    if len(words) >= 3:
        return True
    return len(words) == 2 and bool(_QUALIFICATION_TERM.search(text) or skill_terms(text))


# --------------------------------------------------------------------------- skill terms

# Skills, tools and qualifications worth matching verbatim, across the kinds of jobs Tailor sees.
# Entries are canonical spellings; matching ignores case (except the CASE_SENSITIVE ones, which
# are also ordinary English words) and hyphen/space differences and accepts a plural "s".
SKILL_LEXICON = """
Python|Java|JavaScript|TypeScript|C#|C++|Golang|Rust|Ruby on Rails|Ruby|PHP|Kotlin|Swift|Scala|
SQL|NoSQL|MySQL|PostgreSQL|SQL Server|T-SQL|PL/SQL|Oracle|MongoDB|Redis|Elasticsearch|Kafka|
Spark|Hadoop|Airflow|dbt|Snowflake|BigQuery|Bigtable|Cloud SQL|Pub/Sub|PubSub|Google PubSub|
Google Cloud Platform|GCP|Google Cloud Run|Cloud Run|Cloud Functions|Cloud Build|Compute Engine|
Container Registry|AWS|Amazon Web Services|AWS Lambda|EC2|S3|Azure|Docker|Kubernetes|Terraform|
Ansible|Jenkins|Git|GitHub|GitLab|CI/CD|continuous integration|continuous deployment|DevOps|
microservices|serverless|RESTful API|REST API|RESTful|GraphQL|gRPC|HTML|CSS|React|Angular|Vue.js|
Svelte.js|Svelte|SvelteKit|Node.js|Django|Flask|FastAPI|Spring Boot|.NET|.Net framework|ASP.NET|
Entity Framework|ORM|Linux|Unix|Bash|PowerShell|XML|JSON|web services|CMS|content management
systems|CRM|ERP|SAP|Salesforce|Tableau|Power BI|PowerBI|Looker|Agile|Scrum|Kanban|Jira|Confluence|
machine learning|deep learning|NLP|data analytics|data analysis|data lake|data warehouse|ETL|
automated testing|unit testing|test automation|cross-site scripting|XSS|CSRF|SQL injection|OAuth|
authentication|authorization|firmware|embedded systems|cloud-native|containerized|web applications|
software development lifecycle|SDLC|code reviews|debugging|system architecture|web development|
UI/UX|product development|key performance indicators|cross-functional teams|data centers|
Microsoft Office 365|Microsoft Office Suite|Microsoft Office|MS Office Suite|MS Office|Office 365|
Microsoft Excel|Excel|Microsoft Word|MS Word|Outlook|PowerPoint|Google Suite|G Suite|
Google Workspace|Adobe Acrobat|Adobe|SharePoint|calendar management|travel arrangements|data entry|
accounts payable|accounts receivable|bookkeeping|payroll|payroll tax|bank reconciliation|
account reconciliation|general ledger|GAAP|SOX|CPA|financial statements|financial reporting|
financial statement preparation|tax returns|income tax|tax preparation|public accounting|budgeting|
forecasting|QuickBooks|Sage50|Sage 50|Peachtree|Peach Tree|Thomson Reuters|NetSuite|Xero|1099|W-9|
W-8|1042|month-end close|vendor management|procurement|IRS|OFAC|TIN Matching|P&L|audit|
accounting principles|accounting software|
CDL|Class A CDL|DOT regulations|DOT compliance|FMCSA|forklift|pallet jack|RF scanner|scan gun|
inventory control|inventory management|shipping and receiving|UPS|FedEx|USPS|dispatch|box truck|
route planning|fleet maintenance|load planning|logistics|warehouse|driver's license|
clean driving record|pre-trip inspection|roadside inspection|manual handling|heavy lifting|
crisis intervention|crisis counseling|case management|de-escalation|mental health|substance abuse|
LICSW|LCSW|CPR|First Aid|HIPAA|BLS|managed care|clinical assessment|
CNC|blueprint reading|blueprints|machining|lathe|5S|ISO 9001|ISO-9000|lean manufacturing|
Six Sigma|AutoCAD|CAD|Revit|SmartPlant 3D|SolidWorks|NEC|ANSI/IEEE|NQA-1|ASME-NQA-1|MIL-Q-9858A|
electrical design|raceway design|grounding|lightning protection|AGi32|cable pull calculations|
Cable Management System|SETROUTE|PLC|HVAC|OSHA|welding|security clearance|quality assurance|
nuclear plant design|AP1000|
project management|program management|product management|product roadmap|user stories|
stakeholder management|change management|Agile methodologies|product life cycle|KPI|NPS|
business development|market research|market analysis|strategic planning|regulatory affairs|
regulatory strategy|regulatory intelligence|FDA|drug development|talent acquisition|recruiting|
interview scheduling|onboarding|employment law|immigration|applicant tracking system|LinkedIn|
property management|budgets|banking products|Bank Secrecy Act|BSA|consumer lending|
customer relationships|relationship management|service management|field services|
P&L ownership|LEAN|bartending|cash handling|point of sale|POS|food safety|beverage recipes|
Bachelor's degree|Master's degree|Associate degree|high school diploma|GED|PhD|MBA|PMP|
Certified Product Owner|Certified Scrum Master|U.S. citizenship|
customer service|communication skills|written communication|verbal communication|
interpersonal skills|organizational skills|time management|attention to detail|problem-solving|
analytical skills|leadership|negotiation|presentation skills|critical thinking|confidentiality|
multitasking|
"""

CASE_SENSITIVE = frozenset("Excel Outlook Swift Oracle Rust Adobe LEAN Spark Git POS BSA UPS NEC "
                           "IRS GED KPI NPS DOT CAD ORM SAP ERP CRM CMS".split())

# Alternative spellings that mean the same skill: matched text -> canonical entry.
ALIASES = {
    "bachelor's": "Bachelor's degree", "bachelors degree": "Bachelor's degree",
    "bachelor degree": "Bachelor's degree", "bachelor’s degree": "Bachelor's degree",
    "master’s degree": "Master's degree", "masters degree": "Master's degree",
    "driver’s license": "driver's license", "drivers license": "driver's license",
    "high school graduate": "high school diploma", "problem solving": "problem-solving",
    "peach tree": "Peachtree", "sage 50": "Sage50", "pubsub": "Pub/Sub", "google pubsub": "Pub/Sub",
    "powerbi": "Power BI", "ms office": "Microsoft Office", "ms office suite": "Microsoft Office",
    "microsoft office suite": "Microsoft Office", "svelte": "Svelte.js", "restful": "RESTful API",
    "rest api": "RESTful API", "iso-9000": "ISO 9000", "asme-nqa-1": "NQA-1", "scan gun": "RF scanner",
    "blueprints": "blueprint reading", "peachtree": "Peachtree",
}


def _term_pattern(term: str) -> str:
    body = re.escape(term).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")
    body = body.replace("'", "['’]?").replace("’", "['’]?")
    start = r"(?<![\w.#+/-])" if term[0].isalnum() else r"(?<![\w])"
    end = r"(?:s|es)?(?![\w#+])" if term[-1].isalnum() else r"(?![\w#+])"
    return start + body + end


def _build_lexicon() -> tuple[re.Pattern, re.Pattern]:
    terms = [t.strip() for t in SKILL_LEXICON.replace("\n", " ").split("|") if t.strip()]
    terms = sorted({" ".join(t.split()) for t in terms}, key=len, reverse=True)
    aliases = sorted(ALIASES, key=len, reverse=True)
    insensitive = [t for t in terms if t not in CASE_SENSITIVE] + aliases
    sensitive = [t for t in terms if t in CASE_SENSITIVE]
    # wrapped in a look-ahead so overlapping terms are all seen ("income tax" / "tax returns")
    return (re.compile("(?=(" + "|".join(_term_pattern(t) for t in insensitive) + "))", re.I),
            re.compile("(?=(" + "|".join(_term_pattern(t) for t in sensitive) + "))"))


_LEXICON_I, _LEXICON_S = _build_lexicon()
_CANONICAL = {" ".join(t.split()).lower(): " ".join(t.split())
              for t in SKILL_LEXICON.replace("\n", " ").split("|") if t.strip()}


def _canonical(found: str) -> str:
    key = re.sub(r"[\s-]+", " ", found.lower().replace("’", "'")).strip()
    for candidate in (key, key.rstrip("s"), key[:-2] if key.endswith("es") else key):
        if candidate in ALIASES:
            return ALIASES[candidate]
        for variant in (candidate, candidate.replace(" ", "-")):
            if variant in _CANONICAL:
                return _CANONICAL[variant]
    compact = key.replace(" ", "")
    for k, v in _CANONICAL.items():
        if k.replace(" ", "").replace("-", "") in (compact, compact.rstrip("s")):
            return v
    return found


# Acronyms and tool-like tokens not in the lexicon: "AS400/XPM", "GIIN", "W-8", "AGi32".
_TECH_TOKEN = re.compile(
    r"(?<![\w.#+/-])(?:[A-Z][A-Za-z]*[0-9]+[A-Za-z0-9]*|[A-Z]{2,}[0-9]*(?:[/&-][A-Z0-9]{1,}[0-9A-Z]*)*"
    r"(?:['’]?s)?|[A-Za-z]+\.js|\.N[Ee][Tt]|[A-Z]&[A-Z])(?![\w#+])")
STOP_ACRONYMS = frozenset("""
US USA U.S UK EU EEO AND OR NOT NA N/A THE ALL NEW OUR YOU WE AM PM ET EST PST CST MST II III IV
LLC INC CO LTD CEO CFO COO CTO VP SVP EVP EA EAS HR REQUIRED REQUIREMENTS RESPECT POWER MUST ONLY
NOTE NOW APPLY PLUS BONUS URGENT HIRING OT ID DC TBD ASAP FAQ OK OR II SR JR MR MS DR AL AK AZ AR
CA CO CT DE FL GA HI IA IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH NJ NM NV NY OH OK OR PA
RI SC SD TN TX UT VA VT WA WI WV WY IT SW PT FT DN DOE
""".split())


# "Community Association Manager License", "Certified Product Owner Certification"
_NAMED_CREDENTIAL = re.compile(
    r"(?<![\w’'])((?:[A-Z][\w’'/&-]*\s+){1,4}(?:[Ll]icen[cs]e|[Cc]ertification|[Cc]ertificate))\b")
# "degree in Computer Science, Engineering, or a related field"
_DEGREE_FIELD = re.compile(r"\bdegree in ((?:[A-Z][\w&]*(?:,?\s+(?:or\s+|and\s+)?|$)){1,8})")
# "experience with research/sourcing tools", "knowledge of US Postal regulations"
_CUE_PHRASE = re.compile(
    r"\b(?:experience (?:in|with|of)|knowledge (?:of|about)|proficien(?:t|cy) (?:in|with)|"
    r"familiar(?:ity)? with|expertise in|background in|skilled in|trained in|understanding of)"
    r"\s+([A-Za-z0-9][\w/&.+#’'-]*(?:\s+[A-Za-z0-9][\w/&.+#’'-]*){0,5})", re.I)
_CUE_STOP = frozenset("and or to in for with including such as is are that which who where when "
                      "by on at from into using within across both each while like similar "
                      "required preferred of minimum least".split())
_CUE_LEAD = frozenset("a an the all any strong solid various relevant related previous prior basic "
                      "advanced in-depth thorough extensive working proven demonstrated good "
                      "excellent comprehensive general some current".split())
_CUE_TAIL = frozenset("environment environments industry roles role field fields setting settings "
                      "experience tools tool skills skill programs program systems system "
                      "applications application".split())
_CUE_GENERIC = frozenset("""
work working business office team teams others people customer customers clients client company
organization this that these those them it all any a an the their our your its etc related
""".split())


def cue_phrases(text: str) -> list[str]:
    """Noun phrases the posting itself marks as skills ("experience with X", "X license")."""
    found: list[tuple[int, str]] = []
    for match in _NAMED_CREDENTIAL.finditer(text):
        phrase = match.group(1).strip()
        if not re.match(r"(?i)(a|an|the|valid|current|active|must|have|hold|possess)\b", phrase):
            found.append((match.start(1), phrase))
    for match in _DEGREE_FIELD.finditer(text):
        for field in re.split(r",\s*|\s+or\s+|\s+and\s+|\s+(?:or|and)$", match.group(1)):
            field = field.strip(" ,")
            if field[:1].isupper() and field.lower() not in _CUE_GENERIC | _CUE_STOP:
                found.append((match.start(1), field))
    for match in _CUE_PHRASE.finditer(text):
        tokens = []
        for token in match.group(1).split():
            bare = token.strip(",.;:()").lower()
            if bare in _CUE_STOP or token[0] in "(" or not bare:
                break
            tokens.append(token.rstrip(",.;:)"))
            if token[-1] in ",.;:)":
                break
        while tokens and tokens[0].lower() in _CUE_LEAD:
            tokens.pop(0)
        while tokens and tokens[-1].lower() in _CUE_TAIL | _CUE_GENERIC:
            tokens.pop()
        if not tokens or any(t.lower() in _CUE_GENERIC for t in tokens):
            continue
        phrase = " ".join(tokens)
        if tokens[0].endswith("ing") and tokens[0].islower():
            continue                              # "leading growth": an activity, not a skill
        if len(tokens) == 1 and not re.search(r"[A-Z0-9]", phrase):
            continue                              # "market", "competitive": too vague alone
        found.append((match.start(1), phrase))
    return [phrase for _, phrase in sorted(found)]


def skill_terms(text: str) -> list[str]:
    """Skills, tools and qualifications named in one requirement, in order of appearance.

    Lexicon terms come back in canonical spelling ("Quickbooks" -> "QuickBooks"); other
    acronyms and tool-like tokens ("GIIN", "AS400/XPM", "AGi32") and the phrases the posting
    marks as skills ("knowledge of US Postal regulations") come back as written.
    """
    hits: list[tuple[int, int, str]] = []
    for pattern in (_LEXICON_I, _LEXICON_S):
        for match in pattern.finditer(text):
            hits.append((match.start(1), match.end(1), _canonical(match.group(1))))
    taken = _non_overlapping(hits)
    for match in _TECH_TOKEN.finditer(text):
        token = match.group().rstrip("’'")
        bare = re.sub(r"['’]?s$", "", token) if re.search(r"[A-Z]['’]?s$", token) else token
        if bare.upper() in STOP_ACRONYMS or bare.replace(".", "").upper() in STOP_ACRONYMS:
            continue
        if len(bare) < 2 or (len(bare) == 2 and not re.search(r"\d|&", bare)):
            continue
        if any(s <= match.start() < e for s, e, _ in taken):
            continue
        taken.append((match.start(), match.end(), bare))
    taken.sort()
    out: list[str] = []
    for _, _, term in taken:
        if all(term.lower() != t.lower() for t in out):
            out.append(term)
    for phrase in cue_phrases(text):
        key = phrase.lower()
        # a phrase around a term already found adds nothing ("SOX compliance requirements")
        words = set(key.split())
        if any(key in t.lower() or re.search(r"(?<!\w)" + re.escape(t.lower()) + r"(?!\w)", key)
               or len(words & set(t.lower().split())) >= 2 for t in out):
            continue
        out.append(phrase)
    return out


def _non_overlapping(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A term inside a longer one is dropped ("Cloud Run" in "Google Cloud Run"); terms that only
    overlap are both kept ("income tax" and "tax returns" in "income tax returns")."""
    chosen: list[tuple[int, int, str]] = []
    for start, end, term in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        if not any(s <= start and end <= e for s, e, _ in chosen):
            chosen.append((start, end, term))
    return chosen
