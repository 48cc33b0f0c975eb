"""What an interview answer left vague: ownership, outcome, numbers, specifics.

These are the four things interviewers probe with a follow-up (the STAR method's Action and
Result, made concrete). Checked with plain rules on the answer's words so the verdict is the
same every time and each finding names the words that caused it. Ordered by importance: who
did it matters more than how well it went, which matters more than how much.
"""
from __future__ import annotations

import re

from tailor.interview.models import VagueAspect
from tailor.text.terms import has_quantity, numbers

MIN_SPECIFIC_WORDS = 12

_TEAM = re.compile(r"\b(we|our|us|the team|my team|the group|everyone|helped|help(?:ing)? with|"
                   r"was involved|were involved|assisted|contributed to|was part of|supported)\b",
                   re.I)
# "I" + a verb that is an action, not "I was", "I helped", "I think".
_NOT_ACTIONS = ("was", "were", "am", "helped", "help", "assisted", "think", "guess", "believe",
                "feel", "suppose", "mean", "have", "had", "would", "could", "might", "also",
                "just", "kind", "sort", "can't", "don't", "didn't", "wasn't", "remember")
_FIRST_PERSON_ACTION = re.compile(
    r"\bI(?:'ve| have| had)?\s+(?:personally\s+|then\s+|also\s+|myself\s+)?(?!(?:"
    + "|".join(re.escape(w) for w in _NOT_ACTIONS) + r")\b)([a-z]+)\b"
    r"|\bmy (?:part|role|job|task|responsibility|idea|decision|design|code|change)\b"
    r"|\bI\s+(?:was|am)\s+(?:responsible|the (?:owner|lead))\b"
    r"|\bI\s+(?:personally\s+)?(?:led|owned|drove)\b")
_RESULT = re.compile(
    r"\b(reduc(?:ed|es|ing|tion)|increas(?:ed|es)|saved|saves|savings|shipped|launched|cut|cuts|"
    r"improved|grew|dropped|fell|raised|lowered|doubled|halved|tripled|eliminated|prevented|"
    r"resolved|fixed|delivered|released|went live|adopted|won|resulted|as a result|outcome|"
    r"which meant)\b", re.I)
_TIME_UNITS = re.compile(r"\b(ms|milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|"
                         r"quarters?|years?)\b", re.I)
_HEDGES = re.compile(r"\b(various|stuff|things|etc|some|somehow|kind of|sort of|a lot|a bunch|"
                     r"basically|and so on|lots of)\b\.?", re.I)


def analyse_answer(answer: str) -> list[VagueAspect]:
    """The aspects the answer leaves vague, most important first (empty: a specific answer)."""
    found = [_ownership(answer), _outcome(answer), _numbers(answer), _specifics(answer)]
    return [f for f in found if f is not None]


def _ownership(answer: str) -> VagueAspect | None:
    team = list(dict.fromkeys(m.group(0).lower() for m in _TEAM.finditer(answer)))
    if not team or _FIRST_PERSON_ACTION.search(answer):
        return None
    return VagueAspect(aspect="ownership", cues=team,
                       reason="says what the team did (" + ", ".join(team) + ") but not what you did")


def _outcome(answer: str) -> VagueAspect | None:
    if _RESULT.search(answer) or any(n.unit in ("%", "$", "€", "£") for n in numbers(answer)):
        return None
    if has_quantity(answer) and _TIME_UNITS.search(answer):
        return None
    return VagueAspect(aspect="outcome", reason="no result: nothing reduced, increased, saved, "
                       "shipped or launched, no %, $ or time")


def _numbers(answer: str) -> VagueAspect | None:
    if has_quantity(answer):
        return None
    return VagueAspect(aspect="numbers", reason="no numbers: how much, how many, how long")


def _specifics(answer: str) -> VagueAspect | None:
    hedges = list(dict.fromkeys(m.group(0).lower().rstrip(".") for m in _HEDGES.finditer(answer)))
    short = len(answer.split()) < MIN_SPECIFIC_WORDS
    if not hedges and not short:
        return None
    reason = ("hedges instead of specifics (" + ", ".join(hedges) + ")") if hedges \
        else f"too short to be specific (under {MIN_SPECIFIC_WORDS} words)"
    return VagueAspect(aspect="specifics", cues=hedges, reason=reason)
