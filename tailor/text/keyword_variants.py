"""Variants of a keyword: the other names a posting or a resume uses for the same skill.

A posting asks for "Svelte.js", "GCP" and "Google Cloud Run"; the resume says "Svelte", "Google
Cloud" and "Cloud Run". Matched letter for letter, the report called all three missing and told
the person to add what was already on the page. This module owns which names are one keyword,
and the places that compare a keyword with a text ask it: the ATS keyword rate and fit's keyword
share (`keywords.keyword_hits`), the keyword dedupe of a posting (`keywords.same_keyword`), fit's
keyword evidence per requirement and the planner's order of skills.

Where the variants come from:

* `data/tag_synonyms.tsv`: Stack Overflow's approved tag synonyms (CC BY-SA 4.0, see
  `data/SOURCE.md`), filtered by `data/make_tag_synonyms.py` to pairs that name one thing
  ("k8s" / "kubernetes", "postgres" / "postgresql", "gcp" / "google-cloud-platform");
* `data/variants.txt`: a hand-written table for what no source has (degrees, CI/CD, Svelte.js,
  Node, ML) and Tailor's canonical spellings (`spellings`, used by `skill_terms`);
* one rule: a vendor's product is named with or without the vendor ("Google Cloud Run" /
  "Cloud Run", "Amazon S3" / "AWS S3" / "S3", "Apache Kafka" / "Kafka"), when what is left is
  not an ordinary word ("Amazon Web Services" is not "web services").

How a name is found in a text (`found_in`): whole words of `normalise`d text, a trailing plural
allowed ("APIs"), case ignored, but
* a name of one or two letters or digits (Go, R, C, ML, BS, JS) counts only in capitals
  ("Go", "GO"; never "go" the verb), and never inside a longer name ("C" is not in "C#", "C++",
  "Objective-C" or "C-level"; "JS" is not in "Node.js");
* a variant that is an ordinary English word ("Excel", "Node", "React"), or what is left of a
  vendor's product ("Cloud Run"), counts only capitalised, as a name ("excel at" is not Excel);
  a short variant written with two capitals or more ("MEd", "MPH") only as written or in
  capitals ("med-surg" and "60 mph" name no master's degree);
* look-alikes stay apart: "Java" is not in "JavaScript", "SQL" is not in "NoSQL", and a name
  listed under [not followed by] does not count before those words ("React Native").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllLemmas

from tailor.text.normalise import normalise

DATA = Path(__file__).resolve().parent / "data"
VENDORS = frozenset("google amazon aws microsoft ms apache adobe ibm".split())
VENDOR_ALIASES = {"amazon": "aws", "aws": "amazon", "microsoft": "ms", "ms": "microsoft"}


def key(term: str) -> str:
    """The form names are compared in: case-folded, straight quotes, hyphens and spaces alike."""
    return re.sub(r"[\s_-]+", " ", normalise(term).casefold()).strip()


@dataclass(frozen=True)
class _Table:
    root: dict[str, str]              # key -> its class (union-find, flattened)
    members: dict[str, frozenset[str]]  # class -> keys
    names: dict[str, str]             # class -> canonical name (first of its first hand row)
    spelled: dict[str, str]           # key -> how the hand table spells it ("B.S.", "Go")
    spellings: dict[str, str]         # other spelling -> canonical name ([spellings] rows)
    not_followed_by: dict[str, tuple[str, ...]]


def _hand_rows() -> tuple[list[tuple[str, list[str]]], dict[str, tuple[str, ...]]]:
    rows: list[tuple[str, list[str]]] = []
    excluded: dict[str, tuple[str, ...]] = {}
    section = ""
    for line in (DATA / "variants.txt").read_text("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        names = [n.strip() for n in line.split("|") if n.strip()]
        if section == "not followed by":
            excluded[key(names[0])] = tuple(key(n) for n in names[1:])
        else:
            rows.append((section, names))
    return rows, excluded


def _tag_pairs() -> list[tuple[str, str]]:
    pairs = []
    for line in (DATA / "tag_synonyms.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            source, target = line.split("\t")
            pairs.append((key(source), key(target)))
    return pairs


@lru_cache(maxsize=1)
def _table() -> _Table:
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    rows, excluded = _hand_rows()
    for source, target in _tag_pairs():
        union(source, target)
    spelled: dict[str, str] = {}
    spellings: dict[str, str] = {}
    for section, names in rows:
        for name in names:
            spelled.setdefault(key(name), name)
            union(key(name), key(names[0]))
            if section == "spellings" and name != names[0]:
                spellings[key(name)] = names[0]
    root = {k: find(k) for k in parent}
    members: dict[str, set[str]] = {}
    for k, r in root.items():
        members.setdefault(r, set()).add(k)
    names_of: dict[str, str] = {}
    for _, names in rows:
        names_of.setdefault(root[key(names[0])], names[0])
    return _Table(root, {r: frozenset(m) for r, m in members.items()}, names_of, spelled,
                  spellings, excluded)


def _lookup(k: str) -> str | None:
    """The class of key `k`, also as a plural ("apis", "bachelor's degrees")."""
    root = _table().root
    plural = k.endswith("s") and not k.endswith("ss")
    for candidate in (k, k[:-1] if plural else "", k[:-2] if k.endswith("es") else ""):
        if len(candidate) > 2 and candidate in root:
            return root[candidate]
    return root.get(k)


def canonical(term: str) -> str:
    """How Tailor writes the skill: the first name of its hand-table row ("svelte" ->
    "Svelte.js", "bachelors degree" -> "Bachelor's degree"); other terms as they are."""
    cls = _lookup(key(term))
    return _table().names.get(cls, term) if cls else term


def spellings() -> dict[str, str]:
    """{other spelling (a `key`): canonical name} of the table's [spellings] rows."""
    return dict(_table().spellings)


