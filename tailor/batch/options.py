"""What a batch run is asked to do: its own module so the CLI can read the defaults without
importing the driver, the engines and the workers."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tailor.graph.context import RunSettings
from tailor.llm.spec import ModelSpec


@dataclass
class BatchOptions:
    jobs: list[Path]
    corpus: Path
    out_root: Path
    ledger: Path
    cache_dir: Path                     # models and the Chroma store (the CLI's cache dir)
    settings: RunSettings = field(default_factory=RunSettings)
    model: ModelSpec = field(default_factory=ModelSpec.parse)  # the default writer
    workers: int = 1
    engine: str = "local"               # "local" (processes) or "ray"
    ray_address: str | None = None
    task_timeout: float | None = 900.0  # seconds per posting before its worker is replaced
    limit: int | None = None            # start at most this many unfinished postings this run
