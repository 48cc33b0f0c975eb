"""`wrap_words.py`: what the words at a line break say, from the text alone; and, through
`wraps.py`, a label broken at the end of a line of labelled parts goes on in the next line."""
from tailor.importer.pdf import _Phys
from tailor.importer.wrap_words import closes_parenthesis, label_cut, one_line_sentence, opens_point
from tailor.importer.wraps import wraps


def _phys(text, top, x0=72.0, x1=None, size=11.0):
    return _Phys(0, top, top + size, x0, x1 if x1 is not None else x0 + 5.5 * len(text), size,
                 [(c, False) for c in text], 5.5 * len(text.split()[0]))


def test_a_label_opening_the_next_line_opens_a_group_unless_the_line_broke_inside_it():
    assert opens_point("Tools: Excel, Tableau", "Data analysis: SQL, pandas")
    cut = "Citizenship: United States | Veterans' Preference: 10-point (CPS) | Security"
    assert label_cut(cut) and not opens_point(cut, "Clearance: Secret (active)")
    assert not label_cut("Citizenship: United States | Security Clearance: Secret")   # the last part has its colon
    assert not label_cut("Python | Go | Security")                                   # no labelled parts before it
    assert not label_cut("Clearance: Secret | held since 2015 for the role")   # a long last part: not a label


def test_a_line_of_labelled_parts_cut_inside_a_label_is_joined_with_its_rest():
    first = _phys("Citizenship: United States | Veterans' Preference: 10-point (CPS) | Security", 0, x1=514.0)
    assert wraps(first, _phys("Clearance: Secret (active)", 14), {0: 514.0})
    whole = _phys("Citizenship: United States | Security Clearance: Secret", 0, x1=514.0)
    assert not wraps(whole, _phys("Highest Grade Held: GS-12", 14), {0: 514.0})


def test_text_cues_moved_here_keep_their_answers():
    assert closes_parenthesis("Amazon Web Services (APRIL", "2023)")
    assert one_line_sentence("Cut trailer dwell time by 22% with the team.", "Run cycle counts")


def test_a_line_that_opens_with_dates_and_a_bare_address_are_read_from_the_text():
    from tailor.importer.wrap_words import address_word, starts_with_dates

    assert starts_with_dates("Sep 2012 – May 2014 | Austin, TX")
    assert not starts_with_dates("Led a team of four engineers")
    assert address_word("jo@example.org") and address_word("example.org/jo")
    assert not address_word("management")
