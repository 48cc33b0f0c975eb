"""The chats a model gets: one short few-shot chat per question (and per follow-up).

Shaped like the writer's prompts (`agents.writer`) for the same reason: SmolLM2-135M answers a
bare instruction with "I'm ready to help", but copies the form of a few worked examples. The
examples are about other trades (bank accounts, cashiers, Salesforce) so a copied example is
easy to spot (`validate` rejects it) and cannot leak the person's domain terms.
"""
from __future__ import annotations

from tailor.interview.models import Candidate, VagueAspect
from tailor.llm.base import Message

MAX_NEW_TOKENS = 56  # a 40-word question is about 55 tokens

SYSTEM = ("You are a job interviewer. Write one interview question about the given line. "
          "One sentence that ends with a question mark. Use only names and numbers from the line.")
EXAMPLES: list[tuple[str, str]] = [
    ("Line: Reconciled 40 bank accounts in Excel during the month-end close\n"
     "Ask about: the hardest decision you made and the options you weighed",
     "How did you decide the order in which to reconcile the 40 bank accounts during the "
     "month-end close?"),
    ("Line: Trained 5 new cashiers on the till and the returns process\n"
     "Ask about: how you guided or grew other people",
     "When you trained the 5 new cashiers, how did you help the one who struggled most with the "
     "returns process?"),
    ("Requirement: Experience with Salesforce reporting\n"
     "Ask about: what comes closest in your experience and how you would get up to speed",
     "Your resume does not mention Salesforce reporting, so what have you done that comes "
     "closest, and how would you learn it?"),
]
ASK = "{label}: {text}\nAsk about: {angle}"

FOLLOW_SYSTEM = ("You are a job interviewer. The candidate's answer was vague. Ask one short "
                 "follow-up question that asks for what is missing. End with a question mark.")
FOLLOW_EXAMPLES: list[tuple[str, str]] = [
    ("Topic: Reconciled 40 bank accounts in Excel\nAnswer: We did various things to speed it up.\n"
     "Missing: what you yourself did; one concrete example",
     "You said the team did various things, so what exactly did you yourself change in how the "
     "40 accounts were reconciled?"),
    ("Topic: Trained 5 new cashiers\nAnswer: I trained them on the till and it went well.\n"
     "Missing: what result it had; the numbers behind it",
     "What changed after you trained the 5 new cashiers, and how many till errors were there "
     "before and after?"),
]
FOLLOW_ASK = "Topic: {topic}\nAnswer: {answer}\nMissing: {missing}"
MISSING_WORDS = {
    "ownership": "what you yourself did",
    "outcome": "what result it had",
    "numbers": "the numbers behind it",
    "specifics": "one concrete example",
}
# Lowercase question words: given to the local backend with the evidence so its decoding
# constraint lets "What"/"How"/"Tell" open a sentence (capitalised openers must occur in the
# evidence). They carry no facts.
QUESTION_WORDS = "what how why which when where who tell walk describe can could would did do you your if"


def question_chat(candidate: Candidate, role: str) -> list[Message]:
    """One chat asking for one question about `candidate`'s source."""
    source = candidate.source
    label = "Line" if source.kind == "bullet" else "Requirement"
    ask = ASK.format(label=label, text=source.text, angle=candidate.angle)
    if candidate.category == "motivation":
        ask = f"Role: {role}\n{ask}"
    return _few_shot(SYSTEM, EXAMPLES, ask)


def follow_up_chat(source_text: str, answer: str, missing: list[VagueAspect]) -> list[Message]:
    """One chat asking for a follow-up that requests the missing aspects (at most two)."""
    wanted = "; ".join(MISSING_WORDS[m.aspect] for m in missing[:2])
    ask = FOLLOW_ASK.format(topic=source_text, answer=" ".join(answer.split()), missing=wanted)
    return _few_shot(FOLLOW_SYSTEM, FOLLOW_EXAMPLES, ask)


def decoding_evidence(allowed: list[str]) -> str:
    """What the local backend may draw guarded words from: the allowed texts plus question words."""
    return "\n".join([*allowed, QUESTION_WORDS])


def _few_shot(system: str, examples: list[tuple[str, str]], ask: str) -> list[Message]:
    chat: list[Message] = [{"role": "system", "content": system}]
    for question, answer in examples:
        chat += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return chat + [{"role": "user", "content": ask}]
