"""`tailor questions`: interview questions grounded in your evidence, numbered, each with what it
cites; or, with --answer, the follow-up for what the answer left vague.

The cited source is always shown (shortened), so the reader can see why a question is asked;
the origin says whether a model worded it or the template did.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from tailor.cli.options import (
    AdapterOption,
    BaseUrlOption,
    ResumeOption,
    ThresholdOption,
    TimeoutOption,
    TopKOption,
    cache_dir,
    err,
    working,
)
from tailor.errors import UserInputError
from tailor.interview.models import FollowUp, QuestionSet
from tailor.interview.run import QuestionOptions, question_model, questions_from_files
from tailor.interview.templates import topic
from tailor.llm.spec import ModelSpec

SOURCE_WORDS = 18
HELP = (
    "Interview questions grounded in your evidence and the posting's gaps.\n\n"
    "Technical questions come from your bullets that best match the posting's must-haves and "
    "duties, and from requirements your resume does not show; HR questions from bullets that "
    "show teamwork, leadership, conflict, failure or ownership, plus motivation. Every question "
    "cites its source (a bullet id or a requirement id). The list is deterministic, so with "
    "--answer TEXT --question N you get a follow-up asking for what your answer left vague.\n\n"
    "--model none words every question from templates; a model that fails to load or errors "
    "falls back to the templates too.")


def questions(
    job: Annotated[Path, typer.Argument(
        help="Job posting: .txt/.md text, a web page saved as .html, or a JSON Job file.")],
    resume: ResumeOption,
    kind: Annotated[str, typer.Option(help="hr | technical | both.")] = QuestionOptions.kind,
    count: Annotated[int, typer.Option(help="How many questions (1-30).")] = QuestionOptions.count,
    answer: Annotated[Optional[str], typer.Option(metavar="TEXT",
        help="Your answer to a question: get a follow-up for what it left vague.")] = None,
    question: Annotated[Optional[int], typer.Option(metavar="N",
        help="Which question --answer answers (its number in the list; default 1).")] = None,
    model: Annotated[str, typer.Option(
        help="local | local:/path/to/hf-model | openai:MODEL_NAME | none (templates).")] = "local",
    base_url: BaseUrlOption = None,
    adapter: AdapterOption = None,
    top_k: TopKOption = QuestionOptions.top_k,
    threshold: ThresholdOption = QuestionOptions.threshold,
    timeout: TimeoutOption = ModelSpec.timeout,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Interview questions (and follow-ups) grounded in your evidence."""
    if question is not None and answer is None:
        raise UserInputError("--question only says which question --answer answers", field="--question",
                             hint='add --answer "your answer", or leave out --question to list the questions')
    options = QuestionOptions(kind=kind, count=count, top_k=top_k, threshold=threshold,
                              model=question_model(model, base_url=base_url, adapter=adapter,
                                                   api_key=os.environ.get("OPENAI_API_KEY"),
                                                   timeout=timeout))
    with working("Preparing questions (loading models, then writing each question)..."):
        result = questions_from_files(job, resume, options, cache_dir=cache_dir(), answer=answer,
                                      number=question or 1)
    for note in result.notes:
        err.print(f"[yellow]note:[/] {note}", highlight=False)
    if as_json:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    elif answer is not None:
        print_follow_up(result, Console())
    else:
        print_questions(result, Console())


def print_questions(result: QuestionSet, console: Console) -> None:
    where = f" at {result.company}" if result.company else ""
    console.print(f"[bold]Interview questions: {escape(result.job_title)}{escape(where)}[/] "
                  f"[dim]({result.kind}, model: {escape(result.model)})[/]")
    if not result.questions:
        console.print(f"\nNo {result.kind} questions: nothing in the posting or your corpus to ground "
                      "one in (no requirements read from the posting, no matching bullets). "
                      "Try --kind both, or check the posting text.", highlight=False)
        return
    for q in result.questions:
        console.print(f"\n[bold]{q.number}.[/] [cyan]{q.kind}[/] / {_label(q.category)}  "
                      f"[dim]origin: {q.origin}[/]")
        console.print(f"   {escape(q.text)}", highlight=False)
        console.print(f"   [dim]cites {q.source.kind} {q.source.id}: "
                      f"{escape(topic(q.source.text, SOURCE_WORDS))}[/]", highlight=False)
    templated = sum(q.origin == "template" for q in result.questions)
    if result.model != "none" and templated:
        console.print(f"\n[dim]{templated} of {len(result.questions)} question(s) use the template "
                      "wording (the model's failed validation; --json shows why).[/]")
    console.print("\n[dim]Answer one: tailor questions JOB --resume PATH --answer \"...\" "
                  "--question N[/]")


def print_follow_up(result: FollowUp, console: Console) -> None:
    q = result.question
    console.print(f"[bold]Question {q.number}[/] [dim]({q.kind} / {_label(q.category)})[/]: "
                  f"{escape(q.text)}", highlight=False)
    if result.missing:
        console.print("[yellow]Your answer left vague:[/]")
        for m in result.missing:
            console.print(f"  - {m.aspect}: {escape(m.reason)}", highlight=False)
        console.print(f"\n[bold]Follow-up[/] [dim](origin: {result.origin})[/]: {escape(result.text)}",
                      highlight=False)
    else:
        console.print("[green]Your answer is specific[/] (who did what, the result, numbers): "
                      "no follow-up needed. If you want to go deeper:")
        console.print(f"  {escape(result.text)}", highlight=False)
    console.print(f"[dim]cites {result.source.kind} {result.source.id}: "
                  f"{escape(topic(result.source.text, SOURCE_WORDS))}[/]", highlight=False)


def _label(category: str) -> str:
    """"evidence" is the code's name; people read "experience"."""
    return "experience" if category == "evidence" else category
