"""A defined name subscripted by a length (Roelants' ``\\Sigma_C`` with ``length: C``) is one scalar name: C is no
index. Where Σ is also a vector, Σ_C could be its last entry: refused naming both."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

ROELANTS = (
    "---\nlength: C\ndefine:\n  y_c: \\frac{e^{z_c}}{\\sum_{d=1}^C e^{z_d}}\n  \\Sigma_C: \\sum_{d=1}^C e^{z_d}\n---\n"
)


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("\\frac{\\partial y_i}{\\partial z_i} = \\frac{e^{z_i}\\Sigma_C - e^{z_i}e^{z_i}}{\\Sigma_C^2}", "proven"),
        ("\\frac{\\partial y_i}{\\partial z_i} = \\frac{e^{z_i}\\Sigma_{C} - e^{z_i}}{\\Sigma_C^2}", "refuted"),
        ("\\frac{e^{z_i}}{\\Sigma_C}(1-\\frac{e^{z_i}}{\\Sigma_C}) = y_i (1 - y_i)", "proven"),
        ("\\frac{e^{z_i}}{\\Sigma_C}(1-\\frac{e^{z_i}}{\\Sigma_C}) = y_i (1 + y_i)", "refuted"),
    ],
)
def test_a_name_subscripted_by_the_length_is_one_scalar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    found = report(tmp_path, capsys, ROELANTS, f"$${claim}$$\n")
    assert not found["unchecked"], found["unchecked"]
    assert [link["status"] for link in found["links"]] == [status]


def test_with_sigma_also_a_vector_the_name_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "$$\\Sigma_C = \\sum_{d=1}^C e^{z_d}$$\n\n$$\\Sigma_j = e^{z_j}$$\n"
    found = report(tmp_path, capsys, ROELANTS, body)
    assert [u["line"] for u in found["unchecked"]] == [7] and [link["line"] for link in found["links"]] == [9]
    reason = found["unchecked"][0]["reason"]
    assert "\\Sigma_C can be read two ways: the name \\Sigma_C the front matter defines" in reason
    assert "the entry C (the last) of the vector \\Sigma" in reason
