"""`networks.py`: which network an address belongs to, its handle, and the lines that stand for a
profile wherever a layout prints them. Hand-built values, so a failure names the case."""
from tailor.importer.lines import Line
from tailor.importer.networks import icon_value, network_of, profile_handle, profile_line, username_of


def test_network_and_handle_of_an_address():
    assert (network_of("https://www.linkedin.com/in/jo-doe"), username_of("https://www.linkedin.com/in/jo-doe")) == (
        "LinkedIn", "jo-doe")
    assert (network_of("hachyderm.io/@jo"), username_of("hachyderm.io/@jo")) == ("Mastodon", "jo")
    assert username_of("xing.com/profile/Jo_Doe") == "Jo_Doe"
    assert network_of("https://jodoe.dev") == ""  # a personal site


def test_a_letter_or_a_networks_short_name_before_a_detail_is_its_icon():
    assert icon_value("M (415) 555-0117") == "(415) 555-0117"
    assert icon_value("E jo@example.com") == "jo@example.com"
    assert icon_value("gh jodoe") == "github.com/jodoe"
    assert icon_value("A Smith") is None            # a capital before words is no icon
    assert icon_value("F (415) 555-0118") is None   # a fax number is no phone
    assert icon_value("in Austin") is None          # "in" before a place's name is a word


def test_a_handle_alone_linked_to_its_own_profile_page():
    assert profile_handle(Line("jodoe", link="https://github.com/jodoe"))
    assert profile_handle(Line("@jo", link="https://hachyderm.io/@jo"))
    assert not profile_handle(Line("tailor", link="https://github.com/jodoe/tailor"))  # a repository
    assert not profile_handle(Line("Jo Doe", link="https://github.com/jodoe"))
    assert profile_line(Line("GitHub")) and not profile_line(Line("Kitchen"))


def test_a_networks_home_page_names_no_profile():
    """A template links "GitHub" to "https://github.com/" when the person left the handle empty."""
    from tailor.importer.contact import parse_header
    from tailor.importer.networks import home_page

    assert home_page("https://github.com/") and home_page("linkedin.com/in/")
    assert not home_page("https://github.com/jodoe") and not home_page("https://jodoe.dev/")
    basics, _ = parse_header([Line("Jo Doe", size=20),
                              Line("jo@example.com | https://linkedin.com/in/jodoe | https://github.com/")])
    assert [p["url"] for p in basics["profiles"]] == ["https://linkedin.com/in/jodoe"]
