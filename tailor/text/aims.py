"""Sentences that state an aim rather than something done ("Interested in clinical informatics /
EHR optimization.", "Seeking a role in supply chain analytics").

Why: a career changer's summary says where they want to go. Retrieval found such a sentence close
to "Analyze workflow and EHR usage data" and the report then quoted it as evidence that exists but
is not on the page; being interested is no evidence. Only the person's summary sentences are read
this way (a role bullet tells what was done). See docs/ARCHITECTURE.md ("A run").
"""
from __future__ import annotations

import re

_AIM = re.compile(
    r"^\W*(?:(?:i am|i'm|i’m|currently|now|also)\s+)?(?:very\s+|deeply\s+|especially\s+)?"
    r"(?:interested in|seeking|looking (?:for|to)|aspiring\b|hoping to|eager to|keen to|excited to|"
    r"open to|aiming to|planning to|want(?:ing)? to|would like to|my (?:career )?(?:goal|aim|objective)|"
    r"career (?:goal|objective)|transitioning (?:in)?to|pursuing a (?:career|role|transition))\b", re.I)


def states_an_aim(sentence: str) -> bool:
    """Does a summary sentence say what the person wants, not what they have done?"""
    return bool(_AIM.match(sentence))
