"""Keywords measured against public labelled data: Tailor's extractors against YAKE and KeyBERT.

    .venv/bin/pip install -e '.[bench]'     # once: KeyBERT, the one baseline not in the main install
    HF_HUB_OFFLINE=1 .venv/bin/python bench/keyword_eval.py [--split dev|test] [--limit N] [--json out.json]

Data (bench/data/skills/DATASHEET.md): SkillSpan test (Zhang et al., NAACL 2022) and the ESCO
skill-extraction benchmark test sets (Decorte et al.). The dev split (SkillSpan dev, ESCO
validation) is read from --research (not in the repository); every choice was made on it, and
test is reported, never tuned on.

Every system gets one sentence at a time (SkillSpan tokens joined by spaces) and returns phrases
with their place in the sentence:
* current: today's per-sentence keyword extractor (`skill_terms` + the filtered YAKE phrases that
  `posting_keywords` adds);
* yake / keybert: the top k key phrases (n <= 3; KeyBERT with the bundled MiniLM);
* tailor-new: `tailor.text.skill_spans` (the fine-tuned MiniLM tagger + the lexicon, combined as
  the adapter's tagger.json says); tailor-tagger: the tagger's spans alone, for comparison.
  For ESCO both also hand over their SKILL spans (the adapter's second head).

Measures:
1. KNOWLEDGE span P/R/F1 on SkillSpan, strict (the same token span) and loose (any shared token,
   one-to-one), per source (tech, house) and all.
2. SKILL spans: for Tailor, the share of SKILL spans (>= 80% of their words) inside a statement the
   posting parser kept as a requirement (sentences grouped into postings by (source, idx)); for
   every system, the share of SKILL spans one of its phrases overlaps. The first measures
   requirement segmentation, the second phrase extraction: different things.
3. ESCO match rate: each phrase is mapped to its nearest ESCO preferred label (bundled MiniLM,
   the same for every system); a sentence matches when one phrase maps to one of its labelled
   skills. Rows labelled LABEL NOT PRESENT / UNDERSPECIFIED are skipped.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import sys
import time
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402

from tailor.text.skill_spans import COMBINE_MODES, bio_spans  # noqa: E402
from tailor.training.skill_tagger import span_scores  # noqa: E402

DATA = ROOT / "bench/data/skills"
RESEARCH = Path("/work/data-research")
CACHE = ROOT / "cache/keyword_eval"
ESCO_SETS = ("tech", "house", "techwolf")
NO_LABEL = ("LABEL NOT PRESENT", "UNDERSPECIFIED", "UNK")
SYSTEMS = ("current", "yake", "keybert", "tailor-new", "tailor-tagger")
TOP_K = 2            # YAKE/KeyBERT phrases per sentence: best loose F1 of k = 1/2/3/5 on dev (strict stays < 0.05)
COVERED = 0.8
ESCO_KINDS = ("knowledge", "skill")   # tailor-new's spans mapped to ESCO: chosen on the ESCO validation sets



# --------------------------------------------------------------------------- data

def skillspan_rows(split: str, research: Path, limit: int | None) -> list[dict]:
    path = DATA / "skillspan_test.json" if split == "test" else research / "skillspan/json/dev.json"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def esco_sets(split: str, research: Path, limit: int | None) -> dict[str, list[tuple[str, set[str]]]]:
    """{set: [(sentence, labelled ESCO skills)]}; TECHWOLF has no validation split."""
    folder = DATA if split == "test" else research / "esco-benchmark/data"
    out = {}
    for name in ESCO_SETS:
        path = folder / f"{name}_{'test' if split == 'test' else 'validation'}_annotations.csv"
        if not path.exists():
            continue
        labels: dict[str, set[str]] = defaultdict(set)
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                label = row["label"].strip()
                labels[row["sentence"]]                       # keep the sentence, even if unlabelled
                if label and label not in NO_LABEL:
                    labels[row["sentence"]].add(label)
        items = [(s, ls) for s, ls in labels.items()]
        out[name] = {"items": [(s, ls) for s, ls in items if ls][:limit] if limit else
                     [(s, ls) for s, ls in items if ls], "skipped": sum(1 for _, ls in items if not ls)}
    return out


def token_offsets(tokens: list[str]) -> list[tuple[int, int]]:
    offsets, at = [], 0
    for token in tokens:
        offsets.append((at, at + len(token)))
        at += len(token) + 1
    return offsets


def to_token_span(span: tuple[int, int], offsets: list[tuple[int, int]]) -> tuple[int, int]:
    """Character span -> [first, last+1) of the tokens it touches; (-1, -1) if none (never matches)."""
    inside = [i for i, (a, b) in enumerate(offsets) if a < span[1] and span[0] < b]
    return (inside[0], inside[-1] + 1) if inside else (-1, -1)


# --------------------------------------------------------------------------- systems

def locate(phrase: str, sentence: str) -> tuple[int, int] | None:
    """Where a phrase stands in the sentence, ignoring case and the punctuation between its words
    (KeyBERT returns "node js" for "Node.js")."""
    parts = re.findall(r"\w+|[^\w\s]", phrase)
    if not parts:
        return None
    body = r"[\W_]*".join(re.escape(p) for p in parts)
    match = re.search(r"(?<!\w)" + body + r"(?:s|es)?(?!\w)", sentence, re.I) or re.search(body, sentence, re.I)
    return match.span() if match else None


Extracted = list[list[tuple[tuple[int, int] | None, str]]]      # per sentence: (char span, phrase)


def run_current(sentences: list[str]) -> Extracted:
    from tailor.text.keywords import _overlaps, _yake_phrases
    from tailor.text.skill_spans import lexicon_spans
    from tailor.text.skill_terms import skill_terms
    out = []
    for s in sentences:
        spans = {x.term: (x.start, x.end) for x in lexicon_spans(s)}
        chosen = skill_terms(s)
        chosen += [p for p in _yake_phrases(s, set()) if not _overlaps(p, chosen)]
        out.append([(spans.get(term) or locate(term, s), term) for term in chosen])
    return out


def run_yake(sentences: list[str], k: int) -> Extracted:
    import yake
    extractor = yake.KeywordExtractor(lan="en", n=3, top=k)
    return [[(locate(p, s), p) for p, _ in extractor.extract_keywords(s)] if s.strip() else []
            for s in sentences]


def run_keybert(sentences: list[str], k: int) -> Extracted:
    try:
        from keybert import KeyBERT
    except ImportError:
        sys.exit("bench/keyword_eval.py: the KeyBERT baseline needs the bench extra: "
                 ".venv/bin/pip install -e '.[bench]'")
    from sentence_transformers import SentenceTransformer

    from tailor.bundled import bundled_model_dir
    model = KeyBERT(model=SentenceTransformer(str(bundled_model_dir()), device="cpu"))
    out: Extracted = []
    for start in range(0, len(sentences), 256):
        chunk = sentences[start:start + 256]
        found = model.extract_keywords(chunk, keyphrase_ngram_range=(1, 3), stop_words="english", top_n=k)
        if len(chunk) == 1:
            found = [found]
        out += [[(locate(p, s), p) for p, _ in phrases] for s, phrases in zip(chunk, found)]
    return out


def run_tailor_new(sentences: list[str], combine: str | None, kinds: tuple[str, ...]) -> Extracted:
    from tailor.text.skill_spans import skill_spans
    return [[((x.start, x.end), x.term or x.text) for x in spans]
            for spans in skill_spans(sentences, kinds=kinds, combine_mode=combine)]


_PLACEHOLDER = re.compile(r"<[A-Z_]+>")


def extract(system: str, sentences: list[str], args, kinds: tuple[str, ...] = ("knowledge",)) -> Extracted:
    """The system's phrases, less those inside the data's de-identification placeholders
    ("<ORGANIZATION>", "<LOCATION>": not text a real posting has), for every system alike."""
    if system == "current":
        found = run_current(sentences)
    elif system == "yake":
        found = run_yake(sentences, args.top_k)
    elif system == "keybert":
        found = run_keybert(sentences, args.top_k)
    elif system == "tailor-tagger":
        found = run_tailor_new(sentences, "tagger", kinds)
    else:
        found = run_tailor_new(sentences, args.combine, kinds)
    return [[(span, p) for span, p in phrases if not _in_placeholder(span, p, sentence)]
            for sentence, phrases in zip(sentences, found)]


def _in_placeholder(span: tuple[int, int] | None, phrase: str, sentence: str) -> bool:
    if span is None:
        return f"<{phrase.upper()}>" in sentence
    return any(a <= span[0] and span[1] <= b for a, b in (m.span() for m in _PLACEHOLDER.finditer(sentence)))


# --------------------------------------------------------------------------- measures

def knowledge_scores(rows: list[dict], found: Extracted) -> dict:
    by_source: dict[str, tuple[list, list]] = defaultdict(lambda: ([], []))
    for row, phrases in zip(rows, found):
        offsets = token_offsets(row["tokens"])
        pred = [to_token_span(span, offsets) if span else (-1, -1) for span, _ in phrases]
        for source in (row["source"], "all"):
            by_source[source][0].append(bio_spans(row["tags_knowledge"]))
            by_source[source][1].append(pred)
    return {source: span_scores(gold, pred) for source, (gold, pred) in sorted(by_source.items())}


def skill_overlap(rows: list[dict], found: Extracted) -> float:
    """Share of SKILL spans that one extracted phrase overlaps (any shared token)."""
    total = hit = 0
    for row, phrases in zip(rows, found):
        offsets = token_offsets(row["tokens"])
        pred = [to_token_span(span, offsets) for span, _ in phrases if span]
        for a, b in bio_spans(row["tags_skill"]):
            total += 1
            hit += any(p[0] < b and a < p[1] for p in pred)
    return round(hit / total, 4) if total else 0.0


def _pieces(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def skill_coverage(rows: list[dict]) -> dict:
    """Share of SKILL spans (>= 80% of their word pieces) inside a statement the posting parser kept
    as a requirement (must-have, nice-to-have, responsibility); postings = (source, idx) groups."""
    from tailor.text.posting import parse_posting
    postings: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for row in rows:
        postings[(row["source"], row["idx"])].append(row)
    total = hit = 0
    statements = 0
    for sentences in postings.values():
        pieces, owner = [], []                      # every word piece of the posting, with its (sentence, token)
        for si, row in enumerate(sentences):
            for ti, token in enumerate(row["tokens"]):
                for piece in _pieces(token):
                    pieces.append(piece)
                    owner.append((si, ti))
        covered: set[int] = set()
        requirements = parse_posting("\n".join(" ".join(r["tokens"]) for r in sentences)).requirements
        statements += len(requirements)
        for req in requirements:
            matcher = SequenceMatcher(None, _pieces(req.text), pieces, autojunk=False)
            for block in matcher.get_matching_blocks():
                if block.size >= 2 or (block.size == 1 and len(_pieces(req.text)) == 1):
                    covered.update(range(block.b, block.b + block.size))
        where = defaultdict(list)
        for position, key in enumerate(owner):
            where[key].append(position)
        for si, row in enumerate(sentences):
            for a, b in bio_spans(row["tags_skill"]):
                positions = [p for t in range(a, b) for p in where[(si, t)]]
                if not positions:
                    continue
                total += 1
                hit += sum(p in covered for p in positions) / len(positions) >= COVERED
    return {"coverage": round(hit / total, 4) if total else 0.0, "skill_spans": total,
            "postings": len(postings), "requirements": statements}


def esco_labels() -> tuple[list[str], np.ndarray]:
    """ESCO preferred labels and their MiniLM vectors, cached under cache/ (not in git)."""
    from tailor.index.embeddings import default_embedder
    path = DATA / "skills_en_label.txt"
    labels = [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
    key = hashlib.sha256("\n".join(labels).encode()).hexdigest()[:16]
    cached = CACHE / f"esco_labels.{key}.npy"
    if cached.exists():
        return labels, np.load(cached)
    vectors = default_embedder().encode(labels)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(cached, vectors)
    return labels, vectors


def esco_match(items: list[tuple[str, set[str]]], found: Extracted, labels, vectors) -> dict:
    from tailor.index.embeddings import default_embedder
    phrases = sorted({p for sentence in found for _, p in sentence})
    nearest = {}
    if phrases:
        best = (default_embedder().encode(phrases) @ vectors.T).argmax(axis=1)
        nearest = {p: labels[i] for p, i in zip(phrases, best)}
    matched = sum(any(nearest[p] in gold for _, p in sentence) for (_, gold), sentence in zip(items, found))
    n_phrases = sum(map(len, found))
    return {"match_rate": round(matched / len(items), 4) if items else 0.0, "sentences": len(items),
            "phrases_per_sentence": round(n_phrases / len(items), 2) if items else 0.0}


def tagging_speed(rows: list[dict], n: int = 60, repeats: int = 7) -> dict:
    """Warm time of `skill_spans` over one posting's first n sentences (median of `repeats`)."""
    from tailor.text.skill_spans import default_tagger, skill_spans
    postings: dict[tuple[str, int], list[str]] = defaultdict(list)
    for row in rows:
        postings[(row["source"], row["idx"])].append(" ".join(row["tokens"]))
    sentences = max(postings.values(), key=len)[:n]
    tagger = default_tagger()
    skill_spans(sentences, tagger=tagger)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        skill_spans(sentences, tagger=tagger)
        times.append(time.perf_counter() - started)
    return {"sentences": len(sentences), "words": sum(len(s.split()) for s in sentences),
            "median_seconds": round(sorted(times)[len(times) // 2], 3)}


# --------------------------------------------------------------------------- report

def run(args) -> dict:
    rows = skillspan_rows(args.split, args.research, args.limit)
    sentences = [" ".join(r["tokens"]) for r in rows]
    sets = esco_sets(args.split, args.research, args.limit)
    labels, vectors = esco_labels()
    results: dict = {"split": args.split, "top_k": args.top_k, "skillspan_sentences": len(rows),
                     "esco_skipped_unlabelled_sentences": {n: s["skipped"] for n, s in sets.items()},
                     "skill_coverage_by_requirements": skill_coverage(rows), "systems": {}}
    for system in args.systems:
        started = time.perf_counter()
        found = extract(system, sentences, args)
        seconds = time.perf_counter() - started
        with_skills = extract(system, sentences, args, ("knowledge", "skill")) if system.startswith("tailor") else found
        entry = {"knowledge": knowledge_scores(rows, found), "skill_overlap": skill_overlap(rows, with_skills),
                 "seconds_skillspan": round(seconds, 1), "esco": {}}
        for name, data in sets.items():
            phrases = extract(system, [s for s, _ in data["items"]], args, tuple(args.esco_kinds))
            entry["esco"][name] = esco_match(data["items"], phrases, labels, vectors)
        if system == "tailor-new":
            entry["speed_posting"] = tagging_speed(rows)
        results["systems"][system] = entry
        print(f"[{system}: {seconds:.0f} s on SkillSpan]", file=sys.stderr)
    return results


def print_table(results: dict) -> None:
    cov = results["skill_coverage_by_requirements"]
    print(f"split: {results['split']}  (SkillSpan sentences: {results['skillspan_sentences']}; "
          f"YAKE/KeyBERT top k = {results['top_k']})\n")
    print("KNOWLEDGE spans, SkillSpan: strict P / R / F1 | loose P / R / F1 (strict F1 per source)\n")
    print("| system | strict P | strict R | strict F1 | loose P | loose R | loose F1 | F1 tech | F1 house |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, e in results["systems"].items():
        k = e["knowledge"]
        s, lo = k["all"]["strict"], k["all"]["loose"]
        print(f"| {name} | {s['p']:.3f} | {s['r']:.3f} | {s['f1']:.3f} | {lo['p']:.3f} | {lo['r']:.3f} | "
              f"{lo['f1']:.3f} | {k.get('tech', k['all'])['strict']['f1']:.3f} | "
              f"{k.get('house', k['all'])['strict']['f1']:.3f} |")
    print("\nSKILL spans and ESCO match rate\n")
    sets = sorted({n for e in results["systems"].values() for n in e["esco"]})
    print("| system | SKILL spans in a requirement statement | SKILL spans overlapped by a phrase | "
          + " | ".join(f"ESCO {n} (phrases/sent.)" for n in sets) + " |")
    print("|---|---|---|" + "---|" * len(sets))
    for name, e in results["systems"].items():
        in_req = f"{cov['coverage']:.3f}" if name.startswith(("current", "tailor")) else "n/a"
        esco = " | ".join(f"{e['esco'][n]['match_rate']:.3f} ({e['esco'][n]['phrases_per_sentence']})"
                          for n in sets)
        print(f"| {name} | {in_req} | {e['skill_overlap']:.3f} | {esco} |")
    print(f"\nLegend. SKILL spans in a requirement statement: of {cov['skill_spans']} SKILL spans in "
          f"{cov['postings']} postings, the share whose words (>= {COVERED:.0%}) lie in a statement Tailor's "
          f"posting parser kept as a requirement ({cov['requirements']} statements, capped at 30 per "
          "posting); it measures requirement segmentation and is the same for all Tailor rows (the tagger "
          "is not in the parser yet). SKILL spans overlapped by a phrase: the share that one extracted "
          "phrase touches (Tailor rows: with their SKILL-head spans); it measures phrase extraction. The "
          "two are different measures. ESCO match rate (Tailor rows: KNOWLEDGE and SKILL spans): share of "
          "sentences with a labelled ESCO skill where one extracted phrase maps (nearest MiniLM neighbour "
          "among all ESCO preferred labels) to one of them; more phrases per sentence give more chances. "
          "Sentences whose only labels are LABEL NOT PRESENT / UNDERSPECIFIED are skipped: "
          f"{results['esco_skipped_unlabelled_sentences']}.")
    speed = results["systems"].get("tailor-new", {}).get("speed_posting")
    if speed:
        print(f"tailor-new speed: {speed['sentences']} sentences ({speed['words']} words) of one posting in "
              f"{speed['median_seconds']} s warm (median of 7, this machine, torch threads as set by default).")
    print("\n" + (DATA / "REFERENCES.md").read_text("utf-8").strip())   # what the papers report, and where from


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--limit", type=int, default=None, help="first N sentences of each set")
    parser.add_argument("--json", type=Path, default=None, help="save the numbers here")
    parser.add_argument("--systems", nargs="+", choices=SYSTEMS, default=list(SYSTEMS))
    parser.add_argument("--top-k", type=int, default=TOP_K, help="YAKE/KeyBERT phrases per sentence")
    parser.add_argument("--combine", choices=COMBINE_MODES, default=None,
                        help="override the adapter's tagger+lexicon rule (dev experiments)")
    parser.add_argument("--esco-kinds", nargs="+", choices=("knowledge", "skill"), default=list(ESCO_KINDS),
                        help="tailor-new span kinds mapped to ESCO (skill needs an adapter with that head)")
    parser.add_argument("--research", type=Path, default=RESEARCH, help="where the dev data is")
    args = parser.parse_args()
    results = run(args)
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
