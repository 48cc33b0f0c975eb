"""What each failure says and how it ends: one mapping for the CLI and the batch worker."""
from __future__ import annotations

from tailor.errors import (
    ExportCheckFailed,
    ModelError,
    UserInputError,
    ValidationFailed,
    WorkerStartFailed,
    known_failure,
)


def test_a_user_input_error_names_where_then_what_then_what_to_do():
    assert UserInputError("not found", file="me.json", hint="check the path").render() == \
        "me.json: not found\n  -> check the path"
    assert UserInputError("bad", file="me.json", field="work[0]").render() == "me.json at work[0]: bad"
    assert UserInputError("unknown model spec 'gpt4'", field="--model").render() == \
        "--model: unknown model spec 'gpt4'"
    assert UserInputError("plain").render() == "plain"


def test_each_failure_has_its_kind_and_exit_code():
    cases = [(UserInputError("x"), "input", 1), (ValidationFailed("f.json", [("a", "b")]), "input", 1),
             (ModelError("server down"), "model", 1), (WorkerStartFailed("no model"), "model", 1),
             (ExportCheckFailed("lost a bullet"), "export", 2)]
    for exc, kind, code in cases:
        failure = known_failure(exc)
        assert (failure.kind, failure.exit_code) == (kind, code), exc
    assert known_failure(ExportCheckFailed("lost a bullet")).message == "lost a bullet"


def test_an_unreadable_path_is_the_user_s_and_a_bug_is_not_known():
    failure = known_failure(PermissionError(13, "Permission denied", "/root/me.json"))
    assert failure.kind == "input" and failure.message.startswith("/root/me.json: Permission denied")
    assert known_failure(KeyError("oops")) is None
    assert known_failure(OSError("no file named")) is None
