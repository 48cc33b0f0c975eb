"""`spacing.py`: a heading set with wide letter spacing reads as the word it spells, text set
without letter spacing keeps every word break, and chips set with no space glyph between their
boxes are items of their own."""
from tailor.importer.pdf import read_pdf_lines
from tailor.importer.spacing import letter_spacing, tracking
from tailor.render.pdf import render_pdf


class _Glyph:
    def __init__(self, text, x0, width=6.0, size=9.0):
        self.text, self.x0, self.x1, self.size = text, x0, x0 + width, size

    def get_text(self):
        return self.text


class _Guess:  # pdfminer's guessed space (LTAnno): no position, no size
    def get_text(self):
        return " "


def _set(text, step, width=6.0):
    """Glyphs of `text` advancing `step` each, with a guessed space wherever two stand apart (what
    pdfminer gives for a line with no space glyphs); a " " in `text` is a space's width more."""
    objects, x = [], 0.0
    for word_index, word in enumerate(text.split(" ")):
        x += (width if word_index else 0.0)
        for char in word:
            if objects and x > objects[-1].x1:
                objects.append(_Guess())
            objects.append(_Glyph(char, x, width))
            x += step
    return objects


def _read(objects):
    tracked = tracking(objects)
    out, last = "", None
    for index, obj in enumerate(objects):
        if isinstance(obj, _Guess):
            out += "" if last and letter_spacing(last, objects[index + 1:], False, tracked) else " "
        else:
            out, last = out + obj.text, obj
    return out


def test_a_tracked_line_without_space_glyphs_reads_as_its_words():
    assert abs(tracking(_set("SUMMARY", 7.1)) - 1.1) < 1e-9
    assert _read(_set("SUMMARY", 7.1)) == "SUMMARY"
    assert _read(_set("WORK EXPERIENCE", 7.1)) == "WORK EXPERIENCE"   # the word break stays


def test_a_line_set_without_letter_spacing_keeps_its_guessed_spaces():
    objects = _set("Go SQL", 6.0)   # glyphs touching: no tracking
    assert tracking(objects) == 0.0
    assert _read(objects) == "Go SQL"


def test_a_letter_spaced_heading_in_a_rendered_pdf_reads_as_its_word(tmp_path):
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
    html { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }
    h2 { font-size: 9pt; letter-spacing: 0.3em; }</style></head><body>
    <h1>Maya Okonkwo</h1><h2>SUMMARY</h2><p>Engineer who builds things people use every day.</p>
    <h2>WORK EXPERIENCE</h2><p>Outreach, Software Engineer, 2024</p></body></html>"""
    path = tmp_path / "spaced.pdf"
    path.write_bytes(render_pdf(html))
    texts = [line.text for line in read_pdf_lines(path)]
    assert "SUMMARY" in texts and "WORK EXPERIENCE" in texts


def test_chips_with_no_space_glyph_between_their_boxes_are_items_where_spaces_are_glyphs():
    from tailor.importer.spacing import box_edge, writes_spaces

    chips = [_Glyph(c, 6.0 * i) for i, c in enumerate("Go")] + [_Guess()] + \
        [_Glyph(c, 18.0 + 6.0 * i) for i, c in enumerate("SQL")]   # a 6 pt gap at 9 pt: two boxes
    prose = [_Glyph("a", 0.0), _Glyph(" ", 6.0, 2.5), _Glyph("b", 8.5)]
    assert writes_spaces([prose, prose, chips]) and not writes_spaces([chips])
    assert box_edge(chips[1], chips, 3, spaces=True)
    assert not box_edge(chips[1], chips, 3, spaces=False)  # LaTeX writes no spaces: a guess is a word break


def test_chips_in_a_rendered_pdf_are_read_as_a_list(tmp_path):
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
    html { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }
    .chip { display: inline-block; padding: 1pt 2pt; margin-right: 2pt; background: #eee; }</style></head><body>
    <h1>Maya Okonkwo</h1><h2>Skills</h2><p>Engineer who builds things people use every day and ships them.</p>
    <div><span class="chip">Python</span><span class="chip">TypeScript</span><span class="chip">REST APIs</span></div>
    </body></html>"""
    path = tmp_path / "chips.pdf"
    path.write_bytes(render_pdf(html))
    assert "Python, TypeScript, REST APIs" in [line.text for line in read_pdf_lines(path)]


def test_a_justified_line_with_wide_word_gaps_stays_one_line(tmp_path):
    """A short line stretched by justification ("Plant Manager,  Cold  Rolling ..." over a long
    next word) sets word gaps over an em wide: still spaces, not the gaps between columns."""
    from tailor.importer.spacing import justified_gap

    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
    html { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }
    .wide { word-spacing: 1.2em; }</style></head><body>
    <h1>Maya Okonkwo</h1><h2>Experience</h2><p>Engineer who builds things people use every day and ships them.</p>
    <p class="wide">Plant Manager, Cold Rolling and Finishing, Harbor Steel Works</p>
    <p>Ran the cold mill and its finishing lines through two expansions.</p></body></html>"""
    path = tmp_path / "justified.pdf"
    path.write_bytes(render_pdf(html))
    texts = [line.text for line in read_pdf_lines(path)]
    assert "Plant Manager, Cold Rolling and Finishing, Harbor Steel Works" in texts
    tags = [_Glyph(c, 20.0 * i) for i, c in enumerate("GoSQLRust")]   # one letter a piece, 14 pt apart: no phrase
    assert justified_gap(tags) == 0.0
    assert justified_gap(_set("Go SQL", 6.0)) == 0.0


def _typed(text, x=0.0, width=3.0, pads=None):
    """Glyphs of `text`, spaces as glyphs, each right after the one before; `pads`: room added
    after the space glyph at these indexes (pdfminer then guesses a space there too)."""
    objects = []
    for index, char in enumerate(text):
        objects.append(_Glyph(char, x, width, size=7.0))
        x += width
        if pads and index in pads:
            objects.append(_Guess())
            x += pads[index]
    return objects


def test_a_space_glyph_padded_on_its_right_between_two_words_is_a_box_edge():
    """A degree ran up to the school floated beside it: "... and Economics " ends its box on a
    space glyph, and "ETH Zürich" starts 2 pt further on, every other space touching its word."""
    from tailor.importer.spacing import box_edge

    line = _typed("CAS in Technology and Economics ETH", pads={31: 2.0})
    at = next(i for i, obj in enumerate(line) if obj.get_text() == "E" and isinstance(line[i - 1], _Guess))
    assert box_edge(line[at - 2], line, at, spaces=True)
    justified = _typed("CAS in Technology and Economics ETH", pads=dict.fromkeys((3, 6, 17, 21, 31), 2.0))
    at = len(justified) - 3  # every space stretched alike: a justified line
    assert not box_edge(justified[at - 2], justified, at, spaces=True)
    label = _typed("Frontend: React and Jest more", pads={9: 2.0})  # a label's colon padded apart: one text
    at = 11
    assert isinstance(label[at - 1], _Guess) and not box_edge(label[at - 2], label, at, spaces=True)
