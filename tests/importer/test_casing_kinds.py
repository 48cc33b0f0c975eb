"""A kind of field a layout set in capitals throughout (`casing._shouted_kind`): every employer in
capitals, with common English words among them, is recased even where the document never writes
those words in ordinary case. Made-up values, not a theme's text."""
from tailor.importer.casing import restore_case


def _resume(*employers):
    return {"basics": {"name": "Ada Quill"},
            "work": [{"name": name, "position": "Pastry Chef"} for name in employers]}


def test_every_employer_in_capitals_with_common_words_is_recased():
    resume = restore_case(_resume("NORTHERN BAKERY GROUP", "HARBOUR KITCHEN", "QVX"),
                          ["Ada Quill", "Pastry Chef", "Laminated dough for two shops."])
    assert [w["name"] for w in resume["work"]] == ["Northern Bakery Group", "Harbour Kitchen", "QVX"]


def test_acronyms_and_brands_a_person_typed_in_capitals_stay():
    resume = restore_case(_resume("KPMG", "ZYNTRAX AG"), ["Ada Quill", "Pastry Chef", "Audits."])
    assert [w["name"] for w in resume["work"]] == ["KPMG", "ZYNTRAX AG"]


def test_one_employer_in_capitals_among_others_in_ordinary_case_stays():
    resume = restore_case(_resume("NORTHERN BAKERY", "Harbour Kitchen", "Corner Bakery"),
                          ["Ada Quill", "Pastry Chef", "Laminated dough."])
    assert resume["work"][0]["name"] == "NORTHERN BAKERY"
