"""A sum written without its index (``\\sum \\frac{\\partial e^{x_i}}{\\partial x_k}``, as seed 003 writes it) runs
over the one index its summand leaves free, counting the index of what it differentiates by; where two are left,
it is read only when the chain's first side keeps one of them free, and refused naming both otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

FRONT = "---\nlength: C\n---\n"
SUMMAND = "\\sum \\frac{\\partial e^{x_i}}{\\partial x_k}"
HEAD = "\\frac{\\partial \\sum_i e^{x_i}}{\\partial x_k}"


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str) -> dict[str, list[dict[str, str]]]:
    path = tmp_path / "d.md"
    path.write_text(f"{FRONT}$$ {display} $$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_a_sum_that_can_run_over_a_derivatives_index_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = report(tmp_path, capsys, f"{SUMMAND} = e^{{x_k}}")
    assert found["links"] == []
    assert "a sum without its index can run over i, k" in found["unchecked"][0]["reason"]


@pytest.mark.parametrize(("last", "status"), [("e^{x_k}", "proven"), ("e^{x_i}", "refuted")])
def test_an_index_the_first_side_keeps_free_is_no_sums(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str
) -> None:
    found = report(tmp_path, capsys, f"{HEAD} = {SUMMAND} = {last}")
    assert [link["status"] for link in found["links"]] == ["proven", status]


#: Softmax's quotient rule in the case i ≠ j, as davidbieber.com writes it: Σ e^{x_d} · 0, the sum's index inferred.
QUOTIENT = "---\n---\nWrite $y_i = \\frac{{e^{{x_i}}}}{{\\sum e^{{x_d}}}}$.\n\nIf $i \\ne j$:\n\n$$ {display} $$\n"


@pytest.mark.parametrize(
    ("numerator", "status"),
    [
        ("\\sum e^{x_d} \\cdot 0 - e^{x_i} \\cdot e^{x_j}", "proven"),
        ("\\sum e^{x_d} \\cdot 0 + e^{x_i} e^{x_j}", "refuted"),
    ],
)
def test_a_summand_that_is_zero_as_written_makes_the_sum_zero_whatever_its_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], numerator: str, status: str
) -> None:
    """Σ e^{x_d} · 0 is 0 however far the sum reaches and whatever it runs over (its summand, built, has no index)."""
    path = tmp_path / "d.md"
    display = f"\\frac{{dy_i}}{{dx_j}} = \\frac{{{numerator}}}{{(\\sum e^{{x_d}})^2}}"
    path.write_text(QUOTIENT.format(display=display), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    found = json.loads(capsys.readouterr().out)
    assert [link["status"] for link in found["links"]] == [status]
