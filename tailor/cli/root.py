"""The `tailor` command: the Typer app with every command registered, and `main`, which reads
`tailor JOB ...` as `tailor run JOB ...` and turns known failures into one message and an exit
code, never a traceback.

Named `root`, not `app` or `main`: a submodule of that name would be shadowed by the `app` and
`main` that `tailor.cli` exposes. Each command lives in its own module and owns its terminal
output; this module only wires them, in the order `tailor --help` lists them.
"""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from tailor.cli import batch, feedback, graph, import_, ledger, questions, run, score, trace, train
from tailor.cli.options import err
from tailor.errors import Failure, UserInputError, known_failure

app = typer.Typer(add_completion=False, no_args_is_help=True, help=(
    "Tailor a resume to a job posting, offline. Every bullet traces to your own evidence.\n\n"
    "Usage: tailor JOB --resume PATH [options]   (same as `tailor run ...`)"))
app.command("run")(run.run)
app.command("graph")(graph.graph)
app.command("feedback", help=feedback.HELP)(feedback.feedback)
app.command("trace", help=trace.HELP)(trace.trace)
app.command("batch", help=batch.HELP)(batch.batch)
app.command("import", help=import_.HELP)(import_.import_resume_cmd)
app.command("score", help=score.HELP)(score.score)
app.command("questions", help=questions.HELP)(questions.questions)
app.add_typer(ledger.app, name="ledger")
app.add_typer(train.app, name="train")

INTERRUPTED = 130   # the exit code typer returns for Ctrl-C (128 + SIGINT), silently
HELP_FLAGS = frozenset({"--help", "-h"})  # for the app itself, never a posting (-h gets click's usage error)
# What may come first on the command line; anything else is a job posting for `run`. Read from
# the app, so a command added above is never mistaken for a posting file.
SUBCOMMANDS = frozenset(
    [c.name or typer.main.get_command_name(c.callback.__name__) for c in app.registered_commands]
    + [g.name for g in app.registered_groups]) | HELP_FLAGS


def main(argv: list[str] | None = None) -> None:
    """Entry point: `tailor JOB ...` is shorthand for `tailor run JOB ...`."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] not in SUBCOMMANDS:
            _refuse_mistyped_command(args[0])
            args.insert(0, "run")
        code = app(args, prog_name="tailor", standalone_mode=False)
        if code == INTERRUPTED and args[0] != "batch":   # typer's code for Ctrl-C; batch says what it kept
            err.print("[yellow]Interrupted[/] (Ctrl-C)" + ("." if args[0] == "train" else
                      ": nothing was written (files are written only when a command finishes)."),
                      highlight=False)
        if isinstance(code, int) and code:  # a command's typer.Exit(code), returned by click
            raise SystemExit(code)
    except Exception as exc:  # noqa: BLE001 - mapped below, bugs re-raised
        failure = _known_failure(exc)
        if failure is None:
            raise
        err.print(f"[red]error:[/] {failure.message}", highlight=False)
        raise SystemExit(failure.exit_code)


def _refuse_mistyped_command(first: str) -> None:
    """`tailor scroe x` would otherwise read as `tailor run scroe x` and complain about --resume."""
    import difflib

    if first.startswith("-") or Path(first).exists():
        return
    close = difflib.get_close_matches(first, sorted(c for c in SUBCOMMANDS if not c.startswith("-")),
                                      n=1, cutoff=0.75)
    if close:
        raise UserInputError(f"no command or job posting file named {first!r}",
                             hint=f"did you mean `tailor {close[0]}`? (`tailor --help` lists the commands)")


def _known_failure(exc: Exception) -> Failure | None:
    """Click's own exits and usage errors end here (click prints them); the rest is
    `tailor.errors.known_failure`, shared with the batch worker."""
    import click

    if isinstance(exc, click.exceptions.Exit):
        raise SystemExit(exc.exit_code)
    try:  # a newer typer vendors click as typer._click and raises that copy's exceptions
        from typer._click.exceptions import ClickException as TyperClickException
    except ImportError:
        TyperClickException = click.ClickException
    if isinstance(exc, (click.ClickException, TyperClickException)):  # usage errors: click prints its own message
        exc.show()
        raise SystemExit(exc.exit_code)
    if isinstance(exc, click.exceptions.Abort):
        return Failure("aborted", 130, "aborted")
    return known_failure(exc)
