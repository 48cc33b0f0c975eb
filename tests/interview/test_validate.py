"""A model's question is used only if it passes every check; otherwise its template is."""
import pytest

from tailor.interview.prompts import EXAMPLES
from tailor.interview.validate import clean_question, question_problems

SOURCE = ("Cut the monthly Google Cloud bill by 27% (about $14,000 a month) by right-sizing Cloud "
          "Run concurrency and moving cold reporting data from Cloud SQL to Cloud Storage.")
PROMPT = [SOURCE, f"Line: {SOURCE}\nAsk about: how you measured and verified the result"]
COPIES = [a for _, a in EXAMPLES]


def problems(text: str) -> list[str]:
    return question_problems(text, [SOURCE], PROMPT, COPIES)


def test_a_grounded_question_passes():
    assert problems("How did you confirm that right-sizing Cloud Run concurrency caused the 27% "
                    "drop in the bill?") == []
    assert problems("What made you move cold reporting data from Cloud SQL to Cloud Storage?") == []


@pytest.mark.parametrize("text, reason", [
    ("Tell me how you cut the Cloud bill by right-sizing concurrency.", "single question"),
    ("How did you cut the bill? What did finance say about the savings?", "single question"),
    ("How did you cut the bill by 35% across 12 services?", "not in its source: 35%, 12"),
    ("How did AWS Lambda help you cut the monthly Google Cloud bill?", "not in its source: AWS Lambda"),
    ("Why Cloud Run?", "too short"),
    ("How " + "and then what happened to the cloud bill " * 6 + "?", "too long"),
    (SOURCE.rstrip(".") + "?", "copies the prompt"),
    ("Ask about: how the result was measured and verified for the cloud bill?", "instructions"),
    (COPIES[1], "copies an example"),
    ("What is your favourite colour and why do you like it so much?", "not about its source"),
    ("", "empty"),
    # the gap example's wording on the person's own line (seen from SmolLM2 with a logistics resume)
    ("Your resume does not mention the Cloud Run concurrency, so what comes closest?", "lacks what its source shows"),
    ("You haven't done cold reporting data moves to Cloud Storage, so how would you learn?",
     "lacks what its source shows"),
])
def test_rejects(text, reason):
    found = problems(text)
    assert any(reason in p for p in found), found


def test_cleaning_drops_labels_and_list_markers():
    assert clean_question("Question: How did you do it?\nextra") == "How did you do it?"
    assert clean_question('  1. "Why did you pick Cloud Run?"  ') == "Why did you pick Cloud Run?"


GAP = "Understanding of GCP's networking and security features."


@pytest.mark.parametrize("text, ok", [
    ("You have a deep understanding of GCP's networking and security features, so how would you "
     "get up to speed on those?", False),   # seen from SmolLM2: presumes the missing skill
    ("What would you do first with GCP's networking and security features in this role?", False),
    ("Your resume does not show GCP's networking and security features; what comes closest?", True),
    ("How would you learn GCP's networking and security features in your first month?", True),
])
def test_gap_questions_must_not_presume_the_missing_experience(text, ok):
    found = question_problems(text, [GAP], [GAP], COPIES, gap=True)
    assert (found == []) == ok, found


@pytest.mark.parametrize("text", [
    "What was the first SvelteKit code they took on themselves and saw through?",   # seen from SmolLM2
    "What did the candidate learn from cutting the Cloud Run bill by 27%?",
])
def test_questions_must_address_the_person(text):
    assert any("third person" in p for p in question_problems(text, [SOURCE + " SvelteKit"], [], COPIES))
