"""Deciding what kind of requirement an item is (must have, nice to have, responsibility), and
whether it is a requirement at all.

The heading an item sits under gives the default, but its own words can overrule it ("...is a
plus" under Requirements is nice to have; "2+ years of..." under Responsibilities is a must
have), and text under no heading only counts when its words say what it is. The cue patterns for
that live here, beside the decision; headings reuse them to read a list intro such as "...will
be responsible for:".
"""
from __future__ import annotations

import re

from tailor.text.posting_boilerplate import INTRO_WORDS
from tailor.text.posting_vocabulary import ADVERBS, Kind, Section, is_verb
from tailor.text.skill_terms import skill_terms

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
    r"\bjob (involves|includes)\b|\bprimary responsibilit|"
    r"^(the |this )?(incumbent|selectee|employee|position|role)( (in|for) this position)? (serves|will serve|"
    r"functions|performs|will perform|provides|is responsible|works|will work|will be the)\b|"
    r"^(the )?(primary |main )?purpose of (this|the|these) (positions?|roles?|jobs?) (is|are)\b|"
    r"^may also perform\b|"
    # "This position is located on a ... unit and performs duties in support of...", "These crews
    # perform work directly related to...": the post or its crew as the subject of the work
    r"^(the |this |these )?(incumbents?|selectees?|employees?|positions?|crews?)\b[^.]{0,60}\b"
    r"(performs?|serves?) (duties|work)\b", re.I)
QUALIFICATION_TERM = re.compile(
    r"degree|diploma|\bGED\b|licen[cs]e|certif|bachelor|master|\bph\.?d|associate|\bMBA\b|\bCPA\b|"
    r"\bCDL\b|clearance|citizenship", re.I)


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


_ENUMERATED = re.compile(r"^\(?(\d{1,2}|[a-z])\)\s")
# "...include" ends a list intro that lost its colon ("Examples of general experience include")
_DANGLING = re.compile(r"\b(to|and|or|the|a|an|of|with|for|in|including|includes?|such as|as)\s*$", re.I)


def is_fragment(text: str) -> bool:
    """Cut off mid-phrase ("...with Engineering to") or only introducing what follows ("...the
    following:"): a piece of a statement, never one to show as a requirement."""
    return bool(_DANGLING.search(text)) or _is_intro(text)


def _is_intro(text: str) -> bool:
    """"Specialized experience is defined as:" opens a list; a sentence of `INTRO_WORDS` or more
    that ends with a colon ("Graduate of a school ... accredited by one of the following:") still
    says what it asks for."""
    return text.rstrip().endswith(":") and len(text.split()) <= INTRO_WORDS


_CONTINUATION = re.compile(r"^(this|these|which|that|it) ((responsibility|role|work|position) )?"
                           r"(may |will )?(also )?(includes?|entails?|involves?|means|requires?)\b|"
                           r"^(includes?|including)\b", re.I)


def continues(text: str) -> bool:
    """"This includes designing..." elaborates the item before it and shares its kind."""
    return bool(_CONTINUATION.search(text))


def is_substantive(text: str, section: Section = "neutral") -> bool:
    """Enough words to be a requirement: drops "Budget", "2 years", "...with Engineering to".

    A lone skill under a requirements heading ("Terraform.") is kept: it is the requirement; so
    is a lettered or numbered item there ("(d) thermodynamics"): its list says what it is.
    """
    words = re.findall(r"[A-Za-z0-9#+.’'/&-]+", text)
    if section in ("must", "nice") and _ENUMERATED.match(text) and not _DANGLING.search(text):
        return any(len(w) >= 4 and w.isalpha() for w in words[1:])
    if len(words) == 1 and section in ("must", "nice"):
        return bool(skill_terms(text))
    if _DANGLING.search(text) and not text.endswith(":"):
        return False
    if _is_intro(text):
        return False
    if len(words) >= 3:
        return True
    return len(words) == 2 and bool(QUALIFICATION_TERM.search(text) or skill_terms(text))
