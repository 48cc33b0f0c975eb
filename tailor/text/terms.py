"""Fact-bearing terms: what a written sentence claims, and whether the evidence says it too.

The critic's truth check rests on one idea: a rewrite may change the words that carry no facts
("Built" -> "Delivered", "pipelines" -> "automation") but every *number* and every *name* must be
found in the evidence it cites. This module finds those terms and matches them.

Term rules (see `extract_terms`):

* **Numbers** in any form: `12`, `3.5`, `2,000`, `40%`, `40 percent`, `$2M`, `$2 million`, `2k`,
  `10x`, `3-fold`, `2019`, `1990s`, `¼`, `six`, `twenty-five`, `million`, and the multiplier verbs
  `doubled/tripled/quadrupled/halved/twice`. Each becomes a value (+ a unit among `%`, `x`, a
  currency) so `40 %` = `40%` = `forty percent`, `2,000` = `2000` = `2k`, `$2M` = `$2 million`.
  A unit the item adds must be the evidence's unit too (`40 projects` does not support `40%`).
  Plural magnitudes (`millions of users`) are supported by the same word or by an evidence number
  of that magnitude. The lone word "one" is not a number ("one of the", "no one").
* **Names**: acronyms and mixed case (AWS, iOS, PostgreSQL, PhD), tokens with digits or `+#.`
  (S3, C++, C#, .NET, Node.js), and capitalised words. Adjacent name tokens (joined by spaces,
  hyphens, or "of"/"&" between names) form one unit: "AWS Lambda", "University of Michigan".
* **The first word of a sentence** is capitalised anyway. It counts as a name only when its shape
  says so (acronym, mixed case, digits) or when it is not an ordinary word. Ordinary means: in the
  small `ORDINARY_OPENERS` list below (function words and irregular past-tense action verbs), a
  regular verb form (`-ed`/`-ing`, 5+ letters: "Designed", "Migrating"), or the head of a hyphenated
  compound in `COMPOUND_PREFIXES` ("Co-led", "Cross-functional"). So "Led ..." and
  "Spearheaded ..." are not terms, "Kafka ..." and "Senior ..." are.
* **Job keywords** occurring in the item (whole words/phrases, case-insensitive; keywords of 1-2
  characters such as "Go" or "R" case-sensitively, so "go-live" is not the Go language).

Matching against the allowed text is case-insensitive and tolerates light inflection
(plural, -ed, -ing, -ise/-ize), punctuation and spacing ("Node.js" = "NodeJS", "CI/CD" = "CICD")
and, for long words only (8+ letters, no digits), one dropped/added letter via rapidfuzz
(ratio >= 94). Numbers and short names are never matched fuzzily: a different number or a
different name is a different claim.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

TermKind = Literal["number", "name", "keyword"]

# Words that may open a sentence without being a name: function words and irregular past-tense
# (or present) action verbs that the -ed/-ing rule misses. Kept deliberately short: a word that
# is missing here only becomes a term when the evidence lacks it, which costs one repair round.
ORDINARY_OPENERS = frozenset("""
a an the and or but as at by for from in into of on to with within without over under across
after before during while when where since through this that these those each every all both also
then than more most via per our my his her their its it is was were be been has have had
led built ran drove grew cut won wrote sold taught made kept brought began set put took gave found
met oversaw undertook rebuilt rewrote spun held upheld shipped bought sought thought spent
lead build run drive grow own help design develop manage deliver create
driven proven known grown shown
""".split())

# Heads of hyphenated openers that are ordinary English: "Co-led", "Re-architected",
# "Cross-functional", "End-to-end". (Hyphens split tokens, so "Co" alone would look like a name.)
COMPOUND_PREFIXES = frozenset("""
co re pre post self cross multi end full non sub semi inter over under out high low well long
short real hands
""".split())

FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())

# Words a rewrite may add without adding a claim: function words and the connective vocabulary
# of resume bullets. Anything else a rewrite adds is "novel content" (see `novel_words`).
FREE_WORDS = ORDINARY_OPENERS | frozenset("""
about above again against also among another any around because being below between both can
could does doing down during either enough even ever from further here however including into
just less like many much must near only other otherwise over same several should some such
than that their them there these they thing things those though thus together toward towards
upon used using very what which while who whom whose will with would your
resulting result results ensuring ensure enabling enable helping support supported
successfully effectively across various multiple new key core
""".split())

_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_MAGNITUDES = {"dozens": (24, 1e3), "hundreds": (200, 1e3), "thousands": (2e3, 1e6),
               "millions": (2e6, 1e9), "billions": (2e9, 1e12)}
_MULTIPLIER_WORDS = {"doubled": 2, "doubling": 2, "twice": 2, "tripled": 3, "tripling": 3,
                     "quadrupled": 4, "halved": 0.5, "halving": 0.5}
_SUFFIX_SCALE = {"k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9}
_SUFFIX_PLAIN = {"st", "nd", "rd", "th", "s", "ms", "sec", "secs", "min", "mins", "h", "hr",
                 "hrs", "kb", "mb", "gb", "tb", "pb", "kg", "km", "lb", "lbs", "ft", "yr", "yrs"}
_CURRENCY_SYMBOLS = {"$": "$", "€": "€", "£": "£"}
_CURRENCY_WORDS = {"dollars": "$", "usd": "$", "euros": "€", "eur": "€", "gbp": "£"}
_PERCENT_WORDS = {"percent", "pct", "percentage"}
_TIMES_WORDS = {"x", "times", "fold"}
_NOT_NAMES = {"i", "e.g", "i.e", "etc", "vs"}
# Vulgar fractions are numbers too: "about ¼ of visitors" claims a quantity.
_FRACTIONS = {"¼": 0.25, "½": 0.5, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}

_TOKEN_RE = re.compile(r"""
    (?P<num>\d+(?:[.,]\d+)*|[¼½¾⅓⅔⅛])(?P<suffix>[A-Za-z]+)?
  | (?P<word>\.?[A-Za-z][A-Za-z0-9]*(?:['’.&/][A-Za-z0-9]+)*(?:\+\+|\+|\#)?)
  | (?P<sym>[$€£%×])
  | (?P<brk>[.!?;:•\n\u2022()\[\]"“”]|\s[-–—]\s)
""", re.X)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    kind: Literal["num", "word", "sym", "brk"]
    suffix: str = ""   # numbers: letters glued after the digits ("M" in 2M, "x" in 10x)
    digits: str = ""   # numbers: the digits alone
    sentence_start: bool = False


@dataclass(frozen=True)
class Term:
    """A fact-bearing span of a text. Numbers carry a value and maybe a unit (%, x, currency)."""
    text: str
    kind: TermKind
    start: int
    end: int
    value: float | None = None
    unit: str | None = None
    magnitude: tuple[float, float] | None = None
    alternatives: tuple[tuple[float, str | None], ...] = ()


# --------------------------------------------------------------------------- tokens

def tokenize(text: str) -> list[Token]:
    """Words, numbers, currency/percent symbols and sentence breaks, with character spans.

    "/" and "&" join only short parts (CI/CD, TCP/IP, R&D, AT&T); longer parts are split
    ("PostgreSQL/MySQL" -> two names). Hyphens always split; name units re-join across them.
    """
    tokens: list[Token] = []
    at_start = True
    for m in _TOKEN_RE.finditer(text):
        if m.group("brk"):
            tokens.append(Token(m.group(), m.start(), m.end(), "brk"))
            if m.group().strip() not in '()"“”':
                at_start = True
            continue
        if m.group("sym"):
            tokens.append(Token(m.group(), m.start(), m.end(), "sym"))
            continue
        if m.group("num"):
            tokens.append(Token(m.group(), m.start(), m.end(), "num",
                                suffix=m.group("suffix") or "", digits=m.group("num"),
                                sentence_start=at_start))
            at_start = False
            continue
        for part, start in _split_word(m.group("word"), m.start()):
            tokens.append(Token(part, start, start + len(part), "word", sentence_start=at_start))
            at_start = False
    return tokens


def _split_word(word: str, start: int) -> list[tuple[str, int]]:
    if "/" not in word and "&" not in word:
        return [(word, start)]
    parts = re.split(r"([/&])", word)
    if all(len(p) <= 3 for p in parts[::2]):
        return [(word, start)]
    out, offset = [], start
    for p in parts:
        if p and p not in "/&":
            out.append((p, offset))
        offset += len(p)
    return out


@lru_cache(maxsize=65536)
def plain(word: str) -> str:
    """Lower case without joiners: "Node.js" -> "nodejs", "CI/CD" -> "cicd", ".NET" -> "dotnet"."""
    if re.fullmatch(r"[A-Z][A-Z0-9]+s", word):  # APIs -> api, SDKs -> sdk
        word = word[:-1]
    w = word.lower()
    if w.startswith("."):
        w = "dot" + w[1:]
    w = re.sub(r"['’]s$", "", w)
    return re.sub(r"['’./&-]", "", w)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately light stemmer applied to both sides: plural, -ed, -ing, -ise/-ize, final e."""
    w = plain(word)
    if len(w) <= 3 or not w.isalpha():
        return w
    w = re.sub(r"is(ation|ations|e|es|ed|ing)$", r"iz\1", w)  # British -ise = -ize
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif re.search(r"(?:[sxz]|ch|sh)es$", w):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    elif w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


# --------------------------------------------------------------------------- numbers

def _parse_digits(raw: str) -> float | None:
    if raw in _FRACTIONS:
        return _FRACTIONS[raw]
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None  # a version like 3.5.1: compared as raw text


def _number_terms(text: str, tokens: list[Token]) -> list[Term]:
    terms: list[Term] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.text.lower()
        if tok.kind == "num":
            suffix = tok.suffix.lower()
            if suffix and suffix not in _SUFFIX_SCALE and suffix not in _SUFFIX_PLAIN \
                    and suffix not in _TIMES_WORDS:
                i += 1  # "3D", "5G": a name, handled by _name_terms
                continue
            value = _parse_digits(tok.digits)
            unit = "x" if suffix == "x" else None
            if value is not None and suffix in _SUFFIX_SCALE:
                value *= _SUFFIX_SCALE[suffix]
            terms.append(_finish_number(text, tokens, i, i, value, unit))
            i = _last_index(terms[-1], tokens, i) + 1
            continue
        if tok.kind == "word" and low in _MULTIPLIER_WORDS:
            value = float(_MULTIPLIER_WORDS[low])
            alts = ((50.0, "%"),) if value == 0.5 else ((value * 100 - 100, "%"),)
            terms.append(Term(tok.text, "number", tok.start, tok.end, value, "x",
                              alternatives=alts))
        elif tok.kind == "word" and low in _MAGNITUDES:
            terms.append(Term(tok.text, "number", tok.start, tok.end,
                              magnitude=_MAGNITUDES[low]))
        elif tok.kind == "word" and (low in _NUMBER_WORDS or low in _SCALES):
            j, value = _number_word_run(tokens, i, text)
            if not (j == i and low == "one"):
                terms.append(_finish_number(text, tokens, i, j, value, None))
                i = _last_index(terms[-1], tokens, j) + 1
                continue
        i += 1
    return terms


def _number_word_run(tokens: list[Token], i: int, text: str) -> tuple[int, float]:
    """Read "twenty-five", "two hundred and forty", "three million"; return last index, value."""
    total, current, j, k = 0.0, 0.0, i, i
    while k < len(tokens) and tokens[k].kind == "word":
        low = tokens[k].text.lower()
        if low == "and" and k > i and tokens[k - 1].text.lower() in _SCALES \
                and k + 1 < len(tokens) and tokens[k + 1].text.lower() in _NUMBER_WORDS:
            pass  # "two hundred and forty"
        elif low == "dozen":
            current, j = (current or 1) * 12, k
        elif low in _NUMBER_WORDS:
            current, j = current + _NUMBER_WORDS[low], k
        elif low == "hundred":
            current, j = (current or 1) * 100, k
        elif low in _SCALES:
            total, current, j = total + (current or 1) * _SCALES[low], 0.0, k
        else:
            break
        if k + 1 >= len(tokens) or not _adjacent(text, tokens[k], tokens[k + 1]):
            break
        k += 1
    return j, total + current


def _adjacent(text: str, a: Token, b: Token) -> bool:
    """Only spaces or a hyphen between two tokens."""
    return re.fullmatch(r"\s*-?\s*", text[a.end:b.start]) is not None


def _finish_number(text: str, tokens: list[Token], first: int, last: int,
                   value: float | None, unit: str | None) -> Term:
    """Attach a leading currency and trailing scale/percent/times/currency words to a number."""
    start, end = tokens[first].start, tokens[last].end
    before = tokens[first - 1] if first > 0 else None
    if before is not None and before.kind == "sym" and before.text in _CURRENCY_SYMBOLS \
            and _adjacent(text, before, tokens[first]):
        unit = _CURRENCY_SYMBOLS[tokens[first - 1].text]
        start = tokens[first - 1].start
    k = last + 1
    while k < len(tokens) and _adjacent(text, tokens[k - 1], tokens[k]):
        low = tokens[k].text.lower()
        if low in _SCALES and value is not None and tokens[first].kind == "num":
            value *= _SCALES[low]
        elif low == "%" or low in _PERCENT_WORDS:
            unit = "%"
        elif low == "per" and k + 1 < len(tokens) and tokens[k + 1].text.lower() == "cent":
            unit, k = "%", k + 1
        elif low in _TIMES_WORDS or low == "×":
            unit = "x"
        elif low in _CURRENCY_WORDS and unit is None:
            unit = _CURRENCY_WORDS[low]
        else:
            break
        end = tokens[k].end
        k += 1
    return Term(text[start:end], "number", start, end, value, unit)


def _last_index(term: Term, tokens: list[Token], at_least: int) -> int:
    last = at_least
    for k in range(at_least, len(tokens)):
        if tokens[k].end <= term.end:
            last = k
        else:
            break
    return last


# --------------------------------------------------------------------------- names

def _is_ordinary_opener(word: str) -> bool:
    low = word.lower()
    return low in ORDINARY_OPENERS or (len(low) >= 5 and low.endswith(("ed", "ing")))


def is_name_token(tok: Token) -> bool:
    """Does this word token name something (tech, employer, degree, place)?"""
    w = tok.text
    if tok.kind == "num":
        suffix = tok.suffix.lower()
        return bool(suffix) and suffix not in _SUFFIX_SCALE and suffix not in _SUFFIX_PLAIN \
            and suffix not in _TIMES_WORDS
    if tok.kind != "word" or w.lower() in _NOT_NAMES or w.lower() in FIRST_PERSON:
        return False
    if w.lower() in _NUMBER_WORDS or w.lower() in _SCALES or w.lower() in _MAGNITUDES \
            or w.lower() in _MULTIPLIER_WORDS:
        return False
    shaped = (any(c.isdigit() for c in w) or w.startswith(".") or "+" in w or "#" in w
              or any(c.isupper() for c in w[1:]) or (w[0].islower() and "." in w))
    if shaped:
        return True
    if not w[0].isupper():
        return False
    return not (tok.sentence_start and _is_ordinary_opener(w))


def _name_at(text: str, tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    if tok.sentence_start and tok.text.lower() in COMPOUND_PREFIXES \
            and text[tok.end:tok.end + 1] == "-":
        return False
    return is_name_token(tok)


def _name_terms(text: str, tokens: list[Token]) -> list[Term]:
    """Runs of adjacent name tokens become one unit ("AWS Lambda", "Bank of America")."""
    terms: list[Term] = []
    i = 0
    while i < len(tokens):
        if not _name_at(text, tokens, i):
            i += 1
            continue
        j = i
        while True:
            nxt = j + 1
            if nxt < len(tokens) and _name_at(text, tokens, nxt) \
                    and _adjacent(text, tokens[j], tokens[nxt]):
                j = nxt
            elif nxt + 1 < len(tokens) and tokens[nxt].text in ("of", "&") \
                    and _name_at(text, tokens, nxt + 1) \
                    and _adjacent(text, tokens[j], tokens[nxt]) \
                    and _adjacent(text, tokens[nxt], tokens[nxt + 1]):
                j = nxt + 1
            else:
                break
        start, end = tokens[i].start, tokens[j].end
        terms.append(Term(text[start:end], "name", start, end))
        i = j + 1
    return terms


# --------------------------------------------------------------------------- keywords

def _words(text: str) -> list[Token]:
    return [t for t in tokenize(text) if t.kind in ("word", "num")]


def _keyword_terms(text: str, keywords: Iterable[str]) -> list[Term]:
    words = _words(text)
    terms: list[Term] = []
    for kw in dict.fromkeys(k.strip() for k in keywords if k and k.strip()):
        if any(c.isdigit() for c in kw):
            continue  # its numbers are checked as numbers
        kw_tokens = _words(kw)
        if not kw_tokens:
            continue
        exact = len(kw) <= 2
        n = len(kw_tokens)
        for i in range(len(words) - n + 1):
            window = words[i:i + n]
            if exact:
                hit = all(a.text == b.text for a, b in zip(window, kw_tokens))
            else:
                hit = all(_token_equal(a.text, b.text, fuzzy=False)
                          for a, b in zip(window, kw_tokens))
            if hit:
                start, end = window[0].start, window[-1].end
                terms.append(Term(text[start:end], "keyword", start, end))
    return terms


# --------------------------------------------------------------------------- extraction

def extract_terms(text: str, keywords: Iterable[str] = ()) -> list[Term]:
    """Every fact-bearing term of `text`, in order; a term inside a longer one is dropped."""
    tokens = tokenize(text)
    found = _number_terms(text, tokens) + _name_terms(text, tokens) \
        + _keyword_terms(text, keywords)
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Term] = []
    for term in found:
        if any(k.start <= term.start and term.end <= k.end for k in kept):
            continue
        kept = [k for k in kept if not (term.start <= k.start and k.end <= term.end)]
        kept.append(term)
    return kept


def mentions(text: str, keyword: str) -> bool:
    """Does `text` contain the job keyword (whole words, light inflection, case rules above)?"""
    return bool(_keyword_terms(text, [keyword]))


def numbers(text: str) -> list[Term]:
    return [t for t in extract_terms(text) if t.kind == "number"]


def is_year(term: Term) -> bool:
    return (term.unit is None and term.value is not None and term.value.is_integer()
            and 1900 <= term.value <= 2099 and re.fullmatch(r"\d{4}s?", term.text) is not None)


def has_quantity(text: str) -> bool:
    """A quantified claim: any number that is not a bare year ("in 2019")."""
    return any(not is_year(t) for t in numbers(text))


def novel_words(text: str, allowed: Sequence[str]) -> list[str]:
    """Content words of `text` (4+ letters, not in FREE_WORDS) whose stem is not in `allowed`.

    Names and numbers are checked by `unsupported_terms`; this catches what they cannot: a
    rewrite that pads its evidence with claims in plain lowercase words, typically copied from
    the posting ("...to ensure optimal performance and scalability").
    """
    have = {stem(w) for t in allowed for w in re.findall(r"[A-Za-z][A-Za-z0-9'’]*", t)}
    out: list[str] = []
    for word in re.findall(r"[A-Za-z][A-Za-z'’]*", text):
        low = word.lower()
        if len(low) < 4 or low in FREE_WORDS or stem(word) in have or low in out:
            continue
        out.append(low)
    return out


def first_person_words(text: str) -> list[str]:
    """I/me/my/we/our... ("US" in capitals is the country, not "us")."""
    found = []
    for t in tokenize(text):
        if t.kind == "word" and t.text.lower() in FIRST_PERSON and t.text != "US":
            found.append(t.text)
    return found


# --------------------------------------------------------------------------- matching

def _token_equal(a: str, b: str, fuzzy: bool = True) -> bool:
    pa, pb = plain(a), plain(b)
    if pa == pb or stem(a) == stem(b):
        return True
    if fuzzy and len(pa) >= 8 and len(pb) >= 8 and pa.isalpha() and pb.isalpha():
        return fuzz.ratio(pa, pb) >= 94
    return False


@dataclass
class AllowedText:
    """The texts an item may draw facts from, indexed for term look-ups."""
    texts: Sequence[str]
    _token_lists: list[list[str]] = field(init=False, repr=False)
    _numbers: list[Term] = field(init=False, repr=False)
    _raw_numbers: set[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._token_lists = [[t.text for t in _words(x)] for x in self.texts if x]
        self._numbers = [n for x in self.texts if x for n in numbers(x)]
        self._raw_numbers = {t.digits for x in self.texts if x for t in tokenize(x)
                             if t.kind == "num"}

    def supports(self, term: Term) -> bool:
        if term.kind == "number":
            return self._supports_number(term)
        return self.contains_phrase(term.text)

    def contains_phrase(self, phrase: str) -> bool:
        target = [t.text for t in _words(phrase)]
        if not target:
            return True
        joined = "".join(plain(t) for t in target)
        for words in self._token_lists:
            for i in range(len(words)):
                if i + len(target) <= len(words) and all(
                        _token_equal(a, b) for a, b in zip(words[i:i + len(target)], target)):
                    return True
                acc = ""
                for w in words[i:]:
                    acc += plain(w)
                    if acc == joined:
                        return True
                    if len(acc) >= len(joined) or not joined.startswith(acc):
                        break
        return False

    def _supports_number(self, term: Term) -> bool:
        if term.magnitude:
            lo, hi = term.magnitude
            # "millions of users" needs a plain count of that size, not "$2M" or "40%"
            return self.contains_phrase(term.text) or any(
                n.value is not None and n.unit is None and lo <= n.value < hi
                for n in self._numbers)
        if term.value is None:  # version-like "3.5.1"
            return re.sub(r"\D+$", "", term.text.lstrip("$€£")) in self._raw_numbers
        wanted = [(term.value, term.unit), *term.alternatives]
        for n in self._numbers:
            for value, unit in wanted:
                if n.value is not None and abs(n.value - value) <= 1e-9 * max(1.0, abs(value)) \
                        and (unit is None or unit == n.unit):
                    return True
        # the same multiplier word in the evidence ("doubled" supports "doubled")
        return term.unit == "x" and term.text.isalpha() and self.contains_phrase(term.text)


def unsupported_terms(text: str, allowed: AllowedText | Sequence[str],
                      keywords: Iterable[str] = ()) -> list[str]:
    """Surface forms of the terms of `text` the allowed text does not back, each once, in order."""
    index = allowed if isinstance(allowed, AllowedText) else AllowedText(list(allowed))
    out: list[str] = []
    for term in extract_terms(text, keywords):
        if not index.supports(term) and term.text.lower() not in (o.lower() for o in out):
            out.append(term.text)
    return out
