"""CS229's notation for training examples and parametrized hypotheses, read by `derive check` (docs/reading.md):
x^{(i)} is example i (an index, never a power), x_j^{(i)} its entry j, h_\\theta(x) a function of a whole vector.
Each reading is proven where the page is right and refuted where a slip is written in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

from derive.cli import main

NONE = "---\n---\n"
MSE = (
    "Mean squared error over $m$ examples with $h_\\theta(x) = \\theta^\\intercal x$:\n\n"
    "$$J(\\theta) = \\frac{1}{2m} \\sum_{i=1}^m \\left( h_\\theta(x^{(i)}) - y^{(i)} \\right)^2$$\n\n"
)
GRADIENT = (
    "$$\\frac{{\\partial J}}{{\\partial \\theta_j}} = {} \\sum_{{i=1}}^m "
    "\\left( h_\\theta(x^{{(i)}}) - y^{{(i)}} \\right) {}$$\n"
)


def verdicts(found: dict) -> list[tuple[int, str]]:  # type: ignore[type-arg]
    return [(link["line"], link["status"]) for link in found["links"]]


def reasons(found: dict) -> list[str]:  # type: ignore[type-arg]
    return [u["reason"] for u in found["unchecked"] if "definition of" not in u["reason"]]


@pytest.mark.parametrize(
    ("scale", "entry", "status"),
    [
        ("\\frac1m", "x_j^{(i)}", "proven"),
        ("\\frac1m", "x^{(i)}_j", "proven"),
        ("", "x_j^{(i)}", "refuted"),  # the 1/m lost
        ("\\frac{2}{m}", "x_j^{(i)}", "refuted"),
    ],
)
def test_the_gradient_of_the_mean_squared_error_over_m_examples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], scale: str, entry: str, status: str
) -> None:
    """No front matter: m is the examples' count (from the sum), θ's length n another, both symbolic."""
    found = report(tmp_path, capsys, NONE, MSE + GRADIENT.format(scale, entry))
    assert verdicts(found) == [(7, status)]
    assert reasons(found) == []


def test_the_example_and_the_entry_swapped_cannot_range_over_both_lengths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = report(tmp_path, capsys, NONE, MSE + GRADIENT.format("\\frac1m", "x_i^{(j)}"))
    assert verdicts(found) == []
    assert ["slots of lengths m and n" in reason for reason in reasons(found)] == [True]


def test_the_hypothesis_defined_in_the_front_matter_and_a_features_count_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    front = "---\ndefine:\n  h_\\theta(x): \\theta^\\intercal x\n---\n"
    body = (
        "$$J(\\theta) = \\frac{1}{2m} \\sum_{i=1}^m \\left( h_\\theta(x^{(i)}) - y^{(i)} \\right)^2$$\n\n"
        "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac1m \\sum_{i=1}^m \\left( h_\\theta(x^{(i)}) - y^{(i)} "
        "\\right) x_j^{(i)}$$\n\n"
        "$$\\frac{\\partial J}{\\partial \\theta_k} = \\frac1m \\sum_{i=1}^m \\left(\\sum_{j=1}^d \\theta_j "
        "x_j^{(i)} - y^{(i)}\\right) x_k^{(i)} = \\frac{1}{2m} \\sum_{i=1}^m \\left(\\sum_{j=1}^d \\theta_j "
        "x_j^{(i)} - y^{(i)}\\right) x_k^{(i)}$$\n"
    )
    found = report(tmp_path, capsys, front, body)
    assert verdicts(found) == [(7, "proven"), (9, "proven"), (9, "refuted")]


LOGISTIC = (
    "With $h_\\theta(x) = g(\\theta^T x)$ and $g(z) = \\frac{1}{1 + e^{-z}}$:\n\n"
    "$$\\ell(\\theta) = \\sum_{i=1}^m y^{(i)} \\log h(x^{(i)}) + (1 - y^{(i)}) \\log (1 - h(x^{(i)}))$$\n\n"
)


@pytest.mark.parametrize(
    ("difference", "status"),
    [("y^{(i)} - h_\\theta(x^{(i)})", "proven"), ("h_\\theta(x^{(i)}) - y^{(i)}", "refuted")],
)
def test_the_gradient_of_the_log_likelihood(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], difference: str, status: str
) -> None:
    """ℓ's sum reaches the term after it, which uses its index (else ℓ would have i free); h is h_θ."""
    body = LOGISTIC + (
        f"$$\\frac{{\\partial}}{{\\partial \\theta_j}} \\ell(\\theta) = \\sum_{{i=1}}^m \\left({difference}\\right) "
        "x_j^{(i)}$$\n"
    )
    found = report(tmp_path, capsys, NONE, body)
    assert verdicts(found) == [(7, status)]
    assert reasons(found) == []


