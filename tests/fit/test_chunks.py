"""Long evidence is split into overlapping sentence windows that fit the embedder's window."""
from tailor.fit.blind import Unit
from tailor.fit.chunks import CHUNK_MARK, MAX_PIECES, chunk_text, chunk_units, estimate_pieces

FILLER = "Opened the restaurant at six and checked the walk-in coolers against the prep list."


def long_text(sentences=30, last="Reconciled vendor invoices in QuickBooks every week."):
    return " ".join([FILLER.replace("six", f"{n} am") for n in range(sentences)] + [last])


def test_short_text_is_one_chunk():
    assert chunk_text("Built a dashboard in React.") == ["Built a dashboard in React."]


def test_long_text_is_split_into_windows_that_fit_and_overlap():
    text = long_text()
    assert estimate_pieces(text) > 256                  # longer than MiniLM reads
    windows = chunk_text(text)
    assert len(windows) > 2
    assert all(estimate_pieces(w) <= MAX_PIECES for w in windows)
    assert windows[-1].endswith("Reconciled vendor invoices in QuickBooks every week.")
    for a, b in zip(windows, windows[1:]):             # one sentence shared between neighbours
        assert a.split(". ")[-1].rstrip(".") in b
    assert all(s in text for w in windows for s in w.split(". "))


def test_run_on_sentence_without_full_stops_is_cut_into_word_windows():
    text = " ".join(["inventory"] * 400)
    windows = chunk_text(text)
    assert len(windows) > 1 and all(estimate_pieces(w) <= MAX_PIECES for w in windows)


def test_chunk_ids_keep_the_cited_id():
    chunks = chunk_units([Unit("w0.1-abcdef", long_text()), Unit("w0.2-123456", "Short one.")])
    assert {c.cite_id for c in chunks} == {"w0.1-abcdef", "w0.2-123456"}
    assert all(c.id.startswith(c.cite_id + CHUNK_MARK) for c in chunks if c.cite_id == "w0.1-abcdef")
    assert [c.id for c in chunks if c.cite_id == "w0.2-123456"] == ["w0.2-123456"]
    assert len({c.id for c in chunks}) == len(chunks)
