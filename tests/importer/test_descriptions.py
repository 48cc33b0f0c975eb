from tailor.importer.descriptions import is_prose, lead_sentence, one_block, point_beside_dates, told_deed
from tailor.importer.lines import Line


def test_a_sentence_is_told_from_a_header_line():
    assert is_prose(Line("Cut local test-suite runtime by 35% by parallelizing integration fixtures"))
    assert is_prose(Line("Worked on credit-risk models."))
    assert not is_prose(Line("Senior Manufacturing Engineer, Grain Processing Equipment"))
    assert not is_prose(Line("2021 - present, Full Stack Developer, Acme, Rehovot, Israel"))


def test_a_line_that_opens_with_a_past_verb_in_lower_case_tells_a_deed():
    assert told_deed("Kept the books") and told_deed("Ran payroll for two shops")
    assert not told_deed("United Airlines")  # a verb's form, but a name in title case
    assert not told_deed("Smith & Co") and not told_deed("Kept") and not told_deed("Books and records")


def test_a_sentence_level_with_the_dates_is_the_first_point():
    dates = Line("2019 - 2021", x=10, y=100, size=10)
    first = Line("Built the billing service that handles every invoice in the company.", x=120, y=100, size=10)
    rest = [Line("Cut the time to close a month from five days to two.", x=10, y=130, size=10, list_item=True)]
    header, bullets = point_beside_dates("work", [Line("Engineer", x=10, y=80, size=10), dates, first], rest)
    assert first not in header and bullets[0].text == first.text and bullets[0].is_bullet
    assert point_beside_dates("certificates", [dates, first], rest) == ([dates, first], rest)


def test_sentences_in_one_block_and_a_lead_sentence():
    prose = ["Built the billing service.", "Ran the on-call rota."]
    header = [Line(prose[0], page=0), Line(prose[1], page=0)]
    assert one_block(header, prose)
    assert not one_block([header[0], Line(prose[1], page=0, gap_before=True)], prose)
    bullets = [Line("Led the payments team."), Line("Billing service"), Line("On-call rota")]
    assert lead_sentence("work", bullets)
    assert not lead_sentence("certificates", bullets)


def test_list_paragraphs_are_points_however_they_end():
    """A word processor's list paragraphs (no type size) are points even when only the first
    ends with a full stop; an unmarked list found by its indent on a PDF page (a size) may still
    open with a lead sentence."""
    paragraphs = [Line("Built the ledger. Cut costs 20%.", list_item=True), Line("Led four engineers", list_item=True)]
    assert not lead_sentence("work", paragraphs)
    indented = [Line(b.text, size=10, x=30, list_item=True) for b in paragraphs]
    assert lead_sentence("work", indented)
    assert not lead_sentence("work", [Line(b.text, size=10, bullet="•", list_item=True) for b in paragraphs])


def test_a_first_line_at_an_indent_of_its_own_left_of_the_points_describes_the_entry():
    lines = [Line("32-bed progressive care unit for post-PCI and post-CABG patients.", x=65.2, size=9, list_item=True),
             Line("Serve as charge nurse three nights a week.", x=80.2, size=9, list_item=True),
             Line("Precepted 14 new-graduate nurses.", x=80.2, size=9, list_item=True)]
    assert lead_sentence("work", lines)
    assert not lead_sentence("work", [lines[1], lines[0], lines[2]])   # the points' indents differ: no list
    assert not lead_sentence("work", [Line(b.text, x=80.2, size=9, list_item=True) for b in lines])


def test_a_line_a_page_cut_short_does_not_show_how_its_sentence_ends():
    """The second point stops inside a word at the column's clipped edge: the first line's full
    stop sets it apart from nothing, so both are points."""
    first = Line("Responsible for the case-hardening furnaces.", x=80, size=8, right=380)
    cut = Line("Reduced distortion scrap by 55% through fixture redesign and statistical process contro",
               x=80, size=8, right=417.6)
    assert not lead_sentence("work", [first, cut])
    assert lead_sentence("work", [first, Line("Reduced distortion scrap by 55% with new fixtures", x=80, size=8,
                                              right=300)])
