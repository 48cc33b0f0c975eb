"""Deterministic stand-ins used only by tests: a scripted chat model, a hashing embedder and a
real OpenAI-compatible chat server on 127.0.0.1 whose answers a test scripts."""
from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np

from tailor.schemas import GenerationStats, ModelFingerprint

Reply = Callable[[list[dict]], str]
FABRICATED = "Built serverless AWS Lambda functions for 12 clients"  # conftest.scripted_run


class ScriptedModel:
    """Answers each chat with the next scripted reply, or with `reply(chat)` when given a function.

    `seen` records every chat so tests can assert what the writer asked for.
    """

    def __init__(self, replies: list[str] | Reply):
        self._replies = replies
        self.seen: list[list[dict]] = []
        self.fingerprint = ModelFingerprint(backend="fake", model_id="scripted")
        self.rewrites = True
        self.stats = GenerationStats()

    def complete(self, chats: list[list[dict]], max_new_tokens: int = 80,
                 evidence: list[str] | None = None) -> list[str]:
        out = []
        for chat in chats:
            self.seen.append(chat)
            if callable(self._replies):
                out.append(self._replies(chat))
            else:
                out.append(self._replies.pop(0) if self._replies else "")
        self.stats.calls += 1
        self.stats.prompts += len(chats)
        self.stats.new_tokens += sum(len(t.split()) for t in out)
        return out


class HashingEmbedder:
    """Bag-of-words hashed into 384 dims: deterministic, fast, and similar texts stay similar."""

    model_id = "test/hashing-embedder"

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % 384] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
Answer = Callable[[dict], "str | tuple[int, dict]"]


class ChatServer:
    """A real HTTP server speaking OpenAI chat completions on 127.0.0.1 (a context manager).

    `answer(body)` gets each request's JSON body and returns the reply text (HTTP 200, usage
    5 prompt + 7 completion tokens) or `(status, payload)` for anything else, e.g. an error.
    Requests and their headers are recorded. Clear proxy variables first (`PROXY_VARIABLES`):
    the openai client would send 127.0.0.1 traffic through a proxy.
    """

    def __init__(self, answer: Answer):
        self.answer = answer
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with server.lock:
                    server.requests.append(body)
                    server.headers.append({k.lower(): v for k, v in self.headers.items()})
                result = server.answer(body)
                status, payload = result if isinstance(result, tuple) else (200, completion(body, result))
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeouts)
                    pass

        return Handler

    def __enter__(self) -> "ChatServer":
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def completion(body: dict, text: str) -> dict:
    """A chat.completion response carrying `text`."""
    return {"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": body["model"],
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": text}}],
            "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}}
