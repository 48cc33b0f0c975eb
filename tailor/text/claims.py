"""Claim check: does a rewrite claim more than its evidence, even when it keeps every word?

The term check (`tailor.text.terms`) catches invented numbers and names. This module catches
the quieter lies: "contributed to" -> "led", "tested a prototype" -> "launched", "familiar with"
-> "expert in", one store -> "all stores", "our team won" -> "won", "intern" -> "engineer",
"reduced" -> "increased", "occasionally" -> "daily", "among the top" -> "the best", and praise
no evidence states ("proven track record").

How (docs/ARCHITECTURE.md, "Claim check"): every kind of claim is a ladder of cue phrases
(`tailor.text.claim_cues`), matched on lemmas via lemminflect (`tailor.text.cue_matching`).
A rewrite fails when

1. it reaches a higher level on a ladder than any of its evidence ("led" where the evidence's
   highest ownership cue is "helped", or no cue at all), or
2. it drops a hedge of the evidence ("helped", "we", "a prototype of", "familiar with") while
   keeping what the hedge was about (one of the content words that follow it), so a rewrite may
   still leave a hedged clause out altogether, or
3. it reverses a direction (reduced <-> increased), calls a paused or cancelled piece of work
   done, adds a negation ("with no errors"), or drops one while keeping what it negated.

A rewrite that lowers a claim passes; the change is still recorded, so a reader sees it.
"""
from __future__ import annotations

from collections.abc import Sequence
from os.path import commonprefix

from lemminflect import getAllLemmas, getInflection

from tailor.schemas import ClaimChange
from tailor.text.claim_cues import (
    CUES,
    KEEPS_HEDGE,
    NEUTRAL,
    NOT_DIRECTION,
    SAME_CUE_KINDS,
    SUPPORTED_WITHOUT_CUE,
)
from tailor.text.cue_matching import (
    COMPLETED_PATTERNS,
    NEGATION_PATTERNS,
    NO_CLAIM_PATTERNS,
    OPPOSITE_PATTERNS,
    STOPPED_PATTERNS,
    Hit,
    find,
    hits,
    joined,
    match,
    words,
)
from tailor.text.cue_matching import lemmas as _lemmas  # `lemmas` is also a parameter name here

# Rule 2: kinds whose hedges must be kept when what they are about is kept, and where "what
# they are about" is: the words after the hedge in its clause ("familiar with <SQL>"), the
# clause around it ("helped <migrate the DB>", "<coordinated the gala> under the senior
# planner", "we <shipped the app>", "with two other analysts, <found the error>"), or up to five
# words either side within the sentence ("<a prototype> of the <app>", "<Design> Intern,
# <Foxglove>").
HEDGE_CONTEXT = {"ownership": "clause", "skill_level": "after", "superlative": "after",
                 "completion": "around", "role_title": "around", "attribution": "clause"}
_HEDGE_REACH = 5   # content words on a side of a hedge that it is taken to be about
_CLAUSE_END = frozenset([",", ";", ":", ".", "(", ")", "and", "but", "while", "which", "who"])
_SENTENCE_END = frozenset([".", ";", ":"])
_QUIET = frozenset("""a an the of to for in on at by with and or as from into over under
across this that these those its their his her my our your it be is was were been has have
had all each every some any per via than then also""".split())


# --------------------------------------------------------------------------- public API

def claim_changes(draft: str, evidence: Sequence[str],
                  context: Sequence[str] = ()) -> list[ClaimChange]:
    """Every claim change from the evidence (the texts the item cites) to the draft.

    `context` (the role's title and employer, the person's headline) may support a claim
    ("senior" under a Senior title) but sets no hedge to keep: a bullet need not repeat its
    role's "Junior". Raised claims (`raised=True`) fail the critic; lowered ones are recorded.
    """
    ev_words = joined(evidence)
    dr_words = words(draft)
    ev_hits, dr_hits = hits(tuple(ev_words)), hits(tuple(dr_words))
    support = ev_hits + [h for h in hits(tuple(joined(context))) if h.level > NEUTRAL[h.kind]]
    changes: list[ClaimChange] = []
    for kind in CUES:
        found = (_new_cues(kind, support, dr_hits) if kind in SAME_CUE_KINDS
                 else _ladder_changes(kind, support, ev_hits, dr_hits, dr_words))
        if not any(c.raised for c in found) and kind in HEDGE_CONTEXT:
            found += _dropped_hedges(kind, ev_words, ev_hits, dr_words, dr_hits)
        changes += found
    changes += _polarity_changes(ev_words, dr_words)
    return _one_per_wording(changes)


