"""Fact-bearing terms: what a written sentence claims, and whether the evidence says it too.

The critic's truth check rests on one idea: a rewrite may change the words that carry no facts
("Built" -> "Delivered", "pipelines" -> "automation") but every *number* and every *name* must be
found in the evidence it cites. This module finds those terms and matches them; numbers are
read in `tailor.text.numbers`, names in `tailor.text.names`, both from `tailor.text.tokens`.

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
  small `ORDINARY_OPENERS` list of `tailor.text.names` (function words and irregular past-tense
  action verbs), a regular verb form (`-ed`/`-ing`, 5+ letters: "Designed", "Migrating"), or the
  head of a hyphenated compound in `COMPOUND_PREFIXES` ("Co-led", "Cross-functional"). So "Led ..."
  and "Spearheaded ..." are not terms, "Kafka ..." and "Senior ..." are.
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

from rapidfuzz import fuzz

from tailor.text.names import FIRST_PERSON, ORDINARY_OPENERS, name_terms
from tailor.text.numbers import number_terms
from tailor.text.tokens import Term, Token, plain, stem, tokenize

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
    found = number_terms(text, tokens) + name_terms(text, tokens) \
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
