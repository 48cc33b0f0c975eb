from tailor.graph.routing import after_critique
from tailor.graph.state import add_timings


def _state(*passed, fallback=False):
    return {"critique": {"verdicts": [{"passed": p} for p in passed]}, "fallback_done": fallback}


def test_failures_go_back_to_the_writer_until_the_fallback_ran():
    assert after_critique(_state(True, False)) == "write"
    assert after_critique(_state(True, True)) == "export"
    assert after_critique(_state(False, fallback=True)) == "export"


def test_timings_of_repeated_nodes_add_up():
    assert add_timings({"write": 1.0}, {"write": 0.5, "critique": 0.25}) == {"write": 1.5, "critique": 0.25}
