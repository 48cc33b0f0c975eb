"""The writer model a run uses, as one frozen value: parsed once from the user's `--model` and
its options, described without loading (batch ledgers key on that), and loaded on demand.

Why one value: the spec and its options (base URL, adapter, API key, timeout) travel together
from the CLI to sessions, batch workers and interview questions; checking them in one place
means every command refuses the same mistakes with the same words. "extractive" is a spec like
the others and loads an `ExtractiveModel`, so no code anywhere has to treat "no model" apart.
Backends are imported lazily: `openai:...` and `extractive` never import torch.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from tailor.errors import UserInputError
from tailor.llm.base import LanguageModel
from tailor.llm.prompts import PROMPT_SHA256

VALID_SPECS = ("local", "local:/path/to/hf-model-folder", "openai:MODEL_NAME", "extractive")
NO_ADAPTER = "none"  # `--adapter none`: the bundled base model without Tailor's adapter
# The writer `tailor run` and `tailor batch` use unless told otherwise. Extractive (the person's
# own bullets, chosen and ordered) because, measured on the 4 shared sample resumes x 5 shared
# postings (bench/writer_real.py, README "Which writer"), the shipped local adapter rewrote 29%
# of items and scored 0.882 on the critic's rubric against extractive's 0.885: not as good.
# `--model local` is one flag away.
DEFAULT_WRITER = "extractive"
# What `openai:NAME` needs: said the same way by every command that takes --model.
API_KEY_VARIABLE = "OPENAI_API_KEY"
API_KEY_HINT = (f"set {API_KEY_VARIABLE} to your API key (export {API_KEY_VARIABLE}=sk-...; in PowerShell "
                f"$env:{API_KEY_VARIABLE}=\"sk-...\"), or pass --base-url for a local OpenAI-compatible server "
                "(Ollama: --base-url http://localhost:11434/v1), which needs no key")


def shipped_adapter() -> Path:
    """The writer adapter trained by `tailor train sft`/`dpo` and shipped inside the package
    (PEFT weights only; its README gives the training command and the evaluation)."""
    return Path(__file__).parent / "adapters" / "smollm2-writer"


@dataclass(frozen=True)
class ModelSpec:
    """A checked model spec. Build it with `ModelSpec.parse`; `adapter` is already resolved
    (the shipped adapter for the bundled model unless told otherwise, None for none)."""
    spec: str                      # as the user wrote it, for messages
    backend: str                   # "extractive", "local" or "openai"
    name: str = ""                 # local: a model folder ("" = the bundled model); openai: the model
    base_url: str | None = None
    adapter: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 60.0

    @classmethod
    def parse(cls, spec: str = DEFAULT_WRITER, *, base_url: str | None = None,
              adapter: str | None = None, api_key: str | None = None,
              timeout: float = 60.0) -> ModelSpec:
        """Raise UserInputError for specs, paths or options that cannot work:

        - "local": the bundled SmolLM2-135M-Instruct (converted once into the cache) with the
          shipped writer adapter unless `adapter` names another folder or is "none"
        - "local:/path": any local Hugging Face causal-LM folder
        - "openai:NAME": an OpenAI-compatible server (`base_url` for Ollama/vLLM/LM Studio);
          OpenAI itself needs `api_key`, else the OPENAI_API_KEY environment variable
        - "extractive": no model; the person's own bullets, chosen and ordered
        """
        kind, _, arg = spec.strip().partition(":")
        if kind == "extractive" and not arg:
            _refuse_options(spec, adapter=adapter, base_url=base_url)
            return cls(spec, "extractive")
        if kind == "local":
            _refuse_options(spec, base_url=base_url)
            folder = _local_adapter(adapter, bundled_model=not arg)
            if arg and not Path(arg).expanduser().is_dir():
                raise UserInputError("model folder not found", file=arg,
                                     hint="local:PATH needs a folder saved by save_pretrained")
            return cls(spec, "local", arg, adapter=folder, timeout=timeout)
        if kind == "openai" and arg:
            _refuse_options(spec, adapter=adapter)
            api_key = api_key or os.environ.get(API_KEY_VARIABLE) or None
            if api_key is None and base_url is None:  # found now, before any file is read
                raise UserInputError(f"model {spec.strip()!r} needs an API key: {API_KEY_VARIABLE} is not set",
                                     field="--model", hint=API_KEY_HINT)
            return cls(spec, "openai", arg, base_url=base_url, api_key=api_key, timeout=timeout)
        raise UserInputError(f"unknown model spec {spec!r}", field="--model",
                             hint="use one of: " + ", ".join(VALID_SPECS))

    def describe(self) -> dict[str, str]:
        """What identifies the writer `load` would build, without loading it: a batch keys its
        ledger rows on this before any worker starts, so a rerun skips finished postings in
        seconds. `model_id` is the one the loaded model's fingerprint will carry."""
        if self.backend == "extractive":
            return {"backend": "extractive", "model_id": "none", "prompt_sha256": PROMPT_SHA256}
        if self.backend == "openai":
            where = f" @ {self.base_url}" if self.base_url else ""
            return {"backend": "openai", "model_id": f"{self.name}{where}",
                    "prompt_sha256": PROMPT_SHA256}
        from tailor.llm.local import adapter_weights, bundled_model_id, sha256_file
        model = str(Path(self.name).expanduser().resolve()) if self.name else bundled_model_id()
        weights = sha256_file(adapter_weights(Path(self.adapter).expanduser())) if self.adapter else ""
        return {"backend": "local", "model_id": model, "adapter_sha256": weights,
                "prompt_sha256": PROMPT_SHA256}

    def load(self, cache_dir: Path | None = None) -> LanguageModel:
        """Build the backend (`cache_dir`: where the bundled model is converted once)."""
        if self.backend == "extractive":
            from tailor.llm.extractive import ExtractiveModel
            return ExtractiveModel()
        if self.backend == "local":
            from tailor.llm.local import LocalModel
            return LocalModel(model_path=self.name or None, adapter=self.adapter, cache_dir=cache_dir)
        from tailor.llm.openai_compat import OpenAIChatModel
        return OpenAIChatModel(self.name, base_url=self.base_url, api_key=self.api_key,
                               timeout=self.timeout)


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
