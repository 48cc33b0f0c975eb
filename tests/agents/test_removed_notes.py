from tailor.agents.report import _with_removed


def test_emoji_notes_are_added_once():
    corpus_said = ["basics.name: 🚀 left out of the resume (emoji are not text an ATS can read)"]
    exporter = ["basics name: removed 🚀 from the rendered resume (...)",
                "bullet b1: removed ✨ from the rendered resume (...)"]
    assert _with_removed(corpus_said, exporter) == corpus_said + exporter[1:]
    assert _with_removed([], exporter) == exporter
