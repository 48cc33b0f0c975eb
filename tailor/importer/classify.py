"""Optional model pass: a model says which field a leftover line belongs to; code moves it.

The model only classifies. It picks a label from a closed list per line (one short chat per
line, all in one `complete` call so local backends batch them); the line's own text is what
lands in the field, so the model cannot reword, invent or drop anything. An answer that is not
exactly an allowed label (optionally followed by the line repeated verbatim) is ignored and the
line stays unparsed. Page furniture (page numbers, credits, running headers) is never asked about.
"""
from __future__ import annotations

import copy
from dataclasses import replace

from tailor.importer.page_furniture import FURNITURE_SECTIONS
from tailor.importer.result import ImportResult, Unparsed

ROLE_SECTIONS = ("work", "volunteer", "projects")
_SYSTEM = ("You sort lines of a resume into fields. Answer with exactly one label from the list "
           "and nothing else.")
_DESCRIBE = {
    "highlight": "an achievement bullet of the entry it sits in",
    "summary": "a description of the entry, or of the person when outside entries",
    "label": "the person's job title under their name",
    "skill": "a skill or a list of skills",
    "none": "none of these",
}


def allowed_labels(item: Unparsed) -> list[str]:
    """The labels that make sense for where the line sits (a highlight needs an entry)."""
    if item.section in ROLE_SECTIONS and item.entry is not None:
        return ["highlight", "summary", "skill", "none"]
    if item.section == "header":
        return ["label", "summary", "skill", "none"]
    return ["skill", "none"]


def _chat(item: Unparsed, labels: list[str]) -> list[dict]:
    options = "\n".join(f"- {label}: {_DESCRIBE[label]}" for label in labels)
    return [{"role": "system", "content": _SYSTEM},
            {"role": "user", "content": f"Section: {item.section}\nLine: {item.text}\nLabels:\n{options}\nLabel:"}]


def parse_answer(answer: str, item: Unparsed, labels: list[str]) -> str | None:
    """The label, if `answer` is one of `labels` (alone, or followed by the line verbatim)."""
    text = answer.strip()
    head, _, rest = text.partition(":")
    label = head.strip().strip("`'\".").lower()
    if label not in labels or label == "none":
        return None
    if rest.strip() and rest.strip() != item.text:
        return None  # the model rewrote the line: not accepted
    return label


def classify_unparsed(result: ImportResult, model) -> ImportResult:
    """A copy of `result` with the lines the model placed moved into their fields."""
    items = [item for item in result.unparsed if item.section not in FURNITURE_SECTIONS]
    labels = [allowed_labels(item) for item in items]
    answers = model.complete([_chat(item, allowed) for item, allowed in zip(items, labels)], max_new_tokens=8)
    resume = copy.deepcopy(result.resume)
    placed = {id(item) for item, allowed, answer in zip(items, labels, answers)
              if (label := parse_answer(answer or "", item, allowed)) and _place(resume, item, label)}
    return replace(result, resume=resume, unparsed=[item for item in result.unparsed if id(item) not in placed])


def _place(resume: dict, item: Unparsed, label: str) -> bool:
    text = item.text
    if label == "skill":
        skills = resume.setdefault("skills", [])
        group = next((g for g in skills if g.get("name") == "Skills"), None)
        if group is None:
            skills.append(group := {"name": "Skills", "keywords": []})
        group.setdefault("keywords", []).append(text)
        return True
    if label == "label" and not resume["basics"].get("label"):
        resume["basics"]["label"] = text
        return True
    if item.section in ROLE_SECTIONS and item.entry is not None and item.entry < len(resume.get(item.section, [])):
        entry = resume[item.section][item.entry]
        if label == "highlight":
            entry.setdefault("highlights", []).append(text)
            return True
        key = "description" if item.section == "projects" else "summary"
        entry[key] = f"{entry[key]} {text}" if entry.get(key) else text
        return True
    if label == "summary" and item.section in ("header", "summary"):
        basics = resume["basics"]
        basics["summary"] = f"{basics['summary']}\n{text}" if basics.get("summary") else text
        return True
    return False
