"""`tailor questions` as a person runs it: templates with --model none, JSON, errors."""
import json
import os
import subprocess
import sys

from tests.interview.interview_helpers import CORPUS, JOB


def tailor(*args, cwd):
    env = {**os.environ, "TAILOR_CACHE_DIR": str(cwd / "cache"), "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "tailor.cli", "questions", *map(str, args)],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_template_questions_as_json_and_for_people(tmp_path):
    result = tailor(JOB, "--resume", CORPUS, "--model", "none", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["model"] == "none" and len(data["questions"]) == 8
    for q in data["questions"]:
        assert q["origin"] == "template" and q["text"].endswith("?")
        assert q["source"]["kind"] in ("bullet", "requirement") and q["source"]["id"]

    human = tailor(JOB, "--resume", CORPUS, "--model", "none", "--kind", "hr", "--count", "3",
                   cwd=tmp_path)
    assert human.returncode == 0, human.stderr
    assert "1." in human.stdout and "3." in human.stdout and "4." not in human.stdout
    assert "cites requirement r" in human.stdout and "cites bullet w" in human.stdout
    assert "origin: template" in human.stdout


def test_answer_gets_a_follow_up_and_a_broken_model_falls_back(tmp_path):
    broken = tmp_path / "broken-model"  # exists, but cannot load: its config.json is not JSON
    broken.mkdir()
    (broken / "config.json").write_text("{not json", encoding="utf-8")
    result = tailor(JOB, "--resume", CORPUS, "--model", f"local:{broken}",
                    "--answer", "We did various things and it went well.", "--question", "2",
                    "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "could not load model" in result.stderr and "Traceback" not in result.stderr
    data = json.loads(result.stdout)
    assert data["question"]["number"] == 2 and data["needed"] is True
    assert data["source"] == data["question"]["source"]
    assert {m["aspect"] for m in data["missing"]} >= {"ownership", "outcome", "numbers"}


def test_bad_input_is_one_message_exit_1(tmp_path):
    # (a wrong --question number is checked in-process: test_answers.py)
    for args, fragment in [(["--kind", "sales"], "sales"), (["--model", "gpt9000"], "gpt9000"),
                           (["--question", "3"], "--answer")]:
        result = tailor(JOB, "--resume", CORPUS, "--model", "none", *args, cwd=tmp_path)
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert fragment in result.stderr
    missing = tailor(tmp_path / "nope.txt", "--resume", CORPUS, "--model", "none", cwd=tmp_path)
    assert missing.returncode == 1 and "nope.txt" in missing.stderr


def test_a_mistyped_path_is_a_user_error_not_a_template_fallback(tmp_path):
    for args, fragment in [(["--model", "local", "--adapter", tmp_path / "no-such-adapter"], "adapter folder"),
                           (["--model", f"local:{tmp_path / 'no-such-model'}"], "model folder")]:
        result = tailor(JOB, "--resume", CORPUS, *args, cwd=tmp_path)
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert fragment in result.stderr and "not found" in result.stderr
        assert "could not load model" not in result.stderr and not result.stdout


def test_a_posting_without_requirements_says_why_there_are_no_questions(tmp_path):
    job = tmp_path / "one.txt"
    job.write_text("Engineer\n")
    result = tailor(job, "--resume", CORPUS, "--model", "none", "--kind", "technical", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "No technical questions" in result.stdout
