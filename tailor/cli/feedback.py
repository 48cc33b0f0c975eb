"""`tailor feedback RUN_DIR`: which rewrites of a run you prefer, asked in the terminal or given
as options (the store and the pair semantics are in `tailor.training.feedback`).

It only parses, asks and prints. Nothing is stored until every verdict given on the command line
is valid, so a typo in one item id records nothing.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.prompt import Prompt
from rich.table import Table

from tailor.cli.options import feedback_store
from tailor.errors import UserInputError

if TYPE_CHECKING:  # the store imports LangGraph: only once the command runs
    from tailor.training import feedback as fb

HELP = (
    "Tell Tailor which rewrites of a run you prefer, for the next DPO round of the writer.\n\n"
    "Each verdict becomes a preference pair (chosen, rejected) for the writer's own prompt for "
    "that item, kept in a SQLite store: ~/.cache/tailor/feedback.sqlite (TAILOR_CACHE_DIR moves "
    "it; --store picks another). `tailor train dpo` reads that store by default. The store "
    "holds your resume text as you saw it; training scrubs personal data before using it.\n\n"
    "With no --accept/--reject/--prefer, asks about each rewritten item in the terminal.")
CHOICES = {"a": "accept the rewrite", "r": "reject it (keep your words)",
           "b": "prefer the first draft", "f": "prefer the final text", "s": "skip", "q": "quit"}


def feedback(
    run_dir: Annotated[Path, typer.Argument(metavar="RUN_DIR",
        help="A run's output folder (`tailor JOB --resume PATH --out RUN_DIR`).")],
    accept: Annotated[Optional[list[str]], typer.Option("--accept", metavar="ITEM_ID",
        help="Prefer the model's rewrite of ITEM_ID over your own words. Repeatable.")] = None,
    reject: Annotated[Optional[list[str]], typer.Option("--reject", metavar="ITEM_ID",
        help="Prefer your own words over the model's rewrite of ITEM_ID. Repeatable.")] = None,
    prefer: Annotated[Optional[list[str]], typer.Option("--prefer", metavar="ITEM_ID=before|after",
        help="For a repaired item: prefer its first draft (before) or the final text (after).")] = None,
    store: Annotated[Optional[Path], typer.Option(
        help="Feedback store (default: <cache dir>/feedback.sqlite).")] = None,
    list_only: Annotated[bool, typer.Option("--list", help="Show what is stored for RUN_DIR.")] = False,
) -> None:
    """Record which rewrites you prefer (pairs for DPO)."""
    from tailor.training import feedback as fb

    store = store or feedback_store()
    console = Console()
    run = fb.load_run(run_dir)
    preferences = _from_options(run, accept or [], reject or [], prefer or [])
    if not preferences and not list_only:
        if not _is_terminal():
            _print_pending(run, console)
            return
        preferences = ask(run, console)
    if preferences:
        added = fb.record(store, run, preferences)
        again = len(preferences) - added
        console.print(f"Stored {added} preference(s) in {escape(str(store))}"
                      + (f" ({again} already there)" if again else "")
                      + "; `tailor train dpo` reads them.", highlight=False)
    elif not list_only:
        console.print("Nothing recorded.")
    if list_only:
        _print_stored(run, store, console)


def _is_terminal() -> bool:
    return sys.stdin.isatty()


def ask(run: fb.FeedbackRun, console: Console) -> list[fb.Preference]:
    """Walk the reviewable items, one question each; q (or end of input) stops early."""
    from tailor.training import feedback as fb

    items = run.reviewable()
    if not items:
        console.print("Every item of this run is your own words: nothing to review.")
        return []
    console.print(f"{len(items)} item(s) to review. Answers are stored when you finish or quit.")
    found: list[fb.Preference] = []
    for n, item in enumerate(items, start=1):
        console.rule(f"[{n}/{len(items)}] {escape(item.id)}")
        _show(run, item, console)
        keys = _choices(run, item)
        console.print("  " + "  ".join(f"{k}: {CHOICES[k]}" for k in keys), style="dim")
        try:
            answer = Prompt.ask("Your choice", choices=keys, default="s", console=console)
        except (EOFError, KeyboardInterrupt):
            console.print()
            break
        if answer == "q":
            break
        if answer in ("a", "r"):
            found.append(fb.make_preference(run, item.id, "accept" if answer == "a" else "reject"))
        elif answer in ("b", "f"):
            found.append(fb.make_preference(run, item.id, "prefer",
                                            "before" if answer == "b" else "after"))
    return found


def _choices(run: fb.FeedbackRun, item) -> list[str]:
    keys = ["a", "r"] if item.text != run.own_words(item) else []
    if run.first_draft(item) is not None:
        keys += ["b", "f"]
    return keys + ["s", "q"]


def _show(run: fb.FeedbackRun, item, console: Console) -> None:
    own, draft = run.own_words(item), run.first_draft(item)
    console.print(f"  [bold]your words[/]  {escape(own)}", highlight=False)
    if draft is not None:
        reasons = [r for rec in run.repairs if rec.item_id == item.id and rec.before == draft
                   for r in rec.reasons]
        console.print(f"  [bold]first draft[/] {escape(draft)}", highlight=False)
        if reasons:
            console.print(f"  [dim]the critic sent it back: {escape('; '.join(reasons))}[/]",
                          highlight=False)
    label = "final text " if draft is not None else "rewrite    "
    same = "  [dim](your words)[/]" if item.text == own else ""
    console.print(f"  [bold]{label}[/] {escape(item.text)}{same}", highlight=False)


def _from_options(run: fb.FeedbackRun, accept: list[str], reject: list[str],
                  prefer: list[str]) -> list[fb.Preference]:
    from tailor.training import feedback as fb

    given: list[tuple[str, fb.Verdict, fb.Variant | None]] = (
        [(i, "accept", None) for i in accept] + [(i, "reject", None) for i in reject])
    for spec in prefer:
        item_id, _, variant = spec.rpartition("=")
        if variant not in ("before", "after"):
            raise UserInputError(f"--prefer {spec!r}: expected ITEM_ID=before or ITEM_ID=after",
                                 hint="before = the first draft, after = the text on the page")
        given.append((item_id, "prefer", variant))
    verdicts: dict[str, set] = {}
    for item_id, verdict, variant in given:
        verdicts.setdefault(item_id, set()).add((verdict, variant))
    mixed = sorted(i for i, v in verdicts.items() if len(v) > 1)
    if mixed:
        raise UserInputError(f"more than one verdict for {', '.join(mixed)}",
                             hint="give each item one of --accept, --reject, --prefer")
    return [fb.make_preference(run, i, verdict, variant) for i, verdict, variant in given]


def _print_pending(run: fb.FeedbackRun, console: Console) -> None:
    items = run.reviewable()
    for item in items:
        console.rule(escape(item.id))
        _show(run, item, console)
        console.print("  [dim]options: " + ", ".join(
            {"a": f"--accept {item.id}", "r": f"--reject {item.id}",
             "b": f"--prefer {item.id}=before", "f": f"--prefer {item.id}=after"}[k]
            for k in _choices(run, item) if k in "arbf") + "[/]", highlight=False)
    console.print(f"{len(items)} item(s) to review; not a terminal, so nothing was asked or "
                  "recorded.\n  -> run it in a terminal, or pass --accept/--reject/--prefer.",
                  highlight=False)


def _print_stored(run: fb.FeedbackRun, store: Path, console: Console) -> None:
    from tailor.training import feedback as fb

    records = fb.read_records(store, run.run_dir) if store.is_file() else []
    table = Table(title=f"Preferences for {run.run_dir.name} in {store}")
    for name in ("item", "verdict", "chosen", "rejected", "recorded (UTC)"):
        table.add_column(name, overflow="fold")
    for r in records:
        table.add_row(escape(r.item_id), r.verdict, escape(r.chosen), escape(r.rejected),
                      r.created_at)
    console.print(table)
    console.print(f"{len(records)} preference(s) for this run.")
