"""`tailor graph`: the tailoring graph as a Mermaid diagram, for the docs or a quick look."""
from __future__ import annotations

import typer


def graph() -> None:
    """Print the tailoring graph as a Mermaid diagram."""
    from tailor.graph.build import mermaid
    typer.echo(mermaid())
