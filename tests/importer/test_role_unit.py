"""A unit or specialty after a role's comma is said in common words, opening with an attribute;
an employer's name is not (nor a business named in common nouns, "Harbor Market")."""
from tailor.importer.role_unit import reads_as_unit


def test_units_departments_and_specialties_in_common_words():
    for unit in ("Critical Care", "Behavioral Health", "Global Sales", "Pediatric Oncology", "Inbound"):
        assert reads_as_unit(unit), unit


def test_names_acronyms_and_figures_are_no_unit():
    for name in ("Mercado de San Miguel", "Goldman Sachs", "NHS Fife", "Ward 3", "Harbor Market",
                 "Emergency Department of St Vincent's Hospital"):
        assert not reads_as_unit(name), name