def _one_per_wording(changes: list[ClaimChange]) -> list[ClaimChange]:
    """One raised change per draft wording: "expert" is a skill level and puffery at once, and
    one reason is enough to send it back."""
    seen: set[tuple[str, str]] = set()
    out = []
    for c in changes:
        key = (c.draft, c.evidence) if c.raised else (c.kind, c.draft)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def raised(changes: Sequence[ClaimChange]) -> list[ClaimChange]:
    return [c for c in changes if c.raised]


def describe(change: ClaimChange) -> str:
    """The change in words a person reads, e.g. "ownership: the evidence says 'contributed
    to', the draft says 'led'"."""
    label = change.kind.replace("_", " ")
    if change.evidence and change.draft:
        return f"{label}: the evidence says '{change.evidence}', the draft says '{change.draft}'"
    if change.draft:
        return f"{label}: the draft says '{change.draft}', which the evidence does not claim"
    return f"{label}: the evidence says '{change.evidence}', the draft drops it"


def repair_instruction(change: ClaimChange) -> str:
    """What the writer is asked to do about a raised claim."""
    if change.evidence and change.draft:
        return (f"Keep the evidence's claim: write '{change.evidence}' (or weaker), "
                f"not '{change.draft}'.")
    if change.draft:
        return f"Remove '{change.draft}': the evidence does not say it."
    return f"Keep '{change.evidence}' from the evidence: it says how much was done."


# --------------------------------------------------------------------------- ladders

def _ladder_changes(kind: str, support: list[Hit], own: list[Hit], dr_hits: list[Hit],
                    dr_words: list[str]) -> list[ClaimChange]:
    """Rule 1 against what supports the draft (evidence and context); a lowered claim is
    recorded against the evidence alone (a bullet need not repeat its role's "Senior")."""
    ev = [h for h in support if h.kind == kind]
    dr = [h for h in dr_hits if h.kind == kind]
    neutral = NEUTRAL[kind]
    ev_top = max((h.level for h in ev), default=SUPPORTED_WITHOUT_CUE.get(kind, neutral))
    dr_top = max((h.level for h in dr), default=neutral)
    if dr_top > max(ev_top, neutral) and not _hedge_kept(kind, ev, dr_words):
        strongest = max(dr, key=lambda h: h.level)
        evidence = max(ev, key=lambda h: h.level).words if ev else ""
        return [ClaimChange(kind=kind, evidence=evidence, draft=strongest.words, raised=True)]
    ev = [h for h in own if h.kind == kind]
    ev_top = max((h.level for h in ev), default=neutral)
    if ev and ev_top > neutral and dr_top < ev_top:
        strongest = max(ev, key=lambda h: h.level)
        draft = max(dr, key=lambda h: h.level).words if dr else ""
        return [ClaimChange(kind=kind, evidence=strongest.words, draft=draft, raised=False)]
    return []


def _hedge_kept(kind: str, ev: list[Hit], dr_words: list[str]) -> bool:
    """Completion only: a draft that keeps the evidence's hedge word may say it was completed
    ("Completed load planning" for "did load planning", "Finished the prototype" for "built a
    prototype"), not that it was launched or delivered."""
    if kind != "completion" or not find(dr_words, COMPLETED_PATTERNS):
        return False
    draft_lemmas = {lem for w in dr_words for lem in _lemmas(w)}
    return any(_says(draft_lemmas, h) for h in ev if h.level < NEUTRAL[kind])


def _says(lemmas: set[str], hedge: Hit) -> bool:
    """Does a text with these lemmas say the hedge's own content word ("planning", "pilot")?"""
    return any(_lemmas(w) & lemmas for w in hedge.words.split()
               if w not in _QUIET and w[0].isalnum())


