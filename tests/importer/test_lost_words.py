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


def test_a_heading_the_import_read_as_a_section_is_no_loss_though_set_like_content():
    lines = [Line("Jo Doe", size=20.0), _group("Contact"), _item("jo@example.com"), _head("EXPERIENCE"),
             _group("Acme Corp"), _item("Built the billing API"), _head("SKILLS"), _item("Go"), _head("INTERESTS"),
             _item("Chess")]
    resume = {"basics": {"name": "Jo Doe", "email": "jo@example.com"}, "skills": [{"keywords": ["Go"]}],
              "work": [{"name": "Acme Corp", "highlights": ["Built the billing API"]}],
              "interests": [{"name": "Chess"}]}
    assert [w.word for w in lost_words(lines, ImportResult(resume))[1]] == ["contact"]  # set like "Acme Corp"
    assert lost_words(lines, ImportResult(resume, headings=["Contact", "EXPERIENCE"]))[1] == []


def test_a_grade_label_inside_a_line_goes_with_the_score_the_resume_holds():
    lines = [Line("Jo Doe"), Line("Associate of Applied Science, Business Administration, GPA 3.5/4.0"),
             Line("BSc Nursing GPA:"), Line("3.8/4.0")]
    school = {"studyType": "Associate of Applied Science", "area": "Business Administration", "score": "3.5/4.0"}
    nurse = {"studyType": "BSc", "area": "Nursing", "score": "3.8/4.0"}
    assert lost_words(lines, ImportResult({"basics": {"name": "Jo Doe"}, "education": [school, nurse]}))[1] == []
    lost = lost_words(lines, ImportResult({"basics": {"name": "Jo Doe"}, "education": [
        {**school, "score": ""}, nurse]}))[1]
    assert [w.word for w in lost] == ["gpa"]  # the score is not held: nor is its label


def test_labels_a_layout_prints_around_a_value_are_not_content():
    assert content_words("Major courses: Statistics | Managerial Accounting") == ["statistics", "managerial",
                                                                                 "accounting"]
    assert content_words("gh dreyes-data") == ["dreyes", "data"]  # moderncv's letter icon for GitHub
    assert content_words("March 2021 - Present (5 years 10 months)") == ["2021"]
    assert content_words("Room 101 (2019)") == ["room", "101", "2019"]  # numbers alone stay content
    assert content_words("Major contributor to Django") == ["major", "contributor", "django"]


def test_a_timeline_event_line_says_which_section_its_entry_went_to():
    lines = [Line("Jo Doe"), Line("Started 1 project"), Line("Tiny Search"), Line("Volunteered at Food Bank")]
    resume = {"basics": {"name": "Jo Doe"}, "projects": [{"name": "Tiny Search"}],
              "volunteer": [{"organization": "Food Bank"}]}
    assert lost_words(lines, ImportResult(resume))[1] == []
    lost = lost_words(lines, ImportResult({"basics": {"name": "Jo Doe"}, "work": [{"name": "Tiny Search Food Bank"}]}))
    assert [w.word for w in lost[1]] == ["started", "project", "volunteered"]  # no such sections: the words count


def test_a_grade_label_with_no_value_or_a_text_value_held():
    lines = [Line("Jo Doe"), Line("High School Diploma from Hillcrest High School with GPA of"),
             Line("PhD, GPA: Dissertation: Consistency in Key-Value Stores")]
    resume = {"basics": {"name": "Jo Doe"}, "education": [
        {"studyType": "High School Diploma", "institution": "Hillcrest High School"},
        {"studyType": "PhD", "score": "Dissertation: Consistency in Key-Value Stores"}]}
    assert lost_words(lines, ImportResult(resume))[1] == []
