"""`tailor trace RUN_DIR`: the terminal side of `tailor.trace.view` (which reads the trace).

Every text from the run is escaped: a resume or posting may contain [brackets] that rich would
otherwise read as markup.
"""
from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from tailor.errors import UserInputError
from tailor.schemas import ClaimChange

if TYPE_CHECKING:  # the trace reader imports LangGraph: only once the command runs
    from tailor.trace.view import ItemHistory, RunTrace

HELP = (
    "Show what happened in a finished run, read back from RUN_DIR/trace.sqlite (the run's "
    "LangGraph checkpoints).\n\n"
    "By default: one table row per node the graph ran (seconds, tokens the writer generated, "
    "what the node did), then the critic's verdicts and the repairs, round by round.")


def trace(
    run_dirs: Annotated[list[Path], typer.Argument(metavar="RUN_DIR...",
        help="A run's output folder. With --jsonl: several, or a folder of run folders "
             "(such as a batch's output).")],
    as_json: Annotated[bool, typer.Option("--json",
        help="Print the node steps and every item's history as one JSON document.")] = False,
    diff: Annotated[bool, typer.Option("--diff",
        help="Show each item from your evidence to the first draft, each repair round (with "
             "the critic's reasons) and the final text, changed words marked.")] = False,
    jsonl: Annotated[Optional[Path], typer.Option("--jsonl", metavar="OUT",
        help="Write OUT with one JSON object per line: a row per node execution (kind=node) "
             "and per item (kind=item) of every run; pandas.read_json(OUT, lines=True) "
             "reads it as a table. Prints nothing else.")] = None,
) -> None:
    """Show a run's trace: node by node, critic rounds, or bullet histories."""
    show_trace(run_dirs, as_json=as_json, diff=diff, jsonl=jsonl)


def show_trace(run_dirs: list[Path], *, as_json: bool, diff: bool, jsonl: Path | None) -> None:
    """What `tailor trace` prints, or with `jsonl` writes (then --json and --diff do not apply:
    they show one run, the export is for many)."""
    from tailor.trace.view import export_jsonl, read_run

    console = Console()
    if jsonl is not None:
        rows = export_jsonl(run_dirs, jsonl)
        console.print(f"Wrote {rows} rows to {escape(str(jsonl))}", highlight=False)
        return
    if len(run_dirs) != 1:
        raise UserInputError(f"{len(run_dirs)} run folders given; show one at a time",
                             hint="several RUN_DIRs (or a batch's folder) go with --jsonl OUT")
    run = read_run(run_dirs[0])
    if as_json:
        sys.stdout.write(json.dumps(run.to_json(), indent=2, ensure_ascii=False) + "\n")
    elif diff:
        print_diff(run, console)
    else:
        print_steps(run, console)


def print_steps(run: RunTrace, console: Console) -> None:
    """The node table, then what the critic said in each round and what each repair did."""
    table = Table(title=escape(f"{run.run_id} ({run.run_dir})"))
    for name, justify in (("step", "right"), ("node", "left"), ("round", "right"),
                          ("seconds (this node)", "right"), ("tokens", "right")):
        table.add_column(name, justify=justify)
    table.add_column("summary", overflow="fold")
    for s in run.steps:
        table.add_row(str(s.step), s.node, str(s.repair_round),
                      "" if s.seconds is None else f"{s.seconds:.2f}",
                      "" if s.tokens is None else str(s.tokens), escape(s.summary))
    console.print(table)
    for s in run.steps:
        if s.node == "critique":
            console.print(f"[bold]Critic, round {s.repair_round}:[/] {escape(s.summary)}",
                          highlight=False)
            for item_id, reasons in s.failing.items():
                console.print(f"  [red]✗[/] {escape(item_id)}: {escape('; '.join(reasons))}",
                              highlight=False)
        elif s.node == "write" and s.repair_round:
            console.print(f"[bold]Repair, {escape(s.summary)}[/]", highlight=False)
            for r in s.repairs:
                after = f" -> {escape(r['after'])}" if r["after"] else ""
                console.print(f"  {escape(r['item_id'])} [dim]({r['outcome']})[/]: "
                              f"{escape(r['before'])}{after}", highlight=False)


def print_diff(run: RunTrace, console: Console) -> None:
    """Each item from its evidence to the page, words changed since the previous text marked:
    in colour when the terminal has it, else as [-taken out-] {+added+} (like git's word diff)."""
    plain = console.color_system is None
    for item in run.items:
        console.rule(f"{escape(item.item_id)} [dim]({item.kind}, {item.outcome}, "
                     f"{item.origin})[/]")
        if item.draft == item.source and not item.revisions and item.outcome == "kept":
            console.print(Text.assemble(("  unchanged ", "bold"), item.source))
            continue
        _stages(item, console, plain)


def _stages(item: ItemHistory, console: Console, plain: bool) -> None:
    def line(label: str, text: Text | str) -> None:
        console.print(Text.assemble((f"  {label:<8}", "bold"), text))

    line("source", item.source)
    line("draft", Text("(the source, unchanged)", style="dim") if item.draft == item.source
         else word_diff(item.source, item.draft, plain))
    _claims(item.draft_claims, console)
    before = item.draft
    for rev in item.revisions:
        console.print(Text(f"  round {rev.round}: the critic rejected it: "
                           + "; ".join(rev.reasons), style="dim"))
        line("repair" if rev.outcome == "retry" else "source", word_diff(before, rev.text, plain))
        _claims(rev.claims, console)
        before = rev.text
    if item.final:
        line("final", word_diff(item.source, item.final, plain))
    else:
        line("final", Text(f"(left out: {item.outcome})", style="yellow"))


def _claims(changes: list[dict], console: Console) -> None:
    """The claim changes the critic found in the text above: raised ones failed it."""
    from tailor.text.claims import describe  # compiles every claim cue: only when printed

    for change in changes:
        verdict = ("✗ raised", "red") if change["raised"] else ("✓ lowered", "green")
        console.print(Text.assemble("          claim ", (verdict[0], verdict[1]), ": ",
                                    describe(ClaimChange(**change))))


def word_diff(old: str, new: str, plain: bool = False) -> Text:
    """`new` with the words it added and the words of `old` it lost marked."""
    a, b = old.split(), new.split()
    out = Text()
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        lost, added = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if op == "equal":
            out.append(added + " ")
            continue
        if lost:
            out.append(f"[-{lost}-] " if plain else lost + " ", style="red strike")
        if added:
            out.append(f"{{+{added}+}} " if plain else added + " ", style="green")
    out.rstrip()
    return out
