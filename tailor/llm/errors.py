"""Failures of a model backend at run time (server down, timeout, generation crash).

Not a user-input error (the user's files are fine) and not a bug in Tailor: the message names the
backend, server and model so the user can fix their setup or fall back to `--model extractive`.
"""
from __future__ import annotations


class ModelError(RuntimeError):
    """A model backend could not produce completions."""
