"""Turn the user's `--model` spec into a backend (or None for the model-free extractive writer).

Backends are imported lazily: `openai:...` and `extractive` never import torch.
"""
from __future__ import annotations

from pathlib import Path

from tailor.errors import UserInputError
from tailor.llm.base import LanguageModel

VALID_SPECS = ("local", "local:/path/to/hf-model-folder", "openai:MODEL_NAME", "extractive")
NO_ADAPTER = "none"  # `--adapter none`: the bundled base model without Tailor's adapter
# The writer `tailor run` and `tailor batch` use unless told otherwise. Extractive (the person's
# own bullets, chosen and ordered) because, measured on the 4 shared sample resumes x 5 shared
# postings (bench/writer_real.py, README "Which writer"), the shipped local adapter rewrote 29%
# of items and scored 0.882 on the critic's rubric against extractive's 0.885: not as good.
# `--model local` is one flag away.
DEFAULT_WRITER = "extractive"


def shipped_adapter() -> Path:
    """The writer adapter trained by `tailor train sft`/`dpo` and shipped inside the package
    (PEFT weights only; its README gives the training command and the evaluation)."""
    return Path(__file__).parent / "adapters" / "smollm2-writer"


def load_model(spec: str, *, base_url: str | None = None, adapter: str | None = None,
               api_key: str | None = None, timeout: float = 60.0,
               cache_dir: Path | None = None) -> LanguageModel | None:
    """Build the backend named by `spec`; raise UserInputError for specs or paths that can't work.

    - "local": the bundled SmolLM2-135M-Instruct (converted once into `cache_dir`) with the
      shipped writer adapter unless `adapter` names another folder or is "none"
    - "local:/path": any local Hugging Face causal-LM folder
    - "openai:NAME": an OpenAI-compatible server (`base_url` for Ollama/vLLM/LM Studio)
    - "extractive": no model; returns None
    """
    kind, _, arg = spec.strip().partition(":")
    if kind == "extractive" and not arg:
        _refuse_options(spec, adapter=adapter, base_url=base_url)
        return None
    if kind == "local":
        _refuse_options(spec, base_url=base_url)
        adapter = _local_adapter(adapter, bundled_model=not arg)
        if arg and not Path(arg).expanduser().is_dir():
            raise UserInputError("model folder not found", file=arg,
                                 hint="local:PATH needs a folder saved by save_pretrained")
        from tailor.llm.local import LocalModel
        return LocalModel(model_path=arg or None, adapter=adapter, cache_dir=cache_dir)
    if kind == "openai" and arg:
        _refuse_options(spec, adapter=adapter)
        from tailor.llm.openai_compat import OpenAIChatModel
        return OpenAIChatModel(arg, base_url=base_url, api_key=api_key, timeout=timeout)
    raise UserInputError(f"unknown model spec {spec!r}", field="--model",
                         hint="use one of: " + ", ".join(VALID_SPECS))


def describe_model(spec: str, *, base_url: str | None = None,
                   adapter: str | None = None) -> dict[str, str]:
    """What identifies the writer `load_model` would build, without loading it: a batch keys
    its ledger rows on this before any worker starts, so a rerun skips finished postings in
    seconds. `model_id` is the one the loaded model's fingerprint will carry. Refuses the same
    bad specs and paths as `load_model`."""
    from tailor.llm.prompts import PROMPT_SHA256

    kind, _, arg = spec.strip().partition(":")
    if kind == "extractive" and not arg:
        _refuse_options(spec, adapter=adapter, base_url=base_url)
        return {"backend": "extractive", "model_id": "none", "prompt_sha256": PROMPT_SHA256}
    if kind == "openai" and arg:
        _refuse_options(spec, adapter=adapter)
        where = f" @ {base_url}" if base_url else ""
        return {"backend": "openai", "model_id": f"{arg}{where}", "prompt_sha256": PROMPT_SHA256}
    if kind == "local":
        _refuse_options(spec, base_url=base_url)
        folder = _local_adapter(adapter, bundled_model=not arg)
        from tailor.llm.local import adapter_weights, bundled_model_id, sha256_file
        if arg and not Path(arg).expanduser().is_dir():
            raise UserInputError("model folder not found", file=arg,
                                 hint="local:PATH needs a folder saved by save_pretrained")
        model = str(Path(arg).expanduser().resolve()) if arg else bundled_model_id()
        weights = sha256_file(adapter_weights(Path(folder).expanduser())) if folder else ""
        return {"backend": "local", "model_id": model, "adapter_sha256": weights,
                "prompt_sha256": PROMPT_SHA256}
    raise UserInputError(f"unknown model spec {spec!r}", field="--model",
                         hint="use one of: " + ", ".join(VALID_SPECS))


def _local_adapter(adapter: str | None, bundled_model: bool) -> str | None:
    """The adapter folder to load: the given one, none for "none", else the shipped adapter
    when the model is the bundled one it was trained on."""
    if adapter is None:
        shipped = shipped_adapter()
        return str(shipped) if bundled_model and shipped.is_dir() else None
    if adapter.strip().lower() == NO_ADAPTER:
        return None
    if not Path(adapter).expanduser().is_dir():
        raise UserInputError("adapter folder not found", file=str(adapter),
                             hint="pass the folder a PEFT training run saved, or none")
    return adapter


def _refuse_options(spec: str, **options: str | None) -> None:
    """An option the chosen backend would silently ignore is a mistake worth reporting."""
    for name, value in options.items():
        if value is not None:
            flag = "--" + name.replace("_", "-")
            raise UserInputError(f"{flag} does not apply to model {spec!r}", field=flag,
                                 hint="--adapter is for local models, --base-url for openai:NAME")
