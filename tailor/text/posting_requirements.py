"""Choosing the requirements a posting is scored on: in posting order, without repeated blocks,
capped at `MAX_REQUIREMENTS` (must-haves first), each with its skill terms.

Every requirement is retrieved for and scored, so the cap bounds the time of a run. What the cap
leaves out, and a posting where no requirement was recognised, become warnings for the report:
scores over part of a posting, or over none of it, must not pass for the whole picture.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from tailor.schemas.models import Requirement
from tailor.text.keywords import stop_terms
from tailor.text.posting_boilerplate import is_boilerplate
from tailor.text.posting_items import sentences
from tailor.text.posting_vocabulary import Kind, Section
from tailor.text.requirement_kinds import classify, continues, is_duty, is_fragment, is_substantive
from tailor.text.requirement_terms import requirement_terms
from tailor.text.skill_terms import skill_terms
from tailor.text.statement_filter import default_filter

MAX_REQUIREMENTS = 30
MAX_REQUIREMENT_KEYWORDS = 8


@dataclass(frozen=True)
class Candidate:
    """A statement of the posting with the rules' verdicts: its `kind` (None: dropped), and
    whether the boilerplate list names it and it has enough words to be a requirement."""
    text: str
    section: Section
    kind: Kind | None
    boilerplate: bool
    substantive: bool
    bulleted: bool = False


def rule_candidates(body: str) -> list[Candidate]:
    """Every statement of the body in posting order, judged by the rules alone."""
    found: list[Candidate] = []
    previous: tuple[str, str] | None = None          # (section, kind) of the item just kept
    previous_must = False
    items = sentences(body)
    headless = is_headless(items)
    for sentence in items:
        text = sentence.text.strip()
        boilerplate, substantive = is_boilerplate(text), is_substantive(text, sentence.section)
        if headless and _NAMED_AND_REQUIRED.match(text):
            substantive = True                       # "Dentrix required." in a terse ad
        kind = None
        if substantive and not boilerplate:
            kind = classify(text, sentence.section)
            if kind is None and previous and previous[0] == sentence.section and continues(text):
                kind = previous[1]                   # "This includes designing..." after a duty
        previous = (sentence.section, kind) if kind else None
        if (kind is None and headless and previous_must and _SKILL_LIST.match(text) and skill_terms(text)
                and not is_duty(text)):
            kind = "must_have"                       # "Must have 5 yrs exp. 480V, motor controls, VFDs."
        previous_must = kind == "must_have"
        found.append(Candidate(text, sentence.section, kind, boilerplate, substantive, sentence.bulleted))
    return found


def requirement_items(body: str) -> list[tuple[str, str]]:
    """(kind, text) for every item that is a requirement, in posting order, deduplicated: the
    rules' verdicts, overruled where the statement filter is confident (`statement_filter`)."""
    candidates = rule_candidates(body)
    judge = default_filter()
    chances = judge.probabilities([c.text for c in candidates], [c.section for c in candidates],
                                  [(c.boilerplate, c.substantive) for c in candidates])
    if is_headless(candidates):   # no heading: the filter's strongest cue is missing, so it only adds
        return decide(candidates, list(chances), 0.0, judge.add_above, drop_other_below=0.0)
    return decide(candidates, list(chances), judge.veto_below, judge.add_above)


# A posting without a single heading (a terse ad: "Must know dental insurance, EOBs... Dentrix
# required. 2 yrs exp min. Verify benefits, submit claims.") gives the filter no section, the cue
# it weighs most, and its word weights were fitted on long postings with headings, where heading-
# less prose is mostly company and legal text: it vetoed every requirement of such an ad but one.
# There the rules decide, and the filter may only add.
_NAMED_AND_REQUIRED = re.compile(r"^\W*[\w+#./-]+\s+(required|preferred|a must|mandatory)\W*$", re.I)


_SKILL_LIST = re.compile(r"^[^,.;:]{1,30}(?:,\s*[^,.;:]{1,30}){2,}\.?$")


def is_headless(items: list) -> bool:
    """True when no item of the posting sits under a heading (every section "neutral")."""
    return bool(items) and all(item.section == "neutral" for item in items)


# A duty the rules kept is dropped only when the filter is nearly sure it is no requirement:
# "However, it is important to remember that..." and "Planning, Mescalero, New Mexico" read as
# duties to the rules (an opening verb-like word). A nice-to-have is never dropped: its cue is an
# explicit word ("is a plus", "preferred"), and "Latte art is a plus." is one however rare its
# words. Cross-validated by posting (session 14, USAJOBS 101-160 + 191-220, thresholds 0.4 / 0.6):
# precision 0.926 -> 0.929 at the same recall (0.892), false requirements 3.4% -> 3.2%, LinkedIn
# dev recall 0.929 -> 0.926; at 0.1 LinkedIn lost another 0.3 points for 0.002 of precision.
DROP_OTHER_BELOW = 0.05


