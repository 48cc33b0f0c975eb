"""bench/near_copy.py, the near-copy test of a layout walk (bench/data/import_layout_split.json,
rotation_2026_12_07d): words compared in order, a near copy at a ratio of 0.9 or more, layouts
without a PDF for the source skipped; `--extra` compares the candidates accepted earlier in the same
walk too, which are not in the corpus yet (rotation_2026_12_07d_fill: themes of one project may
print nearly the same page). The PDFs' words are given directly (no pdftotext needed)."""
from pathlib import Path

from tests.bench_scripts import bench_script


def load():
    return bench_script("near_copy")


def test_a_layout_that_differs_in_one_heading_word_is_a_near_copy(tmp_path, monkeypatch, capsys):
    near_copy = load()
    page = "jane doe engineer experience acme 2020 present built things education state university".split()
    texts = {
        "candidate": page,
        "twin": [("volunteering" if w == "experience" else w) for w in page],
        "other": list(reversed(page))[:4] + ["skills", "python"],
    }
    for layout in ("twin", "other"):
        (tmp_path / layout).mkdir()
        (tmp_path / layout / "senior-engineer.pdf").write_bytes(b"")
    (tmp_path / "docx-only").mkdir()
    (tmp_path / "docx-only" / "senior-engineer.docx").write_bytes(b"")
    candidate = tmp_path / "candidate.pdf"
    candidate.write_bytes(b"")
    monkeypatch.setattr(near_copy, "words", lambda pdf: texts[Path(pdf).stem if Path(pdf).stem == "candidate"
                                                             else Path(pdf).parent.name])
    ratios = near_copy.ratios(candidate, tmp_path, "senior-engineer")
    assert set(ratios) == {"twin", "other"}
    assert ratios["twin"] >= near_copy.THRESHOLD > ratios["other"]
    assert near_copy.main([str(candidate), "--corpus", str(tmp_path)]) == 3
    assert near_copy.main([str(candidate), "--corpus", str(tmp_path), "--skip", "twin"]) == 0
    assert "jane" not in capsys.readouterr().out  # only ratios are printed, never the text


def test_an_earlier_pick_outside_the_corpus_is_compared_too(tmp_path, monkeypatch, capsys):
    near_copy = load()
    page = "jane doe engineer experience acme 2020 present built things education state university".split()
    texts = {
        "candidate": page,
        "corpus-layout": list(reversed(page))[:4] + ["skills", "python"],
        "earlier-pick": [("volunteering" if w == "experience" else w) for w in page],
    }
    corpus = tmp_path / "corpus"
    (corpus / "corpus-layout").mkdir(parents=True)
    (corpus / "corpus-layout" / "senior-engineer.pdf").write_bytes(b"")
    earlier = tmp_path / "walk" / "earlier-pick" / "senior-engineer.pdf"
    earlier.parent.mkdir(parents=True)
    earlier.write_bytes(b"")
    candidate = tmp_path / "candidate.pdf"
    candidate.write_bytes(b"")
    monkeypatch.setattr(near_copy, "words", lambda pdf: texts["candidate" if Path(pdf).stem == "candidate"
                                                             else Path(pdf).parent.name])
    assert set(near_copy.ratios(candidate, corpus, "senior-engineer")) == {"corpus-layout"}
    ratios = near_copy.ratios(candidate, corpus, "senior-engineer", extra=[earlier])
    assert set(ratios) == {"corpus-layout", "earlier-pick"}
    assert ratios["earlier-pick"] >= near_copy.THRESHOLD > ratios["corpus-layout"]
    assert near_copy.main([str(candidate), "--corpus", str(corpus)]) == 0
    assert near_copy.main([str(candidate), "--corpus", str(corpus), "--extra", str(earlier)]) == 3
    assert "jane" not in capsys.readouterr().out  # only ratios are printed, never the text