def variants(term: str) -> set[str]:
    """Every name (as a `key`) that counts as `term`, `term` included."""
    return {f.key for f in _forms(term)}


def same(a: str, b: str) -> bool:
    """Are `a` and `b` one keyword ("Svelte.js" / "svelte", "Google Cloud Run" / "Cloud Run")?"""
    (ka, ca, va), (kb, cb, vb) = _identity(a), _identity(b)
    return ka == kb or ca is not None and ca == cb or kb in va or ka in vb


@lru_cache(maxsize=8192)
def _identity(term: str) -> tuple[str, str | None, frozenset[str]]:
    """(key, class, the keys of its vendor-less forms) of a term: ingest compares each of a
    posting's few dozen terms with every other (de-duplication, YAKE overlaps, keyword sources),
    thousands of times, so each is worked out once."""
    k = key(term)
    return k, _lookup(k), frozenset(f for f, _ in _vendor_forms(k))


def found_in(text: str, term: str, variants_only: bool = False) -> bool:
    """Does `text` name `term` or one of its variants (rules in the module docstring)? With
    `variants_only`, one of its other names (for a caller that matches `term` itself its own way)."""
    return bool(pattern(term, variants_only).search(normalise(text)))


def has_variants(term: str) -> bool:
    return len(_forms(term)) > 1


# --------------------------------------------------------------------------- forms and patterns

@dataclass(frozen=True)
class _Form:
    key: str
    spelling: str     # as written: decides the capitals of a short name
    mode: str         # "any" case, "name" (each word capitalised), "exact" (short: capitals)


def _alnum(text: str) -> int:
    return sum(c.isalnum() for c in text)


@lru_cache(maxsize=65536)
def ordinary_word(word: str) -> bool:
    """An English word lemminflect knows ("excel", "node", "run"), not a name ("kafka")."""
    word = word.strip(".'")
    return bool(getAllLemmas(word) or (word.endswith("s") and getAllLemmas(word[:-1])))


