"""Source of the curated dataset: hand-written people, evidence and tailored outputs.

Run `python -m tailor.training.data.build_data` to regenerate train.jsonl and heldout.jsonl.
Every evidence bullet and every output below was written by hand for an invented person at an
invented employer; code only assembles rows, picks the keywords each evidence supports (the
writer's own `mentions` rule), assigns splits by person and derives mechanical counterexamples
(changed number, invented tool, posting padding, first person) and one claim inflation per row
(ownership, completion, scope, ...: the quiet lies the critic's claim check catches). See
README.md.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from tailor.text.claims import claim_changes, describe, raised
from tailor.text.terms import mentions, novel_words
from tailor.training.data.people import OCCUPATIONS, PEOPLE

HERE = Path(__file__).parent
# Whole persons are held out; four occupations appear only in heldout.
HELDOUT_PERSONS = {"elec-01", "elec-02", "hoa-01", "hoa-02", "reg-01", "reg-02",
                   "ap-02", "cdl-02", "hvac-01", "hvac-02"}

TOOLS = ["SAP", "Salesforce", "Kubernetes", "Tableau", "Oracle", "Workday", "Six Sigma"]
PADDING = ["to drive strategic alignment and operational excellence",
           "while fostering a culture of continuous improvement and innovation",
           "leveraging cutting-edge best practices to maximize stakeholder value"]


def _changed_number(text: str) -> tuple[str, str] | None:
    m = re.search(r"\d+", text)
    if not m:
        return None
    new = str(int(m.group()) + 3)
    return text[:m.start()] + new + text[m.end():], f"changed number: {m.group()} became {new}"


def _echo(out: str, requirement: str, allowed: list[str]) -> dict | None:
    """The posting's requirement pasted onto the bullet: kept only when it adds claims."""
    text = f"{out.rstrip('.')} and able to {requirement[0].lower()}{requirement[1:]}"
    if len(novel_words(text, allowed)) <= 3:
        return None
    return {"text": text, "reason": "requirement echo: copies the posting, not the evidence"}


# One way to inflate a claim per kind, cycled over the rows: the wording changes, the facts stay.
_LOWER_FIRST = re.compile(r"^(\w)")
INFLATIONS: list[tuple[str, str]] = [
    ("ownership", "Spearheaded {rest}"), ("completion", "Launched {rest}"),
    ("scope", "{out} across the whole company"), ("attribution", "Single-handedly {lower}"),
    ("frequency", "{out} every single day"), ("superlative", "{out}, a company record"),
    ("skill_level", "{out} as the go-to expert"), ("role_title", "As senior lead, {lower}"),
    ("ownership", "Took charge of {rest}"), ("completion", "Delivered {rest}"),
    ("polarity", "{out} with zero errors"), ("ownership", "Owned {rest} end to end"),
]
PUFFERY = ["Results-driven {out}", "{out} Proven track record of exceptional results.",
           "Award-winning {lower}"]


def _inflated(out: str, evidence: str, context: list[str], k: int, summary: bool) -> dict | None:
    """`out` with one claim raised, kept only when the claim check says so."""
    rest = out.split(" ", 1)[1] if " " in out else out
    lower = _LOWER_FIRST.sub(lambda m: m.group(1).lower(), out)
    forms = ([PUFFERY[k % len(PUFFERY)]] if summary else
             [INFLATIONS[(k + i) % len(INFLATIONS)][1] for i in range(len(INFLATIONS))])
    for form in forms:
        text = form.format(out=out.rstrip("."), rest=rest.rstrip("."), lower=lower.rstrip("."))
        found = raised(claim_changes(text, [evidence], context=context))
        if found:
            return {"text": text, "reason": "claim: " + describe(found[0])}
    return None


def _rejected(out: str, evidence: str, k: int) -> list[dict]:
    rej = []
    changed = _changed_number(out) if k % 2 == 0 else None
    if changed:
        rej.append({"text": changed[0], "reason": changed[1] + ", not in the evidence"})
    else:
        tool = next(t for t in TOOLS[k % len(TOOLS):] + TOOLS if t.lower() not in evidence.lower())
        rej.append({"text": f"{out.rstrip('.')} using {tool}",
                    "reason": f"invented tool: {tool} is not in the evidence"})
    if k % 3 == 1:
        rej.append({"text": "I " + out[0].lower() + out[1:],
                    "reason": "first person: a resume line has no 'I'"})
    else:
        rej.append({"text": f"{out.rstrip('.')} {PADDING[k % len(PADDING)]}",
                    "reason": "posting padding: claims the evidence does not make"})
    return rej


def build() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"train": [], "heldout": []}
    k = 0
    for p in PEOPLE:
        occ = OCCUPATIONS[p["occ"]]
        split = "heldout" if p["pid"] in HELDOUT_PERSONS else "train"
        evidence = [{"id": f"{p['pid']}-e{n}", "text": ev}
                    for n, (ev, _) in enumerate(p["bullets"], start=1)]
        items = [("bullet", [n], o) for n, (_, o) in enumerate(p["bullets"])]
        i, j, combo = p["combo"]
        items.append(("bullet", [i, j], combo))
        items.append(("summary", p["summary"][0], p["summary"][1]))
        for num, (kind, idx, text) in enumerate(items, start=1):
            cited = [evidence[n] for n in idx]
            cited_text = " ".join(e["text"] for e in cited)
            kws = [kw for kw in occ["keywords"] if mentions(cited_text, kw)]
            rejected = _rejected(text, cited_text, k)
            inflated = _inflated(text, cited_text, [p["org"], p["title"]], k, kind == "summary")
            if inflated:
                rejected.append(inflated)
            echo = _echo(text, occ["requirements"][k % len(occ["requirements"])],
                         [cited_text, p["org"], p["title"]])
            if echo and k % 2 == 1:
                rejected.append(echo)
            out[split].append({
                "id": f"{p['pid']}-{num:02d}", "occupation": p["occ"], "person": p["pid"],
                "split": split, "kind": kind,
                "role": {"organization": p["org"], "title": p["title"]},
                "requirements": occ["requirements"], "keywords": kws,
                "evidence": cited if kind == "bullet" else [evidence[n] for n in idx],
                "output": text, "source_ids": [e["id"] for e in cited],
                "rejected": rejected})
            k += 1
    return out


def main() -> None:
    for split, rows in build().items():
        with open(HERE / f"{split}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        print(split, len(rows))


if __name__ == "__main__":
    main()