def _new_cues(kind: str, ev_hits: list[Hit], dr_hits: list[Hit]) -> list[ClaimChange]:
    """Strong cues of the draft that the evidence does not make itself (same lemma)."""
    neutral = NEUTRAL[kind]
    for hit in (h for h in dr_hits if h.kind == kind and h.level > neutral):
        ev_lemmas = {lem for h in ev_hits if h.kind == kind and h.level >= hit.level
                     for w in h.words.split() for lem in _lemmas(w)}
        if not any(_lemmas(w) & ev_lemmas for w in hit.words.split()):
            evidence = next((h.words for h in ev_hits if h.kind == kind), "")
            return [ClaimChange(kind=kind, evidence=evidence, draft=hit.words, raised=True)]
    return []


def _dropped_hedges(kind: str, ev_words: list[str], ev_hits: list[Hit], dr_words: list[str],
                    dr_hits: list[Hit]) -> list[ClaimChange]:
    """Rule 2: a hedge of the evidence is gone, but what it was about is still in the draft."""
    neutral = NEUTRAL[kind]
    hedges = [h for h in ev_hits if h.kind == kind and h.level < neutral]
    if not hedges:
        return []
    kept = [h for h in dr_hits if h.kind == kind and h.level <= max(x.level for x in hedges)]
    draft_lemmas = {lem for w in dr_words for lem in _lemmas(w)}
    if kept or draft_lemmas & set(KEEPS_HEDGE.get(kind, ())):
        return _hedge_outrun(kind, ev_words, ev_hits, hedges, dr_words, dr_hits)
    for hedge in (h for h in hedges if kind != "completion" or not _says(draft_lemmas, h)):
        about = _context(ev_words, hedge, HEDGE_CONTEXT[kind])
        if any(_lemmas(w) & draft_lemmas for w in about):
            return [ClaimChange(kind=kind, evidence=hedge.words, draft="", raised=True)]
    return []


def _hedge_outrun(kind: str, ev_words: list[str], ev_hits: list[Hit], hedges: list[Hit],
                  dr_words: list[str], dr_hits: list[Hit]) -> list[ClaimChange]:
    """Rule 2, second form: the draft keeps the hedge but adds a clause of its own that claims the
    hedged work outright ("Assisted with carrier rate negotiations and negotiated carrier rates",
    "Supported the migration and migrated 40 services"). Such a clause opens with a past-tense
    verb made from a word the hedge was about, and the evidence has no unhedged clause with it."""
    if kind not in _CLAUSE_KINDS:
        return []
    about = {w for hedge in hedges for w in _context(ev_words, hedge, HEDGE_CONTEXT[kind])}
    unhedged_evidence = [w for clause in _unhedged_clauses(kind, ev_words, ev_hits) for w in clause]
    for clause in _unhedged_clauses(kind, dr_words, dr_hits):
        verb = _past_verb(clause[0]) if clause else ""
        if (verb and any(_same_stem(verb, w) for w in about)
                and not any(_same_stem(verb, lem) for w in unhedged_evidence for lem in _lemmas(w))):
            hedge = hedges[0].words
            return [ClaimChange(kind=kind, evidence=hedge, draft=" ".join(clause[:4]), raised=True)]
    return []


_CLAUSE_KINDS = frozenset(["ownership", "attribution"])
_COORDINATION = frozenset([",", ";", ".", ":", "and", "but", "then", "also"])


def _unhedged_clauses(kind: str, words: list[str], found: list[Hit]) -> list[list[str]]:
    """The text's coordinated clauses that hold no hedge of this kind, each from its first word
    after the coordination ("and negotiated ..." -> ["negotiated", ...])."""
    hedged = {i for h in found if h.kind == kind and h.level < NEUTRAL[kind] for i in range(h.start, h.end)}
    clauses, start = [], 0
    for i, w in enumerate([*words, "."]):
        if w in _COORDINATION:
            if start < i and not hedged & set(range(start, i)):
                clauses.append(words[start:i])
            start = i + 1
    return clauses


