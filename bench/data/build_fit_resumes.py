"""Build one native corpus (experiences.json format) per invented person of the writer dataset.

Run from the repository root:

    .venv/bin/python bench/data/build_fit_resumes.py

Reads tailor/training/data/train.jsonl then heldout.jsonl and writes
bench/data/fit_resumes/<person>.json (38 files), used as resumes by the fit-label set
bench/data/fit_labels.jsonl (see bench/data/FIT_LABELS.md).

Each file is deterministic (no dates, no randomness, stable key order):
* basics.name  = "Candidate <person>" (a neutral placeholder, no real names);
  basics.label = the person's role title;
  basics.summary = the evidence texts cited by the person's summary-kind rows, in row order,
  one sentence each (first letter upper-cased and a full stop added, so the loader splits them
  into one summary evidence each; they are also bullets, as on a resume whose summary repeats
  its highlights);
* one `work` experience with the person's organization and title, no dates, whose bullets are
  the person's evidence texts, verbatim, deduplicated by evidence id and text, in row order;
* one skill group "Skills" with the rows' `keywords`, deduplicated case-insensitively, in row order.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "tailor/training/data/train.jsonl", ROOT / "tailor/training/data/heldout.jsonl"]
OUT = ROOT / "bench/data/fit_resumes"


def read_rows() -> list[dict]:
    rows = []
    for path in SOURCES:
        with path.open(encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def by_person(rows: list[dict]) -> dict[str, list[dict]]:
    people: dict[str, list[dict]] = {}
    for row in rows:
        people.setdefault(row["person"], []).append(row)
    return people


def sentence(text: str) -> str:
    """`text` as a summary sentence: first letter upper-cased, a full stop added if missing."""
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def corpus_for(person: str, rows: list[dict]) -> dict:
    roles = {(r["role"]["organization"], r["role"]["title"]) for r in rows}
    if len(roles) != 1:
        raise SystemExit(f"{person}: expected one role, found {sorted(roles)}")
    organization, title = roles.pop()

    bullets: list[str] = []
    seen_ids: set[str] = set()
    seen_texts: set[str] = set()
    summary: list[str] = []
    keywords: list[str] = []
    seen_keywords: set[str] = set()
    for row in rows:
        for ev in row["evidence"]:
            text = ev["text"].strip()
            if ev["id"] not in seen_ids and text not in seen_texts:
                bullets.append(text)
            seen_ids.add(ev["id"])
            seen_texts.add(text)
            if row["kind"] == "summary" and sentence(text) not in summary:
                summary.append(sentence(text))
        for kw in row.get("keywords", []):
            if kw.lower() not in seen_keywords:
                seen_keywords.add(kw.lower())
                keywords.append(kw)

    doc: dict = {
        "basics": {"name": f"Candidate {person}", "label": title, "summary": " ".join(summary)},
        "experiences": [{"kind": "work", "organization": organization, "title": title,
                         "bullets": bullets}],
    }
    if keywords:
        doc["skills"] = [{"name": "Skills", "keywords": keywords}]
    return doc


def main() -> int:
    people = by_person(read_rows())
    OUT.mkdir(parents=True, exist_ok=True)
    for person in sorted(people):
        doc = corpus_for(person, people[person])
        text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
        (OUT / f"{person}.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(people)} corpora to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
