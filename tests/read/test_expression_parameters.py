"""A function defined at whole expressions, ``\\text{Cost}(h_\\theta(x^{(i)}), y^{(i)}) = …`` with a body written
only through them (``derive.read.expression_parameters``), defines Cost of two numbers: the page's gradient is
proven, a false one refuted; a body that writes an argument's letters otherwise stays refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

FRONT = (
    "---\nscalars: [\\theta_0, \\theta_1]\ndefine:\n  h_\\theta(x): \\frac{1}{1 + e^{-\\theta_0 - \\theta_1 x}}\n---\n"
    "$$ J(\\theta) = \\frac{1}{m} \\sum_{i=1}^{m} \\text{Cost}(h_{\\theta}(x^{(i)}), y^{(i)}) $$\n\nwith\n\n"
)
COST = "-y^{(i)} \\log( h_{\\theta}(x^{(i)}) ) - (1-y^{(i)}) \\log(1-h_\\theta(x^{(i)}))"


@pytest.mark.parametrize(
    ("gradient", "status"),
    [
        ("( h_{\\theta}(x^{(i)}) - y^{(i)} )", "proven"),
        ("( h_{\\theta}(x^{(i)}) - y^{(i)} ) x^{(i)}", "refuted"),  # θ_0's gradient written as θ_1's
    ],
)
def test_a_cost_defined_at_its_arguments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], gradient: str, status: str
) -> None:
    text = (
        FRONT + f"$$ \\text{{Cost}}(h_{{\\theta}}(x^{{(i)}}), y^{{(i)}}) = {COST} $$\n\n"
        f"$$ \\frac{{\\partial J}}{{\\partial \\theta_0}} = \\frac{{1}}{{m}} \\sum_{{i=1}}^{{m}} {gradient} $$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(12, status)]
    assert [reason.split(",")[0] for reason in unchecked] == [
        "a definition of J(\\theta)",
        "a definition of \\text{Cost}(u",
    ]


def test_a_body_that_writes_an_argument_s_letters_otherwise_stays_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """+ x^{(i)}: the body is no function of h_θ(x^{(i)}) and y^{(i)} alone, so no Cost of two numbers."""
    text = FRONT + f"$$ \\text{{Cost}}(h_{{\\theta}}(x^{{(i)}}), y^{{(i)}}) = {COST} + x^{{(i)}} $$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert "the upright name Cost is not known" in unchecked[-1]


def test_an_argument_of_several_terms_is_not_matched_inside_a_product(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """f(x^2 + 1) = 3x^2 + 1 writes x^2 + 1 in its body only as a run of tokens inside 3x^2 + 1, not as the whole
    argument: read as f(t) = 3t, the page's own f(x^2 + 1) - 3x^2 = 1 would be refuted (3 ≠ 1)."""
    text = "---\nscalars: [x]\n---\n$$ f(x^2 + 1) = 3x^2 + 1 $$\n\n$$ f(x^2 + 1) - 3x^2 = 1 $$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert all("f(…) with f undeclared can be read two ways" in reason for reason in unchecked)


def test_a_bold_parameter_stays_the_page_s_vector(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """J(\\mathbf{w}) is J of the vector w, as before (its head read as written), never J(t) of a number t."""
    text = (
        "---\nvectors: [w]\n---\n$$ J(\\mathbf{w}) = \\frac{1}{2} \\|\\mathbf{w}\\|^2 $$\n\n"
        "$$ \\frac{\\partial J(\\mathbf{w})}{\\partial w_k} = w_k $$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(6, "proven")]


@pytest.mark.parametrize(
    "page",
    [
        "$$ \\text{Cost}(x^2, y) = x^2 + y $$\n\n$$ \\text{Cost}(-1, y) = y - 1 $$\n",
        "$$ f(e^{x}) = e^{x} + 1 $$\n\n$$ f(-1) = 0 $$\n",
    ],
)
def test_a_function_defined_at_a_power_or_an_exponential_is_no_function_of_every_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """A probe's false proofs: Cost(x^2, y) = x^2 + y fixes Cost at no negative number, f(e^x) = e^x + 1 at none, yet
    Cost(-1, y) = y - 1 and f(-1) = 0 were proven; only a name (a letter, its subscripts and labels, an application)
    stands for every number."""
    found, _ = statuses(tmp_path, capsys, "---\nscalars: [x, y]\n---\n" + page)
    assert "proven" not in [status for _, status in found]
