"""`drawn_markers.py`: a list marker painted as a shape marks its line as opening an item."""
from tailor.importer.drawn_markers import Shape, mark_drawn_bullets, small_shape
from tailor.importer.pdf import _Phys
from tailor.importer.wraps import wraps


def _phys(text, top, x0=80.0, size=10.5):
    return _Phys(0, top, top + size, x0, x0 + 5.0 * len(text), size, [(c, False) for c in text], 30.0)


def _disc(top, x0=69.0, width=3.0):
    return Shape(0, x0, x0 + width, top, top + width)


def test_a_disc_left_of_a_line_marks_it_as_opening_a_point():
    lines = [_phys("Redesigned the checkout flow, lifting conversion by 6%", 196.0),
             _phys("Run the design system guild for 40 designers", 208.0),
             _phys("wrapped under the point's text", 220.0)]
    marked = mark_drawn_bullets(lines, [_disc(199.5), _disc(211.5)])
    assert [line.marked for line in marked] == [True, True, False]
    assert marked[0].x0 == 80.0 and marked[0].text == lines[0].text   # the text and its left edge as printed
    right = {0: 371.0}                                                   # the first point is the widest line
    assert wraps(lines[0], lines[1], right) and not wraps(marked[0], marked[1], right)


def test_shapes_that_are_no_markers_mark_nothing():
    line = _phys("Python", 100.0)
    assert mark_drawn_bullets([line], [_disc(103.5, width=9.0)]) == [line]         # an icon or a timeline node
    assert mark_drawn_bullets([line], [_disc(103.5, x0=40.0)]) == [line]           # far left of the line
    assert mark_drawn_bullets([line], [_disc(120.0)]) == [line]                    # on another row
    rating = [_disc(103.5, x0=x) for x in (57.0, 63.0, 69.0)]                       # a row of dots: a rating
    assert mark_drawn_bullets([line], rating) == [line]
    written = _phys("• Python", 100.0)
    assert mark_drawn_bullets([written], [_disc(103.5)]) == [written]              # a marker of its own already
    beside = _phys("Go, Rust and Java", 100.0, x0=20.0)                             # a dot inside another line
    assert mark_drawn_bullets([beside, line], [_disc(103.5)])[1] == line


def test_only_small_square_painted_shapes_are_kept():
    class Item:
        def __init__(self, x0, y0, x1, y1, fill=True, stroke=False):
            self.x0, self.y0, self.x1, self.y1, self.fill, self.stroke = x0, y0, x1, y1, fill, stroke

    assert small_shape(Item(69.0, 590.0, 72.0, 593.0), 0, 792.0) == Shape(0, 69.0, 72.0, 199.0, 202.0)
    assert small_shape(Item(42.0, 590.0, 190.0, 591.5), 0, 792.0) is None          # a rule under a heading
    assert small_shape(Item(69.0, 590.0, 72.0, 593.0, fill=False), 0, 792.0) is None  # nothing painted


def test_a_line_with_a_dot_painted_over_its_glyphs_is_not_marked():
    clipped = _phys("Con", 415.2, x0=528.6)                 # overflowed its box; the next list drawn across it
    assert mark_drawn_bullets([clipped], [_disc(419.2, x0=517.5), _disc(419.2, x0=532.0)]) == [clipped]
    under = _phys("Rep", 427.2, x0=528.6)                   # and so did the lines of its column
    assert not any(p.marked for p in mark_drawn_bullets([clipped, under], [_disc(419.2, x0=532.0),
                                                                          _disc(431.2, x0=517.5)]))
    assert mark_drawn_bullets([under], [_disc(431.2, x0=517.5)])[0].marked
