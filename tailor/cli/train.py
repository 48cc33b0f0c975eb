"""`tailor train sft|embed|dpo|eval`: the training scripts behind one command group.

Each script parses its own options (`tailor train sft --help`), so these commands pass every
argument through untouched and return the script's exit code.
"""
from __future__ import annotations

import typer

from tailor.cli.options import feedback_store

app = typer.Typer(no_args_is_help=True,
                  help="Train the local writer model or the retrieval embedder.")
PASS_THROUGH = {"allow_extra_args": True, "ignore_unknown_options": True}


@app.command("sft", add_help_option=False, context_settings=PASS_THROUGH)
def train_sft(ctx: typer.Context) -> None:
    """LoRA SFT of the writer (options: tailor train sft --help)."""
    from tailor.training.sft import main as sft_main
    raise typer.Exit(sft_main(ctx.args))


@app.command("embed", add_help_option=False, context_settings=PASS_THROUGH)
def train_embed(ctx: typer.Context) -> None:
    """Fine-tune the retrieval embedder, measured on held-out people (tailor train embed --help)."""
    from tailor.training.embed import main as embed_main
    raise typer.Exit(embed_main(ctx.args))


@app.command("dpo", add_help_option=False, context_settings=PASS_THROUGH)
def train_dpo(ctx: typer.Context) -> None:
    """DPO on critic-ranked variants + your feedback (options: tailor train dpo --help)."""
    from tailor.training.dpo import main as dpo_main
    raise typer.Exit(dpo_main(ctx.args, default_feedback=feedback_store()))


@app.command("eval", add_help_option=False, context_settings=PASS_THROUGH)
def train_eval(ctx: typer.Context) -> None:
    """Compare base / SFT / SFT+DPO / extractive on held-out rows (tailor train eval --help)."""
    from tailor.training.evaluate import main as eval_main
    raise typer.Exit(eval_main(ctx.args))
