"""What several commands share: option types, where files live by default, the stderr console.

The environment is read here and nowhere below the CLI: `TAILOR_CACHE_DIR`, `TAILOR_LEDGER` and
`XDG_DATA_HOME` become paths handed to the library. Defaults of the options are the defaults of
the library's settings dataclasses (`RunSettings`, `BatchOptions`, `QuestionOptions`), named
where the command declares them, so `--help` shows what a run really uses.
"""
from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal, Optional

import typer
from rich.console import Console

err = Console(stderr=True, soft_wrap=True)  # a message is one line: a log or a pipe gets it whole
DEFAULT_CACHE = Path.home() / ".cache" / "tailor"


@contextlib.contextmanager
def working(message: str) -> Iterator[Any]:
    """A spinner with `message` on a terminal; elsewhere (a pipe, a log, CI) the message printed
    once, so a long silent phase such as loading models still says what it is doing. Yields an
    object whose `update(text)` changes the spinner's text (nothing off a terminal)."""
    if err.is_terminal:
        with err.status(message, spinner="dots") as status:
            yield status
        return
    err.print(f"  {message}", highlight=False)
    yield _Quiet()


class _Quiet:
    def update(self, *args: Any, **kwargs: Any) -> None:
        """Nothing to redraw off a terminal."""


def cache_dir() -> Path:
    return Path(os.environ.get("TAILOR_CACHE_DIR") or DEFAULT_CACHE)


def default_ledger() -> Path:
    """The application ledger `tailor batch` writes and `tailor ledger` reads: $TAILOR_LEDGER,
    else $XDG_DATA_HOME/tailor/ledger.sqlite (data, not cache: it records what you applied to)."""
    if os.environ.get("TAILOR_LEDGER"):
        return Path(os.environ["TAILOR_LEDGER"]).expanduser()
    data = os.environ.get("XDG_DATA_HOME") or ""
    base = Path(data) if os.path.isabs(data) else Path.home() / ".local" / "share"  # XDG: ignore relative
    return base / "tailor" / "ledger.sqlite"


def feedback_store() -> Path:
    """Where `tailor feedback` records preferences and `tailor train dpo` reads them."""
    from tailor.training.feedback import STORE_FILE
    return cache_dir() / STORE_FILE


def field_default(cls: type, name: str) -> Any:
    """The default of dataclass field `name`, made by its default_factory if it has one (such a
    field has no class attribute to read)."""
    found = next(f for f in dataclasses.fields(cls) if f.name == name)
    if found.default_factory is not dataclasses.MISSING:
        return found.default_factory()
    return found.default


# Options shared by `run`, `batch` and `questions`.
ResumeOption = Annotated[Path, typer.Option("--resume", "-r",
    help="Your experience corpus: JSON Resume or native experiences.json.")]
ModelOption = Annotated[str, typer.Option(
    help="Writer: extractive (default: your own bullets, chosen and ordered) | local (the bundled "
         "SmolLM2 rewriter) | local:/path/to/hf-model | openai:MODEL_NAME.")]
BaseUrlOption = Annotated[Optional[str], typer.Option(
    help="OpenAI-compatible server URL (Ollama, vLLM, LM Studio) for openai:MODEL.")]
AdapterOption = Annotated[Optional[str], typer.Option(
    help="PEFT/LoRA adapter folder for the local model. Default with --model local: the "
         "writer adapter shipped with Tailor; 'none' for the untuned base model.")]
MaxRepairsOption = Annotated[int, typer.Option(min=0, max=10,
    help="Repair rounds for items the critic rejects before falling back to your own words.")]
PagesOption = Annotated[int, typer.Option(min=1, max=3, help="Page budget.")]
# The same names as tailor.render.html.TEMPLATES (a test checks), spelled out here so that
# `--help` does not import the PDF renderer.
TemplateOption = Annotated[Literal["classic", "sidebar"], typer.Option(
    help="Resume look: classic (one column, the ATS-safe default) or sidebar (section headings in a left column).")]
TopKOption = Annotated[int, typer.Option(min=1, max=100, help="Evidence retrieved per requirement.")]
ThresholdOption = Annotated[float, typer.Option(min=0.0, max=1.0,
    help="Minimum cosine similarity for evidence to count for a requirement.")]
TimeoutOption = Annotated[float, typer.Option(
    min=0.1, help="Seconds per request to an OpenAI-compatible server.")]
