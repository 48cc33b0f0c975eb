"""Training the skill-span tagger: labels on the right sub-words, span scores, and a tiny run that
saves an adapter the runtime loads."""
import json
import random

import pytest

from tailor.training.skill_tagger import (
    IGNORE,
    TaggerSettings,
    batches,
    encode,
    read_split,
    span_scores,
    train_tagger,
)


@pytest.fixture(scope="module")
def tokenizer():
    from transformers import AutoTokenizer

    from tailor.bundled import bundled_model_dir
    return AutoTokenizer.from_pretrained(str(bundled_model_dir()), local_files_only=True)


def _row(tokens, knowledge, skill=None, idx=1):
    return {"idx": idx, "tokens": tokens, "tags_knowledge": knowledge,
            "tags_skill": skill or ["O"] * len(tokens), "source": "tech"}


def test_labels_sit_on_first_sub_words_only(tokenizer):
    row = _row(["Experience", "with", "Node.js", "and", "Kubernetes"], ["O", "O", "B", "O", "B"])
    [feature] = encode(tokenizer, [row], ("knowledge", "skill"), 128)
    ids, (knowledge, skill) = feature["input_ids"], feature["labels"]
    assert len(knowledge) == len(ids) == len(skill)
    tokens = tokenizer.convert_ids_to_tokens(ids)
    labelled = [(t, lab) for t, lab in zip(tokens, knowledge) if lab != IGNORE]
    assert labelled == [("experience", 0), ("with", 0), ("node", 1), ("and", 0), ("ku", 1)]
    assert knowledge[0] == knowledge[-1] == IGNORE            # [CLS], [SEP]
    assert set(skill) == {0, IGNORE}


def test_long_sentences_are_cut_not_dropped(tokenizer):
    row = _row(["word"] * 300, ["O"] * 300)
    [feature] = encode(tokenizer, [row], ("knowledge",), 32)
    assert len(feature["input_ids"]) == 32


def test_batches_hold_every_sentence_once():
    features = [{"input_ids": [0] * (n % 17 + 1), "labels": [[0] * (n % 17 + 1)], "n": n} for n in range(101)]
    got = batches(features, 8, random.Random(0))
    assert sorted(f["n"] for b in got for f in b) == list(range(101))
    assert max(len(b) for b in got) == 8


def test_span_scores_strict_and_loose():
    gold = [[(0, 2), (5, 6)], [(1, 3)], []]
    pred = [[(0, 2), (4, 7)], [(0, 1)], [(2, 3)]]
    scores = span_scores(gold, pred)
    assert (scores["gold"], scores["predicted"]) == (3, 4)
    assert scores["strict"] == {"p": 0.25, "r": 0.3333, "f1": 0.2857}    # only (0, 2)
    assert scores["loose"] == {"p": 0.5, "r": 0.6667, "f1": 0.5714}      # and (5, 6) ~ (4, 7); (1, 3) and
                                                                          # (0, 1) share no token


def test_loose_matching_is_one_to_one():
    """One long prediction over two gold spans earns one match, not two."""
    scores = span_scores([[(0, 1), (2, 3)]], [[(0, 3)]])
    assert scores["loose"] == {"p": 1.0, "r": 0.5, "f1": 0.6667}
    assert scores["strict"]["f1"] == 0.0


def _write_split(folder, name, rows):
    (folder / f"{name}.json").write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")


def test_a_tiny_run_saves_an_adapter_the_runtime_loads(tmp_path):
    from tailor.text.skill_spans import TAGGER_FILE, SkillTagger
    data = tmp_path / "data"
    data.mkdir()
    rows = [_row(["Experience", "with", "Python", "and", "Docker", "."], ["O", "O", "B", "O", "B", "O"],
                 ["B", "I", "I", "I", "I", "O"]),
            _row(["We", "offer", "free", "lunch", "."], ["O"] * 5)] * 4
    _write_split(data, "train", rows)
    _write_split(data, "dev", rows[:2])
    out = tmp_path / "adapter"
    metrics = train_tagger(out, data, TaggerSettings(tag_sets=("knowledge", "skill"), epochs=2, batch_size=4,
                                                     max_steps=3, r=4, alpha=8), log=lambda _: None)
    assert [h["steps"] for h in metrics["history"]] == [2, 3]
    assert metrics["train_sentences"] == 8 and metrics["dev_sentences"] == 2
    for name in ("adapter_model.safetensors", "adapter_config.json", TAGGER_FILE, "training_metrics.json"):
        assert (out / name).is_file(), name
    assert (out / "adapter_model.safetensors").stat().st_size < 5_000_000
    assert "/" not in json.loads((out / "adapter_config.json").read_text())["base_model_name_or_path"].split(" ")[0]
    tagger = SkillTagger(out)
    assert tagger.tag_sets == ["knowledge", "skill"]
    [tags] = tagger.tag([["Experience", "with", "Python"]])
    assert len(tags["knowledge"]) == len(tags["skill"]) == 3
    assert set(tags["knowledge"]) <= {"O", "B", "I"}


def test_read_split_limit(tmp_path):
    _write_split(tmp_path, "dev", [_row(["a"], ["O"], idx=i) for i in range(5)])
    assert [r["idx"] for r in read_split(tmp_path, "dev", limit=3)] == [0, 1, 2]
