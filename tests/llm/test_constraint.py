"""The evidence constraint on the real SmolLM2 tokenizer, with forced scores (no model needed)."""
from __future__ import annotations

import re

import pytest
import torch

from tailor.llm.constraint import (
    EvidenceConstraint,
    TokenTable,
    _at_sentence_start,
    drop_unfinished_term,
    evidence_terms,
    is_guarded,
    opener_terms,
)
from tailor.llm.local import bundled_gguf

EVIDENCE = "Moved the billing batch jobs to a queue on GCP; cut run time from 40 min to 6 min."


@pytest.fixture(scope="module")
def tokenizer():
    from transformers import AutoTokenizer
    gguf = bundled_gguf()
    return AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name, local_files_only=True)


@pytest.fixture(scope="module")
def table(tokenizer):
    return TokenTable(tokenizer)


def tid(tokenizer, text: str) -> int:
    ids = tokenizer.encode(text, add_special_tokens=False)
    assert len(ids) == 1, f"{text!r} is not one token: {ids}"
    return ids[0]


def next_token(tokenizer, table, evidence, generated: str, prefer: list[str]) -> str:
    """Greedy pick after `generated` when the scores rank `prefer` first, second, ..."""
    prompt = tokenizer.encode("<|im_start|>assistant\n", add_special_tokens=False)
    gen = tokenizer.encode(generated, add_special_tokens=False) if generated else []
    input_ids = torch.tensor([prompt + gen])
    scores = torch.zeros(1, table.size)
    for rank, text in enumerate(prefer):
        scores[0, tid(tokenizer, text)] = 100.0 - rank
    out = EvidenceConstraint(table, [evidence], len(prompt))(input_ids, scores)
    return tokenizer.decode([int(out[0].argmax())])


def test_terms_are_the_numbers_and_names_of_the_evidence():
    assert evidence_terms(EVIDENCE) == {"Moved", "GCP", "40", "6"}
    assert "Queue" in opener_terms(EVIDENCE) and "Led" in opener_terms(EVIDENCE)
    assert is_guarded("k8s") and is_guarded("AWS") and is_guarded("¼") and not is_guarded("queue")


def test_token_table_classifies_the_vocabulary(tokenizer, table):
    aws, four, the = tid(tokenizer, " AWS"), tid(tokenizer, "4"), tid(tokenizer, " the")
    assert table.guarded[aws] and table.lead[aws]
    assert table.guarded[four] and table.continuation[four]
    assert not table.guarded[the]


def test_invented_name_is_replaced_by_the_next_best_token(tokenizer, table):
    pick = next_token(tokenizer, table, EVIDENCE, "Moved billing jobs to", [" AWS", " a"])
    assert pick == " a"
    assert next_token(tokenizer, table, EVIDENCE + " AWS", "Moved billing jobs to",
                      [" AWS", " a"]) == " AWS"


def test_case_matters_for_names(tokenizer, table):
    assert next_token(tokenizer, table, "ran jobs on aws", "Ran jobs on", [" AWS", " a"]) == " a"


def test_a_name_cannot_be_extended_into_another(tokenizer, table):
    # " Dat" is on the way to "Data" (evidence); "Datab..." is not.
    evidence = "Built Data pipelines"
    assert next_token(tokenizer, table, evidence, "Used", [" Dat", " the"]) == " Dat"
    assert next_token(tokenizer, table, evidence, "Used Dat", ["ab", "a"]) == "a"


def test_numbers_must_come_whole_from_the_evidence(tokenizer, table):
    prefer = ["3", "4", "6", " hours"]
    assert next_token(tokenizer, table, EVIDENCE, "cut run time by ", prefer) == "4"
    # "4" alone is not a number of the evidence: only its continuation may follow.
    assert next_token(tokenizer, table, EVIDENCE, "cut run time by 4", ["%", " min", "0"]) == "0"
    assert next_token(tokenizer, table, EVIDENCE, "cut run time by 40", ["0", "%"]) == "%"
    # "6" is complete as it stands.
    assert next_token(tokenizer, table, EVIDENCE, "to 6", ["0", " min"]) == " min"


