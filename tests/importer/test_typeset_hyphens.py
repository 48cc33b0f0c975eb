"""In a document whose typesetter hyphenates ("Learn-" / "ing" only a typesetter breaks), a
break between two words that make one English word ("Out-" / "standing") is the typesetter's
too: the hyphen goes (lines.words_of, join_wrapped). Elsewhere it stays as typed."""
from tailor.importer.lines import join_wrapped, words_of

_HYPHENATED = ["Led the team through a year of continuous learn-", "ing and awarded the Out-",
               "standing Service prize"]


def test_a_hyphenating_document_joins_a_word_broken_between_two_words():
    vocabulary = words_of(_HYPHENATED)
    joined = join_wrapped("awarded the Out-", "standing Service prize", vocabulary)
    assert joined == "awarded the Outstanding Service prize"


def test_without_a_typesetters_break_the_hyphen_stays():
    vocabulary = words_of(["Led the team and awarded the Out-", "standing Service prize"])
    joined = join_wrapped("awarded the Out-", "standing Service prize", vocabulary)
    assert joined == "awarded the Out-standing Service prize"


def test_short_heads_and_typed_prefixes_keep_their_hyphen():
    texts = [*_HYPHENATED, "a co-", "operative venture, multi-", "national"]
    vocabulary = words_of(texts)
    assert join_wrapped("a co-", "operative venture", vocabulary) == "a co-operative venture"
    assert join_wrapped("venture, multi-", "national", vocabulary) == "venture, multi-national"
