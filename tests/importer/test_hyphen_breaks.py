"""A typesetter's hyphenation at a line's end whose rest is a word by chance ("Pas-" / "try")
is joined back into the word; a hyphen the person typed stays (`lines.join_wrapped`)."""
from tailor.importer.lines import join_wrapped


def test_a_break_whose_head_is_no_word_is_joined_even_when_its_rest_is_one():
    assert join_wrapped("Baking, Pas-", "try basics") == "Baking, Pastry basics"
    assert join_wrapped("Loss prevention, Inven-", "tory control") == "Loss prevention, Inventory control"


def test_a_hyphen_after_a_word_or_a_typed_prefix_stays():
    assert join_wrapped("a multi-", "site rollout") == "a multi-site rollout"
    assert join_wrapped("The Co-", "operative Academy") == "The Co-operative Academy"
    assert join_wrapped("South-", "west region") == "South-west region"
    assert join_wrapped("Pas-", "try", {"pas-try"}) == "Pas-try"  # written so elsewhere in the document


def test_a_break_before_a_suffix_that_is_a_word_too_is_joined():
    assert join_wrapped("Two summer intern-", "ships building web services") == \
        "Two summer internships building web services"
    assert join_wrapped("a care-", "less mistake") == "a careless mistake"
    assert join_wrapped("asked to re-", "sign the contract") == "asked to re-sign the contract"  # no suffix