def test_sentence_starts_allow_ordinary_capitalised_words_only(tokenizer, table):
    assert next_token(tokenizer, table, EVIDENCE, "", ["Led", "AWS", "M"]) == "Led"
    assert next_token(tokenizer, table, EVIDENCE, "", ["AWS", "Queue"]) == "Queue"
    assert next_token(tokenizer, table, EVIDENCE, "Cut costs.", [" Led", " Reduced"]) == " Led"
    # Mid-sentence the same words count as names.
    assert next_token(tokenizer, table, EVIDENCE, "Cut costs and", [" Led", " led"]) == " led"
    # A started opener must be finished: "Redu" -> "Reduced", never "Redux".
    assert next_token(tokenizer, table, EVIDENCE, "Redu", ["x", "ced"]) == "ced"
    # Common past-tense verbs open sentences too (" escalated" is one token); names do not.
    assert "Escalated" in table.verb_openers and "Python" not in table.verb_openers
    assert next_token(tokenizer, table, EVIDENCE, "", ["Python", "E"]) == "E"
    assert next_token(tokenizer, table, EVIDENCE, "Esc", ["aping", "al"]) == "al"


def test_rows_are_constrained_independently(tokenizer, table):
    prompt = tokenizer.encode("<|im_start|>assistant\n", add_special_tokens=False)
    gen = tokenizer.encode("Ran it on", add_special_tokens=False)
    input_ids = torch.tensor([prompt + gen] * 3)
    scores = torch.zeros(3, table.size)
    scores[:, tid(tokenizer, " AWS")] = 10
    scores[:, tid(tokenizer, " the")] = 5
    out = EvidenceConstraint(table, ["on AWS", "on premises", None], len(prompt))(input_ids, scores)
    picks = [tokenizer.decode([int(i)]) for i in out.argmax(-1)]
    assert picks == [" AWS", " the", " AWS"]


@pytest.mark.parametrize("seed", range(3))
def test_random_scores_never_produce_an_unsupported_term(tokenizer, table, seed):
    """Fuzz: whatever the scores, every guarded word of the decoded text is allowed."""
    gen = torch.Generator().manual_seed(seed)
    prompt = tokenizer.encode("<|im_start|>assistant\n", add_special_tokens=False)
    processor = EvidenceConstraint(table, [EVIDENCE], len(prompt))
    ids = list(prompt)
    # Favour digits and capitals so that the constraint is exercised on every step.
    boost = torch.from_numpy(table.guarded).float() * 3.0
    boost[torch.from_numpy(table.fragment)] = float("-inf")  # byte fragments: documented gap
    for _ in range(60):
        scores = torch.randn(1, table.size, generator=gen) + boost
        ids.append(int(processor(torch.tensor([ids]), scores).argmax()))
    text = tokenizer.decode(ids[len(prompt):], clean_up_tokenization_spaces=False)
    text = drop_unfinished_term(text, EVIDENCE, table)  # the token limit may cut a name short
    terms, openers = evidence_terms(EVIDENCE), opener_terms(EVIDENCE, table)
    for m in re.finditer(r"[^\W_]+", text):
        word = m.group()
        if not is_guarded(word) or word in terms:
            continue
        assert _at_sentence_start(text[:m.start()]) and word in openers, (word, text)


def test_a_name_cut_short_by_the_token_limit_is_dropped():
    assert drop_unfinished_term("Cut run time by 4", EVIDENCE) == "Cut run time by"
    assert drop_unfinished_term("Ran it on GC", EVIDENCE) == "Ran it on"
    assert drop_unfinished_term("Cut run time by 40", EVIDENCE) == "Cut run time by 40"
    assert drop_unfinished_term("Done. Led", EVIDENCE) == "Done. Led"
    assert drop_unfinished_term("moved the jo", EVIDENCE) == "moved the jo"
