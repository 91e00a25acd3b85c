"""The layering holds: model → engine → checker → printers → CLI, each importing only the layers before it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "derive"
#: The layers, and the command line's own small modules before cli.py; suggest ("did you mean") and detect ("is
#: this a derive file", no SymPy) serve them all.
ORDER = [
    "errors",
    "suggest",
    "detect",
    "model",
    "engine",
    "read",
    "check",
    "report_verdicts",
    "report_sigmoid",
    "report",
    "batch",
    "printers",
    "output_files",
    "formats",
    "progress",
    "check_command",
    "cli",
]


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "derive" or len(parts) < 2:
        return None
    return parts[1]


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("layer", ORDER[:-1])
def test_layer_imports_only_earlier_layers(layer: str) -> None:
    allowed = set(ORDER[: ORDER.index(layer) + 1])
    files = [PACKAGE / f"{layer}.py"] if (PACKAGE / f"{layer}.py").exists() else list((PACKAGE / layer).rglob("*.py"))
    assert files
    for path in files:
        for module in imports(path):
            used = layer_of(module)
            assert used is None or used in allowed, f"{path.name} ({layer}) imports {module}"


def test_only_the_terminal_printer_imports_rich() -> None:
    """And the progress bar, inside the function that draws one: importing derive.progress imports no rich."""
    for path in PACKAGE.rglob("*.py"):
        if path.name == "terminal.py":
            continue
        if path.name == "progress.py":
            top = ast.parse(path.read_text(encoding="utf-8")).body
            assert not any(
                isinstance(node, (ast.Import, ast.ImportFrom))
                and any(
                    name.startswith("rich")
                    for name in [getattr(node, "module", None) or ""] + [a.name for a in node.names]
                )
                for node in top
            ), path
            continue
        assert not any(m == "rich" or m.startswith("rich.") for m in imports(path)), path


def test_printers_do_no_mathematics() -> None:
    forbidden = {"diff", "simplify", "doit", "expand", "subs", "xreplace", "together", "cancel", "factor"}
    for path in (PACKAGE / "printers").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                assert name not in forbidden, f"{path.name} calls {name}()"
