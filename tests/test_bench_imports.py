"""`make bench` imports inside its functions (a benchmark loads only what it runs), so a name moved from one
bench module to another breaks the bench only when it runs. Every `from bench.… import …`, at any depth,
must name something that exists."""

import ast
import importlib
import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _imports():
    for path in sorted(BENCH.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bench"):
                for alias in node.names:
                    yield pytest.param(node.module, alias.name, id=f"{path.name}:{node.lineno}:{alias.name}")


@pytest.mark.parametrize(("module", "name"), list(_imports()))
def test_bench_import_names_exist(module, name):
    found = hasattr(importlib.import_module(module), name)
    if not found:  # `from bench import _proc`: a module of the package
        found = importlib.util.find_spec(f"{module}.{name}") is not None
    assert found, f"{module} has no {name}"


def test_every_bench_module_runs_from_make_bench():
    # bench/__main__.py runs every module without a leading underscore through its main()
    for path in BENCH.glob("[!_]*.py"):
        assert callable(getattr(importlib.import_module(f"bench.{path.stem}"), "main", None)), path.name
