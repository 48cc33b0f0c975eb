"""Truth by construction at decoding time: numbers and names may only come from the evidence.

The small generator invents plausible specifics ("AWS Lambda", "40%") that the person never
wrote. This logits processor forbids, per chat, any token that would start or extend a
*guarded word* (a run of letters/digits containing a numeral or an uppercase letter) unless that
word is a term of the chat's evidence. The critic still checks every output; the constraint only
makes the commonest failure impossible instead of merely detected.

How it stays cheap: the vocabulary is classified once per tokenizer (`TokenTable`); per chat the
evidence terms and all their prefixes index straight into that table, and the forbidden-token
mask for each decoding state (current partial word, sentence start or not) is built once and
cached, so a generation step costs a dict lookup per row and one `masked_fill` for the batch
(~1 ms per step for 12 rows).

Rules (an approximation on purpose; see tests/llm/test_constraint.py for the cases pinned):
- A guarded word must be a prefix of an evidence term while being generated and a whole term
  once it ends (so "4" cannot stand in for "40"): while it is incomplete, only tokens that
  continue it towards some term are allowed. Case-sensitive: "Aws" is not "AWS".
- Lowercase words are free: the model may paraphrase, and "aws" is left to the critic.
- Tokens holding part of a multi-byte character cannot be checked: they are refused inside a
  guarded word, but allowed elsewhere (so an invented name starting with a non-ASCII capital,
  "Über...", is the critic's to catch).
- At the start of a sentence a capitalised ordinary word is needed ("Led", "Reduced"): there,
  the Titlecase form of every lowercase evidence word, a fixed list of common openers (action
  verbs, articles, prepositions) and every past-tense verb that is a single vocabulary token
  (" escalated" -> "Escalated") are allowed as well. Without the verbs, a model steered away
  from its favourite verb falls into nonsense ("Each-search 8.120.120...").
- Only what is in the evidence is checked, not what it means: "40" from "40 min" may still
  end up as "40%". Deciding whether a claim is supported stays the critic's job.
"""
from __future__ import annotations

import re
from collections import defaultdict

import numpy as np
import torch
from transformers import LogitsProcessor

_WORD = re.compile(r"[^\W_]+")          # a run of letters/digits (Unicode), as tokens see words
_TRAILING_WORD = re.compile(r"[^\W_]+$")
_SENTENCE_END = set(".!?:;\n•*-–—>#|")
_OPENING_QUOTES = " \t\"'“‘([{"
_PAST_TENSE = re.compile(r" ([a-z]{3,}ed)")

OPENERS = frozenset("""
A An The This These Our My I In On At For With By From To Of As Over Under Across Through Using
Within Into After Before During While Each Every All Both Key Main Core Also And Then Plus
Achieved Accelerated Added Administered Advised Analyzed Analysed Architected Assessed Assisted
Audited Authored Automated Boosted Built Championed Coached Collaborated Completed Configured
Consolidated Contributed Converted Coordinated Created Cut Debugged Decreased Defined Delivered
Deployed Designed Developed Diagnosed Directed Documented Doubled Drove Enabled Engineered
Enhanced Established Evaluated Expanded Facilitated Fixed Founded Guided Halved Handled Helped
Identified Implemented Improved Increased Initiated Instrumented Integrated Introduced Launched
Led Lowered Maintained Managed Mentored Migrated Modernized Modernised Monitored Moved Negotiated
Optimized Optimised Organized Organised Oversaw Owned Partnered Piloted Planned Presented
Prioritized Produced Programmed Prototyped Published Raised Rebuilt Redesigned Reduced Refactored
Released Removed Replaced Reported Researched Resolved Restructured Revamped Reviewed Rewrote Ran
Saved Scaled Secured Set Shipped Simplified Solved Spearheaded Standardized Streamlined
Strengthened Supervised Supported Taught Tested Tracked Trained Transformed Tripled Troubleshot
Tuned Unified Upgraded Validated Wrote Experienced Skilled Proven Results Responsible Worked
""".split())


def is_guarded(word: str) -> bool:
    """A word whose truth matters: it holds a numeral (digit, "¼") or an uppercase letter ("AWS", "40")."""
    return any(ch.isnumeric() or ch.isupper() for ch in word)


def evidence_terms(evidence: str) -> set[str]:
    """The guarded words of the evidence: the only numbers and names the output may contain."""
    return {w for w in _WORD.findall(evidence) if is_guarded(w)}


