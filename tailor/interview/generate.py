"""Word the chosen sources as questions (model or template), and follow-ups to answers.

All chats of one request go to the model in ONE `complete` call so the local backend batches
them (one chat per item, never a JSON document: the structure is code's job). Each output is
validated on its own; a failing one falls back to its template and says why (`rejected`). A
model that errors (server down) costs the wording, never the questions: every item then gets
its template and a note explains.
"""
from __future__ import annotations

from tailor.errors import ModelError, UngroundedQuestion, UserInputError
from tailor.interview import prompts
from tailor.interview.answers import analyse_answer
from tailor.interview.models import Candidate, FollowUp, Question, QuestionSet, Source
from tailor.interview.sources import DEFAULT_COUNT, select_sources
from tailor.interview.templates import role_phrase, template_deeper, template_follow_up, template_question
from tailor.interview.validate import clean_question, question_problems
from tailor.llm.base import LanguageModel, Message
from tailor.schemas import Corpus, JobPosting, RequirementMatch

_EXAMPLE_ANSWERS = [a for _, a in prompts.EXAMPLES]
_FOLLOW_EXAMPLE_ANSWERS = [a for _, a in prompts.FOLLOW_EXAMPLES]



def build_questions(corpus: Corpus, job: JobPosting, requirement_map: list[RequirementMatch],
                    model: LanguageModel, kind: str = "both",
                    count: int = DEFAULT_COUNT) -> QuestionSet:
    """Choose sources, word them, check every question cites something real."""
    candidates = select_sources(corpus, job, requirement_map, kind, count)
    questions, notes = word_questions(candidates, role_phrase(job.title, job.company), model)
    check_grounded([q.source for q in questions], corpus, job)
    return QuestionSet(job_title=job.title, company=job.company, kind=kind,
                       model=model_name(model), questions=questions, notes=notes)


def word_questions(candidates: list[Candidate], role: str,
                   model: LanguageModel) -> tuple[list[Question], list[str]]:
    """(questions numbered 1.., notes). With a model, one chat per candidate in one call."""
    notes: list[str] = []
    chats = [prompts.question_chat(c, role) for c in candidates]
    outputs = _complete(model, chats, [_allowed(c, role) for c in candidates], notes)
    return _worded(candidates, role, outputs, chats, first_number=1), notes


def follow_up_question(corpus: Corpus, job: JobPosting, requirement_map: list[RequirementMatch],
                       model: LanguageModel, answer: str, number: int = 1,
                       kind: str = "both", count: int = DEFAULT_COUNT) -> FollowUp:
    """A follow-up to question `number` of the (deterministic) list, asking for what `answer`
    left vague; when nothing was, a reflective "what would you do differently?" instead."""
    if not answer.strip():
        raise UserInputError("--answer is empty",
                             hint="pass the answer you gave, e.g. --answer \"I cut the build ...\"")
    candidates = select_sources(corpus, job, requirement_map, kind, count)
    check_question_number(candidates, number)
    candidate = candidates[number - 1]
    source, role = candidate.source, role_phrase(job.title, job.company)
    missing = analyse_answer(answer)
    notes: list[str] = []
    chats = [prompts.question_chat(candidate, role)]
    evidence = [_allowed(candidate, role)]
    if missing:
        chats.append(prompts.follow_up_chat(source.text, answer, missing))
        evidence.append([source.text, answer])
    outputs = _complete(model, chats, evidence, notes)
    (question,) = _worded([candidate], role, outputs[:1] if outputs else None, chats[:1], number)
    if not missing:
        text, origin, draft, problems = template_deeper(source.text), "template", "", []
    else:
        text, origin, draft, problems = _choose(
            outputs[1] if outputs else None, template_follow_up(source.text, missing),
            allowed=[source.text, answer], prompt=[source.text, answer, chats[1][-1]["content"]],
            copies=_FOLLOW_EXAMPLE_ANSWERS)
    check_grounded([question.source, source], corpus, job)
    return FollowUp(question=question, answer=answer, missing=missing, needed=bool(missing),
                    text=text, origin=origin, source=source, draft=draft, rejected=problems,
                    model=model_name(model), notes=notes)


def check_question_number(candidates: list[Candidate], number: int) -> None:
    if not 1 <= number <= len(candidates):
        raise UserInputError(f"--question {number}: there is no such question, the list has "
                             f"{len(candidates)}", hint=f"pick a number from 1 to {len(candidates)}")


def check_grounded(sources: list[Source], corpus: Corpus, job: JobPosting) -> None:
    """Every source must be a real evidence bullet or requirement, quoted exactly."""
    evidence = corpus.evidence()
    requirements = {r.id: r.text for r in job.requirements}
    for source in sources:
        if source is None:
            raise UngroundedQuestion("a question without a source")
        known = (evidence[source.id].text if source.id in evidence else None) \
            if source.kind == "bullet" else requirements.get(source.id)
        if known != source.text:
            raise UngroundedQuestion(f"{source.kind} {source.id!r} is not in the corpus/posting "
                                     "as quoted")


def model_name(model: LanguageModel) -> str:
    if not model.rewrites:
        return "none"
    fp = model.fingerprint
    return f"{fp.backend}:{fp.model_id}" + (f" + {fp.adapter}" if fp.adapter else "")


# --------------------------------------------------------------------------- internals

def _worded(candidates: list[Candidate], role: str, outputs: list[str] | None,
            chats: list[list[Message]], first_number: int) -> list[Question]:
    """Questions numbered from `first_number`, each the model's output if it passes
    validation, else its template."""
    questions = []
    for i, (candidate, chat) in enumerate(zip(candidates, chats)):
        text, origin, draft, problems = _choose(
            outputs[i] if outputs else None, template_question(candidate, role),
            allowed=_allowed(candidate, role), prompt=[candidate.source.text, chat[-1]["content"]],
            copies=_EXAMPLE_ANSWERS, gap=candidate.category == "gap")
        questions.append(Question(number=first_number + i, kind=candidate.kind,
                                  category=candidate.category, text=text, origin=origin,
                                  source=candidate.source, requirement_id=candidate.requirement_id,
                                  draft=draft, rejected=problems))
    return questions


def _allowed(candidate: Candidate, role: str) -> list[str]:
    """What a question's numbers and names may come from: its source (first), plus the role
    for a motivation question."""
    return [candidate.source.text] + ([role] if candidate.category == "motivation" else [])


def _complete(model: LanguageModel, chats: list[list[Message]], allowed: list[list[str]],
              notes: list[str]) -> list[str] | None:
    """The model's outputs for all chats in one call, or None (no model, or it failed)."""
    if not model.rewrites or not chats:
        return None
    try:
        outputs = model.complete(chats, max_new_tokens=prompts.MAX_NEW_TOKENS,
                                 evidence=[prompts.decoding_evidence(a) for a in allowed])
    except ModelError as exc:
        notes.append(f"the model failed ({exc}); template wording used for every question")
        return None
    if len(outputs) != len(chats):
        notes.append("the model returned the wrong number of answers; template wording used")
        return None
    return outputs


def _choose(raw: str | None, template: str, *, allowed: list[str], prompt: list[str],
            copies: list[str], gap: bool = False) -> tuple[str, str, str, list[str]]:
    """(text, origin, refused draft, problems): the model's question if it passes, else the
    template."""
    if raw is None:
        return template, "template", "", []
    text = clean_question(raw)
    problems = question_problems(text, allowed, prompt, copies, gap)
    if problems:
        return template, "template", text, problems
    return text, "model", "", []
