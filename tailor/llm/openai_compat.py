"""Any OpenAI-compatible chat server: OpenAI itself, Ollama, vLLM, LM Studio.

One request per chat (the protocol has no batch endpoint), a few in flight at once so a local
server can batch them itself. Greedy-ish (temperature 0) so reruns give the same resume.
`evidence` is ignored: a remote server cannot take our logits processor; the critic checks
every output either way.
"""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import openai

from tailor.errors import ModelError, UserInputError
from tailor.llm.base import Message, OnProgress
from tailor.llm.spec import API_KEY_HINT
from tailor.schemas import GenerationStats, ModelFingerprint

MAX_CONCURRENT = 4
DEFAULT_BASE_URL = "https://api.openai.com/v1"


class OpenAIChatModel:
    """`LanguageModel` over the chat-completions API.

    `api_key` may be None for local servers (a dummy is sent when `base_url` is set); for
    OpenAI itself the CLI passes the key it read from the environment.
    """

    rewrites = True
    on_progress: OnProgress | None = None

    def __init__(self, model: str, base_url: str | None = None, api_key: str | None = None,
                 timeout: float = 60.0, max_retries: int = 2):
        self.model, self.base_url = model, base_url
        if api_key is None and base_url is not None:
            api_key = "not-needed"
        try:
            self.client = openai.OpenAI(base_url=base_url, api_key=api_key, timeout=timeout,
                                        max_retries=max_retries)
        except openai.OpenAIError as exc:  # raised when no key is given or configured
            raise UserInputError(f"cannot use model openai:{model}: {exc}", hint=API_KEY_HINT) from exc
        where = f" @ {base_url}" if base_url else ""
        self.fingerprint = ModelFingerprint(backend="openai", model_id=f"{model}{where}")
        self._limit_param, self._temperature_zero = "max_tokens", True
        self.stats = GenerationStats()

    def complete(self, chats: list[list[Message]], max_new_tokens: int = 80,
                 evidence: list[str] | None = None) -> list[str]:
        if not chats:
            return []
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=min(MAX_CONCURRENT, len(chats))) as pool:
            futures = [pool.submit(self._one, chat, max_new_tokens) for chat in chats]
            try:
                results = []
                for future in futures:  # in order: the count moves as the earliest pending one ends
                    results.append(future.result())
                    if self.on_progress is not None:
                        self.on_progress(len(results), len(chats))
            except BaseException:
                for f in futures:
                    f.cancel()
                raise
        self.stats.calls += 1
        self.stats.prompts += len(chats)
        self.stats.new_tokens += sum(tokens for _, tokens in results)
        self.stats.seconds += time.perf_counter() - started
        return [text for text, _ in results]

    def _one(self, chat: list[Message], max_new_tokens: int) -> tuple[str, int]:
        for _ in range(3):  # at most two parameter adaptations, then give up
            options = self._options(max_new_tokens)
            try:
                response = self.client.chat.completions.create(
                    model=self.model, messages=chat, **options)
                break
            except openai.BadRequestError as exc:
                if not self._adapt_to(exc, options):
                    raise self._error(f"HTTP 400: {_reason(exc)}") from exc
            except openai.OpenAIError as exc:
                raise self._wrap(exc) from exc
        else:
            raise self._error("the server rejected every parameter variant")
        if not response.choices:
            raise self._error("response has no choices")
        text = (response.choices[0].message.content or "").strip()
        usage = getattr(response, "usage", None)
        tokens = getattr(usage, "completion_tokens", None) or 0
        return text, tokens

    def _options(self, max_new_tokens: int) -> dict:
        options = {self._limit_param: max_new_tokens}
        if self._temperature_zero:
            options["temperature"] = 0
        return options

    def _adapt_to(self, exc: openai.BadRequestError, sent: dict) -> bool:
        """Newer OpenAI models reject `max_tokens` and temperature 0: switch (for every later
        request too) and tell the caller to retry. Decided on what *this* request sent, so
        concurrent requests that hit the same rejection all retry."""
        message = _reason(exc)
        if "max_tokens" in message and "max_tokens" in sent:
            self._limit_param = "max_completion_tokens"
            return True
        if "temperature" in message and "temperature" in sent:
            self._temperature_zero = False
            return True
        return False

    def _wrap(self, exc: openai.OpenAIError) -> ModelError:
        if isinstance(exc, openai.APITimeoutError):  # a subclass of APIConnectionError: first
            return self._error(f"timed out after {self.client.timeout}s")
        if isinstance(exc, openai.APIConnectionError):
            return self._error(f"cannot connect ({exc})")
        if isinstance(exc, openai.APIStatusError):
            return self._error(f"HTTP {exc.status_code}: {_reason(exc)}")
        return self._error(str(exc))

    def _error(self, reason: str) -> ModelError:
        return ModelError(f"model server {self.base_url or DEFAULT_BASE_URL} failed for model "
                          f"'{self.model}': {reason}")


def _reason(exc: openai.APIStatusError, limit: int = 300) -> str:
    """The server's own error message, without the client's "Error code: ..." wrapping."""
    body = exc.body.get("error", exc.body) if isinstance(exc.body, dict) else None
    text = body.get("message") if isinstance(body, dict) else None
    text = " ".join(str(text or exc.message).split())
    return text if len(text) <= limit else text[:limit] + "..."
