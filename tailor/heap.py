"""Models and word lists loaded once per process are moved out of the garbage collector's sight.

Why: after the skill tagger, the embedder and the lexicons load, a process holds about half a
million long-lived Python objects. Python's full collection walks all of them; in a long run
(`tailor batch`, `tailor score` over hundreds of postings) one comes every few dozen postings and
took 0.25-0.6 s each on 2 cores, so whichever posting triggered it blew ingest's 0.3 s budget.
`gc.freeze()` moves every object alive at that moment into a permanent generation that
collections skip (the objects stay alive, as these would anyway); what the run allocates later
is collected as before. Called by the one-per-process model loaders once they have loaded. See
docs/ARCHITECTURE.md, "Layers".
"""
from __future__ import annotations

import gc


def freeze_loaded() -> None:
    """Exempt everything alive now (the loaded models, lexicons, imported modules) from later
    full collections. Cheap (no traversal) and safe to call more than once."""
    gc.freeze()
