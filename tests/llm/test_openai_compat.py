"""OpenAIChatModel against a real HTTP server on 127.0.0.1 speaking chat completions."""
from __future__ import annotations

import time

import pytest
from fakes import PROXY_VARIABLES, ChatServer

from tailor.errors import ModelError
from tailor.llm.openai_compat import OpenAIChatModel


class FakeChatServer(ChatServer):
    """Answers "echo: <last user message>"; `mode` switches to slow or failing behaviour."""

    def __init__(self):
        super().__init__(self._answer)
        self.mode = "ok"

    def _answer(self, body: dict):
        if self.mode == "400":
            return 400, {"error": {"message": f"model '{body['model']}' not found", "type": "not_found"}}
        if self.mode == "500":
            return 500, {"error": {"message": "boom", "type": "server_error"}}
        if self.mode == "reasoning" and "max_tokens" in body:
            return 400, {"error": {
                "message": "Unsupported parameter: 'max_tokens' is not supported with "
                           "this model. Use 'max_completion_tokens' instead.",
                "type": "invalid_request_error", "param": "max_tokens"}}
        if self.mode == "reasoning" and body.get("temperature", 1) != 1:
            return 400, {"error": {
                "message": "Unsupported value: 'temperature' does not support 0 with "
                           "this model. Only the default (1) value is supported.",
                "type": "invalid_request_error", "param": "temperature"}}
        if self.mode == "slow":
            time.sleep(3)
        prompt = body["messages"][-1]["content"]
        # Answer later prompts sooner, so that out-of-order arrival would show.
        time.sleep(0.05 * (3 - int(prompt[-1])) if prompt[-1].isdigit() else 0)
        return f"  echo: {prompt}  \n"


@pytest.fixture
def server(monkeypatch):
    for var in PROXY_VARIABLES:
        monkeypatch.delenv(var, raising=False)
    with FakeChatServer() as srv:
        yield srv


def chat(text: str) -> list[dict]:
    return [{"role": "system", "content": "Rewrite the bullet."}, {"role": "user", "content": text}]


def test_completions_come_back_in_order_and_requests_carry_model_and_messages(server):
    model = OpenAIChatModel("tiny-test", base_url=server.base_url)
    chats = [chat(f"bullet {i}") for i in range(4)]
    assert model.complete(chats, max_new_tokens=20) == [f"echo: bullet {i}" for i in range(4)]
    assert len(server.requests) == 4
    sent = sorted(server.requests, key=lambda r: r["messages"][-1]["content"])
    for i, body in enumerate(sent):
        assert body["model"] == "tiny-test"
        assert body["messages"] == chats[i]
        assert body["temperature"] == 0
        assert body["max_tokens"] == 20
    assert server.headers[0]["authorization"] == "Bearer not-needed"


def test_a_listener_hears_the_count_of_finished_chats(server):
    model = OpenAIChatModel("tiny-test", base_url=server.base_url)
    heard = []
    model.on_progress = lambda done, total: heard.append((done, total))
    model.complete([chat(f"bullet {i}") for i in range(3)])
    assert heard == [(1, 3), (2, 3), (3, 3)]


def test_stats_and_fingerprint(server):
    model = OpenAIChatModel("tiny-test", base_url=server.base_url, api_key="sk-local")
    model.complete([chat("a"), chat("b")], evidence=["a", "b"])
    assert (model.stats.calls, model.stats.prompts, model.stats.new_tokens) == (1, 2, 14)
    assert model.stats.seconds > 0
    assert model.fingerprint.backend == "openai"
    assert model.fingerprint.model_id == f"tiny-test @ {server.base_url}"
    assert server.headers[0]["authorization"] == "Bearer sk-local"


def test_empty_call_sends_nothing(server):
    assert OpenAIChatModel("m", base_url=server.base_url).complete([]) == []
    assert server.requests == []


def test_slow_server_times_out_as_model_error(server):
    server.mode = "slow"
    model = OpenAIChatModel("tiny-test", base_url=server.base_url, timeout=0.3, max_retries=0)
    with pytest.raises(ModelError, match=r"timed out") as err:
        model.complete([chat("x")])
    assert server.base_url in str(err.value) and "tiny-test" in str(err.value)


def test_server_error_is_model_error(server):
    server.mode = "500"
    model = OpenAIChatModel("tiny-test", base_url=server.base_url, max_retries=0)
    with pytest.raises(ModelError, match=r"HTTP 500") as err:
        model.complete([chat("x"), chat("y")])
    assert server.base_url in str(err.value) and "'tiny-test'" in str(err.value)


def test_connection_refused_is_model_error(server):
    url = server.base_url
    server.httpd.shutdown()
    server.httpd.server_close()
    model = OpenAIChatModel("tiny-test", base_url=url, timeout=2, max_retries=0)
    with pytest.raises(ModelError, match=r"cannot connect"):
        model.complete([chat("x")])


def test_adapts_to_models_that_reject_max_tokens_and_temperature(server):
    server.mode = "reasoning"
    model = OpenAIChatModel("o-mini", base_url=server.base_url, max_retries=0)
    assert model.complete([chat(f"b{i}") for i in range(3)]) == [f"echo: b{i}" for i in range(3)]
    accepted = [r for r in server.requests
                if "max_completion_tokens" in r and "temperature" not in r]
    assert len(accepted) == 3
    n = len(server.requests)
    model.complete([chat("again")])
    assert len(server.requests) == n + 1  # remembered: no more rejected attempts


def test_other_bad_requests_are_model_errors(server):
    server.mode = "400"
    model = OpenAIChatModel("no-such-model", base_url=server.base_url, max_retries=0)
    with pytest.raises(ModelError, match="HTTP 400: model 'no-such-model' not found"):
        model.complete([chat("x")])
    assert len(server.requests) == 1
