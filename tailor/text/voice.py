"""Resume voice: the person's own summary sentences without "I", headline first.

A resume summary is written without a subject ("Full-stack software engineer with 9 years ...",
"Ran production services on AWS"), but people write their `basics.summary` as prose ("I have
run production services ..."). The writer ships the summary from these sentences with no model
(extractive) and falls back to them when a model's summary fails the critic, so they must be in
resume voice themselves: otherwise the fallback would ship exactly the first person the critic
rejects.

Only trimming is allowed, never inventing: the subject pronoun and its auxiliary go ("I am a",
"I have"), "my" becomes "the" (or goes at the start of a sentence), and "have + participle"
becomes the simple past of the same verb ("I have run" -> "Ran"), which is an inflection, not a
new word. A sentence that still says I/me/my/we/our after that is dropped, not shipped: so are
"we"/"our" sentences (dropping "we" would turn team work into the person's own, which the claim
check counts as a raised claim) and wishes ("I'm looking for", "Eager to join"), which say what
the person wants, not what they are or did.

Headline first (`summary_sentences`): a sentence whose opening noun phrase names the person's
role ("Staff engineer with 14 years ...") opens the summary; none is made up when there is none.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from lemminflect import getAllInflections, getAllLemmas

from tailor.text.terms import first_person_words

# "I", lower-case "i", and their contractions ("I'm", "i’ve").
_I_TOKEN = re.compile(r"^[\"'“(]?[Ii](?:['’](?P<cx>m|ve|d|ll))?$")
# Words between "I" and its verb that are kept ("I still spend" -> "Still spend"), except
# "also", which reads as a leftover at the start of a summary ("Also ran ...").
_ADVERBS = frozenset("""also now currently still recently presently often regularly usually
successfully previously""".split())
# What after "I" (or "I am") says what the person wants or could do, not what they are or did.
_WISHES = frozenset("""want hope seek wish intend would could can will shall should may might
must looking seeking hoping aiming eager excited keen interested ready open thrilled""".split())
# Sentences in resume voice that are still a wish: an objective, not a summary.
_OBJECTIVE = re.compile(r"^\s*(?:eager|excited|keen|looking|seeking|hoping|hope|ready|open|"
                        r"thrilled|interested)\b", re.I)
# Where an implied "I" may resume a clause: "..., and I now combine" -> "..., and now combine".
_CLAUSE_JOINERS = frozenset(["and", "but"])
_TRAILING = re.compile(r"[,;:.!?)\"'”’]+$")

# Role nouns that make an opening noun phrase a headline ("Registered nurse with ..."), besides
# the words of the person's own `basics.label`.
ROLE_NOUNS = frozenset("""engineer developer programmer architect analyst scientist designer
manager director lead leader head officer executive consultant specialist administrator
coordinator assistant associate accountant bookkeeper clerk technician mechanic machinist
electrician plumber welder nurse physician doctor therapist clinician counselor counsellor
teacher educator instructor tutor professor writer editor journalist marketer strategist
researcher professional practitioner generalist graduate student intern apprentice driver
dispatcher operator supervisor foreman owner founder cofounder entrepreneur chef cook bartender
server barista representative agent recruiter planner producer artist attorney lawyer paralegal
pharmacist veteran volunteer partner president cto ceo cfo coo vp principal expert
""".split())
# Words that end the opening noun phrase of a sentence.
_PHRASE_END = frozenset("""with of for who that which whose in at from and or but by on to as
specializing specialising focused focusing""".split())
_DETERMINERS = frozenset("""a an the this that these those my our his her their its your he she
they it i we""".split())


def to_resume_voice(sentence: str) -> str | None:
    """The sentence in resume voice, trimmed only; None when it cannot be (see module doc).

    A sentence with no first person stays as written (only its first letter is capitalised).
    """
    words = sentence.split()
    if not words or _OBJECTIVE.match(sentence):
        return None
    out: list[str] = []
    k = 0
    while k < len(words):
        m = _I_TOKEN.match(words[k])
        if m and _after_clause_break(out):
            converted = _drop_subject(words, k, m.group("cx") or "", at_start=not out)
            if converted is None:
                return None
            taken, replacement = converted
            out += replacement
            k += taken
            continue
        out.append(words[k])
        k += 1
    out = _without_my(out)
    if not out:
        return None
    text = " ".join(out)
    text = text[0].upper() + text[1:]
    if first_person_words(text) or _OBJECTIVE.match(text):
        return None
    return text


def is_headline(sentence: str, label: str = "") -> bool:
    """Does the sentence open with a noun phrase naming the person's role?

    "Full-stack software engineer with 9 years ..." and "Staff engineer with 14 years ..." do;
    "Ran production services ..." (a verb), "Mentored engineers" (a plural object), "Lead
    cross-team technical direction" (a verb and its object) and "Richard hails from Tulsa" (a
    subject and its verb) do not. The opening phrase runs to the first preposition, conjunction
    or punctuation; it must end in a role noun (`ROLE_NOUNS` or the last word of the person's
    `basics.label`, "Senior Software Engineer" -> "engineer"), or have one followed by an -ing
    word ("Engineer building ..."), and hold no article, number or pronoun before it ("Hired a
    data analyst" is a verb and its object). Its first word may not be only a verb.
    """
    phrase: list[str] = []
    for raw in sentence.split():
        word = raw.lower().strip("\"'“”(")
        core = _TRAILING.sub("", word)
        if not core or core in _PHRASE_END:
            break
        phrase.append(core)
        if core != word or len(phrase) > 8:  # punctuation after the word ends the phrase
            break
    if not phrase or _only_a_verb(phrase[0]):
        return False
    heads = ROLE_NOUNS | _label_heads(label)
    for i, word in enumerate(phrase[:6]):
        if word in _DETERMINERS or any(ch.isdigit() for ch in word):
            return False
        if word.split("-")[-1] in heads:
            rest = phrase[i + 1:]
            if not rest or rest[0].endswith("ing"):
                return True
    return False


def summary_sentences(sentences: Sequence[str], label: str = "",
                      limit: int = 2) -> list[tuple[int, str]]:
    """The summary: up to `limit` of the sentences in resume voice, headline first.

    `sentences` come in order of relevance (the planner's ranking); returns (index into
    `sentences`, resume-voice text) pairs in the order they are to be read. Sentences that cannot
    be put in resume voice are skipped, so the next one takes their place. A headline among the
    candidates opens the summary even when it ranked below `limit`: a summary that starts with
    what the person does ("I mentor engineers ...") before who they are reads backwards. With no
    headline, relevance order stands. Empty when no sentence survives: no summary at all is
    better than one in the first person.
    """
    voiced = [(k, text) for k, s in enumerate(sentences) if (text := to_resume_voice(s))]
    if not voiced or limit <= 0:
        return []
    labels = _label_words(label)
    heads = [v for v in voiced if is_headline(v[1], label)]
    if not heads:
        return voiced[:limit]
    head = max(heads, key=lambda v: (_overlap(v[1], labels), -v[0]))
    return [head] + [v for v in voiced if v != head][:limit - 1]


# --------------------------------------------------------------------------- internals

def _after_clause_break(out: list[str]) -> bool:
    """Is "I" where a subject starts: the sentence start, after "," / ";" or "and"/"but"?

    Elsewhere ("a team where I can ...") it stays, and the sentence is dropped."""
    if not out:
        return True
    last = out[-1]
    return last.endswith((",", ";")) or last.lower() in _CLAUSE_JOINERS


def _drop_subject(words: list[str], k: int, contraction: str,
                  at_start: bool) -> tuple[int, list[str]] | None:
    """(words consumed from `k`, words to put instead) for "I ..." at `k`, or None.

    At the start of the sentence "I am a X" -> "X" and "I have 10 years" -> "10 years" too;
    after a clause break only a verb may follow ("..., and I now combine" -> "and now combine").
    """
    j = k + 1
    aux = {"m": "am", "ve": "have", "d": "would", "ll": "will"}.get(contraction, "")
    if not aux and j < len(words) and _core(words[j]).lower() in ("am", "have", "was"):
        aux = _core(words[j]).lower()
        j += 1
    if aux in ("would", "will"):
        return None
    adverbs: list[str] = []
    while j < len(words) and _core(words[j]).lower() in _ADVERBS and words[j] == _core(words[j]):
        adverbs.append(words[j])
        j += 1
    if at_start:
        adverbs = [a for a in adverbs if a.lower() != "also"]
    if j >= len(words):
        return None
    nxt, core = words[j], _core(words[j]).lower()
    if core in _WISHES:
        return None
    if aux == "am":  # "I am a nurse", "I'm passionate about", "I am building"
        if not at_start:
            return None
        if core in ("a", "an"):
            return j + 1 - k, []
        return j - k, []
    if aux == "was":  # "I was promoted twice" -> "Promoted twice"
        return (j + 1 - k, adverbs + [nxt]) if _is_participle(core) else None
    if aux == "have":
        if core == "been":  # "I have been a nurse", "... been working", "... been promoted"
            after = _core(words[j + 1]).lower() if j + 1 < len(words) else ""
            if after in ("a", "an") and at_start:
                return j + 2 - k, []
            if after.endswith("ing") or _is_participle(after):
                return j + 1 - k, adverbs
            return None
        if _is_participle(core):  # "I have run" -> "Ran"
            return j + 1 - k, adverbs + [_past(nxt)]
        if at_start and core not in ("to", "got"):  # "I have 10 years of", "I have a passion"
            return (j + 1 - k, adverbs) if core in ("a", "an") else (j - k, adverbs)
        return None
    if _is_verb(core):  # "I led", "I lead", "I mentor"
        return j - k, adverbs
    return None


def _without_my(words: list[str]) -> list[str]:
    """"my" -> "the" inside a sentence ("most of my week", "turn my instinct"), and gone at its
    start ("My work spans ..." -> "Work spans ..."): a singular noun needs a determiner, and
    "the" fits after a preposition or a verb alike; a noun phrase opening the sentence does not
    need one. "mine", "my own" and a "my" set off by punctuation are left, so the sentence is
    dropped."""
    out: list[str] = []
    for k, word in enumerate(words):
        following = _core(words[k + 1]).lower() if k + 1 < len(words) else ""
        if _core(word).lower() != "my" or word != _core(word) or following in ("", "own"):
            out.append(word)
        elif out:
            out.append("the")
    return out


def _core(word: str) -> str:
    return _TRAILING.sub("", word.lstrip("\"'“("))


@lru_cache(maxsize=4096)
def _verb_forms(word: str) -> dict[str, tuple[str, ...]]:
    """Inflections of the verb `word` is a form of ({} when it is not a verb)."""
    lemmas = getAllLemmas(word.lower()).get("VERB") or getAllLemmas(word.lower()).get("AUX")
    if not lemmas:
        return {}
    return getAllInflections(lemmas[0], upos="VERB")


def _is_verb(word: str) -> bool:
    """A finite verb form that can follow "I": "led", "lead", "mentor"."""
    forms = _verb_forms(word)
    return any(word.lower() in forms.get(tag, ()) for tag in ("VBD", "VBP", "VB"))


def _is_participle(word: str) -> bool:
    forms = _verb_forms(word)
    return any(word.lower() in forms.get(tag, ()) for tag in ("VBN", "VBD")) \
        and not word.lower().endswith("ing")


def _past(word: str) -> str:
    """The simple past of a participle, with its trailing punctuation: "run," -> "ran,"."""
    core = _core(word)
    forms = _verb_forms(core)
    past = (forms.get("VBD") or (core,))[0]
    return word.replace(core, past, 1)


def _only_a_verb(word: str) -> bool:
    """"ran", "led", "spearheaded": a verb form and nothing else (not "managed", an adjective
    too, nor "lead", a noun too)."""
    lemmas = getAllLemmas(word)
    return bool(lemmas.get("VERB")) and not (lemmas.get("NOUN") or lemmas.get("ADJ")) \
        and any(word in _verb_forms(word).get(tag, ()) for tag in ("VBD", "VBN", "VBP", "VB"))


def _label_heads(label: str) -> frozenset[str]:
    """The role nouns of a label: the last word of each part ("Junior Data Analyst (former
    Restaurant Manager)" -> analyst, manager), but no plural ("Distributed Systems")."""
    parts = re.split(r"[,(|/&;]|\s[-–—]\s|\band\b", label.lower())
    heads = (words[-1] for p in parts if (words := re.findall(r"[a-z]+", p)))
    return frozenset(h for h in heads if not re.search(r"[^su]s$", h))  # not "Systems"


def _label_words(label: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"[^a-z0-9]+", label.lower()) if len(w) > 2)


def _overlap(text: str, label_words: frozenset[str]) -> int:
    return len(set(re.split(r"[^a-z0-9]+", text.lower())) & label_words)