def decide(candidates: list[Candidate], chances: list[float], veto_below: float,
           add_above: float, drop_other_below: float | None = None) -> list[tuple[str, str]]:
    """The rules' verdicts with the filter's `chances` (P(requirement) of each candidate): a
    must-have the rules kept is dropped below `veto_below`, a statement they dropped is kept at
    or above `add_above` (a duty as a responsibility, anything else as a must- or nice-to-have)
    unless the boilerplate list names it (a drug screen or a background check is never a skill
    to match, however it is worded), it is a fragment ("...with Product Management and
    Engineering to") or it has too few words to be a requirement ("4 years.", "Nurse II": a
    third of the filter's additions on unread dev postings were such pieces): a requirement must
    read as one on the report.

    Must-haves are vetoed below `veto_below`: the rules' false requirements on unread postings
    are nearly all qualification prose taken for a must-have, while their duties and "is a plus"
    statements are cued by explicit words, and vetoing those at the same threshold cost LinkedIn
    postings 7 points of recall in cross-validation (bench/train_statement_filter.py). Duties are
    dropped only below `drop_other_below` (default `DROP_OTHER_BELOW`, never above `veto_below`:
    thresholds that never veto leave the rules' verdicts as they are); nice-to-haves never."""
    if drop_other_below is None:
        drop_other_below = min(veto_below, DROP_OTHER_BELOW)
    items: list[tuple[str, str]] = []
    for candidate, chance in zip(candidates, chances):
        kind = candidate.kind
        if kind == "must_have" and chance < veto_below and not (candidate.bulleted and candidate.section == "must"):
            kind = None
        elif kind == "responsibility" and chance < drop_other_below:
            kind = None
        elif not kind and candidate.substantive and not candidate.boilerplate \
                and not is_fragment(candidate.text) and chance >= add_above:
            kind = "responsibility" if is_duty(candidate.text) else classify(candidate.text, "must")
        text = without_enumerator(candidate.text)
        if kind and not is_duplicate(text, [t for _, t in items]):
            items.append((kind, text))
    return items


# An item's own number or letter ("1. In addition to...", "(b) Knowledge of...", "A. Education:"):
# it placed the item in the posting's list; in a report or a gap note it is noise, and it hides
# that "1. In addition to..." repeats a statement quoted earlier without it.
_ENUMERATOR = re.compile(r"^(?:\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{2,4})\)|(?:\d{1,2}|[a-zA-Z]|[ivx]{2,4})\.)\s+(?=\S)")


def without_enumerator(text: str) -> str:
    """"2. Knowledge in C4ISR..." -> "Knowledge in C4ISR..."; other text as it is."""
    return _ENUMERATOR.sub("", text, count=1)


def is_duplicate(text: str, seen: list[str]) -> bool:
    """Postings repeat blocks verbatim (21, 24 carry theirs twice): keep the first copy. Items
    that differ in a word are different requirements, however alike they read: a number ("...to
    GS-5" / "...to GS-7", "two years" / "three years") or a level ("Meet Entry-level
    requirements" / "Meet skill-level requirements", which a grade's list repeats with one word
    changed)."""
    key, words = text.lower(), _words(text)
    return any(fuzz.ratio(key, other.lower()) >= 92 and _words(other) == words for other in seen)


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9+#]+", text.lower()))


def finalize(items: list[tuple[str, str]], company: str,
             location: str) -> tuple[list[Requirement], list[str]]:
    """Cap to the most informative MAX_REQUIREMENTS (must-haves first), number r1.. in order.

    The cap bounds run time (every requirement is retrieved for and scored). What it leaves
    out, and a posting with no requirements at all, are returned as warnings for the report:
    scores over part of a posting, or over none of it, must not pass for the whole picture.
    """
    stop = stop_terms(company, location)
    scored = []
    for index, (kind, text) in enumerate(items):
        terms = [t for t in skill_terms(text) if t.lower() not in stop][:MAX_REQUIREMENT_KEYWORDS]
        scored.append((index, kind, text, terms))
    if len(scored) > MAX_REQUIREMENTS:
        priority = {"must_have": 0, "responsibility": 1, "nice_to_have": 2}
        ranked = sorted(scored, key=lambda s: (priority[s[1]], -_informativeness(s[2], s[3]), s[0]))
        keep = {s[0] for s in ranked[:MAX_REQUIREMENTS]}
        nice = [s for s in ranked if s[1] == "nice_to_have"]
        if nice and not any(s[0] in keep for s in nice):
            # a few nice-to-haves say what would set a candidate apart: keep the best ones
            room = min(3, len(nice))
            dropped = [s for s in ranked[:MAX_REQUIREMENTS] if s[1] == "responsibility"][-room:]
            keep -= {s[0] for s in dropped}
            keep |= {s[0] for s in nice[:len(dropped)]}
        scored = [s for s in scored if s[0] in keep]
    # the kept requirements' terms, now with what the tagger finds beyond the lexicon
    terms = requirement_terms([text for _, _, text, _ in scored], [found for *_, found in scored],
                              stop, MAX_REQUIREMENT_KEYWORDS)
    requirements = [Requirement(id=f"r{n}", text=text, kind=kind, keywords=found)
                    for n, ((_, kind, text, _), found) in enumerate(zip(scored, terms), start=1)]
    return requirements, _requirement_warnings(items, requirements)


_KIND_PLURALS = {"must_have": ("must-have", "must-haves"),
                 "responsibility": ("responsibility", "responsibilities"),
                 "nice_to_have": ("nice-to-have", "nice-to-haves")}


def _requirement_warnings(items: list[tuple[str, str]], kept: list[Requirement]) -> list[str]:
    if not items:
        return ["job posting: no requirements found (no qualifications, duties or skills were "
                "recognised), so coverage and keyword scores are not measured; check that the "
                "file holds the whole posting"]
    if len(kept) == len(items):
        return []
    left = Counter(kind for kind, _ in items) - Counter(r.kind for r in kept)
    dropped = " and ".join(f"{n} {_KIND_PLURALS[k][n != 1]}" for k in _KIND_PLURALS
                           if (n := left[k]))
    return [f"job posting: it lists {len(items)} requirements; only the {len(kept)} that matter "
            f"most (must-haves first) are scored ({dropped} left out)"]


def _informativeness(text: str, terms: list[str]) -> float:
    """More named skills and a clear, mid-length sentence say more about the job."""
    words = len(text.split())
    length = 1.0 if 6 <= words <= 40 else 0.4
    return 1.5 * len(terms) + length + (0.5 if re.search(r"\d", text) else 0.0)
