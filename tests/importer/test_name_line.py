"""`name_line.py`: which header line is the person's name, and the icons around header text.
Hand-built lines, so a failure names the cue."""
from tailor.importer.contact import parse_header
from tailor.importer.lines import Line
from tailor.importer.name_line import (
    covering_line,
    covering_note,
    drop_icons,
    introduced_name,
    largest_first,
    looks_like_name,
    name_printed_again,
    reads_as_title,
)


def test_emoji_and_icon_font_glyphs_are_pictures_not_text():
    assert drop_icons("Maya Okonkwo 🌑🌕") == "Maya Okonkwo"
    assert drop_icons("✉ jo@example.com") == "jo@example.com"
    assert drop_icons("\uf095 (555) 010-2233") == "(555) 010-2233"   # Font Awesome's phone, a private-use glyph
    assert drop_icons("👩🏽‍💻 Jo Doe") == "Jo Doe"                    # skin tone and joiner too
    assert drop_icons("C++ | R&D – Q&A") == "C++ | R&D – Q&A"


def test_a_name_reads_as_a_name_and_a_title_as_a_title():
    for name in ("Maya Okonkwo", "Dr. Lena Vasquez", "José Ñúñez-García", "Marcus O'Neill 🌑🌕", "Jo van Dijk",
                 "Jane Doe, RN"):
        assert looks_like_name(name), name
    for other in ("Staff Software Engineer", "jo@example.com", "Maya", "417 Maple Avenue", "Chef de Cuisine"):
        assert not looks_like_name(other), other
    for title in ("Computer Science Graduate", "Chef de Cuisine", "Registered Nurse, Cardiac Step-Down"):
        assert reads_as_title(title), title
    assert not reads_as_title("Maya Okonkwo")


def test_a_name_over_a_larger_label_keeps_its_place():
    lines = [Line("Maya Okonkwo 🌑🌕", size=10.5), Line("Computer Science Graduate", size=14.3),
             Line("maya@example.com", size=9.7), Line("(206) 555-0142", size=9.7)]
    assert [line.text for line in largest_first(lines)][:2] == ["Maya Okonkwo 🌑🌕", "Computer Science Graduate"]


def test_the_largest_line_still_comes_first_after_a_contact_block_or_a_small_title():
    contact = [Line("jo@example.com | 555-010-2233", size=9), Line("Jo Doe", size=24), Line("Data Analyst", size=9)]
    assert largest_first(contact)[0].text == "Jo Doe"
    title = [Line("Senior Data Analyst", size=10), Line("Jo Doe", size=24), Line("jo@example.com", size=9),
             Line("Austin, TX", size=9)]
    assert largest_first(title)[0].text == "Jo Doe"


def test_the_name_printed_again_as_the_bodys_first_heading_gives_its_label_back_to_the_header():
    """A page header with the name and contact row, then the name again as a heading over the
    label: one name, and the label is not lost in a section of no kind."""
    from tailor.importer.contact import parse_header
    from tailor.importer.sections import split_sections

    lines = [Line("Priya Raman · priya@example.org · +1 (415) 555-0142"), Line("Priya Raman", level=1, heading=True),
             Line("Senior Data Engineer"), Line("Summary", level=1, heading=True, bold=True),
             Line("Data engineer with 9 years of streaming pipelines.")]
    sections = name_printed_again(split_sections(lines))
    assert [s.key for s in sections] == ["header", "summary"]
    basics, _ = parse_header(sections[0].lines)
    assert (basics["name"], basics["label"]) == ("Priya Raman", "Senior Data Engineer")
    other = split_sections([Line("Jo Doe"), Line("Volunteering Abroad", level=1, heading=True), Line("Peru")])
    assert name_printed_again(other) == other   # a heading Tailor cannot name, not the name again


def test_a_greeting_a_line_ending_in_a_comma_or_a_sentence_is_a_letters_line_not_a_name():
    for line in ("Hi Sam,", "Dear Hiring Manager", "Hello!", "My resume is below.", "Thanks,",
                 "As discussed, my resume is pasted below since the attachment bounced.",
                 "Please find it attached"):
        assert covering_line(line), line
    for line in ("Jane Doe", "REBECCA HARTLEY", "Jo A. Doe Jr.", "Jane Doe, CPA", "Project Coordinator",
                 "Maya Okonkwo 🌑🌕", "Software Engineer II"):
        assert not covering_line(line), line


def test_a_covering_note_is_everything_before_the_name_beside_the_contact_details():
    """A resume pasted into an email: the greeting and the covering lines before the name are
    the note; the name is the line that reads as one with contact details on or under it."""
    note = [Line("Hi Sam,"), Line("My resume is below."), Line("Thanks,"), Line("Bex")]
    resume = [Line("REBECCA HARTLEY"), Line("Project Coordinator"), Line("bex@example.com")]
    assert covering_note(note + resume) == 4
    assert covering_note(resume) == 0  # no note: the first line is the name
    # a greeting with no name beside contact details after it: nothing to skip to
    assert covering_note([Line("Hi Sam,"), Line("REBECCA HARTLEY"), Line("Project Coordinator")]) == 0
    # the contact details too far below the name: not the resume's header
    far = [Line("Hi Sam,"), Line("Jane Doe"), Line("One"), Line("Two"), Line("Three"), Line("Four"),
           Line("jane@example.com")]
    assert covering_note(far) == 0


def test_a_web_pages_greeting_over_the_name_it_introduces_is_not_the_resume():
    """A portfolio page printed to PDF: "Hello, World." over "I'm Maya Okonkwo." in its banner."""
    page = [Line("HELLO, WORLD."), Line("I'm Maya Okonkwo."), Line("COMPUTER SCIENCE GRADUATE")]
    assert covering_note(page) == 1
    assert covering_note([Line("Hi there!"), Line("Maya Okonkwo"), Line("Computer Science Graduate")]) == 1
    # a letter's greeting to someone keeps its own rule (a name beside contact details after it)
    assert covering_note([Line("Hi Sam,"), Line("REBECCA HARTLEY"), Line("Project Coordinator")]) == 0
    # the greeting over a line that is no name: nothing to skip
    assert covering_note([Line("Hello!"), Line("Registered Nurse"), Line("jo@example.com")]) == 0


def test_a_name_the_page_introduces_is_the_name():
    assert introduced_name("I'm Maya Okonkwo.") == "Maya Okonkwo"
    assert introduced_name("Hi, I am Dr. Lena Vasquez!") == "Dr. Lena Vasquez"
    assert introduced_name("My name is José Ñúñez-García") == "José Ñúñez-García"
    for sentence in ("I'm a registered nurse.", "I am available from May.", "Maya Okonkwo"):
        assert introduced_name(sentence) is None, sentence
    basics, _ = parse_header([Line("I'm Maya Okonkwo.", size=40), Line("Computer Science Graduate", size=12),
                              Line("maya@example.com", size=12)])
    assert (basics["name"], basics["label"]) == ("Maya Okonkwo", "Computer Science Graduate")
