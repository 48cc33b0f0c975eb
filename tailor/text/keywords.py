"""A posting's keywords: choosing them, and finding them in a text (the PDF, a resume).

The keywords are what an applicant tracking system would scan a resume for. The posting's own
requirement terms come first, then YAKE key phrases of its de-boilerplated text fill the list,
without generic words, places or the company's name. The report then checks which of them the
rendered resume contains; matching is on whole words of normalised text, so "Python" is not found
in "Pythonic" and a soft hyphen hides nothing, and a keyword's variants count as the keyword
("Svelte" for "Svelte.js", "Google Cloud" for "GCP": `tailor.text.keyword_variants`).
"""
from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from tailor.schemas.models import Requirement
from tailor.text import keyword_variants
from tailor.text.normalise import normalise
from tailor.text.posting_vocabulary import FUNCTION_WORDS, NOUN_LIKE, is_verb, verb_lemma
from tailor.text.skill_terms import skill_terms

MAX_KEYWORDS = 25
MIN_KEYWORDS = 10


# --------------------------------------------------------------------------- choosing keywords

GENERIC_WORDS = frozenset("""
team teams job jobs work working opportunity opportunities role roles position positions company
companies candidate candidates employee employees experience experiences ability abilities skill
skills year years strong excellent good great required requirement requirements preferred
responsibilities responsibility qualifications qualification knowledge including etc plus ideal
successful individual person people applicant applicants environment organization organisation
business day days time hours week client clients customer customers staff member members level
levels type full-time part-time full part location remote hybrid onsite office duties duty
description summary overview benefits salary pay employer world industry ideal well new high
related field areas area needs need support service services able use using tools tool process
processes projects project management manager program programs department departments
other others various multiple all key best highly self proven demonstrated must will may
issues issue requests request information performance goals goal regulations strategic capability
product products system systems meetings meeting guests needs objectives activities materials
professional personal dynamic thoughtful seamless general overall current future sr jr ii iii
applications application suite savvy
""".split())

# Places are where the job is, not what it needs ("North America", "United States").
GEO_WORDS = frozenset("""
america american north south east west central united states us usa u.s canada canadian mexico
europe european emea apac asia uk britain england germany france india china japan australia
global worldwide international national region regional local city county metro greater area
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina
dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia washington
wisconsin wyoming chicago seattle boston dallas houston atlanta denver phoenix
""".split())

_YAKE_EXTRACTOR = None


def _yake():
    global _YAKE_EXTRACTOR
    if _YAKE_EXTRACTOR is None:
        import yake
        _YAKE_EXTRACTOR = yake.KeywordExtractor(lan="en", n=3, dedup_lim=0.8, top=100)
    return _YAKE_EXTRACTOR


def keyword_text(requirements: list[Requirement]) -> str:
    """The de-boilerplated posting: only its requirement sentences feed YAKE."""
    return "\n".join(r.text.rstrip(".") + "." for r in requirements)


def stop_terms(company: str, location: str) -> set[str]:
    """Words that must not become keywords: the company's name and the job's location."""
    stop = set()
    for value in (company, location):
        if value:
            stop.add(value.lower())
            stop.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z.&'-]+", value))
    words = re.findall(r"[A-Za-z]+", company)
    for start in range(len(words) - 1):           # "U.S. Xpress" -> "usx"; "U.S. Air Force" ->
        stop.add("".join(w[0] for w in words[start:]).lower())      # "usaf" and "af" too
    return stop


def is_generic(phrase: str, stop: set[str]) -> bool:
    tokens = re.findall(r"[A-Za-z0-9#+./&'-]+", phrase.lower())
    if not tokens or phrase.lower() in stop:
        return True
    if any(t in stop or t.strip(".") in GEO_WORDS for t in tokens):
        return True
    return all(t in GENERIC_WORDS or t in FUNCTION_WORDS or len(t) < 2 for t in tokens)


def posting_keywords(requirements: list[Requirement], text: str, title: str = "",
                     company: str = "", location: str = "") -> list[str]:
    """10-25 ranked, deduplicated keywords for the posting (what an ATS would scan for).

    The skill terms the requirements name come first, ranked by how much the posting leans on
    them (a must-have counts most; a term in the title or also picked by YAKE counts more).
    YAKE's key phrases over the de-boilerplated text then fill the list with the posting's own
    domain words ("medical waste containers"). Generic words ("team", "opportunity"), the
    company's name and the location are filtered out.
    """
    stop = stop_terms(company, location)
    weight = {"must_have": 3.0, "responsibility": 2.0, "nice_to_have": 1.5}
    title_text = title.lower()
    yake_phrases = _yake_phrases(text, stop, title) if text.strip() else []
    yake_keys = {p.lower() for p in yake_phrases}
    scores: Counter[str] = Counter()
    surface: dict[str, str] = {}
    for req in requirements:
        for term in req.keywords:
            key = term.lower()
            if is_generic(term, stop):
                continue
            # a term the lexicon knows counts fully; one only the tagger found, half
            scores[key] += weight[req.kind] * (1.0 if skill_terms(term) else 0.5)
            surface.setdefault(key, term)
    for key in scores:
        if re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", title_text):
            scores[key] += 4.0
        if key in yake_keys:
            scores[key] += 2.0
    keywords = [surface[k] for k in sorted(scores, key=lambda k: (-scores[k], k))]
    keywords = _dedupe(keywords)[:MAX_KEYWORDS]
    for phrase in yake_phrases:                       # best first
        if len(keywords) >= MAX_KEYWORDS:
            break
        if not _overlaps(phrase, keywords):
            keywords.append(phrase)
    if len(keywords) < MIN_KEYWORDS and text.strip():  # a short posting: accept recurring words
        for phrase in _yake_phrases(text, stop, title, min_count=2):
            if len(keywords) >= MIN_KEYWORDS:
                break
            if not _overlaps(phrase, keywords):
                keywords.append(phrase)
    return keywords


