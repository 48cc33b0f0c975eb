"""Terse ads and county postings as people paste them (posting_boilerplate `_ANNOUNCES` and the
catch-all duty lines, posting_requirements' skill list after a must-have in an ad with no headings
and the bulleted must-have the filter may not veto). All texts are synthetic."""
from tailor.text.posting import parse_posting
from tailor.text.posting_boilerplate import is_boilerplate

TERSE_AD = """Millwright - nights - Joliet
Bakery in Joliet looking for maint millwright.
Must have 4 yrs industrial exp.
PLC programming, hydraulics, pneumatics, welding.
Pay $34/hr. Call Dana.
"""

STAFFING_AD = """Controls Technician - Direct Hire
Harbor Point Staffing

Requirements
- Basic networking knowledge (IP addressing, Modbus)
- Valid driver's license
"""


def test_an_ad_announcing_the_role_it_seeks_asks_nothing():
    assert is_boilerplate("Bakery in Joliet looking for maint millwright.")
    assert not is_boilerplate("Looking for a millwright with 4 years of conveyor experience.")
    assert not is_boilerplate("We need a technician who can program PLCs.")


def test_catch_all_duty_lines_are_no_requirement():
    assert is_boilerplate("Performs other related duties as required.")
    assert is_boilerplate("(These examples do not include all possible tasks in this work.)")
    assert not is_boilerplate("Performs electrical duties on 480V switchgear.")


def test_a_skill_list_after_a_must_have_in_a_headless_ad_is_a_must_have():
    texts = {r.text: r.kind for r in parse_posting(TERSE_AD).requirements}
    assert texts.get("PLC programming, hydraulics, pneumatics, welding.") == "must_have"
    assert "Bakery in Joliet looking for maint millwright." not in texts
    plain = parse_posting(TERSE_AD.replace("PLC programming, hydraulics, pneumatics, welding.",
                                           "Conveyors, gearboxes and belts."))
    assert all("Conveyors" not in r.text for r in plain.requirements)   # no lexicon term: not a skill list


def test_a_bulleted_must_have_under_requirements_is_kept():
    texts = [r.text for r in parse_posting(STAFFING_AD).requirements]
    assert "Basic networking knowledge (IP addressing, Modbus)" in texts
