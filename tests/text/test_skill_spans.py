"""Skill spans: words and BIO tags become character spans, the lexicon fills in what the tagger
misses, and the shipped adapter finds tools in plain sentences and nothing in a benefits line."""
import threading

import pytest

from tailor.text.skill_spans import (
    ADAPTER_DIR,
    SkillTagger,
    Span,
    bio_spans,
    char_spans,
    combine,
    default_tagger,
    lexicon_spans,
    skill_spans,
    words,
)


def test_words_split_off_punctuation_but_keep_tool_names_whole():
    s = "Use C++, Node.js (and .NET) daily; CI/CD e.g. Kubernetes."
    assert [s[a:b] for a, b in words(s)] == ["Use", "C++", ",", "Node.js", "(", "and", ".NET", ")", "daily",
                                             ";", "CI/CD", "e.g", ".", "Kubernetes", "."]


@pytest.mark.parametrize("tags, spans", [
    (["O", "B", "I", "O", "B"], [(1, 3), (4, 5)]),
    (["B", "B", "I"], [(0, 1), (1, 3)]),            # B right after a span starts a new one
    (["I", "I", "O", "I"], [(0, 2), (3, 4)]),       # an I after O (or first) starts a span
    (["O", "O"], []),
    ([], []),
])
def test_bio_spans(tags, spans):
    assert bio_spans(tags) == spans


def test_char_spans_trim_trailing_punctuation():
    s = "Knows Python, SQL."
    offsets = [(0, 5), (6, 13), (14, 18)]          # words as a tokeniser might leave them: "Python," "SQL."
    got = char_spans(s, offsets, ["O", "B", "B"], "knowledge")
    assert [(x.text, x.start, x.end) for x in got] == [("Python", 6, 12), ("SQL", 14, 17)]
    assert all(s[x.start:x.end] == x.text for x in got)


class _FakeModel:
    """Tags by sub-word id: B on `begin` ids, I on `inside` ids, O elsewhere (3 labels per set)."""

    def __init__(self, torch, begin, inside, n_sets=1):
        self.torch, self.begin, self.inside, self.n_sets = torch, set(begin), set(inside), n_sets

    def __call__(self, input_ids, attention_mask):
        torch = self.torch
        logits = torch.zeros(*input_ids.shape, 3 * self.n_sets)
        for (row, col), token in zip(torch.cartesian_prod(torch.arange(input_ids.shape[0]),
                                                          torch.arange(input_ids.shape[1])).tolist(),
                                     input_ids.flatten().tolist()):
            label = 1 if token in self.begin else 2 if token in self.inside else 0
            for k in range(self.n_sets):
                logits[row, col, 3 * k + label] = 1.0
        return type("Out", (), {"logits": logits})()


@pytest.fixture(scope="module")
def fake_tagger():
    import torch
    from transformers import AutoTokenizer

    from tailor.bundled import bundled_model_dir
    tagger = SkillTagger.__new__(SkillTagger)
    tagger.tokenizer = AutoTokenizer.from_pretrained(str(bundled_model_dir()), local_files_only=True)
    ids = tagger.tokenizer.convert_tokens_to_ids
    tagger.model = _FakeModel(torch, begin=ids(["google", "python"]), inside=ids(["cloud"]))
    tagger._torch, tagger._lock = torch, threading.Lock()
    tagger.tag_sets, tagger.max_length = ["knowledge"], 128
    tagger.settings = {"tag_sets": ["knowledge"], "combine": "tagger"}
    return tagger


def test_bio_from_a_model_becomes_character_spans(fake_tagger):
    sentences = ["We run Google Cloud and Python daily.", "", "Python, Google Cloud."]
    got = skill_spans(sentences, tagger=fake_tagger)
    assert [[x.text for x in spans] for spans in got] == [["Google Cloud", "Python"], [], ["Python", "Google Cloud"]]
    assert all(s[x.start:x.end] == x.text and x.source == "tagger" for s, spans in zip(sentences, got)
               for x in spans)


def test_only_the_first_sub_word_of_a_word_counts(fake_tagger):
    """"cloudflare" is "cloud" + "##fl..." : its first sub-word is I, so it continues nothing here
    and starts its own span; a later sub-word tagged B would be ignored."""
    [tags] = fake_tagger.tag([["Google", "cloudflare", "kubernetes"]])
    assert tags["knowledge"] == ["B", "I", "O"]


