"""Wording with a model: one batched call, each output validated, templates on failure."""
import re

from fakes import ScriptedModel

from tailor.errors import ModelError
from tailor.interview.generate import build_questions, word_questions
from tailor.interview.models import Candidate, Source
from tests.interview.interview_helpers import source_of


def good_question(chat) -> str:
    words = " ".join(re.sub(r"[^\w\s/.-]", "", source_of(chat)).split()[:8])
    if "Ask about: what comes closest" in chat[-1]["content"]:  # a gap: no presuming
        return f"Question: What is the hardest part for you of what comes closest to this: {words}?"
    return f"Question: What was the hardest part for you in this work: {words}?"


def test_model_questions_are_used_when_valid_in_one_batched_call(corpus, job, requirement_map):
    model = ScriptedModel(good_question)
    result = build_questions(corpus, job, requirement_map, model, "both", 8)
    assert model.stats.calls == 1 and model.stats.prompts == 8
    assert all(q.origin == "model" and not q.rejected for q in result.questions)
    assert all(q.text.startswith("What ") and "hardest part" in q.text for q in result.questions)
    assert result.model == "fake:scripted"
    first_chat = model.seen[0]
    assert first_chat[0]["role"] == "system" and len(first_chat) == 8  # system + 3 shots + ask


def test_invalid_outputs_fall_back_to_their_template_one_by_one(corpus, job, requirement_map):
    bad = ["How did you use Kubernetes on 99 clusters here?",      # invented name and number
           "Describe the work",                                    # no question mark, too short
           "Ask about: the hardest technical decision?"]            # instruction echoed
    replies = iter(bad)

    def reply(chat):
        return next(replies, None) or good_question(chat)

    result = build_questions(corpus, job, requirement_map, ScriptedModel(reply), "technical", 6)
    origins = [q.origin for q in result.questions]
    assert origins == ["template"] * 3 + ["model"] * 3
    first = result.questions[0]
    assert first.draft == bad[0] and any("Kubernetes" in r and "99" in r for r in first.rejected)
    assert first.text.startswith("About ") and first.text.endswith("?")


def test_a_failing_model_costs_the_wording_not_the_questions(corpus, job, requirement_map):
    class Broken(ScriptedModel):
        def complete(self, chats, max_new_tokens=80, evidence=None):
            raise ModelError("openai server at http://127.0.0.1:9 is down")

    result = build_questions(corpus, job, requirement_map, Broken([]), "both", 5)
    assert len(result.questions) == 5 and all(q.origin == "template" for q in result.questions)
    assert any("template wording" in n and "is down" in n for n in result.notes)


def test_motivation_question_may_name_the_company_and_role(corpus, job):
    candidate = Candidate(kind="hr", category="motivation", angle="why",
                          source=Source(kind="requirement", id="r1", text=job.requirements[0].text))
    role = "Senior Full Stack Engineer role at Tolam Earth"
    model = ScriptedModel(["Why do you want to lead the design of cloud-native architectures at "
                           "Tolam Earth?"])
    (question,), _ = word_questions([candidate], role, model)
    assert question.origin == "model", question.rejected


def test_the_local_backend_gets_each_chat_s_source_as_decoding_evidence(corpus, job, requirement_map):
    seen = {}

    class Recording(ScriptedModel):
        def complete(self, chats, max_new_tokens=80, evidence=None):
            seen["evidence"] = evidence
            return super().complete(chats, max_new_tokens, evidence)

    result = build_questions(corpus, job, requirement_map, Recording(good_question), "technical", 3)
    for q, allowed in zip(result.questions, seen["evidence"]):
        assert allowed.startswith(q.source.text) and "what how why" in allowed
