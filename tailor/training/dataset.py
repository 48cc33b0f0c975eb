"""The curated fine-tuning dataset (tailor/training/data/): rows, loading, prompts, critic input.

A row is one instruction pair: a requirement list and keywords from a posting of one occupation,
the evidence bullets a retriever found in an invented person's corpus, and the tailored bullet
(or summary) that cites them, plus rejected counterexamples with the reason they are wrong
(preference data). `chat_messages` builds exactly the writer's prompt from the writer's own
constants, so training and inference prompts cannot drift; `to_tailored` builds the minimal
resume/corpus/posting trio the critic needs to verify a row. See data/README.md (datasheet).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tailor.llm.prompts import BULLET_ASK, EXAMPLES, SUMMARY_ASK, SUMMARY_SYSTEM, SYSTEM
from tailor.schemas import (
    Basics,
    Corpus,
    EvidenceBullet,
    Experience,
    JobPosting,
    Requirement,
    TailoredItem,
    TailoredResume,
    TailoredRole,
)

DATA_DIR = Path(__file__).parent / "data"
SPLIT_FILES = {"train": DATA_DIR / "train.jsonl", "heldout": DATA_DIR / "heldout.jsonl"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RowRole(_Strict):
    organization: str
    title: str


class RowEvidence(_Strict):
    id: str
    text: str


class Rejected(_Strict):
    """A bad output for the same input and why it is bad. A reason starting with "style:" marks
    a counterexample the critic cannot catch (kept for preference data, skipped by the test)."""
    text: str
    reason: str


class Row(_Strict):
    id: str
    occupation: str
    person: str
    split: Literal["train", "heldout"]
    kind: Literal["bullet", "summary"]
    role: RowRole
    requirements: list[str] = Field(min_length=1)
    keywords: list[str] = Field(default_factory=list)
    evidence: list[RowEvidence] = Field(min_length=1)
    output: str
    source_ids: list[str] = Field(min_length=1)
    rejected: list[Rejected] = Field(default_factory=list)

    @model_validator(mode="after")
    def _sources_are_evidence(self) -> Row:
        ids = {e.id for e in self.evidence}
        missing = [s for s in self.source_ids if s not in ids]
        if missing:
            raise ValueError(f"source_ids {missing} not among the evidence ids")
        return self


def load_rows(path: str | Path | None = None) -> list[Row]:
    """Rows of one JSONL file, or of both shipped splits (train, then heldout)."""
    paths = [Path(path)] if path is not None else list(SPLIT_FILES.values())
    rows: list[Row] = []
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(Row.model_validate(json.loads(line)))
    return rows


def cited_text(row: Row) -> str:
    """What the writer puts after "Evidence:": the cited bullets joined (writer.source_text)."""
    by_id = {e.id: e.text for e in row.evidence}
    return " ".join(by_id[s] for s in row.source_ids)


def chat_messages(row: Row, with_answer: bool = True) -> list[dict]:
    """The writer's prompt for this row (writer.chat_for), plus the target as the answer."""
    evidence = cited_text(row)
    if row.kind == "summary":
        facts = "\n".join(f"- {line}" for line in [row.role.title, evidence] if line)
        chat = [{"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": SUMMARY_ASK.format(title=row.role.title, facts=facts)}]
    else:
        chat = [{"role": "system", "content": SYSTEM}]
        for question, answer in EXAMPLES:
            chat += [{"role": "user", "content": question},
                     {"role": "assistant", "content": answer}]
        chat.append({"role": "user", "content": BULLET_ASK.format(
            evidence=evidence, keywords=", ".join(row.keywords[:4]) or "none")})
    if with_answer:
        chat.append({"role": "assistant", "content": row.output})
    return chat


def sft_examples(rows: list[Row]) -> list[dict]:
    """Rows in TRL's conversational prompt-completion format, as `tailor train sft` reads them."""
    return [{"prompt": chat_messages(row, with_answer=False),
             "completion": [{"role": "assistant", "content": row.output}]} for row in rows]


def to_tailored(row: Row, text: str | None = None) -> tuple[TailoredResume, Corpus, JobPosting]:
    """A minimal resume/corpus/posting trio so `critique` can check the row's output (or `text`,
    e.g. a rejected counterexample, in its place)."""
    exp_id = f"exp-{row.person}"
    bullets = [EvidenceBullet(id=e.id, text=e.text) for e in row.evidence]
    basics = Basics(name="<NAME>", label=row.role.title)
    corpus = Corpus(basics=basics, experiences=[Experience(
        id=exp_id, organization=row.role.organization, title=row.role.title, bullets=bullets)])
    item = TailoredItem(id="summary" if row.kind == "summary" else f"b-{row.id}",
                        text=row.output if text is None else text,
                        source_ids=list(row.source_ids), origin="model")
    role = TailoredRole(experience_id=exp_id, organization=row.role.organization,
                        title=row.role.title,
                        bullets=[] if row.kind == "summary" else [item])
    resume = TailoredResume(basics=basics, summary=item if row.kind == "summary" else None,
                            roles=[role])
    job = JobPosting(title=row.role.title, keywords=list(row.keywords), requirements=[
        Requirement(id=f"r{k}", text=t, kind="must_have")
        for k, t in enumerate(row.requirements, start=1)])
    return resume, corpus, job
