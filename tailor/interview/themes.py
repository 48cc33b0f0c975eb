"""Which evidence bullets tell a behavioural story, and which story.

Behavioural ("tell me about a time...") questions only work when the person has a real episode
to tell; asking about teamwork in the abstract invites a rehearsed answer. So each theme is found
in the person's own bullets (words and tags), and a theme with no bullet gets no question.
Plain patterns, not a model: the choice must be deterministic and explainable.
"""
from __future__ import annotations

import re

from tailor.schemas import EvidenceBullet

THEMES = ("teamwork", "leadership", "conflict", "failure", "ownership")

_PATTERNS: dict[str, re.Pattern[str]] = {
    "teamwork": re.compile(
        r"\b(worked with|with the \w+(?:[- ]\w+)? (?:team|leads?)|collaborat\w*|partner\w*|"
        r"cross-functional|together|pair(?:ed|ing)|for the \w+ team|across \d+ teams|"
        r"product teams?|working group|stakeholders?)\b", re.I),
    "leadership": re.compile(
        r"\b(led|lead|mentor\w*|coach\w*|onboard\w*|ran the|organi[sz]ed|recruited|hired|"
        r"interviewed|trained|taught|managed|supervis\w*|leadership)\b", re.I),
    "conflict": re.compile(
        r"\b(disagree\w*|conflict\w*|push(?:ed)?[- ]?back|negotiat\w*|compet\w+ priorit\w*|"
        r"trade-?offs?|consensus|scope[ds]?|compliance|stakeholder\w*|adopted|rules|review)\b",
        re.I),
    "failure": re.compile(
        r"\b(incidents?|outages?|failover|failed|failures?|post-?mortem|retro\w*|lessons?|"
        r"mistakes?|recover\w*|root cause|on-call|could not maintain|fragile|broke\w*)\b", re.I),
    "ownership": re.compile(
        r"\b(introduced|first|initiat\w*|own(?:ed|ership)?|set up|started|founded|proposed|"
        r"end-to-end|drove|replaced|rewrote|built)\b", re.I),
}
_TAG_THEMES = {
    "leadership": "leadership", "mentoring": "leadership", "hiring": "leadership",
    "interviewing": "leadership", "teaching": "leadership", "recruiting": "leadership",
    "stakeholder management": "teamwork", "client communication": "teamwork",
    "community": "teamwork", "incident response": "failure", "on-call": "failure",
    "reliability": "failure", "user research": "teamwork",
}


def theme_cues(bullet: EvidenceBullet, theme: str) -> list[str]:
    """The words (and tags) of `bullet` that place it in `theme`, in order; empty if none."""
    cues = [m.group(0).lower() for m in _PATTERNS[theme].finditer(bullet.text)]
    cues += [f"tag:{t}" for t in bullet.tags if _TAG_THEMES.get(t.lower()) == theme]
    return list(dict.fromkeys(cues))


def theme_score(bullet: EvidenceBullet, theme: str) -> int:
    """How strongly a bullet shows a theme: distinct cues, tags counting double (the person
    labelled the bullet so themselves)."""
    return sum(2 if c.startswith("tag:") else 1 for c in theme_cues(bullet, theme))
