"""`roles.py`: which text part of a work entry is the role."""
from tailor.importer.lines import Line
from tailor.importer.roles import employer_first, is_role, role_after_employer, role_comma_split


def test_role_words_and_a_title_typed_with_a_comma():
    assert is_role("Senior Software Engineer") and not is_role("Acme Corp")
    assert role_comma_split("Warehouse Associate, Northside Supply Co.") == ["Warehouse Associate",
                                                                             "Northside Supply Co."]
    assert role_comma_split("Acme, Inc.") is None


def test_a_role_line_under_an_employer_and_its_tagline():
    header = [Line("Freelance", bold=True), Line("Independent analytics consulting"), Line("August 2024 – April 2025")]
    assert role_after_employer(Line("Data Analyst (Contract)", bold=True), header, "work")
    assert not role_after_employer(Line("Data Analyst (Contract)", bold=True), header, "education")
    assert not role_after_employer(Line("Senior Analyst", bold=True), [Line("Data Analyst"), Line("2020")], "work")


def test_the_line_with_the_dates_names_the_employer():
    assert employer_first([Line("Burnage Academy", bold=True), Line("2021-09 —", bold=True),
                           Line("Second in Mathematics Department", bold=True)])
    assert not employer_first([Line("Data Analyst", bold=True), Line("Acme | 2020 – 2022")])


def test_more_trades_and_a_deputy_are_roles():
    assert is_role("Package Handler / Forklift Operator") and is_role("Second in Mathematics Department")
    assert not is_role("FedEx Ground") and not is_role("Burnage Academy for Boys")


def test_an_employer_with_a_dash_and_the_role_after_a_comma():
    from tailor.importer.roles import dashed_names

    texts = ["Mercado de San Miguel", "Grupo Gastronómico Sanmi, Sous Chef"]
    dashed = [("Mercado de San Miguel", "Grupo Gastronómico Sanmi, Sous Chef",
               "Mercado de San Miguel – Grupo Gastronómico Sanmi, Sous Chef")]
    assert dashed_names("work", texts, dashed) == ["Mercado de San Miguel – Grupo Gastronómico Sanmi", "Sous Chef"]
    assert dashed_names("projects", texts, dashed) == texts
    # a role with a comma of its own beside the employer is left to the usual assignment
    assert dashed_names("work", ["Chef de Partie, Garde Manger", "Hotel Villa Magna"], []) == [
        "Chef de Partie, Garde Manger", "Hotel Villa Magna"]


def test_an_employer_with_a_comma_then_the_role_last():
    assert role_comma_split("Swiss Engineering STV, Sektion Zürich, Board Member") == [
        "Swiss Engineering STV, Sektion Zürich", "Board Member"]
    assert role_comma_split("Houston Methodist Hospital, Registered Nurse, Medical-Surgical Telemetry") == [
        "Houston Methodist Hospital", "Registered Nurse, Medical-Surgical Telemetry"]
