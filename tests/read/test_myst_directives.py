"""MyST's directives: a ```{math} fence is a display, its options set aside; an admonition's body is Markdown,
its displays read with their own lines. A probe's pages had both skipped without a word, and the file passed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = (
    "---\n---\n$$y + 0 = y$$\n\n```{math}\n:label: eq1\nx + 0 = x + 1\n```\n\n```{note}\nA note:\n\n"
    "$$x + 0 = x + 2$$\n```\n\n```{admonition} Proof\n:class: tip\n\n$$z + 0 = z$$\n```\n\n"
    "```python\nx = x + 1\n```\n"
)


def test_myst_directives_are_read_as_myst_renders_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, _ = statuses(tmp_path, capsys, PAGE)
    assert found == [(3, "proven"), (7, "refuted"), (13, "refuted"), (19, "proven")]  # the code fence is code


def test_any_directive_but_code_holds_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A second probe: {exercise}, {solution}, {tab-item} inside {tab-set}, {figure}'s caption were skipped unseen
    (the file passed); a code cell stays code."""
    page = (
        "---\n---\n$$x + x = 2x$$\n\n```{exercise}\nShow that\n\n$$x + x = 3x$$\n```\n\n"
        "```{code-cell} python\nx = x + 1\n```\n\n````{tab-set}\n```{tab-item} A\n$$y + y = 3y$$\n```\n````\n"
    )
    found, _ = statuses(tmp_path, capsys, page)
    assert found == [(3, "proven"), (8, "refuted"), (17, "refuted")]
