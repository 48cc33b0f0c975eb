"""Reading the numbers a text claims, in whatever form, as a value with a unit.

A rewrite may reword a number but never change it: "40 %", "40%" and "forty percent" must come
out equal, "$2M" and "$2 million" too, while "40 projects" must not support "40%". So every form
(digits, number words, scale suffixes and words, currencies, percent, multipliers such as
"doubled", magnitudes such as "millions of") is read into the same value and unit here; the rules
are listed in `tailor.text.terms`.
"""
from __future__ import annotations

import re

from tailor.text.tokens import Term, Token

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
MAGNITUDES = {"dozens": (24, 1e3), "hundreds": (200, 1e3), "thousands": (2e3, 1e6),
               "millions": (2e6, 1e9), "billions": (2e9, 1e12)}
MULTIPLIER_WORDS = {"doubled": 2, "doubling": 2, "twice": 2, "tripled": 3, "tripling": 3,
                     "quadrupled": 4, "halved": 0.5, "halving": 0.5}
SUFFIX_SCALE = {"k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9}
SUFFIX_PLAIN = {"st", "nd", "rd", "th", "s", "ms", "sec", "secs", "min", "mins", "h", "hr",
                 "hrs", "kb", "mb", "gb", "tb", "pb", "kg", "km", "lb", "lbs", "ft", "yr", "yrs"}
_CURRENCY_SYMBOLS = {"$": "$", "€": "€", "£": "£"}
_CURRENCY_WORDS = {"dollars": "$", "usd": "$", "euros": "€", "eur": "€", "gbp": "£"}
_PERCENT_WORDS = {"percent", "pct", "percentage"}
TIMES_WORDS = {"x", "times", "fold"}

# Vulgar fractions are numbers too: "about ¼ of visitors" claims a quantity.
_FRACTIONS = {"¼": 0.25, "½": 0.5, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}


def _parse_digits(raw: str) -> float | None:
    if raw in _FRACTIONS:
        return _FRACTIONS[raw]
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None  # a version like 3.5.1: compared as raw text


def number_terms(text: str, tokens: list[Token]) -> list[Term]:
    terms: list[Term] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.text.lower()
        if tok.kind == "num":
            suffix = tok.suffix.lower()
            if suffix and suffix not in SUFFIX_SCALE and suffix not in SUFFIX_PLAIN \
                    and suffix not in TIMES_WORDS:
                i += 1  # "3D", "5G": a name, handled by name_terms
                continue
            value = _parse_digits(tok.digits)
            unit = "x" if suffix == "x" else None
            if value is not None and suffix in SUFFIX_SCALE:
                value *= SUFFIX_SCALE[suffix]
            terms.append(_finish_number(text, tokens, i, i, value, unit))
            i = _last_index(terms[-1], tokens, i) + 1
            continue
        if tok.kind == "word" and low in MULTIPLIER_WORDS:
            value = float(MULTIPLIER_WORDS[low])
            alts = ((50.0, "%"),) if value == 0.5 else ((value * 100 - 100, "%"),)
            terms.append(Term(tok.text, "number", tok.start, tok.end, value, "x",
                              alternatives=alts))
        elif tok.kind == "word" and low in MAGNITUDES:
            terms.append(Term(tok.text, "number", tok.start, tok.end,
                              magnitude=MAGNITUDES[low]))
        elif tok.kind == "word" and (low in NUMBER_WORDS or low in SCALES):
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
        if low == "and" and k > i and tokens[k - 1].text.lower() in SCALES \
                and k + 1 < len(tokens) and tokens[k + 1].text.lower() in NUMBER_WORDS:
            pass  # "two hundred and forty"
        elif low == "dozen":
            current, j = (current or 1) * 12, k
        elif low in NUMBER_WORDS:
            current, j = current + NUMBER_WORDS[low], k
        elif low == "hundred":
            current, j = (current or 1) * 100, k
        elif low in SCALES:
            total, current, j = total + (current or 1) * SCALES[low], 0.0, k
        else:
            break
        if k + 1 >= len(tokens) or not adjacent(text, tokens[k], tokens[k + 1]):
            break
        k += 1
    return j, total + current


def adjacent(text: str, a: Token, b: Token) -> bool:
    """Only spaces or a hyphen between two tokens."""
    return re.fullmatch(r"\s*-?\s*", text[a.end:b.start]) is not None


def _finish_number(text: str, tokens: list[Token], first: int, last: int,
                   value: float | None, unit: str | None) -> Term:
    """Attach a leading currency and trailing scale/percent/times/currency words to a number."""
    start, end = tokens[first].start, tokens[last].end
    before = tokens[first - 1] if first > 0 else None
    if before is not None and before.kind == "sym" and before.text in _CURRENCY_SYMBOLS \
            and adjacent(text, before, tokens[first]):
        unit = _CURRENCY_SYMBOLS[tokens[first - 1].text]
        start = tokens[first - 1].start
    k = last + 1
    while k < len(tokens) and adjacent(text, tokens[k - 1], tokens[k]):
        low = tokens[k].text.lower()
        if low in SCALES and value is not None and tokens[first].kind == "num":
            value *= SCALES[low]
        elif low == "%" or low in _PERCENT_WORDS:
            unit = "%"
        elif low == "per" and k + 1 < len(tokens) and tokens[k + 1].text.lower() == "cent":
            unit, k = "%", k + 1
        elif low in TIMES_WORDS or low == "×":
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
