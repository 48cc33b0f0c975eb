"""Skills, tools and knowledge named in posting sentences, found by a small trained tagger and the
lexicon together: `skill_spans(sentences)`.

Why a tagger: the lexicon (`skill_terms`) finds the skills someone wrote into it, and postings
name many more ("Terraform", "PLC programming", "HACCP"). A token classifier fine-tuned from the
bundled all-MiniLM-L6-v2 on SkillSpan's train split (Zhang et al., NAACL 2022, CC BY 4.0) tags
KNOWLEDGE spans (tools, technologies, certifications, domains: what an ATS matches) it never saw
in a list; the lexicon still gives its terms their canonical spelling and adds degrees, licences
and the like. Both are measured on SkillSpan and the ESCO benchmark by `bench/keyword_eval.py`;
how they are combined ("lexicon-first": a list entry replaces the tagger spans it overlaps) was
chosen there on the dev split (see the adapter's README). A second head tags SKILL spans ("ability
to ..."), returned when asked for.

The adapter (LoRA, ~2.7 MB) ships in `skill_tagger_adapter/` beside this module and is loaded
once per process on first use, from local files only, merged into the base weights and run on
CPU in int8 (dynamic per-channel quantisation of the linear layers): a 60-sentence posting tags
in ~0.07 s on 2 cores instead of ~0.2 s in fp32, for about one point of KNOWLEDGE F1 on dev.
Sentences are split into words here, the tagger labels the first sub-word of each word, and BIO
tags become character spans.
"""
from __future__ import annotations

import json
import os
import re
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tailor.bundled import bundled_model_dir
from tailor.heap import freeze_loaded
from tailor.text.skill_terms import ALIASES, SKILL_LEXICON, skill_terms

ADAPTER_DIR = Path(__file__).with_name("skill_tagger_adapter")
TAGGER_FILE = "tagger.json"          # tag sets, word length limit and how spans are combined
TAGS = ("O", "B", "I")               # one BIO set per tag set ("knowledge", optionally "skill")
BATCH_TOKENS = 640                   # sub-words per forward pass: small batches pad least


@dataclass(frozen=True)
class Span:
    """A span of one sentence: `sentence[start:end] == text`; `term` is the lexicon's canonical
    spelling ("Svelte.js" for "svelte") or the text itself."""
    start: int
    end: int
    text: str
    kind: str        # "knowledge" (tools, technologies, certifications, domains) or "skill"
    source: str      # "tagger", "lexicon" (an entry of the list) or "pattern" (an acronym or
                     # tool-like token, a phrase the posting marks as a skill)
    term: str = ""


# --------------------------------------------------------------------------- words and BIO

# Whitespace-separated words, with brackets, quotes and clause punctuation split off and a final
# full stop too ("Kubernetes." -> "Kubernetes", "."), but ".NET", "Node.js", "C++", "CI/CD" kept.
_WORD = re.compile(r"[^\s()\[\]{}\"“”,;:!?]+(?<!\.)|\.+|[()\[\]{}\"“”,;:!?]|[^\s]")


