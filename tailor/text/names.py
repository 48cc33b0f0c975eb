"""Recognising the names a text mentions (AWS, PostgreSQL, "Bank of America", "University of
Michigan"), each as one term.

A rewrite may not name a tool, employer, degree or place its evidence does not. A capitalised word
is a name, except the first word of a sentence when it is an ordinary word ("Led", "Spearheaded",
"Co-led"); telling those apart is what this module is for. The rules are listed in
`tailor.text.terms`.
"""
from __future__ import annotations

from tailor.text.numbers import (
    MAGNITUDES,
    MULTIPLIER_WORDS,
    NUMBER_WORDS,
    SCALES,
    SUFFIX_PLAIN,
    SUFFIX_SCALE,
    TIMES_WORDS,
    adjacent,
)
from tailor.text.tokens import Term, Token

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
_NOT_NAMES = {"i", "e.g", "i.e", "etc", "vs"}


def _is_ordinary_opener(word: str) -> bool:
    low = word.lower()
    return low in ORDINARY_OPENERS or (len(low) >= 5 and low.endswith(("ed", "ing")))


def is_name_token(tok: Token) -> bool:
    """Does this word token name something (tech, employer, degree, place)?"""
    w = tok.text
    if tok.kind == "num":
        suffix = tok.suffix.lower()
        return bool(suffix) and suffix not in SUFFIX_SCALE and suffix not in SUFFIX_PLAIN \
            and suffix not in TIMES_WORDS
    if tok.kind != "word" or w.lower() in _NOT_NAMES or w.lower() in FIRST_PERSON:
        return False
    if w.lower() in NUMBER_WORDS or w.lower() in SCALES or w.lower() in MAGNITUDES \
            or w.lower() in MULTIPLIER_WORDS:
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


def name_terms(text: str, tokens: list[Token]) -> list[Term]:
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
                    and adjacent(text, tokens[j], tokens[nxt]):
                j = nxt
            elif nxt + 1 < len(tokens) and tokens[nxt].text in ("of", "&") \
                    and _name_at(text, tokens, nxt + 1) \
                    and adjacent(text, tokens[j], tokens[nxt]) \
                    and adjacent(text, tokens[nxt], tokens[nxt + 1]):
                j = nxt + 1
            else:
                break
        start, end = tokens[i].start, tokens[j].end
        terms.append(Term(text[start:end], "name", start, end))
        i = j + 1
    return terms
