"""`printed_links.py`: link addresses a print stylesheet writes after the links' text."""
from tailor.importer.lines import Line
from tailor.importer.printed_links import drop_printed_targets


def test_addresses_after_a_link_are_taken_out_and_kept_as_its_link():
    lines = [Line("Research Intern at", x=38), Line("Allen Institute for AI (https://allenai.org/)", x=137),
             Line("(206) 555-0142 (tel:(206)555-0142)", x=63), Line("maya@example.com", x=63),
             Line("(mailto:maya@example.com)", x=63, size=9), Line("Outreach", x=201),
             Line("(https://www.outreach.io/)", x=38, size=9)]
    out = drop_printed_targets(lines)
    assert [line.text for line in out] == ["Research Intern at", "Allen Institute for AI", "(206) 555-0142",
                                           "maya@example.com", "Outreach"]
    assert (out[1].link, out[4].link) == ("https://allenai.org/", "https://www.outreach.io/")


def test_a_cut_or_wrapped_address_goes_with_its_rest_and_a_link_already_read_is_kept():
    lines = [Line("bjorn-akesson", x=400, link="https://www.linkedin.com/in/bjorn-akesson"),
             Line("(https://www.linkedin.com/in/bjorn-", x=400, size=9), Line("+41 44 668 18 00", x=63),
             Line("akesson)", x=400, size=9), Line("Reyes (tel:x) and (see notes)", x=63)]
    out = drop_printed_targets(lines)
    assert [line.text for line in out] == ["bjorn-akesson", "+41 44 668 18 00", "Reyes and (see notes)"]
    assert out[0].link == "https://www.linkedin.com/in/bjorn-akesson"


def test_an_address_cut_after_the_text_on_its_line_goes_with_its_rest_on_the_next():
    lines = [Line("Jo Doe (https://example.org/jo/print-", x=41), Line("theme)", x=41), Line("Data Analyst", x=41)]
    out = drop_printed_targets(lines)
    assert [line.text for line in out] == ["Jo Doe", "Data Analyst"]
    assert out[0].link == "https://example.org/jo/print-theme"
