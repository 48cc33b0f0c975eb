"""An unmarked sentence under a list label ("Highlights") is a point of that list, not the
entry's summary (issue 15; docs/ARCHITECTURE.md, importer layer). Checked on hand-built lines."""
from tailor.importer.entries import RawEntry, parse_entry
from tailor.importer.lines import Line


def _line(text, bold=False, **more):
    return Line(text, x=50.0, size=10.0, bold=bold, **more)


def test_one_unmarked_sentence_under_a_highlights_label_is_a_point():
    header = [_line("Process Engineering Intern", bold=True), _line("Nordvik Compressors"),
              _line("Jun 1998 - Aug 1998"), _line("Highlights", bold=True),
              _line("Measured cycle times and built a simple line-balancing model for compressor assembly.")]
    entry, left = parse_entry("work", RawEntry(header=header), 0)
    assert entry.get("highlights") == ["Measured cycle times and built a simple line-balancing model "
                                       "for compressor assembly."]
    assert "summary" not in entry and not left


def test_a_sentence_before_the_label_stays_the_summary():
    header = [_line("Process Engineer", bold=True), _line("Nordvik Compressors"), _line("2001 - 2005"),
              _line("Ran the assembly lines of two compressor plants for four years."),
              _line("Highlights", bold=True), _line("Cut scrap on the main line by a third in two years.")]
    entry, _ = parse_entry("work", RawEntry(header=header), 0)
    assert entry.get("summary") == "Ran the assembly lines of two compressor plants for four years."
    assert entry.get("highlights") == ["Cut scrap on the main line by a third in two years."]
