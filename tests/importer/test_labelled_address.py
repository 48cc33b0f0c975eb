"""A postal address under a "Location" label that a narrow header column wrapped, its pieces set
apart by spaces alone in JSON Resume's order (labelled_address.py, addresses.py), and a web
address a narrow column broke at a hyphen (lines.address_goes_on)."""
from tailor.importer.addresses import place_of_address
from tailor.importer.labelled_address import address_under_label
from tailor.importer.lines import Line, address_goes_on


def _line(text, x, y, size=12.0, **kw):
    return Line(text, page=0, x=x, y=y, size=size, bottom=y + size, **kw)


def _header(address_rows):
    """Three header columns: the contact details, the address under its label, the profiles."""
    rows = [_line(row, 214, 114 + 15 * i) for i, row in enumerate(address_rows)]
    return [_line("Odalys Ferreira-Quist", 32, 51, size=24, bold=True),
            _line("odalys.fq@example.net", 28, 114), _line("(701) 555-0163", 28, 132),
            _line("Location", 214, 96, size=14, bold=True), *rows,
            _line("Profiles", 399, 96, size=14, bold=True),
            _line("Mastodon", 399, 114, link="https://mastodon.social/@odalysfq")]


def test_the_rows_under_an_address_label_are_one_address():
    lines = address_under_label(_header(["61 Juniper Row 58102 Fargo", "North Dakota US"]))
    assert [line.text for line in lines][3:5] == ["Location", "61 Juniper Row 58102 Fargo North Dakota US"]


def test_the_label_may_hold_the_first_row_already():
    lines = [_line("Location: 61 Juniper Row 58102 Fargo", 214, 96, size=14, bold=True),
             _line("North Dakota US", 214, 114), _line("Profiles", 214, 140, size=14, bold=True)]
    assert [line.text for line in address_under_label(lines)] == [
        "Location: 61 Juniper Row 58102 Fargo North Dakota US", "Profiles"]


def test_rows_that_read_as_no_address_or_another_column_stay_apart():
    lines = _header(["Open to relocation", "Remote first"])
    assert address_under_label(lines) == lines
    beside = [_line("Location", 214, 96, size=14, bold=True), _line("61 Juniper Row 58102 Fargo", 214, 114),
              _line("North Dakota US", 399, 114)]  # the next row of another column
    assert address_under_label(beside) == beside


def test_the_postal_code_before_a_known_city_and_a_region_the_gazetteer_lacks():
    assert place_of_address("LS1 4AP Leeds West Yorkshire GB") == "Leeds, West Yorkshire, GB"
    assert place_of_address("61 Juniper Row 58102 Fargo North Dakota US") == "Fargo, North Dakota, US"
    assert place_of_address("LS1 4AP Bramblewick Moor GB") is None  # no city the gazetteer knows


def test_a_page_with_its_address_wrapped_under_a_label_gives_the_place_and_leaves_nothing():
    from tailor.importer.build import resume_from_lines

    for rows in (["61 Juniper Row 58102 Fargo", "North Dakota US"], ["LS1 4AP Leeds West", "Yorkshire GB"]):
        lines = _header(rows) + [_line("Experience", 28, 200, size=16, heading=True, gap_before=True),
                                 _line("Prairie Grain Co-op (March 2019 - May 2023)", 28, 220),
                                 _line("Shift Lead", 28, 236)]
        result = resume_from_lines(lines)
        assert result.resume["basics"]["location"]["city"] in ("Fargo", "Leeds")
        assert not [u.text for u in result.unparsed if "Juniper" in u.text or "LS1" in u.text or "Yorkshire" in u.text]


def test_a_web_address_broken_at_a_hyphen_goes_on():
    assert address_goes_on("https://odalys-", "quist.example.net")
    assert not address_goes_on("https://odalys-", "Quist Consulting")  # words, no address's end


def test_a_header_columns_heading_is_no_title():
    from tailor.importer.contact import parse_header

    basics, unparsed = parse_header(_header(["61 Juniper Row, 58102 Fargo North Dakota US"]))
    assert "label" not in basics  # the heading over the profiles column is no title
    assert "Profiles" in [u.text for u in unparsed]  # listed, never lost