def test_many_sentences_of_any_length_keep_their_order(fake_tagger):
    sentences = [("word " * n + "Python").strip() for n in range(0, 120, 7)] + ["word " * 130 + "Python"]
    got = skill_spans(sentences, tagger=fake_tagger)
    assert [[x.text for x in spans] for spans in got[:-1]] == [["Python"]] * (len(sentences) - 1)
    assert got[-1] == []                            # past the 128 sub-word limit: not tagged


def test_union_adds_lexicon_terms_the_tagger_missed(fake_tagger):
    fake_tagger.settings["combine"] = "union"
    try:
        [spans] = skill_spans(["Python and Kubernetes, plus Google Cloud Run."], tagger=fake_tagger)
    finally:
        fake_tagger.settings["combine"] = "tagger"
    assert [(x.text, x.source) for x in spans] == [("Python", "tagger"), ("Kubernetes", "lexicon"),
                                                  ("Google Cloud", "tagger")]


def test_combine_rules():
    tagged = [Span(0, 6, "Google", "knowledge", "tagger", "Google"), Span(20, 25, "Rails", "knowledge", "tagger")]
    lexicon = [Span(0, 16, "Google Cloud Run", "knowledge", "lexicon", "Google Cloud Run"),
               Span(30, 34, "Java", "knowledge", "lexicon", "Java")]
    assert [x.text for x in combine(tagged, lexicon, "tagger")] == ["Google", "Rails"]
    assert [x.text for x in combine(tagged, lexicon, "union")] == ["Google", "Rails", "Java"]
    assert [x.text for x in combine(tagged, lexicon, "lexicon-first")] == ["Google Cloud Run", "Rails", "Java"]
    shaped = [Span(40, 44, "GIIN", "knowledge", "pattern", "GIIN")]
    assert [x.text for x in combine(tagged, shaped, "union")] == ["Google", "Rails"]
    assert [x.text for x in combine(tagged, shaped, "union-all")] == ["Google", "Rails", "GIIN"]


def test_lexicon_spans_tell_list_entries_from_shapes():
    got = {x.term: x.source for x in lexicon_spans("Experience with QuickBooks and the GIIN registry.")}
    assert got == {"QuickBooks": "lexicon", "GIIN": "pattern"}


def test_lexicon_spans_point_at_the_words_as_written():
    s = "Bachelors degree, svelte and ms office required."
    got = {x.term: s[x.start:x.end] for x in lexicon_spans(s)}
    assert got["Svelte.js"] == "svelte"
    assert got["Microsoft Office"] == "ms office"


# --- the shipped adapter -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped():
    assert (ADAPTER_DIR / "adapter_model.safetensors").stat().st_size < 5_000_000
    return default_tagger()


def _tagged(tagger, sentence):
    offsets = words(sentence)
    [tags] = tagger.tag([[sentence[a:b] for a, b in offsets]])
    return [x.text for x in char_spans(sentence, offsets, tags["knowledge"], "knowledge")]


@pytest.mark.parametrize("sentence, expected", [
    ("Strong experience with Python and Kubernetes is required.", {"Python", "Kubernetes"}),
    ("Proficiency in AutoCAD and Revit is required.", {"AutoCAD", "Revit"}),
    ("Hands-on experience with Terraform and AWS is a plus.", {"Terraform", "AWS"}),
    ("Experience with Figma and Sketch.", {"Figma", "Sketch"}),          # in no list of Tailor's
])
def test_the_tagger_alone_finds_tools_in_plain_sentences(shipped, sentence, expected):
    assert expected <= set(_tagged(shipped, sentence))


@pytest.mark.parametrize("sentence", [
    "We offer a generous pension, 30 days of paid holiday and free lunch every Friday.",
    "Our team is friendly and we look forward to hearing from you.",
])
def test_nothing_in_benefits_or_closing_lines(shipped, sentence):
    assert skill_spans([sentence], tagger=shipped) == [[]]


def test_skill_spans_with_the_shipped_adapter(shipped):
    """In "prepare drawings in AutoCAD" the tagger sees one SKILL span and no KNOWLEDGE: the
    lexicon puts AutoCAD back, and the SKILL head returns the duty when asked."""
    sentences = ["Experience with Python and Kubernetes.",
                 "You will prepare drawings in AutoCAD for our civil engineering projects."]
    got = skill_spans(sentences, tagger=shipped)
    assert {"Python", "Kubernetes"} <= {x.text for x in got[0]}
    assert [(x.text, x.source) for x in got[1]] == [("AutoCAD", "lexicon")]
    with_skills = skill_spans(sentences[1:], kinds=("knowledge", "skill"), tagger=shipped)[0]
    assert any(x.kind == "skill" and "AutoCAD" in x.text for x in with_skills)
    assert shipped is default_tagger()              # loaded once per process
