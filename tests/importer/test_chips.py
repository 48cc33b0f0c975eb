"""`chips.py`: names each on a drawn background of their own are items, even with only a space
between them in the text; a background behind a whole line, or a word highlighted in a
sentence, cuts nothing."""
from types import SimpleNamespace

from tailor.importer.chips import Box, drawn_box, in_two_boxes
from tailor.importer.pdf import read_pdf_lines
from tailor.render.pdf import render_pdf


def _glyph(x0, x1=None):
    return SimpleNamespace(x0=x0, x1=x1 if x1 is not None else x0 + 6.0, y0=100.0, y1=110.0)


def test_glyphs_in_two_boxes_apart_are_two_chips():
    go, sql = Box(0, 0.0, 98.0, 18.0, 112.0), Box(0, 21.0, 98.0, 60.0, 112.0)
    assert in_two_boxes(_glyph(8.0), _glyph(24.0), [go, sql])                  # "o" | "P": two chips
    assert not in_two_boxes(_glyph(2.0), _glyph(8.0), [go, sql])               # inside one chip
    line = Box(0, -5.0, 95.0, 300.0, 115.0)                                   # a background behind the row too
    assert in_two_boxes(_glyph(8.0), _glyph(24.0), [line, go, sql])
    assert not in_two_boxes(_glyph(8.0), _glyph(24.0), [line])


def test_a_highlighted_word_in_a_sentence_or_touching_highlights_cut_nothing():
    word = Box(0, 0.0, 98.0, 18.0, 112.0)
    assert not in_two_boxes(_glyph(8.0), _glyph(24.0), [word])   # "`Go` daily": the next word is in no box
    touching = Box(0, 18.0, 98.0, 60.0, 112.0)                                 # one highlight drawn in two pieces
    assert not in_two_boxes(_glyph(8.0), _glyph(24.0), [word, touching])


def test_only_a_filled_box_about_a_line_tall_is_a_background():
    def item(x0, y0, x1, y1, fill=True):
        return SimpleNamespace(x0=x0, y0=y0, x1=x1, y1=y1, fill=fill)
    assert drawn_box(item(0, 100, 20, 114), 0) == Box(0, 0, 100, 20, 114)
    assert drawn_box(item(0, 100, 500, 100.8), 0) is None                      # a rule under a heading
    assert drawn_box(item(0, 100, 20, 114, fill=False), 0) is None             # an outline
    assert drawn_box(item(0, 0, 612, 792), 0) is None                          # the page's background


def test_code_spans_with_only_a_space_between_them_are_a_list(tmp_path):
    """A Markdown preview's `Go` `PostgreSQL` ...: the text has one space between the names, the
    page a grey box behind each."""
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
    html { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }
    code { font-family: "DejaVu Sans Mono", monospace; background: #eee; }</style></head><body>
    <h1>Maya Okonkwo</h1><h2>Skills</h2><p>Engineer who builds things people use every day and ships them.</p>
    <p><code>Go</code> <code>PostgreSQL</code> <code>Kafka</code> <code>Kubernetes</code></p>
    <p>Writes <code>Go</code> every day.</p></body></html>"""
    path = tmp_path / "code.pdf"
    path.write_bytes(render_pdf(html))
    texts = [line.text for line in read_pdf_lines(path)]
    assert "Go, PostgreSQL, Kafka, Kubernetes" in texts
    assert "Writes Go every day." in texts


def _piece(text, x0, top=100.0, bold=False, size=8.6):
    from tailor.importer.pdf import _Phys

    return _Phys(0, top, top + size, x0, x0 + 5.0 * len(text), size, [(c, bold) for c in text],
                 5.0 * len(text.split()[0]))


def test_a_row_of_chips_after_a_bold_name_is_a_named_list():
    """"Frontend  [React] [Jest] [Next.js]": the bold first piece names the plain ones after it, and
    the next row with a bold name of its own is another list, not the row above's wrap."""
    from tailor.importer.chips import tags_joined
    from tailor.importer.pdf import _logical_lines, _reading_order

    row = [_piece("Frontend", 28, bold=True, size=9.0), _piece("React", 86), _piece("Jest", 125),
           _piece("Next.js", 182)]
    assert [p.text for p in tags_joined(row)] == ["Frontend: React, Jest, Next.js"]
    assert [p.text for p in tags_joined([_piece("React", 86), _piece("Jest", 125), _piece("Next.js", 182)])] == [
        "React, Jest, Next.js"]
    long = [_piece("Lean and Quality", 28, bold=True), _piece("Lean Six Sigma Black Belt", 121), _piece("SMED", 341)]
    assert [p.text for p in tags_joined(long)] == ["Lean and Quality: Lean Six Sigma Black Belt, SMED"]
    second = [_piece("Backend", 28, top=122.5, bold=True, size=9.0), _piece("Node.js", 86, top=122.5),
              _piece("Redis", 125, top=122.5), _piece("GraphQL", 182, top=122.5)]
    assert [line.text for line in _logical_lines(_reading_order(row + second))] == [
        "Frontend: React, Jest, Next.js", "Backend: Node.js, Redis, GraphQL"]