# Words that make a YAKE phrase a sentence fragment rather than a name for something.
_YAKE_JUNK = frozenset("""
utilizing using including ensure ensuring required preferred implementation etc ability able
provide providing strong excellent good great positive thorough timely daily accurate accuracy
effective efficient proactively safely clearly highly ideal successful various will shall can
could would should may might must through whenever needed established assigned relevant entire
following exceptional optimal extensive mature organized wide safe specific some mind manner
involves involve includes
""".split())
# Duty verbs that are also ordinary nouns in a key phrase ("design review", "support desk").
_NOUN_OK = frozenset("design support service plan process report record research review schedule "
                     "test audit budget interface document input update program source stock store "
                     "label log call check file book staff lead drive track run work use help "
                     "dispatch route load fuel training".split())


def _yake_phrases(text: str, stop: set[str], title: str = "", min_count: int = 4) -> list[str]:
    """YAKE's key phrases, best first, minus fragments ("utilizing GCP services", "Cloud")."""
    title_words = {w.lower() for w in re.findall(r"[\w.]+", title)}
    phrases = []
    for phrase, _ in _yake().extract_keywords(text):
        tokens = phrase.strip(" ,;:-").rstrip(".").split()
        proper_name = len(tokens) > 1 and all(t[0].isupper() for t in tokens)
        while tokens and not proper_name and tokens[-1].lower() in GENERIC_WORDS:
            tokens.pop()
        while tokens and not proper_name and tokens[0].lower() in GENERIC_WORDS:
            tokens.pop(0)
        if not tokens:
            continue
        lowered = [t.lower() for t in tokens]
        if any(t in _YAKE_JUNK or t in FUNCTION_WORDS or "’" in t or "'" in t for t in lowered):
            continue
        if is_verb(tokens[0]) or lowered[0].endswith("ing"):
            continue
        if any(verb_lemma(t) not in (None, *_NOUN_OK) or t.endswith("ly") and len(t) > 5
               and t not in ("assembly", "quarterly", "monthly", "weekly", "family") for t in lowered):
            continue                                  # "machinists set", "support assisting"
        if tokens[0].islower() and tokens[0].endswith("ed"):
            continue                                  # "documented execution"
        if title_words and set(lowered) <= title_words | GENERIC_WORDS:
            continue                                  # the job title is not a keyword to match
        candidate = " ".join(tokens)
        technical = bool(skill_terms(candidate)) or any(re.search(r"[A-Z].*[A-Z]|\d", t)
                                                       for t in tokens)
        if len(tokens) == 1 and not technical and (
                text.lower().count(lowered[0]) < min_count or lowered[0].endswith(("ly", "ing", "ed"))):
            continue                                  # a lone common word must recur to count
        if any(is_verb(t) and t[0].isupper() and t.endswith("s") and t not in NOUN_LIKE
               for t in tokens[1:]):
            continue                                  # "Scan Gun Performs": a lost line break
        if is_generic(candidate, stop) or re.fullmatch(r"[\d\W]+", candidate):
            continue
        phrases.append(candidate)
    return _dedupe(phrases)


_SPELLINGS = keyword_variants.spellings()


def _dedupe(terms: list[str]) -> list[str]:
    """The first of each keyword's variants, in order; a later canonical spelling takes the
    place of an earlier other spelling of it ("Microsoft Office" for "Microsoft Office Suite"),
    as `skill_terms` would have written it."""
    kept: list[str] = []
    for term in terms:
        same = next((i for i, k in enumerate(kept) if same_keyword(term.lower(), k.lower())), None)
        if same is None:
            kept.append(term)
        elif _SPELLINGS.get(keyword_variants.key(kept[same])) == term:
            kept[same] = term
    return kept


def _overlaps(phrase: str, chosen: list[str]) -> bool:
    """A YAKE phrase that repeats or extends a chosen keyword adds nothing ("GCP Cloud Build")."""
    words = set(re.findall(r"[a-z0-9#+&]+", phrase.lower()))
    for other in chosen:
        other_words = set(re.findall(r"[a-z0-9#+&]+", other.lower()))
        if same_keyword(phrase.lower(), other.lower()) or words <= other_words or other_words <= words:
            return True
    return False


def same_keyword(a: str, b: str) -> bool:
    """"bank reconciliations" ~ "bank reconciliation", "svelte" ~ "svelte.js" (variants of one
    keyword); "gcp services" ~ "gcp" is not the same."""
    if a == b or a.rstrip("s") == b.rstrip("s"):
        return True
    return fuzz.ratio(a, b) >= 90 or keyword_variants.same(a, b)


# --------------------------------------------------------------------------- finding keywords in a text

def keyword_hits(keywords: list[str], text: str) -> tuple[list[str], list[str]]:
    """Split keywords into found / missing: the keyword or one of its variants as whole words in
    `text` (`keyword_variants.found_in`: "Go" only in capitals, "C" not in "C#")."""
    hay = normalise(text)
    found, missing = [], []
    for kw in keywords:
        (found if keyword_variants.pattern(kw).search(hay) else missing).append(kw)
    return found, missing