@pytest.mark.parametrize(("last", "status"), [("y - h_\\theta(x)", "proven"), ("y - 1 + h_\\theta(x)", "refuted")])
def test_cs229s_one_example_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str) -> None:
    g = "g(\\theta^T x)"
    body = (
        "With $h_\\theta(x) = g(\\theta^T x)$ and $g(z) = \\frac{1}{1 + e^{-z}}$, for one example $(x, y)$:\n\n"
        "$$\\ell(\\theta) = y \\log h_\\theta(x) + (1 - y) \\log (1 - h_\\theta(x))$$\n\n"
        "$$\n\\begin{aligned}\n"
        f"\\frac{{\\partial}}{{\\partial\\theta_j}} \\ell(\\theta) &= \\left(y \\frac{{1}}{{{g}}} - (1-y)"
        f"\\frac{{1}}{{1-{g}}}\\right)\\frac{{\\partial}}{{\\partial\\theta_j}} {g} \\\\\n"
        f"&= \\left(y(1-{g}) - (1-y) {g}\\right) x_j \\\\\n"
        f"&= \\left({last}\\right) x_j\n"
        "\\end{aligned}\n$$\n"
    )
    found = report(tmp_path, capsys, NONE, body)
    assert verdicts(found) == [(9, "proven"), (10, "proven"), (11, status)]


def test_a_label_squared_and_a_power_stay_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """(y^{(i)})^2 is example i's y squared; x^{2} a power; x^{(2)} where no sum counts examples reads two ways."""
    body = (
        "$$J = \\frac{1}{2m} \\sum_{i=1}^m \\left(y^{(i)}\\right)^2$$\n\n"
        "$$\\frac{\\partial J}{\\partial y_k} = \\frac{1}{m} y_k$$\n\n"
        "$$\\frac{\\partial J}{\\partial \\theta} = 0$$\n"
    )
    found = report(tmp_path, capsys, NONE, body)
    assert verdicts(found) == [(7, "proven")]  # y_k beside y^{(i)}: one example's y, or every example's?
    assert any("reads two ways" in reason and "y^{(i)}" in reason for reason in reasons(found))
    powers = "$$\\frac{d}{dt} t^{2} = 2 t$$\n\n$$\\frac{d}{dt} t^{(2)} = 2 t$$\n\n$$\\frac{d}{dt} t^{2} = t$$\n"
    found = report(tmp_path, capsys, NONE, powers)
    assert verdicts(found) == [(3, "proven"), (7, "refuted")]
    assert ["a label (layer or sample 2), or the power 2" in reason for reason in reasons(found)] == [True]


@pytest.mark.parametrize(("sign", "status"), [("-", "proven"), ("+", "refuted")])
def test_an_example_squared_differentiated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, status: str
) -> None:
    body = (
        "$$J = \\frac{1}{2m} \\sum_{i=1}^m \\left(\\theta^T x^{(i)} - y^{(i)}\\right)^2$$\n\n"
        f"$$\\frac{{\\partial J}}{{\\partial \\theta_j}} = \\frac{{1}}{{m}} \\sum_{{i=1}}^m \\left(\\sum_k \\theta_k "
        f"(x^{{(i)}}_k) {sign} y^{{(i)}}\\right) x^{{(i)}}_j$$\n"
    )
    assert verdicts(report(tmp_path, capsys, NONE, body)) == [(5, status)]


