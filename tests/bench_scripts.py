"""Load a script of bench/ as a module, for the tests of its logic (the bench scripts are run as
files, not installed as a package). Each call executes the script afresh, registered in
sys.modules under its own name while it runs, because dataclasses look their module up there, with
bench/ on sys.path, as when it runs as a file, so that it can import its sibling scripts."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench"


def bench_script(name: str) -> ModuleType:
    """bench/<name>.py as a fresh module."""
    if str(BENCH) not in sys.path:
        sys.path.append(str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
