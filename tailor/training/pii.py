"""PII scrubbing for training data (docs/ARCHITECTURE.md "Security rules": training data is scrubbed of PII).

Pure functions, standard library only. One detector, :func:`find_pii`, is the single source of
truth: :func:`scrub` replaces what it finds with placeholders, :func:`scrub_record` does that for
every string in a JSON-like record, and :func:`check_rows` reports whatever a row still contains
(what ``tailor train`` uses to refuse rows).

Placeholders: ``<NAME>``, ``<EMAIL>``, ``<PHONE>``, ``<URL>``, ``<ADDRESS>``. They are never
reported as PII, so ``scrub(scrub(t)) == scrub(t)`` and a scrubbed record passes ``check_rows``.

What is detected
  * email    ``local@domain.tld``
  * url      ``http(s)://...``, ``www....``, bare ``host.tld/path`` (``github.com/user``), and a
             bare host without a path only when one of its labels contains a known name part
             (``mayaokonkwo.example.com`` for "Maya Okonkwo")
  * phone    US ``(415) 555-0117``, ``415-555-0117``, ``555.010.2000``, ``415 555 0117``,
             ``+1 415 555 0117``, ``1-800-555-0199``; international ``+44 20 7946 0958``;
             national with trunk prefix ``020 7946 0958``
  * address  house number + capitalised street name + suffix (Street/St/Ave/...), optional
             ``Unit/Apt/Suite/#``, optional ``, City, ST 12345``; and a ZIP code right after a
             US state (``Austin, TX 78701`` -> ``Austin, TX <ADDRESS>``)
  * name     every ``known_names`` entry: the full name and each part of 3+ letters,
             case-insensitive, whole words (``Maya's`` -> ``<NAME>'s``; honorifics such as "Dr."
             in known names are ignored). Plus a conservative cue heuristic: 2-3 capitalised
             words after a clause-initial ``Name:``, ``Contact:``, ``Reference(s):``,
             ``Referee:``; 1-3 after ``Dr.``/``Mr.``/``Ms.``/``Mrs.``/``Mx.``/``Prof.`` (the cue is
             kept: ``Dr. <NAME>``). In records, a ``references[i].name`` field counts as cued
             ("Priya Natarajan, Owner, ..." -> "<NAME>, Owner, ...").

Deliberately not detected (the tests pin the negatives that must survive): years, date ranges,
ISO dates, percentages, money, sizes, versions; employer, product and technology names and
capitalised words in general; bare domains without a path (``Amazon.com``, ``Socket.io``,
``ASP.NET`` are employers/technologies); 7-digit local numbers (``555-0117`` looks like a range);
names that are neither known nor cued; social handles (``@janedev``, ``lvasquez``); obfuscated
emails (``jane at example dot com``); non-US postcodes, PO boxes, lower-case street names.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

__all__ = ["PLACEHOLDERS", "PiiHit", "check_rows", "find_pii", "scrub", "scrub_record"]

Kind = Literal["name", "email", "phone", "url", "address"]

PLACEHOLDERS: dict[str, str] = {
    "name": "<NAME>",
    "email": "<EMAIL>",
    "phone": "<PHONE>",
    "url": "<URL>",
    "address": "<ADDRESS>",
}
# When two candidate hits overlap, the longer wins; on equal length, the lower rank wins.
_RANK = {"email": 0, "url": 1, "phone": 2, "address": 3, "name": 4}


@dataclass(frozen=True)
class PiiHit:
    """One piece of PII found in a text: ``text == source[start:end]``."""

    kind: Kind
    text: str
    start: int
    end: int


# --- patterns ------------------------------------------------------------------------------------

_PLACEHOLDER_RE = re.compile(r"<(?:NAME|EMAIL|PHONE|URL|ADDRESS)>")

_EMAIL_RE = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}\b"
)

# Common TLDs for bare (scheme-less) hosts; matched lower-case only so "ASP.NET/C#" is no host.
_TLDS = (
    "com|org|net|edu|gov|mil|int|io|dev|app|ai|co|me|info|biz|xyz|tech|site|page|blog|cloud|"
    "ly|gl|gg|sh|so|to|tv|cc|fm|us|uk|ca|au|de|fr|nl|es|it|se|no|dk|fi|ch|at|be|ie|in|jp|br|"
    "mx|nz|za"
)
_URL_CHARS = r"[^\s<>\"'`]"
_SCHEME_URL_RE = re.compile(rf"(?i)\b(?:https?://|www\.){_URL_CHARS}+")
_HOST = rf"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:{_TLDS})"
_BARE_PATH_URL_RE = re.compile(rf"(?<![\w@./:-]){_HOST}/{_URL_CHARS}*")
_BARE_HOST_RE = re.compile(rf"(?<![\w@./:-]){_HOST}(?![\w/-])")
# Technologies that look like host/path ("Socket.io/Redis") are not URLs.
_TECH_HOSTS = frozenset({"socket.io", "asp.net", "vb.net", "ado.net", "fast.ai", "ml5.js"})
_TRAILING_PUNCT = ".,;:!?'\")]}"

_PHONE_RES = (
    # US / NANP: optional +1 / 1 country code, area code in parens or followed by a separator.
    re.compile(
        r"(?<![\w.+/$-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}"
        r"(?![\w%]|[.,/-]\d)"
    ),
    # International: +CC followed by 2-5 digit groups (digit count checked below).
    re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .-]?(?:\(\d{1,4}\)|\d{1,4})){2,5}(?![\w%]|[.,/-]\d)"),
    # National with trunk prefix 0 (UK/EU style): 020 7946 0958, 07700 900123.
    re.compile(r"(?<![\w.+/$-])0\d{2,4}[ -]\d{3,4}(?:[ -]?\d{3,4})(?![\w%]|[.,/-]\d)"),
)
_PHONE_DIGITS = (10, 15)

_US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah",
    "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
}
_STATE = "(?:" + "|".join(sorted([*_US_STATES, *_US_STATES.values()], key=len, reverse=True)) + ")"
_ZIP = r"\d{5}(?:-\d{4})?"
_CAP_WORD = r"[A-Z][A-Za-z'’.-]*"
_STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|"
    r"Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl)"
)
_ADDRESS_RE = re.compile(
    r"(?<![\w.,$/-])\d{1,6}[A-Z]?"  # house number
    rf"(?:\s+(?!Google\s+Drive\b){_CAP_WORD}){{1,4}}?"  # street name, 1-4 capitalised words
    rf"\s+{_STREET_SUFFIX}\b\.?"
    r"(?:,?\s+(?:Unit|Apt\.?|Apartment|Suite|Ste\.?|Floor|Fl\.?|#)\s*#?[A-Za-z0-9-]+)?"
    rf"(?:,\s+{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}},?\s+{_STATE}\b(?:\s+{_ZIP})?)?"
)
# A ZIP code right after "City, ST" / "City State" (the city and state themselves are kept).
_STATE_ZIP_RE = re.compile(rf"\b[A-Z][a-z]+,?\s+{_STATE},?\s+({_ZIP})\b")

# Honorifics: ignored inside known names, and used as cues by the name heuristic.
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "sir", "jr", "sr", "phd", "md"})
_TITLE_CUE_RE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.\s+")
_LABEL_CUE_RE = re.compile(r"(?i)\b(?:name|contact|referee|references?)\s*:\s*")
# Capitalised tokens that end a cued name ("Name: Jane Doe Email: ...") or mean it is no name.
_CUE_STOPWORDS = frozenset({
    "email", "e-mail", "phone", "tel", "mobile", "cell", "address", "url", "website", "linkedin",
    "github", "available", "upon", "request", "hiring", "manager", "team", "department", "office",
    "human", "resources", "recruiter", "recruiting", "support", "sales", "the", "see", "none",
    "n/a", "at", "of", "and",
})
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")


# --- detectors -----------------------------------------------------------------------------------

def _known_parts(known_names: Iterable[str]) -> tuple[str, ...]:
    """Normalised full names and their 3+ letter parts, honorifics removed, longest first."""
    out: set[str] = set()
    for raw in known_names:
        words = [w for w in str(raw or "").replace(",", " ").split()
                 if w.rstrip(".").lower() not in _HONORIFICS]
        if not words:
            continue
        out.add(" ".join(words))
        for word in words:
            for part in {word, *re.split(r"[-'’]", word)}:
                part = part.strip(".")
                if sum(ch.isalpha() for ch in part) >= 3:
                    out.add(part)
    return tuple(sorted(out, key=lambda s: (-len(s), s)))


@lru_cache(maxsize=64)
def _known_name_re(parts: tuple[str, ...]) -> re.Pattern[str] | None:
    if not parts:
        return None
    alts = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


def _strip_url(start: int, url: str) -> tuple[int, int, str] | None:
    """Drop sentence punctuation after a URL; a ")" stays only if it closes a "(" in the URL."""
    while url and url[-1] in _TRAILING_PUNCT:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return (start, start + len(url), url) if url else None


def _urls(text: str, parts: tuple[str, ...]) -> Iterable[tuple[int, int]]:
    for m in _SCHEME_URL_RE.finditer(text):
        if (s := _strip_url(m.start(), m.group())) and "." in s[2]:
            yield s[0], s[1]
    for m in _BARE_PATH_URL_RE.finditer(text):
        host = m.group().split("/", 1)[0]
        if host.lower() not in _TECH_HOSTS and (s := _strip_url(m.start(), m.group())):
            yield s[0], s[1]
    lowered = [p.lower() for p in parts if " " not in p]
    if lowered:
        for m in _BARE_HOST_RE.finditer(text):
            labels = m.group().lower().split(".")[:-1]
            if any(p in label for label in labels for p in lowered):
                yield m.start(), m.end()


def _phones(text: str) -> Iterable[tuple[int, int]]:
    for rx in _PHONE_RES:
        for m in rx.finditer(text):
            digits = sum(ch.isdigit() for ch in m.group())
            if _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1]:
                yield m.start(), m.end()


def _addresses(text: str) -> Iterable[tuple[int, int]]:
    for m in _ADDRESS_RE.finditer(text):
        yield m.start(), m.end()
    for m in _STATE_ZIP_RE.finditer(text):
        yield m.start(1), m.end(1)


def _is_name_token(tok: str) -> bool:
    word = tok.rstrip(".")
    if not word or word.lower() in _CUE_STOPWORDS | _HONORIFICS or not word[0].isupper():
        return False
    # "J." initials, or a capitalised word with some lower case ("McAllister", not "AWS").
    return (len(word) == 1 and tok.endswith(".")) or any(ch.islower() for ch in word[1:])


def _cued_name(text: str, pos: int, min_words: int) -> tuple[int, int] | None:
    """Span of 1-3 capitalised tokens at ``pos`` separated by single spaces, or None if too few."""
    end, count = pos, 0
    while count < 3:
        at = pos if count == 0 else end + 1
        if count and text[end:at] != " ":
            break
        m = _TOKEN_RE.match(text, at)
        if not m or not _is_name_token(m.group()):
            break
        tok, end, count = m.group(), m.end(), count + 1
        if tok.endswith(".") and len(tok) > 2:  # sentence full stop, not an initial
            end -= 1
        if re.search(r"['’]s\.?$", tok):  # possessive ends the name and stays outside it
            end = m.start() + len(re.sub(r"['’]s\.?$", "", tok))
            break
    return (pos, end) if count >= min_words else None


def _cue_names(text: str) -> Iterable[tuple[int, int]]:
    for m in _TITLE_CUE_RE.finditer(text):
        # "417 Maple Dr. Seattle": "Dr." right after a capitalised word is a street suffix.
        before = text[max(0, m.start() - 40):m.start()]
        if m.group().startswith("Dr") and re.search(r"[A-Z][\w'’-]*\s*$", before):
            continue
        if span := _cued_name(text, m.end(), 1):
            yield span
    for m in _LABEL_CUE_RE.finditer(text):
        # Only a label that starts a line/clause: "Project name: Data Pipeline" is no contact.
        if re.search(r"\w\s*$", text[max(0, m.start() - 40):m.start()]):
            continue
        if span := _cued_name(text, m.end(), 2):
            yield span


def _known_names(text: str, parts: tuple[str, ...]) -> Iterable[tuple[int, int]]:
    if (rx := _known_name_re(parts)) is not None:
        for m in rx.finditer(text):
            yield m.start(), m.end()


# --- public API ----------------------------------------------------------------------------------

def find_pii(text: str, known_names: Iterable[str] = ()) -> list[PiiHit]:
    """All PII in ``text`` as non-overlapping hits sorted by position.

    Overlapping candidates are resolved longest-first (an email beats the name inside it); text
    inside an existing placeholder is never a hit.
    """
    parts = _known_parts(known_names)
    candidates: list[tuple[Kind, int, int]] = []
    candidates += [("email", s, e) for m in _EMAIL_RE.finditer(text) for s, e in [m.span()]]
    candidates += [("url", s, e) for s, e in _urls(text, parts)]
    candidates += [("phone", s, e) for s, e in _phones(text)]
    candidates += [("address", s, e) for s, e in _addresses(text)]
    candidates += [("name", s, e) for s, e in _known_names(text, parts)]
    candidates += [("name", s, e) for s, e in _cue_names(text)]

    taken = [m.span() for m in _PLACEHOLDER_RE.finditer(text)]
    hits: list[PiiHit] = []
    for kind, s, e in sorted(candidates, key=lambda c: (c[1] - c[2], _RANK[c[0]], c[1])):
        if s < e and all(e <= ts or s >= te for ts, te in taken):
            taken.append((s, e))
            hits.append(PiiHit(kind, text[s:e], s, e))
    return sorted(hits, key=lambda h: h.start)


# A reference's "name" field ("Priya Natarajan, Owner, Salt & Cedar") has no cue of its own; it is
# read as if it followed "Reference: " so the cue heuristic applies (scrub_record and check_rows).
_REFERENCE_CUE = "Reference: "


def _is_reference_name(path: tuple[str, ...]) -> bool:
    return len(path) >= 2 and path[-1] == "name" and "references" in path[:-1]


def _field_hits(path: tuple[str, ...], text: str, names: tuple[str, ...]) -> list[PiiHit]:
    """:func:`find_pii` for a string found at ``path`` inside a record (dict keys, list indexes)."""
    if not _is_reference_name(path):
        return find_pii(text, names)
    n = len(_REFERENCE_CUE)
    return [PiiHit(h.kind, h.text, h.start - n, h.end - n)
            for h in find_pii(_REFERENCE_CUE + text, names) if h.start >= n]


def _replace(text: str, hits: Iterable[PiiHit]) -> str:
    out, last = [], 0
    for hit in hits:
        out += [text[last:hit.start], PLACEHOLDERS[hit.kind]]
        last = hit.end
    out.append(text[last:])
    return "".join(out)


def scrub(text: str, known_names: Iterable[str] = ()) -> str:
    """``text`` with every :func:`find_pii` hit replaced by its placeholder (idempotent)."""
    return _replace(text, find_pii(text, known_names))


def scrub_record(record: Any, known_names: Iterable[str] = ()) -> Any:
    """A deep copy of a JSON-like value (dicts, lists, strings) with every string value scrubbed.

    Dict keys are kept; other scalars are copied unchanged. A ``references[i].name`` field is read
    with the "Reference:" cue, so the referee's name is scrubbed too.
    """
    names = tuple(known_names)

    def walk(value: Any, path: tuple[str, ...]) -> Any:
        if isinstance(value, str):
            return _replace(value, _field_hits(path, value, names))
        if isinstance(value, dict):
            return {k: walk(v, (*path, str(k))) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(walk(v, path) for v in value)
        return copy.deepcopy(value)

    return walk(record, ())


def _strings(
    value: Any, path: tuple[str, ...], label: str
) -> Iterable[tuple[tuple[str, ...], str, str]]:
    """(key path, human-readable field label, string) for every string in a JSON-like value."""
    if isinstance(value, str):
        yield path, label, value
    elif isinstance(value, dict):
        for key, v in value.items():
            yield from _strings(v, (*path, str(key)), f"{label}.{key}" if label else str(key))
    elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            yield from _strings(v, path, f"{label}[{i}]")


def check_rows(rows: Iterable[dict], known_names: Iterable[str] = ()) -> list[str]:
    """Problems for rows that still contain PII, e.g. ``"row 12, field chosen: email 'a@b.com'"``.

    Rows are numbered from 1 (the line number in a JSONL file); nested fields are reported as
    ``messages[0].content``. Placeholders are not PII. An empty list means every row is clean.
    """
    names = tuple(known_names)
    problems: list[str] = []
    for n, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            problems.append(f"row {n}: not an object")
            continue
        for path, label, value in _strings(row, (), ""):
            for hit in _field_hits(path, value, names):
                problems.append(f"row {n}, field {label}: {hit.kind} {hit.text!r}")
    return problems
