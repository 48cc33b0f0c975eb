"""An email broken at a narrow column's edge with its last letter cut off ("jo@example.co" / "m")
goes on with no space, though ".co" is an ending of its own (lines.address_goes_on)."""
from tailor.importer.lines import address_goes_on, join_wrapped


def test_email_cut_inside_its_common_ending_goes_on():
    assert address_goes_on("jo.reyes@example.co", "m")
    assert address_goes_on("jo.reyes@example.or", "g")
    assert join_wrapped("jo.reyes@example.co", "m") == "jo.reyes@example.com"


def test_whole_email_over_other_words_stays_apart():
    assert not address_goes_on("jo.reyes@example.co", "uk")   # "co" + "uk" makes no ending
    assert not address_goes_on("jo.reyes@example.com", "m")   # already a whole common ending
    assert not address_goes_on("jo.reyes@example.co", "Austin")