def opener_terms(evidence: str, table: TokenTable | None = None) -> set[str]:
    """Words allowed capitalised at a sentence start: the fixed openers, the evidence's own
    lowercase words titlecased and, given the vocabulary, common past-tense verbs."""
    titled = {w[0].upper() + w[1:] for w in _WORD.findall(evidence) if not is_guarded(w)}
    return set(OPENERS) | titled | (table.verb_openers if table else set())


def drop_unfinished_term(text: str, evidence: str, table: TokenTable | None = None) -> str:
    """Cut a guarded word left unfinished when generation hit its token limit ("4" of "40")."""
    m = _TRAILING_WORD.search(text)
    if not m or not is_guarded(m.group()):
        return text
    allowed = evidence_terms(evidence)
    if _at_sentence_start(text[:m.start()]):
        allowed |= opener_terms(evidence, table)
    return text if m.group() in allowed else text[:m.start()].rstrip()


def _prefixes(terms: set[str]) -> set[str]:
    return {t[:k] for t in terms for k in range(1, len(t) + 1)}


class TokenTable:
    """The vocabulary split once into what matters for the constraint.

    For each token: `lead` (it opens with non-word characters such as a space, so it starts a new
    word), its `part` (first run of letters/digits), whether the word ends inside the token
    (more text follows `part`), `bad_tail` (a later run inside the token is guarded: such rare
    tokens are always forbidden) and `fragment` (part of a multi-byte character). `size` may
    exceed the tokenizer's length when the model pads its vocabulary; extra ids count as
    punctuation. Masks are numpy arrays: single-threaded, so they stay cheap on a busy CPU
    where every small multi-threaded torch op waits for a scheduler slot.
    """

    def __init__(self, tokenizer, size: int | None = None):
        size = max(size or 0, len(tokenizer))
        texts = tokenizer.batch_decode([[i] for i in range(len(tokenizer))],
                                       clean_up_tokenization_spaces=False)
        self.texts = texts + [""] * (size - len(texts))
        self.size = size
        lead, has_part, guarded, bad_tail, fragment = (np.zeros(size, dtype=bool) for _ in range(5))
        # (lead, part) -> ids of tokens whose word part is `part`; split by whether the word
        # ends inside the token.
        self.open_ids: dict[tuple[bool, str], list[int]] = defaultdict(list)
        self.closed_ids: dict[tuple[bool, str], list[int]] = defaultdict(list)
        for i, text in enumerate(self.texts):
            fragment[i] = "\ufffd" in text
            m = _WORD.search(text)
            if not m:
                continue
            part, is_lead, rest = m.group(), m.start() > 0, text[m.end():]
            lead[i], has_part[i], guarded[i] = is_lead, True, is_guarded(part)
            bad_tail[i] = any(is_guarded(w) for w in _WORD.findall(rest))
            (self.closed_ids if rest else self.open_ids)[(is_lead, part)].append(i)
        self.lead, self.guarded, self.bad_tail, self.fragment = lead, guarded, bad_tail, fragment
        self.continuation = has_part & ~lead            # extends the current word, if there is one
        self.guarded_continuation = self.continuation & guarded
        self.lead_guarded = lead & guarded
        self.nothing = np.zeros(size, dtype=bool)
        # " escalated" is one token: a common word, so "Escalated" may open a sentence. Names
        # rarely end in -ed, so this widens the verbs without letting "Python" or "Lambda" in.
        self.verb_openers = frozenset(
            m.group(1).capitalize() for text in self.texts if (m := _PAST_TENSE.fullmatch(text)))
        static = OPENERS | self.verb_openers
        self.static_openers_by_initial: dict[str, list[str]] = defaultdict(list)
        for word in static:
            self.static_openers_by_initial[word[0]].append(word)
        self.static_openers = static
        prefixes = _prefixes(set(static))
        self.static_opener_starts = self.mask(
            self.ids_for_prefixes(prefixes, static, True)
            + self.ids_for_prefixes(prefixes, static, False))

    def ids_for_prefixes(self, prefixes: set[str], complete: set[str], lead: bool) -> list[int]:
        """Tokens (with or without a leading separator) whose word part is an allowed prefix;
        tokens that end the word inside themselves need a complete term."""
        ids: list[int] = []
        for p in prefixes:
            ids += self.open_ids.get((lead, p), ())
            if p in complete:
                ids += self.closed_ids.get((lead, p), ())
        return ids

    def mask(self, ids: list[int]) -> np.ndarray:
        out = np.zeros(self.size, dtype=bool)
        out[ids] = True
        return out


