"""Interview questions grounded in the person's evidence and the posting's gaps (`tailor questions`).

Every question cites what it is about (an evidence bullet or a posting requirement), so an
interviewer's question never rests on something the resume does not say. Modules:

- `sources`: which bullets and requirements deserve a question (deterministic)
- `themes`: which bullets tell a behavioural story (teamwork, leadership, conflict, ...)
- `templates`: the model-free wording, also the fallback for every rejected model output
- `prompts`, `validate`: the few-shot chats for a model and the checks its questions must pass
- `answers`: what an answer left vague, for a follow-up question
- `generate`: ties them together; `run`: from files and a `--model` spec; `console`: printing
"""
from tailor.interview.generate import follow_up_question, word_questions
from tailor.interview.models import FollowUp, Question, QuestionSet, Source
from tailor.interview.sources import select_sources

__all__ = ["FollowUp", "Question", "QuestionSet", "Source", "follow_up_question",
           "select_sources", "word_questions"]
