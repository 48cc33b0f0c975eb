"""Parsed postings cached on disk: the same parse back, never a stale one."""
from __future__ import annotations

from tailor.text import posting_cache
from tailor.text.posting import parse_posting_file

POSTING = b"Data Analyst\nCompany: Acme\n\nRequirements:\n- 3+ years of SQL\n- Experience with Tableau\n"


def test_a_cached_parse_equals_a_fresh_one_and_is_served_from_disk(tmp_path, monkeypatch):
    first = posting_cache.parse_cached(POSTING, "jobs.jsonl#1", ".txt", tmp_path)
    assert first == parse_posting_file(POSTING, "jobs.jsonl#1", ".txt")[0]
    [stored] = list((tmp_path / "postings").rglob("*.json"))
    calls = []
    monkeypatch.setattr(posting_cache, "parse_posting_file", lambda *a: calls.append(a))
    assert posting_cache.parse_cached(POSTING, "jobs.jsonl#1", ".txt", tmp_path) == first
    assert calls == []                                 # read back, not parsed
    stored.write_text("{damaged", "utf-8")              # an unreadable entry is parsed again
    monkeypatch.undo()
    assert posting_cache.parse_cached(POSTING, "jobs.jsonl#1", ".txt", tmp_path) == first


def test_the_key_holds_the_source_and_the_parser(tmp_path, monkeypatch):
    posting_cache.parse_cached(POSTING, "a.txt", ".txt", tmp_path)
    other = posting_cache.parse_cached(POSTING, "b.txt", ".txt", tmp_path)
    assert other.source == "b.txt"
    assert len(list((tmp_path / "postings").rglob("*.json"))) == 2
    monkeypatch.setattr(posting_cache, "parser_fingerprint", lambda: "another-parser")
    posting_cache.parse_cached(POSTING, "a.txt", ".txt", tmp_path)
    assert (tmp_path / "postings" / "another-parser").is_dir()   # a changed parser parses anew
    assert posting_cache.parse_cached(POSTING, "a.txt", ".txt", None).source == "a.txt"  # no cache
