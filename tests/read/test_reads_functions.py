"""Functions, operators and notation as ML notes write them: capital Greek names, an operator closing a product,
upright names a page defines: each read as the page shows it, a false claim written with it refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(("right", "status"), [("2 \\Delta + 2 a", "proven"), ("2 \\Delta + a", "refuted")])
def test_a_capital_delta_is_a_name(tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str) -> None:
    text = "---\nscalars: [a]\n---\n$$\n(a + \\Delta) + (\\Delta + a) = " + right + "\n$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(5, status)]


@pytest.mark.parametrize(("right", "status"), [("\\Omega \\Upsilon", "proven"), ("\\Omega + \\Upsilon", "refuted")])
def test_other_capital_greek_names(tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str) -> None:
    text = "$$\n\\Upsilon \\cdot \\Omega = " + right + "\n$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(2, status)]


@pytest.mark.parametrize("written", ["\\Delta x", "\\Pi_i x_i"])
def test_a_capital_that_can_be_an_operator_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str
) -> None:
    text = "---\nscalars: [x]\n---\n$$\n" + written + " = x\n$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("can be read two ways" in reason for reason in unchecked), unchecked
