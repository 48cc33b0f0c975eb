"""`columns.gutter_order`: a page with labels in a sparse left gutter is read block by block,
each block after the labels beside it; a page without one (a single column, a sidebar of its
own text, a grid of cards) stays one chunk for the row reader."""
from dataclasses import dataclass

from tailor.importer.columns import gutter_order


@dataclass
class _Piece:
    text: str
    x0: float
    top: float
    size: float = 9.0
    page: int = 0

    @property
    def x1(self) -> float:
        return self.x0 + 5 * len(self.text)

    @property
    def bottom(self) -> float:
        return self.top + self.size


def _texts(chunks) -> list[str]:
    return [p.text for chunk in chunks for p in sorted(chunk, key=lambda p: (p.top, p.x0))]


def _gutter_page() -> list[_Piece]:
    main = [_Piece("Staff Software Engineer at Confluent", 217, 341.6),
            _Piece("Technical lead for the multi-region replication work.", 217, 355.1),
            _Piece("Designed the tiered-storage architecture for brokers", 241, 370.1),
            _Piece("Cut produce latency by reworking the fetch path", 241, 385.1),
            _Piece("Senior Software Engineer at Dropbox", 217, 464.6),
            _Piece("Worked on Magic Pocket, the storage system.", 217, 478.1),
            _Piece("Built the erasure-coding pipeline for storage", 241, 493.9),
            _Piece("University of Texas at Austin", 217, 548.4),
            _Piece("Bachelor of Science: Computer Science (3.9/4.0)", 241, 561.9)]
    gutter = [_Piece("WORK", 62, 337.3), _Piece("2020-02 TO NOW", 62, 359.3, size=7.6),
              _Piece("2015-06 TO 2020-01", 62, 468.1, size=7.6), _Piece("EDUCATION", 62, 548.6),
              _Piece("2002-09 TO 2006-05", 62, 570.6, size=7.6)]
    return main + gutter


def test_labels_in_a_gutter_come_before_the_block_they_sit_beside():
    texts = _texts(gutter_order(_gutter_page()))
    assert texts[:3] == ["WORK", "2020-02 TO NOW", "Staff Software Engineer at Confluent"]
    assert texts.index("2015-06 TO 2020-01") == texts.index("Senior Software Engineer at Dropbox") - 1
    assert texts.index("EDUCATION") < texts.index("2002-09 TO 2006-05") < texts.index("University of Texas at Austin")


def test_a_heading_with_nothing_of_its_own_does_not_take_the_block():
    page = _gutter_page() + [_Piece("SKILLS", 62, 200.0), _Piece("SUMMARY", 62, 215.0),
                             _Piece("Languages: Go, Rust, Java", 217, 190.0),
                             _Piece("Infrastructure: Kafka, Kubernetes", 217, 205.0),
                             _Piece("Data: PostgreSQL, Redis", 217, 220.0)]
    texts = _texts(gutter_order(page))
    assert texts[:3] == ["SUMMARY", "SKILLS", "Languages: Go, Rust, Java"]


def test_labels_level_with_their_rows_cut_the_block():
    page = _gutter_page() + [_Piece("LANGUAGES", 62, 200.0), _Piece("English, Igbo", 217, 200.0),
                             _Piece("INTERESTS", 62, 214.0), _Piece("Open Source, Climbing", 217, 214.0)]
    texts = _texts(gutter_order(page))
    assert texts[:4] == ["LANGUAGES", "English, Igbo", "INTERESTS", "Open Source, Climbing"]


def test_pages_without_a_label_gutter_stay_whole():
    single = [_Piece(f"Line {i} of a one-column resume", 60, 100 + 14 * i) for i in range(12)]
    assert gutter_order(single) == [single]
    # a sidebar of its own text: lines one under another at the left, not sparse labels
    sidebar = [_Piece(f"Skill {i}", 40, 100 + 12 * i) for i in range(10)] + \
              [_Piece(f"Main text line {i} with a good many more words in it", 200, 100 + 12 * i) for i in range(10)]
    assert len(gutter_order(sidebar)) == 1
    # a list marker left of its text is no label
    marked = [p for i in range(6) for p in (_Piece("•", 50, 100 + 30 * i),
                                            _Piece(f"Point {i} of a list with markers", 62, 100 + 30 * i))]
    assert len(gutter_order(marked)) == 1
