"""Human verdicts on a run's items become durable, deduplicated DPO preference pairs."""
import datetime as dt
import json
import sqlite3

import pytest
from fakes import FABRICATED

from tailor.agents.writer import chat_for, source_text
from tailor.errors import UserInputError
from tailor.training import feedback as fb
from tailor.training.pii import check_rows, scrub_record

REPAIRED = "b-w0.9-f9935b"


@pytest.fixture
def run(scripted_run):
    return fb.load_run(scripted_run[0].out_dir)


def model_items(run):
    return [i for i in run.resume.items() if i.origin == "model"]


def own_words_items(run):
    return [i for i in run.resume.items() if i.origin == "source" and run.first_draft(i) is None]


def first_draft_chat(model, item, run):
    """The chat the scripted model got for the item's first draft."""
    ask = f"Evidence: {run.own_words(item)}\n"
    return next(c for c in model.seen if c[-1]["content"].startswith(ask)
                and "Do not write:" not in c[-1]["content"])


def test_the_run_has_an_item_of_every_kind(run):
    kinds = {i.id: i.origin for i in run.resume.items()}
    assert kinds[REPAIRED] == "repaired" and kinds["summary"] == "source"
    assert len(model_items(run)) >= 2 and own_words_items(run)
    assert [i.id for i in run.reviewable()] == (
        ["summary", REPAIRED] + [i.id for i in model_items(run) if i.id != REPAIRED])


def test_reject_prefers_the_persons_own_words_for_the_exact_writer_prompt(run, scripted_run):
    item = model_items(run)[0]
    pref = fb.make_preference(run, item.id, "reject")
    assert pref.chosen == source_text(item, run.corpus) and pref.chosen.startswith("Built")
    assert pref.rejected == item.text and item.text.startswith("Created")
    assert pref.prompt == chat_for(item, run.corpus, run.job, run.resume)
    assert pref.prompt == first_draft_chat(scripted_run[1], item, run)


def test_accept_prefers_the_rewrite_over_the_own_words(run):
    item = model_items(run)[1]
    pref = fb.make_preference(run, item.id, "accept")
    assert (pref.chosen, pref.rejected) == (item.text, run.own_words(item))
    assert pref.verdict == "accept"


def test_prefer_chooses_between_the_first_draft_and_the_final_text(run, scripted_run):
    item = run.item(REPAIRED)
    assert run.first_draft(item) == FABRICATED and item.text.startswith("Improved")
    before = fb.make_preference(run, REPAIRED, "prefer", "before")
    after = fb.make_preference(run, REPAIRED, "prefer", "after")
    assert (before.chosen, before.rejected) == (FABRICATED, item.text)
    assert (after.chosen, after.rejected) == (item.text, FABRICATED)
    assert after.prompt == first_draft_chat(scripted_run[1], item, run)
    summary = fb.make_preference(run, "summary", "prefer", "after")  # final = own words
    assert summary.chosen == run.own_words(run.item("summary")) != summary.rejected
    assert summary.prompt[-1]["content"].startswith("Target role: ")


def test_prefer_needs_a_repaired_item_and_a_side(run):
    with pytest.raises(UserInputError, match="was not repaired"):
        fb.make_preference(run, model_items(run)[0].id, "prefer", "before")
    with pytest.raises(UserInputError, match="before or after"):
        fb.make_preference(run, REPAIRED, "prefer", None)


@pytest.mark.parametrize("verdict", ["accept", "reject"])
def test_an_item_in_the_persons_own_words_cannot_be_accepted_or_rejected(run, verdict):
    item = own_words_items(run)[0]
    with pytest.raises(UserInputError) as caught:
        fb.make_preference(run, item.id, verdict)
    assert "your own words verbatim" in caught.value.message and item.id in caught.value.message
    with pytest.raises(UserInputError, match="own words") as caught:
        fb.make_preference(run, "summary", verdict)
    assert "--prefer" in caught.value.hint


def test_an_unknown_item_lists_the_valid_ids(run):
    with pytest.raises(UserInputError) as caught:
        fb.make_preference(run, "b-nope", "accept")
    assert "b-nope" in caught.value.message
    assert REPAIRED in caught.value.hint and "summary" in caught.value.hint


