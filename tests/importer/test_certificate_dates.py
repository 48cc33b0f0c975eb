"""`certificate_dates.py`: a certificate's date and licence number printed inside its name or
issuer ("..., 2019", "(renewed 2025)", "(expires 2027)", "License No. X")."""
from tailor.importer.build import resume_from_lines
from tailor.importer.certificate_dates import (
    certificate_asides,
    dated_certificate,
    is_licence_number,
    numbers_into_name,
)
from tailor.importer.lines import Line


def _import(*body: str):
    lines = [Line("Ana Ruiz"), Line("ana@example.com | 555-301-7788"), *(Line(text) for text in body)]
    return resume_from_lines(lines)


def test_a_year_after_the_last_comma_and_a_renewal_in_brackets_are_the_date():
    assert certificate_asides("Crane Signal Person Card, 2018") == ("Crane Signal Person Card", "2018", [])
    assert certificate_asides("Water Treatment Operator Grade II (renewed Apr 2024)") == \
        ("Water Treatment Operator Grade II", "Apr 2024", [])
    assert certificate_asides("TechConf 2022 Speaker Pass") == ("TechConf 2022 Speaker Pass", "", [])


def test_an_expiry_leaves_the_name_and_is_listed_never_the_date():
    text, date, asides = certificate_asides("Pool Lifeguard Certificate (expires 2028)")
    assert (text, date) == ("Pool Lifeguard Certificate", "")
    assert [aside for aside, _ in asides] == ["expires 2028"] and "expires" in asides[0][1]


def test_a_certificate_line_gives_its_date_apart_from_its_name_and_issuer():
    result = _import("CERTIFICATIONS", "Confined Space Entrant, 2020",
                     "Pediatric First Aid, Saint John Ambulance (renewed 2024)",
                     "Food Handler Permit, Ridge County Health Board (expires 2027)")
    assert result.resume["certificates"] == [
        {"name": "Confined Space Entrant", "date": "2020"},
        {"name": "Pediatric First Aid", "issuer": "Saint John Ambulance", "date": "2024"},
        {"name": "Food Handler Permit", "issuer": "Ridge County Health Board"}]
    assert [u.text for u in result.unparsed] == ["expires 2027"]


def test_a_dated_line_names_something_a_date_alone_does_not():
    assert dated_certificate("Scaffold Inspector Card, 2017") and dated_certificate("Boiler Operator (issued 2016)")
    assert not dated_certificate("Expires Jan 2023") and not dated_certificate("Issued 2019")
    assert not dated_certificate("Scaffold Inspector Card")


def test_a_licence_number_is_no_issuer_and_stays_in_the_name():
    for text in ("License No. PL-77120", "Lic. #40912", "Licence Number: 0042-17", "Registration #A1234"):
        assert is_licence_number(text), text
    for text in ("Ohio Board of Pharmacy", "Number Theory", "No. 1 Sales Rep"):
        assert not is_licence_number(text), text
    assert numbers_into_name(["Master Plumber License", "License No. PL-77120"]) == \
        ["Master Plumber License, License No. PL-77120"]
    assert numbers_into_name(["Master Plumber License", "Lic. #40912", "Ohio Plumbing Board"]) == \
        ["Master Plumber License, Lic. #40912", "Ohio Plumbing Board"]
    resume = _import("LICENSES", "Master Plumber License, Ohio (Columbus reciprocal), License No. PL-77120").resume
    assert resume["certificates"] == [{"name": "Master Plumber License, Ohio (Columbus reciprocal), "
                                               "License No. PL-77120"}]


def test_a_whole_date_keeps_its_day_and_month():
    assert certificate_asides("Issued on: May 01, 2024") == ("Issued on: May 01, 2024", "", [])
    assert certificate_asides("Bloodborne Pathogens, March 2022") == ("Bloodborne Pathogens, March 2022", "", [])
    assert certificate_asides("Lifeguard Junior, 2021") == ("Lifeguard Junior", "2021", [])


def test_an_expiry_in_a_column_of_its_own_is_listed_whole_never_the_date():
    """"Food Handler Card | exp. 06/2026": a table's cell (or a tab stop) beside the name."""
    text, date, asides = certificate_asides("Food Handler Card – ServSafe | exp. 06/2026")
    assert (text, date) == ("Food Handler Card – ServSafe", "")
    assert [aside for aside, _ in asides] == ["exp. 06/2026"] and "expires" in asides[0][1]
    assert certificate_asides("Forklift Licence | Valid until 2027")[2][0][0] == "Valid until 2027"
    assert certificate_asides("Forklift Licence | 2021") == ("Forklift Licence | 2021", "", [])
