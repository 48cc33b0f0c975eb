"""Follow-ups: what an answer left vague, and the question that asks for it."""
import pytest
from fakes import ScriptedModel

from tailor.errors import UserInputError
from tailor.interview.answers import analyse_answer
from tailor.interview.generate import build_questions, follow_up_question
from tailor.llm.extractive import ExtractiveModel
from tests.interview.interview_helpers import source_of

VAGUE = "We did various things to make the booking flow better, and the team helped with testing."
SPECIFIC = ("I rewrote the booking API's slowest query and added an index myself, which cut p95 "
            "latency from 1.2 s to 380 ms within 2 weeks.")


def aspects(answer: str) -> list[str]:
    return [m.aspect for m in analyse_answer(answer)]


def test_a_vague_answer_misses_everything_in_order_of_importance():
    found = analyse_answer(VAGUE)
    assert [m.aspect for m in found] == ["ownership", "outcome", "numbers", "specifics"]
    assert "we" in found[0].cues and "various" in found[3].cues


def test_a_specific_answer_misses_nothing():
    assert aspects(SPECIFIC) == []


@pytest.mark.parametrize("answer, missing, present", [
    ("I helped the team migrate 14 services, which reduced costs by 20% over two quarters.",
     "ownership", "outcome"),
    ("We migrated 14 services to Kubernetes, and I wrote the Helm charts; costs dropped by 20%.",
     None, "ownership"),
    ("I migrated 14 services from EC2 to Kubernetes with Helm charts over the summer.",
     "outcome", "numbers"),
    ("I designed the cache layer myself, and it cut database load sharply for the whole product.",
     "numbers", "outcome"),
    ("I redesigned some stuff in the pipeline and it reduced failures from 30 to 4 a week.",
     "specifics", "numbers"),
])
def test_each_aspect_on_its_own(answer, missing, present):
    found = aspects(answer)
    if missing:
        assert missing in found, found
    assert present not in found, found


def test_follow_up_cites_the_original_question_s_source(corpus, job, requirement_map):
    listed = build_questions(corpus, job, requirement_map, ExtractiveModel(), "both", 8).questions
    follow = follow_up_question(corpus, job, requirement_map, ExtractiveModel(), VAGUE, number=3)
    assert follow.question.number == 3 and follow.question.source == listed[2].source
    assert follow.source == listed[2].source
    assert follow.needed and follow.origin == "template"
    assert [m.aspect for m in follow.missing][:2] == ["ownership", "outcome"]
    assert follow.text.endswith("?") and "what you yourself did" in follow.text


def test_nothing_vague_means_no_probing_follow_up(corpus, job, requirement_map):
    follow = follow_up_question(corpus, job, requirement_map, ExtractiveModel(), SPECIFIC, number=2)
    assert not follow.needed and follow.missing == []
    assert "what would you do differently" in follow.text


def test_model_worded_follow_up_shares_one_call_with_the_question(corpus, job, requirement_map):
    def reply(chat):
        if chat[-1]["content"].startswith("Topic: "):
            return "You said the team helped, so which part of the testing did you yourself do?"
        return f"What was the hardest part of {source_of(chat)[:60]}?"

    model = ScriptedModel(reply)
    follow = follow_up_question(corpus, job, requirement_map, model, VAGUE, number=1)
    assert model.stats.calls == 1 and model.stats.prompts == 2
    assert follow.origin == "model" and follow.text.startswith("You said the team helped")
    assert "Missing: what you yourself did; what result it had" in model.seen[1][-1]["content"]


def test_model_follow_up_inventing_a_number_falls_back(corpus, job, requirement_map):
    def reply(chat):
        return "How many of the 12 regions did you roll the booking change out to yourself?"

    follow = follow_up_question(corpus, job, requirement_map, ScriptedModel(reply), VAGUE, number=1)
    assert follow.origin == "template" and any("12" in r for r in follow.rejected)


def test_bad_question_number_or_empty_answer_is_user_error(corpus, job, requirement_map):
    with pytest.raises(UserInputError, match="no such question"):
        follow_up_question(corpus, job, requirement_map, ExtractiveModel(), VAGUE, number=9)
    with pytest.raises(UserInputError, match="empty"):
        follow_up_question(corpus, job, requirement_map, ExtractiveModel(), "  ", number=1)