def test_recorded_pairs_survive_reopening_and_duplicates_are_stored_once(run, tmp_path):
    store = tmp_path / "deep" / "feedback.sqlite"
    prefs = [fb.make_preference(run, model_items(run)[0].id, "reject"),
             fb.make_preference(run, model_items(run)[1].id, "accept"),
             fb.make_preference(run, REPAIRED, "prefer", "after")]
    assert fb.record(store, run, prefs) == 3
    assert fb.record(store, run, prefs + prefs[:1]) == 0
    conn = sqlite3.connect(store)  # a fresh connection: what another process would see
    assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert conn.execute("select count(*) from preferences").fetchone()[0] == 3
    conn.close()
    records = fb.read_records(store)
    assert [r.verdict for r in records] == ["reject", "accept", "prefer"]
    assert {r.run_dir for r in records} == {str(run.run_dir.resolve())}
    assert records[0].model == run.model.model_dump(mode="json") and records[0].model["backend"] == "fake"
    created = dt.datetime.fromisoformat(records[0].created_at)
    assert created.utcoffset() == dt.timedelta(0)
    assert records[0].prompt == prefs[0].prompt
    assert fb.read_records(store, tmp_path) == []


def test_changing_ones_mind_replaces_the_opposite_pair(run, tmp_path):
    store, item = tmp_path / "fb.sqlite", model_items(run)[0].id
    fb.record(store, run, [fb.make_preference(run, item, "accept")])
    assert fb.record(store, run, [fb.make_preference(run, item, "reject")]) == 1
    assert [r.verdict for r in fb.read_records(store)] == ["reject"]


def test_preference_rows_are_trl_conversational_pairs(run, tmp_path):
    store = tmp_path / "fb.sqlite"
    fb.record(store, run, [fb.make_preference(run, model_items(run)[0].id, "reject"),
                           fb.make_preference(run, REPAIRED, "prefer", "before")])
    rows = fb.preference_rows(store)
    assert len(rows) == 2
    for row in rows:
        assert set(row) == {"prompt", "chosen", "rejected"}
        assert row["prompt"][0]["role"] == "system" and row["prompt"][-1]["role"] == "user"
        assert [m["role"] for m in row["chosen"] + row["rejected"]] == ["assistant", "assistant"]
        assert row["chosen"][0]["content"] != row["rejected"][0]["content"]
    assert rows[1]["chosen"][0]["content"] == FABRICATED
    names = fb.known_names(store)
    assert names == [run.corpus.basics.name]
    assert check_rows(scrub_record(rows, names), names) == []


def test_reading_needs_a_store_and_never_writes_into_other_sqlite_files(run, tmp_path):
    with pytest.raises(UserInputError, match="no feedback store"):
        fb.preference_rows(tmp_path / "missing.sqlite")
    assert not (tmp_path / "missing.sqlite").exists()
    trace = tmp_path / "trace.sqlite"
    trace.write_bytes((run.run_dir / "trace.sqlite").read_bytes())
    pref = fb.make_preference(run, REPAIRED, "prefer", "after")
    with pytest.raises(UserInputError, match="not a feedback store"):
        fb.record(trace, run, [pref])
    tables = sqlite3.connect(trace).execute("select name from sqlite_master").fetchall()
    assert ("preferences",) not in tables
    (tmp_path / "notes.txt").write_text("not sqlite " * 100)
    with pytest.raises(UserInputError, match="not a feedback store"):
        fb.read_records(tmp_path / "notes.txt")


def test_a_folder_without_tailored_json_is_not_a_run(scripted_run, tmp_path):
    run_dir = tmp_path / "copy"
    run_dir.mkdir()
    (run_dir / "trace.sqlite").write_bytes((scripted_run[0].out_dir / "trace.sqlite").read_bytes())
    with pytest.raises(UserInputError, match="no tailored.json"):
        fb.load_run(run_dir)
    (run_dir / "tailored.json").write_text(json.dumps({"roles": "nope"}))
    with pytest.raises(UserInputError, match="unreadable run"):
        fb.load_run(run_dir)