def test_a_sum_followed_by_terms_with_and_without_its_index_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Σ_i y^{(i)} + (y^{(i)})^2 + c: the sum over every term, or over the first with the rest added once?"""
    path = tmp_path / "d.md"
    front = "---\ndefine:\n  J: '\\sum_{i=1}^m y^{(i)} + (y^{(i)})^2 + c'\n---\n"
    path.write_text(front + "$$\\frac{\\partial J}{\\partial c} = 1$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert "the sum over every term, or over its first term" in capsys.readouterr().err


NG = (
    "For $m$ examples, with $\\hat{y}^{(i)} = \\sigma(w^T x^{(i)} + b)$ and $\\sigma(z) = \\frac{1}{1+e^{-z}}$:\n\n"
    "$$\\mathcal{L}(\\hat{y}, y) = -\\left(y \\log \\hat{y} + (1 - y) \\log(1 - \\hat{y})\\right)$$\n\n"
    "$$J = \\frac{1}{m} \\sum_{i=1}^m \\mathcal{L}(\\hat{y}^{(i)}, y^{(i)})$$\n\n"
)


@pytest.mark.parametrize(
    ("by_w", "by_b", "statuses"),
    [
        ("\\frac{1}{m} \\sum_{i=1}^m (\\hat{y}^{(i)} - y^{(i)}) x_j^{(i)}", "\\frac{1}{m}", ["proven", "proven"]),
        ("\\frac{1}{m} \\sum_{i=1}^m (y^{(i)} - \\hat{y}^{(i)}) x_j^{(i)}", "\\frac{1}{2m}", ["refuted", "refuted"]),
    ],
)
def test_ngs_cost_over_m_examples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], by_w: str, by_b: str, statuses: list[str]
) -> None:
    """ŷ^{(i)} defined example by example, 𝓛(ŷ, y) a function of two numbers applied to example i's."""
    body = NG + (
        f"$$\\frac{{\\partial J}}{{\\partial w_j}} = {by_w}$$\n\n"
        f"$$\\frac{{\\partial J}}{{\\partial b}} = {by_b} \\sum_{{i=1}}^m (\\hat{{y}}^{{(i)}} - y^{{(i)}})$$\n"
    )
    found = report(tmp_path, capsys, NONE, body)
    assert verdicts(found) == list(zip([9, 11], statuses, strict=True))
    assert reasons(found) == []


def test_ngs_dz_reads_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """dz = a - y: the product d·z (a right equation refuted), or a name for ∂L/∂z (left unchecked)? Refused."""
    body = (
        "With $a = \\sigma(z)$ and $\\sigma(z) = \\frac{1}{1+e^{-z}}$:\n\n"
        "$$dz = a - y$$\n\n$$dz^{[2]} = a^{[2]} - y$$\n"
    )
    found = report(tmp_path, capsys, NONE, body)
    assert verdicts(found) == []
    assert [("the product d \\cdot z" in r and "as Andrew Ng writes dz" in r) for r in reasons(found)] == [True, True]


@pytest.mark.parametrize(
    ("derivative", "status"), [("\\sigma(z)(1 - \\sigma(z))", "proven"), ("\\sigma(z)", "refuted")]
)
def test_ngs_dw_makes_no_scalar_d_of_a_derivative_s_d(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], derivative: str, status: str
) -> None:
    """A blog's page with Ng's dw and db and \\frac{d\\sigma}{dz}: d, written only glued to a name or as the numerator
    of \\frac{d}{dz}, had been inferred a scalar, and every \\frac{d…}{d…} refused (d/dx, or a quotient of products
    with d?). The derivative is read; dw still reads two ways."""
    body = (
        "$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\n"
        f"$$\\frac{{d\\sigma}}{{dz}} = \\frac{{d}}{{dz}}\\left[\\frac{{1}}{{1 + e^{{-z}}}}\\right] = {derivative}$$\n\n"
        "$$dw = x (a - y)$$\n"
    )
    found = report(tmp_path, capsys, NONE, body)
    assert verdicts(found) == [(5, "proven"), (5, status)]
    assert [("the product d \\cdot w" in r and "as Andrew Ng writes dw" in r) for r in reasons(found)] == [True]


def test_an_example_by_its_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """x^{(1)}_j is example 1's entry (a slip for x^{(i)}_j here, refuted); x^{(2)} needs m ≥ 2: refused."""
    body = "$$J = \\frac{1}{2m} \\sum_{i=1}^m \\left((x^{(i)})^T \\theta - y^{(i)}\\right)^2$$\n\n" + "".join(
        f"$$\\frac{{\\partial J}}{{\\partial \\theta_j}} = \\frac{{1}}{{m}} \\sum_{{i=1}}^m \\left(\\theta^T x^{{(i)}} "
        f"- y^{{(i)}}\\right) x^{{({label})}}_j$$\n\n"
        for label in ("i", "1", "2")
    )
    found = report(tmp_path, capsys, NONE, body)
    assert verdicts(found) == [(5, "proven"), (7, "refuted")]
    assert ["x^{(2)} is example 2" in reason for reason in reasons(found)] == [True]
