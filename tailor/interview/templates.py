"""Model-free wording of questions and follow-ups.

Used for everything when no model is available, and for each model output that fails
validation. The source is quoted (shortened at a clause boundary) rather than rephrased, so a
template question can never misstate what the person or the posting wrote.
"""
from __future__ import annotations

import re

from tailor.interview.models import Candidate, VagueAspect

TOPIC_WORDS = 14

_TECH = {
    0: 'About "{topic}": what was the hardest decision you made, and which other options did you weigh?',
    1: 'About "{topic}": how did you measure the result, and how did you know it was real?',
    2: 'About "{topic}": how did you check that it worked, and what went wrong along the way?',
    3: 'About "{topic}": what would you change if it had to work at a much larger scale?',
}
_BY_CATEGORY = {
    "gap": 'The role asks for "{topic}"; your resume does not show it. What comes closest in your '
           "experience, and how would you get up to speed?",
    "motivation": 'What draws you to the {role}, and what appeals to you about work like "{topic}"?',
    "teamwork": 'About "{topic}": who did you work with, how did you split the work, and how did you '
                "keep each other informed?",
    "leadership": 'About "{topic}": how did you guide the people involved, and what did you learn '
                  "about leading?",
    "conflict": 'About "{topic}": where did people disagree or priorities compete, and how did you '
                "reach a decision?",
    "failure": 'About "{topic}": what went wrong, what was your part in fixing it, and what did you '
               "learn?",
    "ownership": 'About "{topic}": what made you take this on yourself, and how did you see it '
                 "through?",
}

_ASK_FOR = {
    "ownership": "what you yourself did (not the team)",
    "outcome": "what result it had",
    "numbers": "the numbers behind it (how much, how many, how long)",
    "specifics": "one concrete example",
}


def topic(text: str, limit: int = TOPIC_WORDS) -> str:
    """A quotable part of a bullet or requirement: whole up to `limit` words, else cut at the
    last clause boundary (comma, semicolon, colon, dash) within the limit, else at the limit."""
    text = " ".join(text.split()).rstrip(" .;:")
    words = text.split()
    if len(words) <= limit:
        return text
    head = " ".join(words[:limit])
    cut = max(head.rfind(sep) for sep in (", ", "; ", ": ", " - ", " – ", " ("))
    if cut >= len(head) // 3:
        return head[:cut].rstrip(" ,;:-–")
    return head.rstrip(" ,;:-–") + "..."


def template_question(candidate: Candidate, role: str = "role") -> str:
    """The template question for a chosen source."""
    short = topic(candidate.source.text)
    if candidate.category == "evidence":
        from tailor.interview.sources import TECH_ANGLES
        pattern = _TECH[TECH_ANGLES.index(candidate.angle) if candidate.angle in TECH_ANGLES else 0]
    else:
        pattern = _BY_CATEGORY[candidate.category]
    return pattern.format(topic=short, role=role)


def role_phrase(title: str, company: str) -> str:
    """ "Senior Engineer role at Acme" without the posting's parenthesised extras."""
    title = re.sub(r"\s*\([^)]*\)", "", title).strip() or "this"
    return f"{title} role" + (f" at {company}" if company else "")


def template_follow_up(source_text: str, missing: list[VagueAspect]) -> str:
    """Ask for the (at most two) most important missing aspects, in one question."""
    wanted = [_ASK_FOR[m.aspect] for m in missing[:2]]
    hedge = next((c for m in missing if m.aspect == "specifics" for c in m.cues), "")
    if hedge and "specifics" in [m.aspect for m in missing[:2]]:
        wanted[[m.aspect for m in missing[:2]].index("specifics")] = \
            f'one concrete example instead of "{hedge}"'
    ask = ", and ".join(wanted)
    return f'Going back to "{topic(source_text, 10)}": can you tell me {ask}?'


def template_deeper(source_text: str) -> str:
    """When nothing was vague: a reflective follow-up instead of a probing one."""
    return f'Looking back on "{topic(source_text, 10)}", what would you do differently today, and why?'
