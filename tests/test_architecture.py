"""The import rules of docs/ARCHITECTURE.md "Layers", checked on the source itself.

`ALLOWED` is the contract: which packages of `tailor` each package may import. It must stay a
layering (no cycles), every package must be in it, and every import in the code must follow
it. The last tests feed the checker the imports that the restructuring removed, so a rule that
stopped catching them would fail here too.
"""
from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "tailor"
BASE = {"errors", "schemas", "bundled", "heap"}
LIBRARIES = BASE | {"fsutil", "text", "corpus", "index", "llm", "render"}
RUN_LAYER = LIBRARIES | {"agents", "graph", "run"}
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "bundled": set(),
    "heap": set(),
    "schemas": {"errors"},
    "fsutil": {"errors"},
    "text": BASE,
    "corpus": BASE | {"text"},
    "index": BASE | {"text"},
    "llm": BASE | {"text"},
    "render": BASE | {"text", "corpus"},
    "importer": BASE | {"fsutil", "text", "corpus", "llm", "render"},
    "agents": BASE | {"text", "corpus", "index", "llm", "render"},
    "graph": BASE | {"text", "corpus", "index", "llm", "render", "agents"},
    "run": RUN_LAYER - {"run"},
    "trace": RUN_LAYER,
    "batch": RUN_LAYER,
    "fit": LIBRARIES,
    "interview": LIBRARIES,
    "training": RUN_LAYER | {"trace"},
    "cli": (RUN_LAYER - {"agents"}) | {"trace", "batch", "fit", "interview", "training", "importer"},
}
# Who may use the pipeline steps: the graph that runs them, the run layer, and training (which
# trains the writer and judges with the critic). Everything else uses text/, index/ and render/.
AGENTS_USERS = {"graph", "run", "training"}


def package_of(module: str) -> str:
    """`tailor.text.terms` -> "text"; `tailor.errors` -> "errors"."""
    return module.split(".")[1]


def imports(path: Path) -> list[str]:
    """Every `tailor.*` module `path` imports, at any depth (function-level imports count)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "tailor":
                found += [f"tailor.{alias.name}" for alias in node.names]
            elif node.module.startswith("tailor."):
                found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.startswith("tailor.")]
    return found


def edges() -> list[tuple[str, str, str]]:
    """(importing file, its package, imported module) for every cross-package import."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = package_of(".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts))
        for module in imports(path):
            if package_of(module) != source:
                out.append((str(path.relative_to(PACKAGE.parent)), source, module))
    return out


def violations(found: list[tuple[str, str, str]]) -> list[str]:
    problems = []
    for where, source, module in found:
        target = package_of(module)
        if target not in ALLOWED.get(source, set()):
            problems.append(f"{where}: {source} may not import {module}")
        if target == "agents" and source not in AGENTS_USERS:
            problems.append(f"{where}: only {sorted(AGENTS_USERS)} may import {module}")
    return problems


def test_the_rules_are_a_layering():
    try:
        list(TopologicalSorter(ALLOWED).static_order())
    except CycleError as exc:
        pytest.fail(f"ALLOWED has a cycle: {exc.args[1]}")


def test_every_package_is_placed():
    packages = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    modules = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    assert packages | modules == set(ALLOWED), "place each package of tailor/ in ALLOWED"


def test_no_module_imports_against_the_layers():
    assert violations(edges()) == []


def test_one_text_normaliser():
    """Two ways to normalise the same text let two checks disagree about one PDF."""
    defined = [str(path.relative_to(PACKAGE.parent)) for path in PACKAGE.rglob("*.py")
               for node in ast.walk(ast.parse(path.read_text("utf-8")))
               if isinstance(node, ast.FunctionDef) and node.name in ("normalise", "normalize")]
    assert defined == ["tailor/text/normalise.py"]


@pytest.mark.parametrize("edge", [
    ("tailor/fit/keywords.py", "fit", "tailor.agents.terms"),          # agents as a shared library
    ("tailor/interview/sources.py", "interview", "tailor.agents.planner"),
    ("tailor/llm/load.py", "llm", "tailor.agents.writer"),              # the one upward import
    ("tailor/fit/inputs.py", "fit", "tailor.batch.postings"),           # a side tool on another
    ("tailor/importer/roundtrip.py", "importer", "tailor.agents.exporter"),
    ("tailor/trace/view.py", "trace", "tailor.cli.trace"),              # a library on the CLI
    ("tailor/text/posting.py", "text", "tailor.index.store"),           # sideways among libraries
])
def test_the_imports_the_restructuring_removed_are_caught(edge):
    assert violations([edge]), f"{edge} should break a rule"


def _trees():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield str(path.relative_to(PACKAGE.parent)), ast.parse(path.read_text("utf-8"))


def _names_a_model(node: ast.AST) -> bool:
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return name in ("model", "llm")


def test_no_code_treats_no_model_apart():
    """"extractive" is an ExtractiveModel: a `None` model would need a branch at every use."""
    found = []
    for where, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare) and _names_a_model(node.left) and any(
                    isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops):
                found.append(f"{where}:{node.lineno} compares a model with None")
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr) and any(
                    isinstance(side, ast.Name) and side.id == "LanguageModel"
                    for side in (node.left, node.right)):
                found.append(f"{where}:{node.lineno} types a model as optional")
    assert found == []


def test_every_failure_class_is_in_the_errors_module():
    bases = {"Exception", "RuntimeError", "ValueError", "AssertionError", "OSError"}
    found = [f"{where}:{node.lineno} {node.name}" for where, tree in _trees() if where != "tailor/errors.py"
             for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
             and any(isinstance(b, ast.Name) and (b.id in bases or b.id.endswith(("Error", "Failed")))
                     for b in node.bases)]
    assert found == []


def test_one_place_maps_failures_to_exit_codes_and_ledger_kinds():
    """The CLI and the batch worker both ask `errors.known_failure`; nobody else decides."""
    users = {where for where, tree in _trees() for node in ast.walk(tree)
             if isinstance(node, ast.Name) and node.id == "known_failure"}
    assert users == {"tailor/cli/root.py", "tailor/batch/worker.py"}
    exits = {where for where, tree in _trees() for node in ast.walk(tree)
             if isinstance(node, ast.Attribute) and node.attr == "exit_code"}
    assert exits <= {"tailor/errors.py", "tailor/cli/root.py"}
