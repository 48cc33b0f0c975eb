"""Contact details printed beside the name, and a grid row's right-hand piece, printed above a
heading but read after it go back to the section above (header_rows.py); a section's own lines
below its heading stay."""
from tailor.importer.build import resume_from_lines
from tailor.importer.lines import Line
from tailor.importer.sections import split_sections


def _at(text, y, x=30.0, size=8.5, **more):
    return Line(text, page=0, x=x, y=y, size=size, **more)


_NAME = _at("Robin Vale", 20.0, size=16.0, bold=True)
_HEADING = _at("SUMMARY", 50.0, size=9.0, bold=True, gap_before=True)
_CONTACT = [_at("robin.vale@example.org · 0161 496 0733 · Leeds ·", 28.0, x=220.0), _at("LinkedIn", 28.0, x=450.0)]
_SUMMARY = _at("Warehouse lead with nine years of running night shifts and training new pickers.", 65.0,
               gap_before=True)
_SKILLS = [_at("SKILLS", 90.0, size=9.0, bold=True, gap_before=True), _at("Forklift, Stock control, Excel", 105.0)]


def test_contact_rows_above_the_first_heading_read_after_it_are_the_headers():
    lines = [_NAME, _HEADING, *_CONTACT, _SUMMARY, *_SKILLS]
    sections = split_sections(lines)
    assert [s.key for s in sections] == ["header", "summary", "skills"]
    assert [line.text for line in sections[1].lines] == [_SUMMARY.text]
    basics = resume_from_lines(lines).resume["basics"]
    assert (basics["email"], basics["phone"]) == ("robin.vale@example.org", "0161 496 0733")
    assert basics["summary"] == _SUMMARY.text


def test_lines_below_the_heading_or_without_contact_details_stay_in_the_section():
    below = _at("robin.vale@example.org", 58.0)
    assert [line.text for line in split_sections([_NAME, _HEADING, below, _SUMMARY, *_SKILLS])[1].lines] == \
        [below.text, _SUMMARY.text]
    plain = _at("Leeds, open to relocation", 28.0, x=220.0)
    assert [line.text for line in split_sections([_NAME, _HEADING, plain, _SUMMARY, *_SKILLS])[1].lines] == \
        [plain.text, _SUMMARY.text]


def test_a_grid_rows_right_hand_piece_read_after_the_next_heading_stays_in_its_section():
    heading = _at("SKILLS", 90.0, size=9.0, bold=True, gap_before=True)
    left = _at("Warehouse: Cycle counting, Slotting, Wave planning", 105.0)
    right = _at("Systems: Manhattan WMS, SAP EWM, Kronos", 105.0, x=300.0)
    work = _at("EXPERIENCE", 130.0, size=9.0, bold=True, gap_before=True)
    job = [_at("Shift Lead at Harbour Freight Co", 145.0, bold=True), _at("Ran the night shift of 20 pickers", 158.0)]
    sections = split_sections([_NAME, _HEADING, _SUMMARY, heading, left, work, right, *job])
    assert [s.key for s in sections] == ["header", "summary", "skills", "work"]
    assert [line.text for line in sections[2].lines] == [left.text, right.text]
    assert [line.text for line in sections[3].lines] == [line.text for line in job]
    below = _at("Systems: Manhattan WMS, SAP EWM, Kronos", 140.0, x=300.0)  # under the heading: the job's
    assert [line.text for line in split_sections([_NAME, _HEADING, _SUMMARY, heading, left, work, below, *job])[3]
            .lines][:1] == [below.text]
