"""A function introduced inside a chain (``y = softplus(x) = f(x) = …``), the rows of a ``gather`` each an
equation, and softplus by its word: each small page our own, read as it shows, and a false twin refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

GATHER = (
    "---\n---\nThe softplus:\n\n\\begin{{gather*}}\n    y = softplus(x) = f(x) = \\log(1 + e^{{x}}) \\\\\n    \\\\\n"
    "    \\text{{its derivative:}} \\\\\n    \\frac{{dy}}{{dx}} = f'(x) = {last}\n\\end{{gather*}}\n"
)


@pytest.mark.parametrize(("last", "status"), [("\\frac{1}{1 + e^{-x}}", "proven"), ("\\frac{1}{1 + e^{x}}", "refuted")])
def test_a_function_introduced_in_a_gather_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str
) -> None:
    """y and f are defined by the first row (f(x) the side after it); softplus(x) = f(x) is checked, and the last
    row, at its own line, holds dy/dx = f'(x) and the derivative."""
    links, unchecked = statuses(tmp_path, capsys, GATHER.format(last=last))
    assert links == [(6, "proven"), (6, "proven"), (9, "proven"), (9, status)], (links, unchecked)
    assert any("a definition of f(x)" in u for u in unchecked)


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("$$y = g(x) = x^2$$\n\n$$g'(x) = 2x$$\n", [(5, "proven")]),
        ("$$y = g(x) = x^2$$\n\n$$g'(x) = 3x$$\n", [(5, "refuted")]),
        ("$$g(x) = x^2$$\n\n$$y = g(x) = x^3$$\n", [(5, "refuted")]),  # g defined by its own display first
    ],
)
def test_a_function_named_inside_a_chain_is_defined_by_the_side_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, links: list[tuple[int, str]]
) -> None:
    read, unchecked = statuses(tmp_path, capsys, "---\n---\n" + text)
    assert read == links, (read, unchecked)


def test_two_chains_naming_one_function_define_it_in_neither(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """a = h(x) = x² and b = h(x) = x³: which one defines h is not for derive to guess."""
    text = "---\n---\n$$a = 1 + h(x) = 1 + x^2$$\n\n$$b = 2 + h(x) = 2 + x^3$$\n\n$$h'(x) = 2x$$\n"
    read, unchecked = statuses(tmp_path, capsys, text)
    assert all(status != "proven" or line != 7 for line, status in read), read
    assert any("stands on one side only" in u for u in unchecked)


def test_a_function_the_prose_names_is_never_defined_by_a_chain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "For a differentiable function $f$": f is any function, never defined by the chain; the chain gives it a value
    (f(x) = log(1 + e^x)), so it is a claim about every f or the page's choice of one, refused naming both
    (``specialized_functions``; it had been refuted, f(t) = sin t)."""
    text = "---\n---\nFor a differentiable function $f$, consider\n\n$$y = softplus(x) = f(x) = \\log(1 + e^{x})$$\n"
    read, unchecked = statuses(tmp_path, capsys, text)
    assert read == [] and "the page's choice of one?" in unchecked[-1]