class _Row:
    """One chat's allowed terms and its cache of forbidden-token masks per decoding state."""

    def __init__(self, table: TokenTable, evidence: str):
        self.table = table
        self.terms = evidence_terms(evidence)
        # Own openers: evidence words titlecased; the table's static openers are shared.
        self.own_openers = opener_terms(evidence) - table.static_openers
        self.masks: dict[tuple[str, bool], np.ndarray] = {}
        t = table
        allowed_new = t.mask(t.ids_for_prefixes(_prefixes(self.terms), self.terms, lead=True))
        self.mid_word = t.bad_tail | (t.lead_guarded & ~allowed_new)
        self.mid_plain = self.mid_word | t.guarded_continuation
        self.mid_guarded = self.mid_word | t.continuation | t.fragment
        self.new_word = {ss: self._new_word(ss) for ss in (False, True)}

    def _new_word(self, sentence_start: bool) -> np.ndarray:
        """Right after a separator every token with a word part starts a new word."""
        t = self.table
        complete = self.terms | self.own_openers if sentence_start else self.terms
        prefixes = _prefixes(complete)
        allowed = t.mask(t.ids_for_prefixes(prefixes, complete, True)
                         + t.ids_for_prefixes(prefixes, complete, False))
        if sentence_start:
            allowed |= t.static_opener_starts
        return t.bad_tail | (t.guarded & ~allowed)

    def allows(self, word: str, sentence_start: bool) -> bool:
        """Whether `word`, complete, may stand in the output."""
        return word in self.terms or sentence_start and (
            word in self.own_openers or word in self.table.static_openers)

    def _candidates(self, word: str, sentence_start: bool) -> list[str]:
        """Allowed words that `word` could still grow into."""
        pool = list(self.terms)
        if sentence_start:
            pool += self.own_openers
            pool += self.table.static_openers_by_initial.get(word[0], ())
        return [w for w in pool if len(w) > len(word) and w.startswith(word)]

    def forbidden(self, text: str) -> np.ndarray:
        """Boolean mask of the tokens that may not follow `text` (cached per decoding state)."""
        m = _TRAILING_WORD.search(text)
        word = m.group() if m else ""
        sentence_start = _at_sentence_start(text[: len(text) - len(word)])
        if not word:
            return self.new_word[sentence_start]
        key = (word, sentence_start)
        if key not in self.masks:
            self.masks[key] = self._mid_word(word, sentence_start)
        return self.masks[key]

    def _mid_word(self, word: str, sentence_start: bool) -> np.ndarray:
        """Tokens without a leading separator extend `word`: it must stay on the way to a term."""
        t = self.table
        ids: list[int] = []
        for target in self._candidates(word, sentence_start):
            rest = target[len(word):]
            ids += t.ids_for_prefixes({rest[:k] for k in range(1, len(rest) + 1)}, {rest},
                                      lead=False)
        guarded = is_guarded(word)
        if not ids:
            return self.mid_guarded if guarded else self.mid_plain
        cont = t.mask(ids)
        if guarded and not self.allows(word, sentence_start):
            return ~cont  # an unfinished number or name: only its continuations ("4" -> "40")
        if guarded:  # byte fragments could glue an unchecked letter onto a name ("AWS" + "Ś")
            return self.mid_word | ((t.continuation | t.fragment) & ~cont)
        return self.mid_word | (t.guarded_continuation & ~cont)


class EvidenceConstraint(LogitsProcessor):
    """Forbid guarded words absent from each row's evidence (see the module docstring).

    `prompt_len` is the (left-padded) prompt width of the batch: text generated so far is
    `input_ids[:, prompt_len:]`. A row whose evidence is None is left unconstrained.
    """

    def __init__(self, table: TokenTable, evidence: list[str | None], prompt_len: int):
        self.table = table
        self.prompt_len = prompt_len
        self.rows = [None if ev is None else _Row(table, ev) for ev in evidence]

    def __call__(self, input_ids: torch.LongTensor, scores: torch.Tensor) -> torch.Tensor:
        texts = self.table.texts
        masks = []
        for row, ids in zip(self.rows, input_ids[:, self.prompt_len:].tolist()):
            if row is None:
                masks.append(self.table.nothing)
            else:
                masks.append(row.forbidden("".join(texts[t] if t < self.table.size else ""
                                                   for t in ids)))
        mask = torch.from_numpy(np.stack(masks))
        width = scores.shape[-1]
        if mask.shape[1] < width:  # ids beyond the tokenizer: never generated text, leave them
            mask = torch.nn.functional.pad(mask, (0, width - mask.shape[1]))
        scores.masked_fill_(mask[:, :width].to(scores.device), float("-inf"))
        return scores


def _at_sentence_start(before: str) -> bool:
    tail = before.rstrip(_OPENING_QUOTES)
    return not tail or tail[-1] in _SENTENCE_END
