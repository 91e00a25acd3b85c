"""Goodfellow's ``J(\\boldsymbol{w}; \\boldsymbol{X}, \\boldsymbol{y})``: the data after ';' held fixed, J read as a
function of w (``derive.read.fixed_parameters``): the right gradient proven, a false one refuted; where a parameter
stands elsewhere on the page the list is kept, and refused as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

OBJECTIVE = (
    "---\n---\n$$\\tilde{J}(\\mathbf{w}; X, y) = \\frac{\\alpha}{2} \\mathbf{w}^\\top \\mathbf{w} "
    "+ J(\\mathbf{w}; X, y)$$\n\n"
)


@pytest.mark.parametrize(("factor", "status"), [("", "proven"), ("2", "refuted")])
def test_the_data_after_a_semicolon_are_held_fixed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], factor: str, status: str
) -> None:
    claim = (
        f"\\nabla_{{\\mathbf{{w}}}} \\tilde{{J}}(\\mathbf{{w}}; X, y) = {factor} \\alpha \\mathbf{{w}} "
        "+ \\nabla_{\\mathbf{w}} J(\\mathbf{w}; X, y)"
    )
    assert statuses(tmp_path, capsys, OBJECTIVE + f"$${claim}$$\n")[0] == [(5, status)]


def test_a_parameter_written_elsewhere_keeps_the_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    claim = "$$\\nabla_{\\mathbf{w}} \\tilde{J}(\\mathbf{w}; X, y) = \\alpha \\mathbf{w} + X$$\n"
    found, unchecked = statuses(tmp_path, capsys, OBJECTIVE + claim)
    assert found == [] and unchecked


def test_an_elementary_function_holds_no_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: ``\\exp(a; b) = e^{a}`` was proven, b held fixed as data; exp is a function of a number alone."""
    found, unchecked = statuses(tmp_path, capsys, "$$ \\exp(a; b) = e^{a} $$\n")
    assert found == [] and any("a list in parentheses" in u for u in unchecked)
