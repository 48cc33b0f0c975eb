"""`ModelSpec` parsing: which backend each spec builds, and which mistakes it reports."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tailor.errors import UserInputError
from tailor.llm.extractive import ExtractiveModel
from tailor.llm.openai_compat import OpenAIChatModel
from tailor.llm.spec import ModelSpec


def load_model(spec: str, **options):
    return ModelSpec.parse(spec, **options).load()


def describe_model(spec: str, **options):
    return ModelSpec.parse(spec, **options).describe()


def test_extractive_means_no_model():
    model = load_model("extractive")
    assert isinstance(model, ExtractiveModel) and not model.rewrites
    assert model.fingerprint.backend == "extractive" and model.stats.calls == 0


def test_openai_spec_builds_the_openai_backend():
    model = load_model("openai:llama3.2", base_url="http://127.0.0.1:9/v1", timeout=5)
    assert isinstance(model, OpenAIChatModel)
    assert model.model == "llama3.2" and model.base_url == "http://127.0.0.1:9/v1"
    assert model.client.timeout == 5


def test_openai_and_extractive_do_not_import_torch():
    code = ("import sys; from tailor.llm.spec import ModelSpec; ModelSpec.parse('extractive').load(); "
            "ModelSpec.parse('openai:m', base_url='http://127.0.0.1:9/v1').load(); "
            "assert 'torch' not in sys.modules, 'torch imported'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


def test_openai_spec_keeps_colons_in_the_model_name():
    model = load_model("openai:qwen2.5:0.5b", base_url="http://localhost:11434/v1")
    assert model.model == "qwen2.5:0.5b"


@pytest.mark.parametrize("spec", ["", "gpt-4o", "openai:", "openai", "extractive:x", "hf:foo",
                                  "LOCAL"])
def test_unknown_specs_list_the_valid_forms(spec):
    with pytest.raises(UserInputError) as err:
        load_model(spec)
    for form in ("local", "local:/path/to/hf-model-folder", "openai:MODEL_NAME", "extractive"):
        assert form in str(err.value)


def test_missing_adapter_folder_is_user_input_error(tmp_path):
    with pytest.raises(UserInputError, match="adapter folder not found"):
        load_model("local", adapter=str(tmp_path / "nope"))


def test_missing_local_model_folder_is_user_input_error(tmp_path):
    with pytest.raises(UserInputError, match="model folder not found"):
        load_model(f"local:{tmp_path / 'nope'}")


def test_folder_without_config_is_user_input_error(tmp_path):
    with pytest.raises(UserInputError, match="no config.json"):
        load_model(f"local:{tmp_path}")


@pytest.mark.parametrize("spec,kwargs,flag", [
    ("openai:m", {"adapter": "x"}, "--adapter"),
    ("extractive", {"adapter": "x"}, "--adapter"),
    ("extractive", {"base_url": "http://x"}, "--base-url"),
    ("local", {"base_url": "http://x"}, "--base-url"),
])
def test_options_the_backend_would_ignore_are_reported(spec, kwargs, flag):
    with pytest.raises(UserInputError, match=flag):
        load_model(spec, **kwargs)


def test_openai_without_key_or_server_is_user_input_error(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(UserInputError, match="API key"):
        load_model("openai:gpt-4o-mini")


def test_a_missing_key_is_named_when_the_spec_is_parsed(monkeypatch):
    """Before any file is read or model loaded, and in Tailor's words: the variable to set and
    the --base-url alternative (a local server needs no key)."""
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(UserInputError) as err:
        ModelSpec.parse("openai:gpt-4o-mini")
    assert "OPENAI_API_KEY" in err.value.message and err.value.field == "--model"
    assert "--base-url" in err.value.hint and "OPENAI_API_KEY" in err.value.hint
    assert ModelSpec.parse("openai:qwen", base_url="http://127.0.0.1:9/v1").api_key is None
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    assert ModelSpec.parse("openai:gpt-4o-mini").api_key == "sk-from-env"
    assert ModelSpec.parse("openai:gpt-4o-mini", api_key="sk-given").api_key == "sk-given"


@pytest.mark.parametrize("command", ["import", "run"])
def test_commands_name_the_missing_key(tmp_path, command):
    """`tailor import` and `tailor run` (batch and questions parse --model the same way) say what
    to set, exit 1, and show no traceback."""
    root = Path(__file__).parents[2]
    resume = tmp_path / "resume.txt"
    resume.write_text("Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer, Acme, 2020 - 2023\n")
    args = {"import": ["import", resume],
            "run": ["run", root / "tests/testdata/jobs/02-office-bookkeeping-assistant.txt",
                    "--resume", root / "tailor/corpus/examples/experiences.json", "--out", tmp_path / "out"]}
    env = {k: v for k, v in os.environ.items() if k != "OPENAI_API_KEY"}
    result = subprocess.run([sys.executable, "-m", "tailor.cli", *map(str, args[command]),
                             "--model", "openai:gpt-4o-mini"], cwd=tmp_path, capture_output=True, text=True,
                            env={**env, "TAILOR_CACHE_DIR": str(tmp_path / "cache"), "HF_HUB_OFFLINE": "1"},
                            timeout=300)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "OPENAI_API_KEY is not set" in result.stderr and "--base-url" in result.stderr


def test_local_uses_the_shipped_adapter_unless_told_otherwise(tmp_path, monkeypatch):
    from tailor.llm import spec
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    monkeypatch.setattr(spec, "shipped_adapter", lambda: shipped)
    assert spec._local_adapter(None, bundled_model=True) == str(shipped)
    assert spec._local_adapter("none", bundled_model=True) is None
    assert spec._local_adapter("NONE", bundled_model=True) is None
    # the shipped adapter was trained on the bundled model: another model gets none by default
    assert spec._local_adapter(None, bundled_model=False) is None
    other = tmp_path / "other"
    other.mkdir()
    assert spec._local_adapter(str(other), bundled_model=True) == str(other)


def test_the_shipped_adapter_is_in_the_package():
    from tailor.llm.spec import shipped_adapter
    folder = shipped_adapter()
    assert (folder / "adapter_config.json").is_file()
    assert (folder / "adapter_model.safetensors").is_file()
    assert (folder / "README.md").is_file()  # how it was trained and what it scored


def test_describe_model_names_what_load_model_will_fingerprint(tmp_path):
    """A batch keys its ledger on describe() before any model loads: the ids must agree."""
    from tailor.llm.local import adapter_weights, bundled_model_id, sha256_file
    from tailor.llm.spec import shipped_adapter

    assert describe_model("extractive")["model_id"] == load_model("extractive").fingerprint.model_id
    served = OpenAIChatModel("qwen", base_url="http://127.0.0.1:9/v1")
    assert describe_model("openai:qwen", base_url="http://127.0.0.1:9/v1")["model_id"] == \
        served.fingerprint.model_id
    local = describe_model("local")
    assert local["model_id"] == bundled_model_id()
    assert local["adapter_sha256"] == sha256_file(adapter_weights(shipped_adapter()))
    assert describe_model("local", adapter="none")["adapter_sha256"] == ""
    assert len({describe_model(s)["prompt_sha256"] for s in ("local", "extractive")}) == 1
    with pytest.raises(UserInputError, match="adapter folder not found"):
        describe_model("local", adapter=str(tmp_path / "missing"))
    with pytest.raises(UserInputError, match="unknown model spec"):
        describe_model("gpt4")
