"""Segmentation and boilerplate cues written from the misses of USAJOBS dev postings 251-280
(bench/data/postings/DATASHEET.md): each test is synthetic and fails without its cue."""
from __future__ import annotations

from tailor.text import posting_items as pt
from tailor.text.posting_boilerplate import is_boilerplate


def test_a_semicolon_list_of_parallel_gerunds_is_split():
    # a list of duties that each open with a gerund, the first one included
    assert pt.split_items("sampling creek sediments for lab analysis; recording gauge heights at field "
                          "stations; repairing stream gauges in remote areas.") == [
        "sampling creek sediments for lab analysis", "recording gauge heights at field stations",
        "repairing stream gauges in remote areas."]
    # a gerund after a part that does not open with one still only continues it
    assert pt.split_items("Responsible for drivers; addressing issues; and all shipments") == [
        "Responsible for drivers; addressing issues; and all shipments"]
    assert pt.split_items("during peak season; handling returns at the counter") == [
        "during peak season; handling returns at the counter"]


def test_a_listed_below_or_as_follows_intro_ends_before_what_it_opens():
    assert pt.split_items("To qualify, you must meet the requirements listed below: Two years of "
                          "experience repairing diesel engines.") == [
        "To qualify, you must meet the requirements listed below:",
        "Two years of experience repairing diesel engines."]
    assert pt.split_items("Applicants must meet the education requirement as follows: A degree in "
                          "geology.") == [
        "Applicants must meet the education requirement as follows:", "A degree in geology."]


def test_a_pointer_in_parentheses_is_an_aside_not_boilerplate():
    assert not is_boilerplate("(4) Related curriculum with appropriate experience (see OPM website above).")
    assert is_boilerplate("See the OPM standard for further details on the basic requirement.")
