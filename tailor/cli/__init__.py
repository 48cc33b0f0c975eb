"""Command line: `tailor JOB --resume PATH` and friends.

Thin by design: parse options, read the environment (only here), call one library function,
print. User mistakes become one clear message and exit code 1, never a traceback. One module per
command (or command group), each with its own terminal output; `root.py` wires them into `app`;
`options.py` holds what several share. Nothing below the CLI imports this package (see
docs/ARCHITECTURE.md "Layers").
"""
from tailor.cli.options import cache_dir, default_ledger, feedback_store
from tailor.cli.root import app, main

__all__ = ["app", "cache_dir", "default_ledger", "feedback_store", "main"]
