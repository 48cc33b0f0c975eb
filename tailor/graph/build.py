"""Wiring of the tailoring graph: ingest -> retrieve -> plan -> write <-> critique -> export."""
from __future__ import annotations

from langgraph.graph import END, START, StateGraph

from tailor.graph import nodes
from tailor.graph.context import RunContext
from tailor.graph.routing import after_critique
from tailor.graph.state import TailorState

NODE_ORDER = ["ingest", "retrieve", "plan", "write", "critique", "export"]


def build_graph(checkpointer=None):
    graph = StateGraph(TailorState, context_schema=RunContext)
    for name in NODE_ORDER:
        graph.add_node(name, getattr(nodes, name))
    graph.add_edge(START, "ingest")
    graph.add_edge("ingest", "retrieve")
    graph.add_edge("retrieve", "plan")
    graph.add_edge("plan", "write")
    graph.add_edge("write", "critique")
    graph.add_conditional_edges("critique", after_critique, {"write": "write", "export": "export"})
    graph.add_edge("export", END)
    return graph.compile(checkpointer=checkpointer)


def mermaid() -> str:
    return build_graph().get_graph().draw_mermaid()
