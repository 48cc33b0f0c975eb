"""A summary sentence that states an aim is no evidence (tailor/text/aims.py)."""
import pytest

from tailor.text.aims import states_an_aim


@pytest.mark.parametrize("sentence", [
    "Interested in clinical informatics / EHR optimization.", "Seeking a role in supply chain analytics.",
    "I'm looking to move into facilities management.", "Eager to grow into a team lead role.",
    "Career goal: building automation technician.", "Currently pursuing a transition into UX research.",
])
def test_aims(sentence):
    assert states_an_aim(sentence)


@pytest.mark.parametrize("sentence", [
    "Registered Nurse with 9 yrs acute care experience (med-surg, ICU).", "Epic super user.",
    "Led the ICU's move to barcode medication administration.", "Bilingual Spanish-English.",
    "Interest rates analyst with 6 years at a regional bank.",
])
def test_done_and_held(sentence):
    assert not states_an_aim(sentence)