def _vendor_forms(k: str) -> list[tuple[str, str]]:
    """("google cloud run") -> [("cloud run", "name")]; ("amazon s3") -> aws s3, s3."""
    words = k.split()
    if len(words) < 2 or words[0] not in VENDORS:
        return []
    rest = words[1:]
    out: list[tuple[str, str]] = []
    if words[0] in VENDOR_ALIASES:
        out.append((" ".join([VENDOR_ALIASES[words[0]], *rest]), "any"))
    if words[0] == "google" and rest[0] == "cloud" and len(rest) > 1:
        out.append((" ".join(rest), "name"))             # Google Cloud names its products "Cloud X"
    elif any(any(c.isdigit() for c in w) or not ordinary_word(w) for w in rest):
        out.append((" ".join(rest), "name"))
    return out


@lru_cache(maxsize=8192)
def _forms(term: str) -> tuple[_Form, ...]:
    table = _table()
    own = key(term)
    if not own:
        return ()
    forms = {own: _Form(own, term.strip(), "any")}
    cls = _lookup(own)
    for k in sorted(table.members.get(cls, ())) if cls else ():
        if k not in forms:
            single_word = " " not in k and k.isalpha()
            spelling = table.spelled.get(k, k)
            mode = "exact" if _capitals(spelling) else "name" if single_word and ordinary_word(k) else "any"
            forms[k] = _Form(k, spelling, mode)
    for k, mode in _vendor_forms(own):
        forms.setdefault(k, _Form(k, k, mode))
    return tuple(_Form(f.key, f.spelling, "exact") if _alnum(f.key) <= 2 else f for f in forms.values())


def _capitals(spelling: str) -> bool:
    """A short other name written with two capitals or more ("MEd", "MPH", "MSc", "Ph.D."): an
    abbreviation, which counts only as written or in capitals; in lower case it is another word
    ("med-surg", "60 mph")."""
    return " " not in spelling and _alnum(spelling) <= 5 and sum(c.isupper() for c in spelling) >= 2


def _words_pattern(words: list[str], name: bool) -> str:
    parts = []
    for word in words:
        body = re.escape(word).replace("'", "'?")
        if name and word[:1].isalpha():
            parts.append(f"[{word[0].upper()}](?i:{body[1:]})" if body[1:] else f"[{word[0].upper()}]")
        else:
            parts.append(f"(?i:{body})")
    return r"[\s-]+".join(parts)


def _form_pattern(form: _Form, excluded: tuple[str, ...]) -> str:
    left, right = r"(?<![\w#+])(?<!\w\.)", r"(?![\w#+])(?!\.\w)"
    if form.mode == "exact":
        written = {form.spelling, form.spelling.upper(), form.spelling[:1].upper() + form.spelling[1:]}
        body = "|".join(re.escape(s) for s in sorted(written, key=len, reverse=True)
                        if s != s.lower() or not any(c.isalpha() for c in s))
        if not body:
            return ""
        left, right, plural = left + r"(?<!\w-)", right + r"(?!-\w)", ""
        body = f"(?:{body})"
    else:
        body = _words_pattern(form.key.split(), form.mode == "name")
        plural = r"(?:s|es|'s)?" if form.key[-1].isalnum() else ""
    if excluded:
        right += r"(?![\s-]+(?i:" + "|".join(re.escape(w) for w in excluded) + r")\b)"
    return left + body + plural + right


@lru_cache(maxsize=8192)
def pattern(term: str, variants_only: bool = False) -> re.Pattern:
    """One compiled pattern for `term` and its variants (or only its other names), to search
    `normalise`d text with."""
    excluded = _table().not_followed_by
    forms = sorted(_forms(term)[variants_only:], key=lambda f: -len(f.key))  # [0] is `term` itself
    parts = [p for f in forms if (p := _form_pattern(f, excluded.get(f.key, ())))]
    return re.compile("|".join(parts) if parts else r"(?!x)x")
