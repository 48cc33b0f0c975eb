"""The word-by-word account of an import (`tailor.importer.lost_words`): what counts as a
content word, what as kept, and which heading lines are no loss."""
from tailor.importer.lines import Line
from tailor.importer.lost_words import content_words, heading_lines, lost_words
from tailor.importer.result import ImportResult, Unparsed


def _head(text, x=72.0):
    return Line(text, size=10.5, x=x)  # set in capitals, regular weight: this page's headings


def _group(text, x=72.0):
    return Line(text, size=10.5, bold=True, x=x, bold_prefix=text)


def _item(text, x=86.0):
    return Line(text, size=10.5, x=x)


def test_lost_words_counts_a_word_in_no_field_and_not_in_the_unparsed_list():
    lines = [Line("Jo Doe"), Line("Plays the theremin professionally")]
    kept = ImportResult({"basics": {"name": "Jo Doe"}})
    assert [w.word for w in lost_words(lines, kept)[1]] == ["plays", "theremin", "professionally"]
    noted = ImportResult({"basics": {"name": "Jo Doe"}}, [Unparsed("header", "Plays the theremin professionally", "")])
    assert lost_words(lines, noted)[1] == []


def test_labels_dates_markers_and_split_words_are_not_content():
    assert content_words("Email: jo@example.com") == ["jo", "example", "com"]
    assert content_words("GPA: 3.75 of 4") == ["75"]
    assert content_words("Highlights") == [] and content_words("Tools: Git") == ["git"]
    assert content_words("Jan 2020 – Present") == ["2020"]
    assert content_words("(cid:127) Highlights") == []
    lines = [Line("Jo Doe"), Line("Led the develop- ment of a platform")]
    kept = ImportResult({"basics": {"name": "Jo Doe"}, "work": [{"highlights": ["Led the development of a platform"]}]})
    assert lost_words(lines, kept) == (5, [])  # jo, doe, led, development, platform


def test_a_heading_in_the_documents_heading_style_is_no_loss_a_group_name_is():
    lines = [Line("Jo Doe", size=20.0), _head("SKILLS"), _group("Tools"), _item("Git"), _group("Build Systems"),
             _item("Bazel"), _head("INTERESTS"), _item("Chess")]
    assert heading_lines(lines) == {1, 6}  # "Tools" is set like the group "Build Systems": content
    alone = [Line("Jo Doe", size=20.0), _group("About"), _item("Builds payment systems."), _head("SKILLS"),
             _item("Git"), _head("INTERESTS"), _item("Chess")]
    assert heading_lines(alone) == {1, 3, 5}  # a style of its own, no content set in it: a heading


def test_a_country_named_where_the_resume_holds_its_code_is_no_loss():
    lines = [Line("Jo Doe"), Line("Springfield, Ohio, United States")]
    coded = ImportResult({"basics": {"name": "Jo Doe", "location": {"city": "Springfield", "region": "Ohio",
                                                                   "countryCode": "US"}}})
    assert lost_words(lines, coded)[1] == []  # "United States" kept as countryCode "US" (JSON Resume)
    uncoded = ImportResult({"basics": {"name": "Jo Doe", "location": {"city": "Springfield", "region": "Ohio"}}})
    assert [w.word for w in lost_words(lines, uncoded)[1]] == ["united", "states"]
    other = ImportResult({"basics": {"name": "Jo Doe", "location": {"city": "Springfield", "region": "Ohio",
                                                                   "countryCode": "CA"}}})
    assert [w.word for w in lost_words(lines, other)[1]] == ["united", "states"]  # another country's code


def test_a_word_saying_which_end_a_date_is_goes_with_the_date():
    assert content_words("Completed in June 2025") == ["2025"]
    assert content_words("Graduated May 2014") == ["2014"]
    assert content_words("Completed the migration to Postgres") == ["completed", "migration", "postgres"]
    lines = [Line("Jo Doe"), Line("BSc Nursing, Ohio State University"), Line("Completed in May 2014")]
    kept = ImportResult({"basics": {"name": "Jo Doe"}, "education": [
        {"studyType": "BSc", "area": "Nursing", "institution": "Ohio State University", "endDate": "2014-05"}]})
    assert lost_words(lines, kept)[1] == []
