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


def test_dates_broken_over_two_lines_in_the_gutter_are_one_label_read_after_their_title():
    """"Aug 2024 –" over "Apr 2025", right-aligned in a narrow gutter beside entries set one close
    under another below a section heading: each date pair is one label, read after the title it
    is level with (and the title's wrapped line), before the entry's points."""
    def entry(top, title, dates):
        return [_Piece(dates[0], 70, top, size=10.9), _Piece(dates[1], 80, top + 13.6, size=10.9),
                _Piece(title, 131, top, size=10.9), _Piece("Austin, TX", 131, top + 13.6, size=10.9),
                _Piece("{ Built a dashboard that cut reporting time", 131, top + 27.0),
                _Piece("{ Wrote SQL models for the sales data", 131, top + 39.0)]
    page = [_Piece("Experience", 131, 300.0, size=14.3)] + entry(322.0, "Data Analyst, Freelance,", ("Aug 2024 –",
                                                                                                  "Apr 2025")) \
        + entry(392.0, "General Manager, Salt & Cedar,", ("Mar 2018 –", "Jul 2024")) \
        + entry(462.0, "Shift Supervisor, Cafe Lumen,", ("Jan 2016 –", "Feb 2018"))
    texts = _texts(gutter_order(page))
    assert texts[:5] == ["Experience", "Data Analyst, Freelance,", "Austin, TX", "Aug 2024 –", "Apr 2025"]
    assert texts.index("Mar 2018 –") == texts.index("General Manager, Salt & Cedar,") + 2
    assert texts.index("Jul 2024") == texts.index("Mar 2018 –") + 1


def test_a_group_name_wrapped_in_the_gutter_is_one_label_beside_its_row():
    page = [_Piece("Skills", 131, 60.0, size=14.3), _Piece("Data Analysis", 60, 89.3, size=10.9),
            _Piece("SQL, Python, pandas, dbt, Excel and a few more", 131, 89.3, size=10.9),
            _Piece("Data", 100, 106.5, size=10.9), _Piece("Visualization", 65, 120.1, size=10.9),
            _Piece("Tableau, Looker Studio, Matplotlib, Power BI", 131, 106.5, size=10.9),
            _Piece("Operations &", 61, 137.4, size=10.9), _Piece("Leadership", 74, 150.9, size=10.9),
            _Piece("P&L management, Scheduling, Team training", 131, 137.4, size=10.9)]
    texts = _texts(gutter_order(page))
    assert texts == ["Skills", "Data Analysis", "SQL, Python, pandas, dbt, Excel and a few more", "Data",
                     "Visualization", "Tableau, Looker Studio, Matplotlib, Power BI", "Operations &", "Leadership",
                     "P&L management, Scheduling, Team training"]


def test_a_heading_level_with_a_wrapped_line_does_not_cut_the_block():
    """"SKILLS" level with the second line of a wrapped skill list, "SUMMARY" (with nothing of
    its own) level with the next row: a label sits level with the start of a row, so these are
    headings of the block, not labels of its rows; the empty one is read first."""
    page = _gutter_page() + [_Piece("SKILLS", 62, 212.0), _Piece("SUMMARY", 62, 227.0),
                             _Piece("Systems: Consensus, Replication, Erasure coding, Consistency", 217, 200.6),
                             _Piece("models", 217, 211.9), _Piece("Languages: Go, Rust, Java", 217, 227.0)]
    texts = _texts(gutter_order(page))
    assert texts[:3] == ["SUMMARY", "SKILLS", "Systems: Consensus, Replication, Erasure coding, Consistency"]


def test_labels_one_a_row_level_with_their_rows_are_a_gutter_however_close():
    """Languages beside their fluency and certificates' dates beside their names, one a row at
    the body's leading: too close for a sparse gutter, but each label is level with the start of
    a row, so the page is read label by label; a date after the name it is level with."""
    page = [_Piece("Spanish", 87, 69.5, size=10.9), _Piece("Native speaker and a few more words", 131, 69.5, size=10.9),
            _Piece("Portuguese", 72, 85.8, size=10.9), _Piece("Fluent in speech and in writing", 131, 85.8, size=10.9),
            _Piece("Certificates", 131, 110.0, size=14.3),
            _Piece("Feb 2015", 80, 132.0, size=10.9), _Piece("Food Handler, Comunidad Madrid", 131, 132.0, size=10.9),
            _Piece("Apr 2019", 80, 148.3, size=10.9), _Piece("Good Practice, SENAC Sao Paulo", 131, 148.3, size=10.9)]
    texts = _texts(gutter_order(page))
    assert texts[-4:] == ["Food Handler, Comunidad Madrid", "Feb 2015", "Good Practice, SENAC Sao Paulo", "Apr 2019"]
