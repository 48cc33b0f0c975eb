"""langgraph.json points LangGraph's tooling (langgraph dev, Studio) at the real graph."""
import importlib.util
import json
from pathlib import Path

from langgraph.graph.state import CompiledStateGraph

from tailor.graph.build import NODE_ORDER

ROOT = Path(__file__).resolve().parents[2]


def test_langgraph_json_names_the_compiled_tailoring_graph():
    config = json.loads((ROOT / "langgraph.json").read_text())
    assert config["dependencies"] == ["."]
    path, _, attribute = config["graphs"]["tailor"].partition(":")
    spec = importlib.util.spec_from_file_location("langgraph_app", ROOT / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # by file path, as LangGraph's server loads it
    graph = getattr(module, attribute)
    assert isinstance(graph, CompiledStateGraph)
    assert [n for n in graph.get_graph().nodes if not n.startswith("__")] == NODE_ORDER
