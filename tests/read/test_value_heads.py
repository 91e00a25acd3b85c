"""``H(Y, \\sigma(A)) = -\\sum_i Y_i \\log(\\sigma(A_i))``: a value defined with what it depends on, one argument a
function's value (``derive.read.value_heads``). It had been refused as a list in parentheses, and ∂H/∂A_i with it;
the page's one list is blanked and H read as the value, as ``H(Y, A) = …`` is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = (
    "$$H(Y, \\sigma(A)) = - \\sum_{i=1}^{C} Y_i \\log(\\sigma(A_i))$$\n\n"
    "$$\\sigma(A_i) = \\frac{e^{A_i}}{\\sum\\limits_{j=1}^{C} e^{A_j}}$$\n\n"
    "$$\\frac{\\partial H}{\\partial A_i} = "
    "- \\sum\\limits_{k=1}^{C} Y_k \\frac{\\partial \\log(\\sigma(A_k))}{\\partial A_i}$$\n\n"
    "$$\\frac{\\partial H}{\\partial A_i} = - Y_i \\frac{\\partial \\log(\\sigma(A_i))}{\\partial A_i}$$\n"
)


def test_a_value_defined_with_a_function_s_value_among_its_arguments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """H is the page's value: ∂H/∂A_i through its sum proven, the sum dropped refuted."""
    found, unchecked = statuses(tmp_path, capsys, PAGE)
    assert found == [(5, "proven"), (7, "refuted")]
    assert "a definition of H, read as the front matter's define: nothing to check" in unchecked


def test_a_value_written_with_two_lists_is_left_as_it_was(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "The first sample's loss is $H(A_1, Y_1)$": H of other arguments too, a function after all? Nothing is
    blanked; the list is refused, as before."""
    found, unchecked = statuses(tmp_path, capsys, PAGE + "\nThe first sample's loss is $H(A_1, Y_1)$.\n")
    assert (5, "proven") not in found
    assert any("a list in parentheses, (a, b), reads only as the arguments" in reason for reason in unchecked)
