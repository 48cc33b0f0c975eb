"""What `tailor questions` prints for a person: numbered questions with what each cites.

The cited source is always shown (shortened), so the reader can see why a question is asked;
the origin says whether a model worded it or the template did.
"""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from tailor.interview.models import FollowUp, QuestionSet
from tailor.interview.templates import topic

SOURCE_WORDS = 18


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