def _past_verb(word: str) -> str:
    """The verb's lemma if the word is its past tense or participle ("negotiated" -> "negotiate")."""
    for lemma in getAllLemmas(word).get("VERB", ()):
        if word in getInflection(lemma, "VBD") or word in getInflection(lemma, "VBN"):
            return lemma
    return ""


def _same_stem(verb: str, word: str) -> bool:
    """A verb and a word of its family: "negotiate" / "negotiations", "migrate" / "migration",
    "launch" / "launched", "plan" / "planning"; not "lead" / "leadership"-like near misses under
    four letters."""
    common = len(commonprefix([verb, word]))
    return common >= 4 and common >= min(len(verb), len(word)) - 1


def _context(words: list[str], hedge: Hit, where: str) -> list[str]:
    """Content words a hedge is about (see `HEDGE_CONTEXT`)."""
    stops = _SENTENCE_END if where == "around" else _CLAUSE_END
    following = words[hedge.end:]
    if where == "clause" and following[:1] == [","]:  # "With two others, found ..."
        following = following[1:]
    after = _content(following, stops, _HEDGE_REACH)
    if where == "after":
        return after
    return after + _content(words[:hedge.start][::-1], stops, _HEDGE_REACH)


def _content(words: Sequence[str], stops: frozenset[str], reach: int) -> list[str]:
    out: list[str] = []
    for w in words:
        if w in stops or len(out) >= reach:
            break
        if w not in _QUIET and w not in _CLAUSE_END and not w[0].isdigit():
            out.append(w)
    return out


# --------------------------------------------------------------------------- polarity

def _polarity_changes(ev_words: list[str], dr_words: list[str]) -> list[ClaimChange]:
    changes: list[ClaimChange] = []
    ev_text, dr_text = _directional(ev_words), _directional(dr_words)
    for one, other in OPPOSITE_PATTERNS:
        for a, b in ((one, other), (other, one)):
            ev_a, dr_b = find(ev_text, a, unnegated=True), find(dr_text, b, unnegated=True)
            if ev_a and dr_b and not find(ev_text, b):
                changes.append(ClaimChange(kind="polarity", evidence=ev_a, draft=dr_b,
                                           raised=True))
    stopped = find(ev_words, STOPPED_PATTERNS)
    if stopped and not find(dr_words, STOPPED_PATTERNS):
        changes.append(ClaimChange(kind="polarity", evidence=stopped, draft="", raised=True))
    # An added negation is a new claim ("with no JSON files", "error-free"). A negation the
    # draft drops counts only when the draft keeps what it negated ("did not meet the target"
    # -> "met the target"), not when the whole clause went ("without shortages").
    dr_neg = find(dr_words, NEGATION_PATTERNS)
    if dr_neg and not find(ev_words, NEGATION_PATTERNS):
        changes.append(ClaimChange(kind="polarity", evidence="", draft=dr_neg, raised=True))
    elif not dr_neg:
        dropped = _negation_kept_clause(ev_words, dr_words)
        if dropped:
            changes.append(ClaimChange(kind="polarity", evidence=dropped, draft="", raised=True))
    return changes


def _negation_kept_clause(ev_words: list[str], dr_words: list[str]) -> str:
    draft_lemmas = {lem for w in dr_words for lem in _lemmas(w)}
    for i in range(len(ev_words)):
        for pattern in NEGATION_PATTERNS:
            end = match(ev_words, i, pattern)
            if end is None or end == i:
                continue
            about = _content(ev_words[end:], _CLAUSE_END, 2)
            if len(about) == 2 and all(_lemmas(w) & draft_lemmas for w in about):
                return " ".join(ev_words[i:end + 2])
    return ""


def _directional(words: list[str]) -> list[str]:
    """The words with quantity comparisons ("more than 200") and phrases that make no claim
    ("lost-time injuries") blanked out."""
    text = f" {' '.join(words)} "
    for phrase in NOT_DIRECTION:
        text = text.replace(f" {phrase} ", " _ ")
    out = text.split()
    for i in range(len(out)):
        for pattern in NO_CLAIM_PATTERNS:
            end = match(out, i, pattern)
            if end is not None and end > i:
                out[i:end] = ["_"] * (end - i)
    return out
