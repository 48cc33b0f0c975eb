"""Checks a model-worded question must pass; any failure means the template is used instead.

A small model's question can go wrong in ways a reader would not notice at once: an invented
number ("your 12 services") or name ("on AWS") puts words in the person's mouth, an echoed
instruction or a copied example is noise, a wall of text is not a question. The number and name
check reuses the critic's term rules (`agents.terms`), so "grounded" means the same thing here
as on the resume.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from tailor.interview.prompts import QUESTION_WORDS
from tailor.llm.prompts import clean_line
from tailor.text.terms import FREE_WORDS, AllowedText, unsupported_terms
from tailor.text.tokens import stem

MIN_WORDS, MAX_WORDS = 6, 40
COPY_RATIO = 80
# Question openers are capitalised at a sentence start, which the term rules would read as
# names ("What", "Describe"): they are allowed like the source's own words.
_OPENERS = QUESTION_WORDS + " explain imagine suppose given looking share thinking"
_INSTRUCTION = re.compile(
    r"(\bask about\b|^\s*(?:line|requirement|topic|missing|answer|role)\s*:|\bquestion mark\b|"
    r"\bone sentence\b|\binterviewer\b|\buse only names\b|\bas an ai\b|\bi'?m ready\b|"
    r"\bi am ready\b|\bhere(?: is|'s)\b|^\s*sure\b|\bfollow-up question\b)", re.I)
# A gap question must not presume the experience the resume lacks ("You have a deep
# understanding of X, so...") and must acknowledge the gap in some way.
_PRESUMES = re.compile(r"\b(you (?:have|had|'ve|already)(?! not| no| never)|you're (?:an? )?(?:expert|"
                       r"experienced)|your (?:\w+ )?(?:experience|understanding|knowledge|expertise) "
                       r"(?:with|of|in))\b", re.I)
_ACKNOWLEDGES = re.compile(r"\b(not|no|never|without|closest|learn\w*|up to speed|new to|gap|"
                           r"haven't|hasn't|doesn't|don't|lack\w*|yet|ramp)\b", re.I)
# A question about the person's own line must not say the resume lacks it: the gap example's
# wording copied onto a bullet ("Your resume does not mention EDI exceptions" citing the bullet
# that names them) tells the person something false about their own resume.
_DENIES = re.compile(r"\b(?:(?:does|do|did)(?: not|n't)|never) (?:mention|show|include|list|name)s?\b|"
                     r"\b(?:no|without) (?:experience|mention)\b|\bhave(?: not|n't) (?:done|used|worked)\b", re.I)
_THIRD_PERSON = re.compile(r"\b(the candidate|themselves|for them to|they learned|they took|"
                           r"they want)\b", re.I)
_LABEL = re.compile(r"^\s*(?:question|follow-?up|q|interviewer)\s*\d*\s*[:.)-]\s*", re.I)


def clean_question(raw: str) -> str:
    """The first line of a completion that says something, without labels or list markers."""
    return _LABEL.sub("", clean_line(raw)).strip()


def question_problems(text: str, allowed: list[str], prompt: list[str],
                      copies: list[str] = (), gap: bool = False) -> list[str]:
    """Why `text` is not a usable question (empty list: it is).

    `allowed`: the texts its numbers and names may come from (its source, and for a motivation
    question the role); `prompt`: what the model was shown for this item (an answer that repeats
    it is an echo); `copies`: the few-shot answers, which must not come back verbatim; `gap`:
    the source is a requirement the resume does not show.
    """
    if not text:
        return ["empty output"]
    problems = []
    if _INSTRUCTION.search(text):
        problems.append("echoes the instructions")
    if text.count("?") != 1 or not text.endswith("?"):
        problems.append("not a single question ending in '?'")
    words = len(text.split())
    if words < MIN_WORDS:
        problems.append(f"too short ({words} words, at least {MIN_WORDS})")
    elif words > MAX_WORDS:
        problems.append(f"too long ({words} words, at most {MAX_WORDS})")
    if _is_copy(text, prompt):
        problems.append("copies the prompt")
    elif _is_copy(text, list(copies)):
        problems.append("copies an example")
    invented = unsupported_terms(text, AllowedText([*allowed, _OPENERS]))
    if invented:
        problems.append("numbers or names not in its source: " + ", ".join(invented))
    if _THIRD_PERSON.search(text):  # the angle's wording copied ("what they learned")
        problems.append("speaks of the candidate in the third person")
    if gap and (_PRESUMES.search(text) or not _ACKNOWLEDGES.search(text)):
        problems.append("presumes experience the resume does not show")
    if not gap and _DENIES.search(text):
        problems.append("says the resume lacks what its source shows")
    if not problems and allowed and not _shares_content_word(text, allowed[0]):
        problems.append("not about its source (shares no word with it)")
    return problems


def _normal(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _is_copy(text: str, others: list[str]) -> bool:
    mine = _normal(text)
    for other in others:
        theirs = _normal(other)
        if theirs and (fuzz.ratio(mine, theirs) >= COPY_RATIO or (len(mine) > 20 and mine in theirs)):
            return True
    return False


def _shares_content_word(text: str, source: str) -> bool:
    def content(t: str) -> set[str]:
        return {stem(w) for w in re.findall(r"[A-Za-z][A-Za-z0-9'’]*", t)
                if len(w) >= 4 and w.lower() not in FREE_WORDS}
    return bool(content(text) & content(source))
