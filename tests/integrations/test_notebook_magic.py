"""``%load_ext derive`` and the ``%%derive`` cell magic, in a real notebook run by nbclient (a Jupyter kernel):
the output is the report as Markdown with marks and math that KaTeX and MathJax render, and plain text."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from conftest import PLAIN, PROVEN, REFUTED

from derive.errors import UsageError
from derive.integrations.notebook import Options, parse_options

DISPLAY = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
INLINE = re.compile(r"(?<!\\)\$(.+?)(?<!\\)\$")


def formulas(markdown: str) -> list[tuple[str, bool]]:
    display = [(m.group(1).strip(), True) for m in DISPLAY.finditer(markdown)]
    return display + [(m.group(1), False) for m in INLINE.finditer(DISPLAY.sub(" ", markdown))]


def run_notebook(cells: list[str]) -> list[Any]:
    """Run code cells in a fresh kernel; the outputs of each."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in cells]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    NotebookClient(notebook, timeout=300, kernel_name="python3").execute()
    return [cell.outputs for cell in notebook.cells]


def test_the_cell_magic_shows_the_checked_report_with_marks_and_math(
    tool_env: dict[str, str],
    require_modules: Callable[..., None],
    math_renderer: Callable[[list[Any]], list[Any]],
) -> None:
    require_modules("nbclient", "nbformat", "ipykernel")
    loaded, proven, refuted, plain, wrong = run_notebook(
        [
            "%load_ext derive",
            "%%derive\n" + PROVEN.read_text(encoding="utf-8"),
            "%%derive --timeout 20\n" + REFUTED.read_text(encoding="utf-8"),
            "%%derive\n" + PLAIN,
            "%%derive --timeout soon\n" + PROVEN.read_text(encoding="utf-8"),
        ]
    )
    assert loaded == []
    (output,) = proven
    assert output.output_type == "execute_result"
    markdown = output.data["text/markdown"]
    assert markdown.startswith("# Check of `cell`")
    assert "All 8 links proven (every n (symbolic))." in markdown
    assert markdown.count("- ✓ line ") == 8
    assert output.data["text/plain"].startswith("cell — every n (symbolic)\n\nChain 1, line 19\n")
    (output,) = refuted
    markdown = output.data["text/markdown"]
    assert "- ✗ line 19: $= -\\frac{t_j}{o_j} o_j (1 - o_j)$ — **refuted** **← first wrong step**" in markdown
    assert "known mistake: a dropped sum over outputs" in markdown
    text = output.data["text/plain"]
    assert "✗ = -\\frac{t_j}{o_j} o_j (1 - o_j)   line 19" in text and "counterexample at n = 3" in text
    # a cell without derive front matter is not an error: one line says that nothing was checked
    assert [(o.output_type, o.name) for o in plain] == [("stream", "stderr")]
    assert plain[0].text.startswith("derive: nothing checked: the cell has no derive front matter")
    assert [o.text for o in wrong] == ["derive: error: --timeout takes seconds, from 0.1 to 86400, not 'soon'; "
                                       "usage: %%derive [--tex] [--no-cache] [--timeout S] [--budget S]\n"]  # fmt: skip
    math = formulas(markdown)
    assert len(math) > 10
    failures = math_renderer(math)
    assert not failures, failures


def test_options() -> None:
    assert parse_options("") == Options()
    assert parse_options("--tex --no-cache --timeout 5 --budget 30") == Options(True, False, 5.0, 30.0)
    for bad in ("--timeout", "--budget 0", "--verbose"):
        with pytest.raises(UsageError):
            parse_options(bad)


def test_ipython_is_imported_only_by_load_ext() -> None:
    script = (
        "import sys, derive, derive.integrations.notebook, derive.testing;"
        "print('IPython' in sys.modules, 'sympy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
