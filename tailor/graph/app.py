"""The compiled graph for LangGraph's own tooling (`langgraph dev`, LangGraph Studio), named in
langgraph.json at the repository root.

Tailor itself never imports this: `pipeline.run_tailor` compiles the graph with a checkpointer
writing the run's trace.sqlite, while LangGraph's server brings its own persistence. Running it
there still needs a `RunContext` (the graph's context_schema: model, embedder, evidence index),
which only Python callers can build; the tooling is for seeing and stepping through the graph.
"""
from tailor.graph.build import build_graph

graph = build_graph()
