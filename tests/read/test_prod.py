"""d2l's ``\\textrm{prod}(A, B)``, a product taken "after transposing and swapping as needed", says neither which
transposes nor which order: refused where it stands with why, never guessed, the chain's other sides still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(("right", "expected"), [("2 u", "proven"), ("3 u", "refuted")])
def test_prod_is_refused_and_the_chain_checked_across_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, expected: str
) -> None:
    prod = "\\textrm{prod}\\left(2, u\\right)"
    text = f"---\n---\n$$a = u^2$$\n\n$$\\frac{{\\partial a}}{{\\partial u}} = {prod} = {right}$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(5, expected)]  # ∂a/∂u = the right side, which the page claims whatever prod means
    assert any("prod(…), a product taken after whatever transposes" in reason for reason in unchecked)
    assert any("is checked across it" in reason for reason in unchecked)


def test_a_chain_beside_prod_is_still_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\n---\n$$a = u^2$$\n\n$$\\textrm{prod}(1, 2) = \\frac{\\partial a}{\\partial u} = 2 u = 3 u$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(5, "proven"), (5, "refuted")]