def words(sentence: str) -> list[tuple[int, int]]:
    """Character offsets of the sentence's words, in order."""
    return [m.span() for m in _WORD.finditer(sentence)]


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int]]:
    """[start, end) word spans of BIO tags; an I after O (or first) starts a span, as SkillSpan's
    own counts do."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag == "B" or (tag == "I" and start is None) or tag == "O":
            if start is not None:
                spans.append((start, i))
            start = i if tag in ("B", "I") else None
    return spans


def char_spans(sentence: str, offsets: list[tuple[int, int]], tags: Sequence[str],
               kind: str) -> list[Span]:
    """Tagged words -> `Span`s of the sentence (trailing punctuation trimmed)."""
    out = []
    for first, last in bio_spans(tags):
        start, end = offsets[first][0], offsets[last - 1][1]
        while end > start and sentence[end - 1] in ".,;:)":
            end -= 1
        if end > start:
            text = sentence[start:end]
            out.append(Span(start, end, text, kind, "tagger", text))
    return out


# --------------------------------------------------------------------------- the tagger

class SkillTagger:
    """The fine-tuned MiniLM token classifier: word lists in, one BIO tag list per tag set out."""

    def __init__(self, adapter_dir: Path = ADAPTER_DIR, base_dir: Path | None = None,
                 quantize: bool = True):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        from peft import PeftModel
        from transformers import AutoTokenizer, BertForTokenClassification
        from transformers.utils import logging as hf_logging

        self.settings = json.loads((Path(adapter_dir) / TAGGER_FILE).read_text("utf-8"))
        self.tag_sets: list[str] = self.settings["tag_sets"]
        self.max_length: int = self.settings.get("max_length", 128)
        base = str(base_dir or bundled_model_dir())
        verbosity = hf_logging.get_verbosity()
        hf_logging.set_verbosity_error()          # "classifier newly initialised": the adapter has it
        hf_logging.disable_progress_bar()         # a progress bar per load is noise in a CLI
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", FutureWarning)    # transformers' notices inside PEFT
                self.tokenizer = AutoTokenizer.from_pretrained(base, local_files_only=True)
                model = BertForTokenClassification.from_pretrained(
                    base, num_labels=len(TAGS) * len(self.tag_sets), local_files_only=True)
                model = PeftModel.from_pretrained(model, str(adapter_dir), local_files_only=True)
        finally:
            hf_logging.set_verbosity(verbosity)
        model = model.merge_and_unload().eval()
        if quantize:
            from torch.ao.quantization import per_channel_dynamic_qconfig
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")       # eager quantisation's "migrate to torchao" notice
                model = torch.ao.quantization.quantize_dynamic(
                    model, {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8)
        self.model = model
        self._torch = torch
        self._lock = threading.Lock()             # one forward pass at a time per process

    def tag(self, sentences: list[list[str]]) -> list[dict[str, list[str]]]:
        """For each sentence (a list of words): {tag set: one tag per word}."""
        torch = self._torch
        out: list[dict[str, list[str]]] = [{name: ["O"] * len(ws) for name in self.tag_sets}
                                           for ws in sentences]
        todo = [i for i, ws in enumerate(sentences) if ws]
        if not todo:
            return out
        enc = self.tokenizer([sentences[i] for i in todo], is_split_into_words=True, truncation=True,
                             max_length=self.max_length)
        order = sorted(range(len(todo)), key=lambda j: len(enc["input_ids"][j]))
        with self._lock, torch.inference_mode():
            for batch in _batches(order, [len(ids) for ids in enc["input_ids"]]):
                width = max(len(enc["input_ids"][j]) for j in batch)
                ids = torch.zeros((len(batch), width), dtype=torch.long)
                mask = torch.zeros((len(batch), width), dtype=torch.long)
                for row, j in enumerate(batch):
                    n = len(enc["input_ids"][j])
                    ids[row, :n] = torch.tensor(enc["input_ids"][j])
                    mask[row, :n] = 1
                best = self.model(input_ids=ids, attention_mask=mask).logits
                best = best.view(len(batch), width, len(self.tag_sets), len(TAGS)).argmax(-1)
                for row, j in enumerate(batch):
                    seen = set()
                    for position, word in enumerate(enc.word_ids(j)):
                        if word is None or word in seen:
                            continue
                        seen.add(word)
                        for t, name in enumerate(self.tag_sets):
                            out[todo[j]][name][word] = TAGS[int(best[row, position, t])]
        return out


def _batches(order: list[int], lengths: list[int]) -> list[list[int]]:
    batches: list[list[int]] = []
    for j in order:
        if batches and (len(batches[-1]) + 1) * lengths[j] <= BATCH_TOKENS:
            batches[-1].append(j)
        else:
            batches.append([j])
    return batches


@lru_cache(maxsize=1)
def default_tagger() -> SkillTagger:
    """One tagger per process: loading it costs about a second. The loaded model and lexicons
    are then frozen out of full garbage collections (`tailor.heap`)."""
    tagger = SkillTagger()
    freeze_loaded()
    return tagger


# --------------------------------------------------------------------------- tagger + lexicon

_ENTRIES = frozenset(" ".join(t.split()).lower() for t in SKILL_LEXICON.replace("\n", " ").split("|")
                     if t.strip()) | {v.lower() for v in ALIASES.values()}


def lexicon_spans(sentence: str) -> list[Span]:
    """The terms `skill_terms` finds, where they stand in the sentence: list entries (source
    "lexicon") and the acronyms, tool-like tokens and cue phrases it recognises by shape
    ("pattern")."""
    out = []
    for term in skill_terms(sentence):
        found = _locate(term, sentence)
        if found:
            source = "lexicon" if term.lower() in _ENTRIES else "pattern"
            out.append(Span(found[0], found[1], sentence[found[0]:found[1]], "knowledge", source, term))
    return out


def _locate(term: str, sentence: str) -> tuple[int, int] | None:
    spellings = [term] + [alias for alias, canonical in ALIASES.items() if canonical == term]
    for spelling in spellings:
        body = r"[\s-]*".join(re.escape(part) for part in re.split(r"[\s-]+", spelling.strip()))
        body = body.replace("'", "['’]?").replace("’", "['’]?")
        match = re.search(r"(?<![\w])" + body + r"(?:s|es)?(?![\w])", sentence, re.I)
        if match:
            return match.span()
    return None


COMBINE_MODES = ("tagger", "union", "union-all", "lexicon-first")


def combine(tagged: list[Span], lexicon: list[Span], mode: str) -> list[Span]:
    """How tagger and lexicon spans make one list, as chosen on dev (`mode` in the adapter's
    tagger.json): "tagger" alone; "union": list entries the tagger missed are added;
    "union-all": so are the shape-found terms; "lexicon-first": list entries replace the tagger
    spans they overlap."""
    if mode != "union-all":
        lexicon = [x for x in lexicon if x.source == "lexicon"]
    if mode == "tagger" or not lexicon:
        return tagged
    if mode == "lexicon-first":
        kept = [t for t in tagged if not any(overlap(t, x) for x in lexicon)]
        return sorted(kept + lexicon, key=lambda s: (s.start, s.end))
    added = [x for x in lexicon if not any(overlap(x, t) for t in tagged)]
    return sorted(tagged + added, key=lambda s: (s.start, s.end))


def overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def skill_spans(sentences: list[str], kinds: Sequence[str] = ("knowledge",),
                tagger: SkillTagger | None = None, combine_mode: str | None = None) -> list[list[Span]]:
    """For each sentence, its knowledge spans (tagger and lexicon, combined as chosen on dev, or
    by `combine_mode`, one of COMBINE_MODES) and, if asked and the adapter has that tag set, its
    tagged "skill" spans ("ability to manage large sections of guests")."""
    tagger = tagger or default_tagger()
    offsets = [words(s) for s in sentences]
    tags = tagger.tag([[s[a:b] for a, b in offs] for s, offs in zip(sentences, offsets)])
    mode = combine_mode or tagger.settings.get("combine", "lexicon-first")
    out = []
    for sentence, offs, tagged in zip(sentences, offsets, tags):
        spans = combine(char_spans(sentence, offs, tagged["knowledge"], "knowledge"),
                        lexicon_spans(sentence), mode) if "knowledge" in kinds else []
        if "skill" in kinds and "skill" in tagged:
            spans = sorted(spans + char_spans(sentence, offs, tagged["skill"], "skill"),
                           key=lambda s: (s.start, s.end))
        out.append(spans)
    return out
