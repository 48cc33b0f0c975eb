"""A CV's signed foot (sign_off.py): "Berlin, 01.03.2024" and the name under it are about the
document, so they are taken off the last section and listed; what only looks like one stays."""
from tailor.importer.lines import Line
from tailor.importer.sign_off import is_place_date, sign_off, without_sign_off


def test_place_date_and_signature_at_the_foot():
    assert is_place_date("Berlin, 01.03.2024") and is_place_date("München, den 1. März 2024")
    assert is_place_date("Leirvik, 12 March 2024")
    assert not is_place_date("Berlin Marathon 2019") and not is_place_date("Berlin, März 2024")
    kept, foot = sign_off([Line("Klettern, Fotografie"), Line("Berlin, 01.03.2024"), Line("Katharina Schäfer")])
    assert [line.text for line in kept] == ["Klettern, Fotografie"]
    assert [item.text for item in foot] == ["Berlin, 01.03.2024", "Katharina Schäfer"]
    kept, foot = sign_off([Line("Lesen"), Line("Ort, Datum"), Line("Messimy, 1.3.2024"), Line("Unterschrift")])
    assert [line.text for line in kept] == ["Lesen"] and len(foot) == 3  # a small town, with its labels


def test_what_only_looks_like_a_signed_foot_stays():
    lines = [Line("Dean's List, 12 May 2019")]  # an award's date: no place, nothing signed under it
    assert sign_off(lines) == (lines, [])
    lines = [Line("Berlin, 01.03.2024"), Line("Klettern, Fotografie, Lesen")]  # content after it
    assert sign_off(lines) == (lines, [])
    sections = [object()]
    assert without_sign_off(sections) == (sections, [])  # the header alone: nothing to take


def test_the_foot_comes_off_the_last_section_only():
    from tailor.importer.sections import Section

    sections = [Section("header", "", [Line("Katharina Schäfer")]),
                Section("interests", "Interessen", [Line("Klettern"), Line("Berlin, 01.03.2024")])]
    kept, foot = without_sign_off(sections)  # a known city alone under the last line: signed, no name typed
    assert [line.text for line in kept[-1].lines] == ["Klettern"] and kept[0] is sections[0]
    assert [(item.section, item.text) for item in foot] == [("sign-off", "Berlin, 01.03.2024")]


def test_a_signed_cv_keeps_its_interests_and_lists_the_foot_as_furniture():
    from tailor.importer.build import resume_from_lines
    from tailor.importer.page_furniture import FURNITURE_SECTIONS

    lines = [Line("Katharina Schäfer"), Line("katharina.schaefer@example.de"), Line("Interessen"),
             Line("Klettern, Fotografie"), Line("Berlin, 01.03.2024"), Line("Katharina Schäfer")]
    result = resume_from_lines(lines)
    assert [item["name"] for item in result.resume["interests"]] == ["Klettern", "Fotografie"]
    foot = [item.text for item in result.unparsed if item.section in FURNITURE_SECTIONS]
    assert foot == ["Berlin, 01.03.2024", "Katharina Schäfer"]  # listed apart: nothing to place
