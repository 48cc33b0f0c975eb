"""`tailor feedback RUN_DIR`: the terminal side of recording preferences (the store and the
pair semantics are in `tailor.training.feedback`).

Kept out of cli.py so the command there stays a few lines; like cli.py, it only parses, asks and
prints. Nothing is stored until every verdict given on the command line is valid, so a typo in
one item id records nothing.
"""
from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.prompt import Prompt
from rich.table import Table

from tailor.errors import UserInputError
from tailor.training import feedback as fb

CHOICES = {"a": "accept the rewrite", "r": "reject it (keep your words)",
           "b": "prefer the first draft", "f": "prefer the final text", "s": "skip", "q": "quit"}


def feedback(run_dir: Path, store: Path, *, accept: list[str], reject: list[str],
             prefer: list[str], list_only: bool, interactive: bool,
             console: Console | None = None) -> None:
    console = console or Console()
    run = fb.load_run(run_dir)
    preferences = _from_options(run, accept, reject, prefer)
    if not preferences and not list_only:
        if not interactive:
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


def ask(run: fb.FeedbackRun, console: Console) -> list[fb.Preference]:
    """Walk the reviewable items, one question each; q (or end of input) stops early."""
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
    records = fb.read_records(store, run.run_dir) if store.is_file() else []
    table = Table(title=f"Preferences for {run.run_dir.name} in {store}")
    for name in ("item", "verdict", "chosen", "rejected", "recorded (UTC)"):
        table.add_column(name, overflow="fold")
    for r in records:
        table.add_row(escape(r.item_id), r.verdict, escape(r.chosen), escape(r.rejected),
                      r.created_at)
    console.print(table)
    console.print(f"{len(records)} preference(s) for this run.")
