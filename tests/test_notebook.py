"""Jupyter: a checked derivation shows itself as Markdown with math; a real notebook, run by nbclient, reads the
display data back, and every formula in it renders with KaTeX and MathJax."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import derive
from derive.check.display import Displayable, register, rendered

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_CELL = """\
import derive
derive.check(derive.derivation("softmax-jacobian", n=2))
"""
DISPLAY = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
INLINE = re.compile(r"(?<!\\)\$(.+?)(?<!\\)\$")


def formulas(markdown: str) -> list[tuple[str, bool]]:
    display = [(m.group(1).strip(), True) for m in DISPLAY.finditer(markdown)]
    return display + [(m.group(1), False) for m in INLINE.finditer(DISPLAY.sub(" ", markdown))]


def test_the_registry_renders_by_class_and_base_class() -> None:
    class Shown(Displayable):
        pass

    class Derived(Shown):
        pass

    assert Shown()._repr_markdown_() is None  # nothing registered: Jupyter falls back to the plain repr
    register(Shown, "text/markdown", lambda obj: f"**{type(obj).__name__}**")
    assert Derived()._repr_markdown_() == "**Derived**"
    assert rendered(Derived(), "text/latex") is None


def test_a_checked_derivation_displays_as_markdown_with_math() -> None:
    checked = derive.check(derive.derivation("softmax-jacobian", n=2))
    markdown = checked._repr_markdown_()
    assert markdown == derive.render(checked, "markdown")
    assert "$$" in markdown and "proven" in markdown


def test_a_check_report_displays_as_markdown_with_math() -> None:
    from derive.check import Status, Verdict
    from derive.check.diagnose import LinkResult
    from derive.printers import render
    from derive.read import read_document
    from derive.report import report

    document = read_document(ROOT / "derivations" / "checks" / "seed-000-answer.md")
    checked = report(document, [LinkResult(Verdict(Status.UNPROVEN, "not checked here"))] * len(document.links))
    markdown = checked._repr_markdown_()
    assert markdown == render(checked, "markdown")
    assert "$" in markdown and "unproven" in markdown


def test_an_unchecked_derivation_has_no_rich_display() -> None:
    assert not hasattr(derive.derivation("softmax-jacobian", n=2), "_repr_markdown_")


def test_a_notebook_shows_a_checked_derivation_as_math(
    math_renderer: Callable[[list[Any]], list[Any]], require_modules: Callable[..., None]
) -> None:
    require_modules("nbclient", "nbformat", "ipykernel")
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.v4.new_notebook()
    notebook.cells.append(nbformat.v4.new_code_cell(NOTEBOOK_CELL))
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    NotebookClient(notebook, timeout=300, kernel_name="python3").execute()
    (output,) = notebook.cells[0].outputs
    assert output.output_type == "execute_result"
    markdown = output.data["text/markdown"]
    assert markdown.startswith("# The softmax Jacobian by the quotient rule")
    assert "All 16 steps proven at n = 2." in markdown
    math = formulas(markdown)
    assert len(math) > 20
    failures = math_renderer(math)
    assert not failures, failures
